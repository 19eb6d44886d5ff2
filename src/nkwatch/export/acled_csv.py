"""ACLED-style CSV: one row per canonical event, with date precision, place precision and number of sources.

Precision codes follow ACLED's convention (1 = most precise): time_precision 1 day, 2 month, 3 year;
geo_precision 1 city, 2 region/province, 3 country. Latitude and longitude only for a city: nkwatch knows no
coordinates of a province's own, and a country's middle is no place an event happened (geo_precision says what
is known).
"""

from __future__ import annotations

import csv
from typing import TextIO

from nkwatch.export.formats import register
from nkwatch.export.kb_records import load_kb, slot, source_docs
from nkwatch.resolve.fold import first_report_doubt

COLUMNS = ("event_id", "event_date", "year", "time_precision", "event_type", "status", "count", "count_max",
           "approx", "female", "male", "workplace_kind", "workplace_name", "location", "admin1", "country",
           "latitude", "longitude", "geo_precision", "transit", "destination", "issuer", "instrument",
           "sources", "mentions", "first_reported_by", "first_reported_on", "first_reported_certain", "source_urls",
           "source_doc_ids",
           "reviewed", "reviewed_by")

TIME_PRECISION = {"day": 1, "month": 2, "year": 3}
GEO_PRECISION = {"city": 1, "province": 2, "region": 2, "country": 3}


def _first_day(date: str | None) -> str | None:
    if not date:
        return None
    return {4: f"{date}-01-01", 7: f"{date}-01"}.get(len(date), date)


def _join(values) -> str:
    return ";".join(str(v) for v in values if v not in (None, ""))


def event_row(e: dict, articles: dict) -> dict:
    docs = source_docs(e)
    first = e.get("first_reported") or {}
    transit = slot(e, "transit")
    city = e.get("place_precision") == "city"
    return {
        "event_id": e["id"], "event_date": _first_day(e["date"]), "year": (e["date"] or "")[:4] or None,
        "time_precision": TIME_PRECISION.get(e.get("date_precision")), "event_type": e["type"],
        "status": e.get("status"), "count": e.get("count"), "count_max": e.get("count_max"),
        "approx": slot(e, "approx"), "female": slot(e, "female"), "male": slot(e, "male"),
        "workplace_kind": slot(e, "workplace.kind"), "workplace_name": slot(e, "workplace.name"),
        "location": slot(e, "workplace.city"), "admin1": slot(e, "workplace.region"),
        "country": slot(e, "workplace.country"), "latitude": e.get("lat") if city else None,
        "longitude": e.get("lon") if city else None,
        "geo_precision": GEO_PRECISION.get(e.get("place_precision")),
        "transit": _join(transit if isinstance(transit, list) else [transit]),
        "destination": slot(e, "destination"), "issuer": slot(e, "issuer"), "instrument": slot(e, "instrument"),
        "sources": e["sources"], "mentions": e["mentions"], "first_reported_by": first.get("outlet"),
        "first_reported_on": first.get("published"),
        # (false when that report is dated only to the month or year and another may be as early, or a source is undated)
        "first_reported_certain": first_report_doubt(e) is None if first else None,
        "source_urls": _join((articles.get(d) or {}).get("url") for d in docs), "source_doc_ids": _join(docs),
        "reviewed": bool(e.get("reviewed")), "reviewed_by": _join(e.get("reviewed_by") or []),
    }


def _cell(v):
    # A spreadsheet runs a cell that starts with = + - @ as a formula; outlet names and URLs come from articles.
    if isinstance(v, str) and v[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + v
    return v


def write_rows(fh: TextIO, columns: tuple, rows) -> int:
    """A header, then one line per row with every cell made safe for a spreadsheet; returns how many rows."""
    w = csv.DictWriter(fh, fieldnames=columns, lineterminator="\n")
    w.writeheader()
    n = 0
    for row in rows:
        w.writerow({k: _cell(v) for k, v in row.items()})
        n += 1
    return n


@register("csv")
def write_csv(db, fh: TextIO) -> int:
    kb = load_kb(db)
    return write_rows(fh, COLUMNS, (event_row(e, kb.articles) for e in kb.events))
