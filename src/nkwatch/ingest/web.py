"""URLs and feeds → items: fetch a page (or a feed and then each of its articles) and prepare it."""

from __future__ import annotations

from typing import Iterator

from nkwatch.ingest.encoding import charset_from_content_type
from nkwatch.ingest.feeds import FeedEntry, looks_like_feed, parse_feed
from nkwatch.ingest.fetch import FetchResult, Fetcher, default_fetcher
from nkwatch.ingest.items import IngestItem
from nkwatch.ingest.sources import MAX_DOCUMENT_BYTES, document_item
from nkwatch.model import InputError, NkwatchError, TooLarge


def page_item(result: FetchResult, *, source: str, ref: str | None, position: str,
              entry: FeedEntry | None = None) -> IngestItem:
    """A fetched page → an item, its charset decided from the header, the page and the bytes."""
    kind = "txt" if result.content_type.lower().startswith("text/plain") else "html"
    extra = {"http_status": result.status, "fetched_url": result.url}
    if result.redirects:
        extra["redirects"] = result.redirects
    item = document_item(source, result.content, kind, ref=ref, position=position, url=result.final_url,
                         declared_charset=charset_from_content_type(result.content_type), extra=extra)
    if item.article is not None and entry is not None:
        item.article.title = item.article.title or entry.title
        item.article.published = item.article.published or entry.published
        if entry.entry_id:
            item.article.extra["feed_entry_id"] = entry.entry_id
    return item


def iter_url(url: str, *, as_feed: bool = False, fetcher: Fetcher | None = None,
             start_after: str | None = None) -> Iterator[IngestItem]:
    """One URL: a page becomes one item; a feed (detected, or forced) becomes one item per entry."""
    fetcher = fetcher or default_fetcher()
    try:
        result = fetcher.fetch(url)
    except NkwatchError as e:
        e.source = e.source or url
        yield IngestItem(source=url, ref=None, position="0", error=e)
        return
    if as_feed or looks_like_feed(result.content, result.content_type):
        yield from _iter_entries(url, result.content, fetcher, start_after, base_url=result.final_url)
    elif start_after is None:
        yield page_item(result, source=url, ref=None, position="1")


def iter_feed_file(path: str, *, fetcher: Fetcher | None = None,
                   start_after: str | None = None) -> Iterator[IngestItem]:
    """A feed saved as a file: its entries' URLs are fetched."""
    import os

    size = os.path.getsize(path)
    if size > MAX_DOCUMENT_BYTES:
        yield IngestItem(source=path, ref=None, position="0", error=TooLarge(
            f"file of {size:,} bytes is over the {MAX_DOCUMENT_BYTES:,}-byte cap; not read", source=path))
        return
    with open(path, "rb") as fh:
        data = fh.read()
    yield from _iter_entries(path, data, fetcher or default_fetcher(), start_after)


def _iter_entries(source: str, data: bytes, fetcher: Fetcher, start_after: str | None,
                  base_url: str | None = None) -> Iterator[IngestItem]:
    try:
        entries = parse_feed(data, source=source, base_url=base_url)
    except NkwatchError as e:
        yield IngestItem(source=source, ref=None, position="0", raw=data[:100_000], error=e)
        return
    if not entries:
        yield IngestItem(source=source, ref=None, position="0", raw=data[:100_000],
                         error=InputError("feed has no entries with links", source=source))
        return
    skip = int(start_after) if start_after and start_after.isdigit() else 0
    for n, entry in enumerate(entries, 1):
        if n <= skip:
            continue
        try:
            result = fetcher.fetch(entry.link)
        except NkwatchError as e:
            e.source = e.source or entry.link
            yield IngestItem(source=source, ref=entry.link, position=str(n), error=e)
            continue
        yield page_item(result, source=source, ref=entry.link, position=str(n), entry=entry)
