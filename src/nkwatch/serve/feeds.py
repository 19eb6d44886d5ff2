"""Watch feeds of events: Atom (written by feedgen) and JSON Feed 1.1, with the events list's filters, new and
changed events first, each entry linking to its dossier. A journalist follows a country, a restaurant or a type
of event in any feed reader by subscribing to the feed of the list they are looking at."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timezone
from urllib.parse import urlencode

from nkwatch import __version__
from nkwatch.model.countries import country_name
from nkwatch.serve.index import has_index
from nkwatch.serve.kb import _select

FEED_SIZE = 50
JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"


def changed_events(conn: sqlite3.Connection, filters: dict, *, limit: int = FEED_SIZE) -> list[dict]:
    """The filtered events that changed last (a new source, a new judgement), newest change first; each event's
    summary with ``changed`` (ISO 8601 UTC)."""
    if not has_index(conn):
        return []
    inner, params = _select(conn, "e.rowid", filters)
    inner = inner.rsplit(" ORDER BY ", 1)[0]
    where = f" WHERE c.rowid IN ({inner})" if any(filters.values()) else ""
    rows = conn.execute("SELECT e.summary, c.changed FROM serve_event_changes c JOIN serve_events e"
                        f" ON e.rowid = c.rowid{where} ORDER BY c.changed DESC, c.rowid DESC LIMIT ?",
                        (*(params if where else ()), limit)).fetchall()
    return [{**json.loads(summary), "changed": changed} for summary, changed in rows]


def _when(iso: str | None) -> datetime:
    if not iso:
        return datetime(1970, 1, 1, tzinfo=timezone.utc)
    return datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone(timezone.utc).replace(microsecond=0)


def _rfc3339(iso: str | None) -> str:
    return _when(iso).strftime("%Y-%m-%dT%H:%M:%SZ")


def describe(filters: dict) -> str:
    """``type: defection, country: Myanmar`` — what a feed follows, for its title."""
    parts = []
    for k, v in filters.items():
        if not v:
            continue
        name = {"date_from": "from", "date_to": "to", "q": "words"}.get(k, k)
        parts.append(f"{name}: {country_name(v) if k == 'country' else v}")
    return ", ".join(parts)


def _text(e: dict) -> str:
    """One plain line per fact the list shows: what, when, where, how sure, how many sources."""
    inferred = e.get("inferred") or []
    bits = [f"When: {e.get('date') or 'unknown'}" + (f" (to the {e['date_precision']})" if e.get("date_precision")
                                                     else "")
            + (" (inferred: read against the publication date)" if e.get("date") and "date" in inferred else ""),
            f"Where: {e.get('place_label') or 'unknown'}" + (f" (known to the {e['place_precision']})"
                                                              if e.get("place_precision") else "")
            + (" (inferred: read from the sentences around the event)"
               if e.get("place_precision") and f"workplace.{e['place_precision']}" in inferred else "")]
    if e.get("status"):
        bits.append(f"Status: {e['status']}")
    if e.get("contested"):
        bits.append("Sources disagree on: " + ", ".join(map(str, e["contested"])))
    n = e.get("sources") or 0
    bits.append(f"{n} independent source{'s' * (n != 1)}")
    first = e.get("first_reported") or {}
    if first.get("outlet") or first.get("published"):
        bits.append("First in nkwatch's sources: " + ", ".join(str(x) for x in (first.get("outlet"), first.get("published"))
                                                                    if x)
                    + (" (not certainly the first: another source may be as early, or is undated)"
                       if e.get("first_reported_certain") is False else ""))
    return "\n".join(bits)


def _urls(base: str, filters: dict, fmt: str) -> tuple[str, str]:
    q = urlencode({k: v for k, v in filters.items() if v})
    return f"{base}/feeds/events.{fmt}" + (f"?{q}" if q else ""), f"{base}/events" + (f"?{q}" if q else "")


def _title(filters: dict) -> str:
    what = describe(filters)
    return "nkwatch: events" + (f" ({what})" if what else "")


def atom_feed(events: list[dict], filters: dict, base: str) -> bytes:
    from feedgen.feed import FeedGenerator

    self_url, page_url = _urls(base, filters, "atom")
    fg = FeedGenerator()
    fg.id(self_url)
    fg.title(_title(filters))
    fg.subtitle("North Korea's restaurants abroad and the people who leave them: events read from news "
                "articles, each with its sources. New and changed events first.")
    fg.link(href=page_url, rel="alternate", type="text/html")
    fg.link(href=self_url, rel="self", type="application/atom+xml")
    fg.author({"name": "nkwatch"})
    fg.generator("nkwatch", version=__version__)
    fg.language("en")
    fg.updated(_when(max((e["changed"] for e in events), default=None)))
    # feedgen prepends each entry, so add the oldest change first to keep newest-first in the document
    for e in reversed(events):
        url = f"{base}/events/{e['id']}"
        fe = fg.add_entry()
        fe.id(url)
        fe.title(e.get("label") or e["id"])
        fe.link(href=url, rel="alternate", type="text/html")
        fe.updated(_when(e["changed"]))
        fe.summary(_text(e))
        if e.get("type"):
            fe.category(term=e["type"], label=e["type"])
    return fg.atom_str(pretty=True)


def json_feed(events: list[dict], filters: dict, base: str) -> dict:
    self_url, page_url = _urls(base, filters, "json")
    items = []
    for e in events:
        url = f"{base}/events/{e['id']}"
        item = {"id": url, "url": url, "title": e.get("label") or e["id"], "content_text": _text(e),
                "date_modified": _rfc3339(e["changed"]), "tags": [t for t in (e.get("type"), e.get("status")) if t],
                "_nkwatch": {"event_id": e["id"], "type": e.get("type"), "date": e.get("date"),
                             "place": e.get("place_label"), "place_precision": e.get("place_precision"),
                             "status": e.get("status"), "sources": e.get("sources")}}
        items.append(item)
    return {"version": JSON_FEED_VERSION, "title": _title(filters), "home_page_url": page_url, "feed_url": self_url,
            "description": "Events read from news articles, each with its sources; new and changed events first.",
            "authors": [{"name": "nkwatch"}], "language": "en", "items": items}
