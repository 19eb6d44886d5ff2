"""What every source yields: one input item, either an article or the error it gave, with where it came from."""

from __future__ import annotations

from dataclasses import dataclass

from nkwatch.model import Article, NkwatchError


@dataclass
class IngestItem:
    """One item read from a source.

    ``position`` is the resume token: it grows monotonically within one source, and passing the last stored
    one back as ``iter_source(..., start_after=position)`` skips everything up to and including that item.
    ``raw`` is the input exactly as received (kept for errors too, so a bad record can be shown and replayed),
    or None when it was never read (a file over the size cap).
    """

    source: str
    ref: str | None
    position: str
    article: Article | None = None
    raw: bytes | str | None = None
    error: NkwatchError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None and self.article is not None
