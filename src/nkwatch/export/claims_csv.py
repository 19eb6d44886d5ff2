"""Claims as CSV: one row per extracted claim that stands (a claim a review rejected is left out), in the order of
its group (metric, scope and city, period, year) and figure, with the group it falls in, whether that group is contested,
and whether people reviewed the claim, who, and what they corrected (the extracted value beside the reviewed one).
"""

from __future__ import annotations

import json
from typing import TextIO

from nkwatch.export.acled_csv import _join, write_rows
from nkwatch.export.formats import register
from nkwatch.export.kb_records import load_kb

COLUMNS = ("claim_id", "group_id", "metric", "scope", "place", "period", "year", "value", "value_max", "said",
           "attributed_to", "as_of", "as_of_from", "outlet", "published", "doc_id", "url", "group_contested",
           "agrees", "reviewed", "reviewed_by", "corrections")


def _corrections(source: dict) -> str:
    """"scope: world → CN (ana 2026-12-01)" per corrected part, extracted value first."""
    def shown(v):
        return v if isinstance(v, str) else json.dumps(v, ensure_ascii=False, sort_keys=True)
    return "; ".join(f"{slot}: {shown(c['extracted'])} → {shown(c['value'])} ({c['by']} {c['on']})"
                     for slot, c in source.get("corrections", {}).items())


def claim_rows(groups: list[dict], articles: dict) -> list[dict]:
    rows = []
    for g in groups:
        for f in g["figures"]:
            for s in f["sources"]:
                rows.append({
                    "claim_id": s["mention_id"], "group_id": g["id"], "metric": g["metric"], "scope": g["scope"],
                    "place": g.get("place"), "period": g["period"], "year": g["year"], "value": f["value"], "value_max": f["value_max"],
                    "said": s["said"], "attributed_to": s["attributed_to"], "as_of": s["as_of"],
                    "as_of_from": s["as_of_from"], "outlet": s["outlet"], "published": s["published"],
                    "doc_id": s["doc_id"], "url": (articles.get(s["doc_id"]) or {}).get("url"),
                    "group_contested": g["contested"], "agrees": f["agrees"], "reviewed": bool(s.get("reviewed")),
                    "reviewed_by": _join(s.get("reviewed_by") or []), "corrections": _corrections(s)})
    return rows


@register("claims")
def write_claims_csv(db, fh: TextIO) -> int:
    kb = load_kb(db)
    return write_rows(fh, COLUMNS, claim_rows(kb.claims, kb.articles))
