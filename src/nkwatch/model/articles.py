"""Article records: the contract's input record plus what ingestion learns about it."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

# The contract's article-record fields; anything else a source carries goes to ``extra``.
CONTRACT_FIELDS = ("doc_id", "url", "title", "outlet", "published", "text", "html")


@dataclass(frozen=True)
class Cut:
    """A stretch of the text that cleaning removed (reader comments, share lines, related stories)."""

    start: int
    end: int
    reason: str


@dataclass
class Article:
    """One article. ``text`` is the text facts point into; ``cuts`` are offsets into it that extraction must skip.

    For a plain-text record ``text`` is the input text unchanged (offsets stay valid for the contract);
    for an HTML record it is the main text that cleaning extracted from ``html``.
    """

    doc_id: str
    text: str
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    html: str | None = None
    language: str | None = None
    cuts: list[Cut] = field(default_factory=list)
    source: str | None = None          # file path, URL or WARC path it came from
    source_ref: str | None = None      # line number, WARC record id, feed entry id
    encoding: str | None = None        # the charset decision for byte input, with its reason
    warnings: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    def clean_text(self) -> str:
        """The text with every cut blanked out by spaces: same length, so offsets still hold."""
        if not self.cuts:
            return self.text
        text, n = self.text, len(self.text)
        spans: list[list[int]] = []
        for c in sorted(self.cuts, key=lambda c: c.start):    # merged: cuts may overlap
            a, b = max(0, c.start), min(n, c.end)
            if a >= b:
                continue
            if spans and a <= spans[-1][1]:
                spans[-1][1] = max(spans[-1][1], b)
            else:
                spans.append([a, b])
        out, pos = [], 0
        for a, b in spans:
            out.append(text[pos:a])
            out.append("\n".join(" " * len(part) for part in text[a:b].split("\n")))   # line breaks stay
            pos = b
        out.append(text[pos:])
        return "".join(out)

    def kept_text(self) -> str:
        """The text with the cuts removed, for display."""
        if not self.cuts:
            return self.text
        out, pos = [], 0
        for c in sorted(self.cuts, key=lambda c: c.start):
            out.append(self.text[pos:c.start])
            pos = max(pos, c.end)
        out.append(self.text[pos:])
        return "".join(out).strip()

    def to_record(self) -> dict[str, Any]:
        """The contract's article record (text form)."""
        return {"doc_id": self.doc_id, "url": self.url, "title": self.title, "outlet": self.outlet,
                "published": self.published, "text": self.text}

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
