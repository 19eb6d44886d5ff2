"""Mentions across sources → one canonical event or restaurant each, with explainable judgements."""
