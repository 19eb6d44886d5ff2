"""RSS/Atom feeds → their entries (article URLs and what the feed says about them).

feedparser runs its XML through a SAX parser; a document type with entity declarations (the "billion
laughs" bomb) is refused before feedparser sees the bytes, fast, as a ParseError.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nkwatch.model import EmptyInput, ParseError


class XMLBomb(ParseError):
    """An XML document with an internal DTD subset or entity declarations: refused unread."""

    reason = "xml_bomb"

MAX_ENTRIES = 1000
_DOCTYPE = re.compile(rb"<!DOCTYPE[^>\[]*\[", re.IGNORECASE)
_ENTITY = re.compile(rb"<!ENTITY", re.IGNORECASE)


@dataclass
class FeedEntry:
    link: str
    title: str | None = None
    published: str | None = None
    entry_id: str | None = None


# XML 1.0 Appendix F: the encoding of an entity from its first four bytes (a BOM, or "<?" in that encoding),
# then the encoding declaration of an ASCII-compatible one.
_XML_SNIFF = ((b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\xef\xbb\xbf", "utf-8-sig"),
              (b"\xfe\xff", "utf-16"), (b"\xff\xfe", "utf-16"), (b"\x00\x00\x00\x3c", "utf-32-be"),
              (b"\x3c\x00\x00\x00", "utf-32-le"), (b"\x00\x3c\x00\x3f", "utf-16-be"),
              (b"\x3c\x00\x3f\x00", "utf-16-le"), (b"\x4c\x6f\xa7\x94", "cp037"))
_XML_DECL_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)""")
_DTD_TEXT = re.compile(r"<!DOCTYPE[^>\[]*\[|<!ENTITY", re.IGNORECASE)


def xml_text(data: bytes) -> str:
    """The document as text in the encoding its first bytes or its declaration say (errors replaced)."""
    import codecs

    for magic, enc in _XML_SNIFF:
        if data.startswith(magic):
            break
    else:
        m = _XML_DECL_ENCODING.match(data[:1024])
        enc = m.group(1).decode("ascii") if m else "utf-8"
        try:
            codecs.lookup(enc)
        except LookupError:
            enc = "utf-8"
    return data.decode(enc, "replace")


def refuse_entity_declarations(data: bytes, *, source: str | None = None) -> None:
    """Raise XMLBomb when an XML document declares entities (an internal DTD subset), in whatever encoding it
    is written: the bytes are decoded first (UTF-16 or UTF-32 without a BOM, EBCDIC), then searched."""
    if _ENTITY.search(data) or _DOCTYPE.search(data) or _DTD_TEXT.search(xml_text(data)):
        raise XMLBomb("feed declares XML entities in a DOCTYPE (possible entity bomb); refused", source=source)


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
