"""Reading gold and article files for evaluation, and checking a gold file against the contract's fields.

Unlike ``nkwatch extract``, evaluation cannot skip a bad line: gold and articles pair by doc_id, so a file that does
not parse is refused with its file and line.
"""

from __future__ import annotations

import json
from functools import lru_cache

import pycountry

from nkwatch.evaluate.matching import DATE_RE, alts
from nkwatch.model.errors import ScoringError

EVENT_TYPES = ("defection", "return", "closure", "opening", "sanction")
METRICS = ("restaurant_count", "host_country_count", "annual_revenue_usd",
           "overseas_worker_count", "overseas_worker_revenue_usd", "defector_arrivals")
WORKPLACE_KINDS = (None, "restaurant", "embassy", "trading_company", "other")
STATUSES = (None, "confirmed", "reported", "pending", "disputed")


@lru_cache(maxsize=1)
def iso2_codes() -> frozenset[str]:
    return frozenset(c.alpha_2 for c in pycountry.countries)


def load_jsonl(path: str) -> list[dict]:
    """Every record of a JSONL file; ScoringError naming the file and line for anything that is not a JSON object."""
    rows = []
    try:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as e:
                    raise ScoringError(f"not JSON: {e}", source=f"{path}:{n}") from None
                if not isinstance(row, dict):
                    raise ScoringError(f"a JSON {type(row).__name__}, not an object", source=f"{path}:{n}")
                if "doc_id" not in row:
                    raise ScoringError("record without doc_id", source=f"{path}:{n}")
                rows.append(row)
    except (OSError, UnicodeDecodeError) as e:
        raise ScoringError(str(e), source=path) from None
    return rows


def check_records(records: list[dict], articles: list[dict]) -> list[str]:
    """Problems in a gold (or prediction) file against the contract's fields and enumerations, one line each."""
    problems: list[str] = []
    ids, seen, iso2 = {a.get("doc_id") for a in articles}, set(), iso2_codes()

    def bad(doc, what):
        problems.append(f"{doc}: {what}")

    def iso(doc, where, v):
        for x in (v if isinstance(v, list) else [v]):
            if x is not None and not (isinstance(x, str) and x in iso2):  # "UK", "kr", "KOR" are not codes
                bad(doc, f"{where}: {x!r} is not an ISO 3166-1 alpha-2 code")

    def date(doc, where, v):
        for x in (v if isinstance(v, list) else [v]):
            if x is not None and not DATE_RE.fullmatch(str(x)):
                bad(doc, f"{where}: {x!r} is not a date")

    for g in records:
        d = g.get("doc_id")
        if d not in ids:
            bad(d, "no article with this doc_id")
        if d in seen:
            bad(d, "a second record for this doc_id")
        seen.add(d)
        if not isinstance(g.get("relevant"), bool):
            bad(d, "relevant must be true or false")
        for e in g.get("events") or []:
            if e.get("type") not in EVENT_TYPES:
                bad(d, f"event type {e.get('type')!r}")
            for k in ("count", "count_max", "male", "female"):
                for x in alts(e.get(k)):
                    if x is not None and (not isinstance(x, int) or isinstance(x, bool)):
                        bad(d, f"{k}: {x!r} is not an integer")
            for x in alts(e.get("issuer")):
                if x is not None and not (isinstance(x, str) and (x in ("UN", "EU") or x in iso2)):
                    bad(d, f"issuer {x!r}")
            wp = e.get("workplace") or {}
            if not isinstance(wp, dict):
                bad(d, f"workplace {wp!r} is not an object")
                wp = {}
            for x in alts(wp.get("kind")):
                if x not in WORKPLACE_KINDS:
                    bad(d, f"workplace.kind {x!r}")
            iso(d, "workplace.country", wp.get("country"))
            iso(d, "transit", e.get("transit") or [])
            iso(d, "destination", e.get("destination"))
            date(d, "date", e.get("date"))
            for x in alts(e.get("status")):
                if x not in STATUSES:
                    bad(d, f"status {x!r}")
        for c in g.get("claims") or []:
            if c.get("metric") not in METRICS:
                bad(d, f"claim metric {c.get('metric')!r}")
            v = c.get("value")
            if isinstance(v, bool) or not isinstance(v, (int, float, list)):
                bad(d, f"claim value {c.get('value')!r}")
            iso(d, "claim country", c.get("country"))
            for x in alts(c.get("period")):
                if x not in (None, "year", "cumulative"):
                    bad(d, f"claim period {x!r}")
        for r in g.get("restaurants") or []:
            iso(d, "restaurant country", r.get("country"))
    return problems
