"""The gold format: the contract records of the articles people have reviewed in full, with their reviews applied
(store.views.gold_records), so that `nkwatch evaluate --gold` measures the extractor on the user's own corpus;
``gold-articles`` writes those articles, the file to evaluate them with."""

from __future__ import annotations

from typing import TextIO

from nkwatch.export.formats import register, write_records
from nkwatch.store.views import gold_articles, gold_records


@register("gold")
def write_gold(db, fh: TextIO) -> int:
    return write_records(gold_records(db), fh)


@register("gold-articles")
def write_gold_articles(db, fh: TextIO) -> int:
    return write_records(gold_articles(db), fh)
