"""The rule-based extractor (placeholder: the engine lands next)."""

from __future__ import annotations

from nkwatch.extract import register
from nkwatch.model import Article


class RuleExtractor:
    name = "rules"
    version = "0.0"

    def extract(self, article: Article) -> dict:
        return {"doc_id": article.doc_id, "relevant": False, "events": [], "claims": [], "restaurants": []}


register("rules")(RuleExtractor)
