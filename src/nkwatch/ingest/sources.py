"""Every kind of source → a stream of IngestItems: JSONL, .txt, .html, directories, stdin, URLs, feeds, WARCs.

Bad content never stops a stream: it becomes an item with ``error`` set, naming the file, line or URL, and the
stream goes on. Only a source that cannot be opened at all (no such file) raises, before the first item.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Iterator

from nkwatch.ingest.encoding import decode_bytes, looks_binary
from nkwatch.ingest.items import IngestItem
from nkwatch.ingest.prepare import prepare_record
from nkwatch.model import (BadRecord, EmptyInput, InputError, NkwatchError, ResourceExhausted, TooLarge,
                           TruncatedRecord,
                           content_hash, stable_id)

if TYPE_CHECKING:
    from nkwatch.ingest.fetch import Fetcher

KINDS = ("jsonl", "txt", "html", "dir", "stdin", "url", "feed", "warc")
MAX_DOCUMENT_BYTES = 20_000_000     # one .txt/.html file, or one page from stdin
MAX_LINE_BYTES = 20_000_000         # one JSONL record

_EXTENSIONS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".txt": "txt", ".text": "txt", ".html": "html",
               ".htm": "html", ".xhtml": "html", ".warc": "warc", ".rss": "feed", ".atom": "feed"}


def detect_kind(source: str) -> str:
    """The kind of a source from its name, or from its first bytes when the name does not tell."""
    if source == "-":
        return "stdin"
    if source.lower().startswith(("http://", "https://")):
        return "url"
    path = Path(source)
    if path.is_dir():
        return "dir"
    name = path.name.lower()
    if name.endswith((".warc.gz", ".warc.gzip")):
        return "warc"
    if name.endswith((".jsonl.gz", ".ndjson.gz")):
        return "jsonl"
    kind = _EXTENSIONS.get(path.suffix.lower())
    if kind:
        return kind
    try:
        with open(path, "rb") as fh:
            head = fh.read(4096)
    except OSError:
        return "txt"  # the reader reports the OS error as an item
    return sniff_kind(head)


def sniff_kind(head: bytes) -> str:
    """The kind of a document from its first bytes."""
    if head.startswith(b"\x1f\x8b") or head.startswith(b"WARC/"):
        return "warc"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if stripped.startswith(b"{"):
        return "jsonl"
    if stripped.startswith(b"<?xml") and (b"<rss" in stripped or b"<feed" in stripped or b"<rdf" in stripped):
        return "feed"
    if stripped.startswith((b"<rss", b"<feed")):
        return "feed"
    if stripped.startswith(b"<"):
        return "html"
    return "txt"


def iter_source(source: str, fmt: str | None = None, *, fetcher: "Fetcher | None" = None,
                start_after: str | None = None) -> Iterator[IngestItem]:
    """Items of one source, its kind detected or forced with ``fmt`` (one of KINDS).

    ``start_after`` is the position of the last item already stored: items up to it are skipped.
    Raises InputError only when the source does not exist or ``fmt`` is unknown; bad content is an item.
    """
    if fmt is not None and fmt not in KINDS:
        raise InputError(f"unknown format {fmt!r}; known: {', '.join(KINDS)}", source=source)
    kind = fmt or detect_kind(source)
    if kind == "stdin" or source == "-":
        return _iter_stdin(sys.stdin.buffer, None if kind == "stdin" else kind, start_after)
    if source.lower().startswith(("http://", "https://")):
        from nkwatch.ingest.web import iter_url

        return iter_url(source, as_feed=(kind == "feed"), fetcher=fetcher, start_after=start_after)
    if not os.path.exists(source):
        raise InputError("no such file or directory", source=source)
    if kind == "dir":
        return _iter_dir(Path(source), fetcher, start_after)
    return iter_file(source, kind, fetcher=fetcher, start_after=start_after)


def iter_file(path: str, kind: str, *, fetcher: "Fetcher | None" = None,
              start_after: str | None = None) -> Iterator[IngestItem]:
    """Items of one file of a known kind."""
    if kind == "jsonl":
        return _iter_jsonl_file(path, start_after)
    if kind == "warc":
        from nkwatch.ingest.warc import iter_warc

        return iter_warc(path, start_after=start_after)
    if kind == "feed":
        from nkwatch.ingest.web import iter_feed_file

        return iter_feed_file(path, fetcher=fetcher, start_after=start_after)
    return _iter_document_file(path, kind, start_after)


# --- single documents ----------------------------------------------------------------------------

def _error(source: str, ref: str | None, position: str, error: NkwatchError, raw=None) -> IngestItem:
    return IngestItem(source=source, ref=ref, position=position, article=None, raw=raw, error=error)


def document_item(source: str, data: bytes, kind: str, *, ref: str | None = None, position: str = "1",
                  url: str | None = None, declared_charset: str | None = None,
                  extra: dict | None = None) -> IngestItem:
    """One .txt or .html document (bytes as received) → an item. The doc_id comes from the URL or content."""
    where = f"{source}:{ref}" if ref else source
    try:
        decoded = decode_bytes(data, declared_charset, source=where)
        doc_id = stable_id("doc", url) if url else stable_id("doc", content_hash(data))
        record = {"doc_id": doc_id, "url": url, ("html" if kind == "html" else "text"): decoded.text}
        article = prepare_record(record, source=source, ref=ref)
        article.encoding = decoded.decision
        if extra:
            article.extra.update(extra)
        return IngestItem(source=source, ref=ref, position=position, article=article, raw=data)
    except NkwatchError as e:
        e.source = e.source or where
        return _error(source, ref, position, e, raw=data)
    except MemoryError:
        return _error(source, ref, position, _oom(where, len(data)), raw=data[:100_000])


def _oom(where: str, size: int) -> ResourceExhausted:
    return ResourceExhausted(f"out of memory while reading this document ({size:,} bytes); quarantined, the rest "
                             f"goes on", source=where)


def _read_capped(path: str, cap: int) -> bytes:
    size = os.path.getsize(path)
    if size > cap:
        raise TooLarge(f"file of {size:,} bytes is over the {cap:,}-byte cap; not read", source=path)
    with open(path, "rb") as fh:
        return fh.read(cap + 1)


def _iter_document_file(path: str, kind: str, start_after: str | None) -> Iterator[IngestItem]:
    if start_after is not None:
        return  # a single document: already stored
    try:
        data = _read_capped(path, MAX_DOCUMENT_BYTES)
    except NkwatchError as e:
        yield _error(path, None, "1", e)
        return
    except OSError as e:
        yield _error(path, None, "1", InputError(f"cannot read: {e.strerror or e}", source=path))
        return
    if not data.strip():
        yield _error(path, None, "1", EmptyInput("empty file: no text", source=path), raw=data)
        return
    if kind == "txt" and sniff_kind(data[:4096]) == "html" and b"<html" in data[:4096].lower():
        kind = "html"  # a saved page with a .txt name
    yield document_item(path, data, kind)


# --- JSONL ---------------------------------------------------------------------------------------

def _record_item(source: str, n: int, line: bytes) -> IngestItem:
    """One JSONL line → an item; the article record is parsed, validated and prepared."""
    import json

    ref, where = str(n), f"{source}:{n}"
    try:
        try:
            text = line.decode("utf-8-sig" if n == 1 else "utf-8")
        except UnicodeDecodeError as e:
            raise BadRecord(f"line is not UTF-8 ({e.reason} at byte {e.start})", source=where) from e
        try:
            record = json.loads(text)
        except ValueError as e:
            raise BadRecord(f"invalid JSON: {e}", source=where) from e
        if not isinstance(record, dict):
            raise BadRecord(f"a JSON {type(record).__name__}, not an article record", source=where)
        article = prepare_record(record, source=source, ref=ref)
        return IngestItem(source=source, ref=ref, position=str(n), article=article, raw=text)
    except NkwatchError as e:
        e.source = e.source or where
        raw = line.decode("utf-8", "replace")
        return _error(source, ref, str(n), e, raw=raw)
    except MemoryError:
        return _error(source, ref, str(n), _oom(where, len(line)), raw=line[:100_000].decode("utf-8", "replace"))


def iter_jsonl_stream(fh: BinaryIO, source: str, start_after: str | None = None) -> Iterator[IngestItem]:
    """Article records, one per line, from a binary stream; position is the line number."""
    skip = int(start_after) if start_after and start_after.isdigit() else 0
    n = 0
    seen_content = False
    while True:
        line = fh.readline(MAX_LINE_BYTES + 1)
        if not line:
            break
        n += 1
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            while True:  # drop the rest of the oversized line without holding it
                more = fh.readline(1 << 20)
                if not more or more.endswith(b"\n"):
                    break
            if n > skip:
                yield _error(source, str(n), str(n), TooLarge(
                    f"record over the {MAX_LINE_BYTES:,}-byte cap; skipped", source=f"{source}:{n}"))
            seen_content = True
            continue
        if not line.strip():
            continue
        if n == 1 and looks_binary(line[:8192]):
            yield _error(source, None, "1", _binary(source))
            return
        seen_content = True
        if n <= skip:
            continue
        yield _record_item(source, n, line.rstrip(b"\r\n"))
    if not seen_content and skip == 0:
        yield _error(source, None, "0", EmptyInput("empty file: no records", source=source))


def _binary(source: str) -> NkwatchError:
    from nkwatch.model import BinaryInput

    return BinaryInput("binary data, not JSON lines", source=source)


def _iter_jsonl_file(path: str, start_after: str | None) -> Iterator[IngestItem]:
    try:
        fh = open(path, "rb")
    except OSError as e:
        yield _error(path, None, "0", InputError(f"cannot read: {e.strerror or e}", source=path))
        return
    with fh:
        if fh.read(2) == b"\x1f\x8b":
            fh.seek(0)
            yield from _iter_jsonl_gzip(fh, path, start_after)
            return
        fh.seek(0)
        yield from iter_jsonl_stream(fh, path, start_after)


def _iter_jsonl_gzip(fh: BinaryIO, path: str, start_after: str | None) -> Iterator[IngestItem]:
    """Gzipped JSONL; a file cut short ends with an error item after the records that could be read."""
    import gzip
    import zlib

    from nkwatch.ingest.inflation import InflationCap
    from nkwatch.model import DecompressionBomb

    last = "0"
    try:
        stream = InflationCap(gzip.GzipFile(fileobj=fh, mode="rb"), fh, source=path)
        for item in iter_jsonl_stream(stream, path, start_after):
            last = item.position
            yield item
    except DecompressionBomb as e:
        yield _error(path, None, last, e)
    except EOFError as e:
        yield _error(path, None, last, TruncatedRecord(f"compressed file is cut short after line {last} ({e})",
                                                       source=path))
    except (gzip.BadGzipFile, zlib.error, OSError) as e:
        yield _error(path, None, last, BadRecord(f"corrupt compressed data after line {last}: {e}", source=path))


# --- directories and stdin -----------------------------------------------------------------------

def _dir_files(root: Path) -> tuple[list[tuple[str, Path]], list[OSError]]:
    """Files under ``root`` sorted by relative path, and the subdirectories that could not be listed."""
    out, errors = [], []
    for dirpath, dirnames, filenames in os.walk(root, onerror=errors.append):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if not name.startswith("."):
                p = Path(dirpath) / name
                out.append((p.relative_to(root).as_posix(), p))
    return sorted(out), errors


def _iter_dir(root: Path, fetcher: "Fetcher | None", start_after: str | None) -> Iterator[IngestItem]:
    """Every file under ``root``, recursively, in path order; position is "relative/path#inner position"."""
    after_rel, after_inner = (start_after.rsplit("#", 1) + [""])[:2] if start_after else (None, None)
    files, errors = _dir_files(root)
    if start_after is None:
        for e in errors:
            yield _error(str(e.filename or root), None, "", InputError(
                f"cannot list directory: {e.strerror or e}", source=str(e.filename or root)))
    for rel, path in files:
        if after_rel is not None and rel < after_rel:
            continue
        inner_start = (after_inner or None) if rel == after_rel else None
        if rel == after_rel and inner_start is None:
            continue
        kind = detect_kind(str(path))
        if kind in ("url", "dir", "stdin"):
            continue
        for item in iter_file(str(path), kind, fetcher=fetcher, start_after=inner_start):
            item.position = f"{rel}#{item.position}"
            yield item


def _iter_stdin(stream: BinaryIO, kind: str | None, start_after: str | None) -> Iterator[IngestItem]:
    source = "-"
    buffered = stream if hasattr(stream, "peek") else io.BufferedReader(stream)  # type: ignore[arg-type]
    head = buffered.peek(4096)[:4096]
    kind = kind or sniff_kind(head)
    if kind == "jsonl":
        yield from iter_jsonl_stream(buffered, source, start_after)
        return
    data = buffered.read(MAX_DOCUMENT_BYTES + 1)
    if len(data) > MAX_DOCUMENT_BYTES:
        yield _error(source, None, "1", TooLarge(f"stdin is over the {MAX_DOCUMENT_BYTES:,}-byte cap", source=source))
        return
    if kind == "warc":
        from nkwatch.ingest.warc import iter_warc_stream

        yield from iter_warc_stream(io.BytesIO(data), source, start_after=start_after)
        return
    if start_after is None:
        yield document_item(source, data, "html" if kind in ("html", "feed") else "txt")
