"""nkwatch: a knowledge base of North Korea's state-run restaurants abroad, built from news articles."""

__version__ = "0.1.0"
