"""RSS/Atom feeds → their entries (article URLs and what the feed says about them).

feedparser runs its XML through a SAX parser; a document type with entity declarations (the "billion
laughs" bomb) is refused before feedparser sees the bytes, fast, as a ParseError.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nkwatch.model import EmptyInput, ParseError

MAX_ENTRIES = 1000
_DOCTYPE = re.compile(rb"<!DOCTYPE[^>\[]*\[", re.IGNORECASE)
_ENTITY = re.compile(rb"<!ENTITY", re.IGNORECASE)


@dataclass
class FeedEntry:
    link: str
    title: str | None = None
    published: str | None = None
    entry_id: str | None = None


def refuse_entity_declarations(data: bytes, *, source: str | None = None) -> None:
    """Raise ParseError when an XML document declares entities (an internal DTD subset)."""
    probes = [data]
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        probes.append(data.decode("utf-16", "replace").encode("utf-8", "replace"))
    for probe in probes:
        if _ENTITY.search(probe) or _DOCTYPE.search(probe):
            raise ParseError("feed declares XML entities in a DOCTYPE (possible entity bomb); refused",
                             source=source)


def _date(entry) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        t = entry.get(key)
        if t:
            return f"{t.tm_year:04d}-{t.tm_mon:02d}-{t.tm_mday:02d}"
    return None


def parse_feed(data: bytes, *, source: str | None = None, base_url: str | None = None) -> list[FeedEntry]:
    """Entries of an RSS or Atom document, in feed order, each with an absolute link."""
    from urllib.parse import urljoin

    import feedparser

    if not data or not data.strip():
        raise EmptyInput("empty feed", source=source)
    refuse_entity_declarations(data, source=source)
    parsed = feedparser.parse(data, response_headers={"content-location": base_url} if base_url else None)
    if not parsed.entries:
        if parsed.get("bozo"):
            raise ParseError(f"not a readable feed: {parsed.get('bozo_exception')}", source=source)
        if not parsed.get("version"):
            raise ParseError("not an RSS or Atom feed", source=source)
        return []
    out = []
    for entry in parsed.entries[:MAX_ENTRIES]:
        link = entry.get("link")
        if not link:
            continue
        if base_url:
            link = urljoin(base_url, link)
        out.append(FeedEntry(link=link, title=entry.get("title"), published=_date(entry),
                             entry_id=entry.get("id")))
    return out


def looks_like_feed(data: bytes, content_type: str = "") -> bool:
    ct = content_type.lower()
    if any(t in ct for t in ("rss", "atom", "application/xml", "text/xml", "rdf")):
        return True
    head = data[:2048].lstrip().lower()
    return head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head or b"<rdf" in head) or \
        head.startswith((b"<rss", b"<feed"))
