"""WARC and WARC.gz files (CC-NEWS style) → one item per HTML response, keeping WARC-Record-ID and target URI.

A small reader of our own rather than warcio or FastWARC, because truncation must be seen: warcio drops a
truncated final gzip record without a word, FastWARC yields it with a short body, and both return short
bodies from truncated plain WARCs. Here every record's block is read against its Content-Length, and
Python's gzip reader raises on a member that ends early; either becomes a TruncatedRecord item. (Tests
write their archives with warcio, so the reader is checked against an independent writer.)

Records that are not HTML responses (warcinfo, requests, metadata, images, redirects, 404s) are not
articles and are passed over; a record that cannot be read is an error item, never a silent gap.
"""

from __future__ import annotations

import gzip
import zlib
from typing import BinaryIO, Iterator

from nkwatch.ingest.encoding import charset_from_content_type
from nkwatch.ingest.items import IngestItem
from nkwatch.ingest.sources import document_item
from nkwatch.model import InputError, NkwatchError, ParseError, TooLarge, TruncatedRecord

MAX_RECORD_BYTES = 20_000_000
MAX_HEADER_BYTES = 64_000
_HTML_TYPES = ("text/html", "application/xhtml+xml")


class _Reader:
    """Reads a (possibly gzip-compressed) stream and counts uncompressed bytes for record positions."""

    def __init__(self, fh: BinaryIO):
        self.fh = fh
        self.offset = 0

    def read(self, n: int) -> bytes:
        out = []
        while n > 0:
            chunk = self.fh.read(min(n, 1 << 20))
            if not chunk:
                break
            out.append(chunk)
            n -= len(chunk)
            self.offset += len(chunk)
        return b"".join(out)

    def readline(self, limit: int = MAX_HEADER_BYTES) -> bytes:
        line = self.fh.readline(limit)
        self.offset += len(line)
        return line


def iter_warc(path: str, *, start_after: str | None = None) -> Iterator[IngestItem]:
    """Items of a .warc or .warc.gz file; position is the record's offset in the uncompressed stream."""
    try:
        fh = open(path, "rb")
    except OSError as e:
        yield IngestItem(source=path, ref=None, position="0",
                         error=InputError(f"cannot read: {e.strerror or e}", source=path))
        return
    with fh:
        magic = fh.read(2)
        fh.seek(0)
        stream: BinaryIO = gzip.GzipFile(fileobj=fh, mode="rb") if magic == b"\x1f\x8b" else fh  # type: ignore
        yield from iter_warc_stream(stream, path, start_after=start_after)


def _headers(lines: list[bytes]) -> dict[str, str]:
    out: dict[str, str] = {}
    for raw in lines:
        line = raw.decode("utf-8", "replace").rstrip("\r\n")
        if ":" in line:
            k, v = line.split(":", 1)
            out[k.strip().lower()] = v.strip()
    return out


def iter_warc_stream(stream: BinaryIO, source: str, *, start_after: str | None = None) -> Iterator[IngestItem]:
    reader = _Reader(stream)
    skip_to = int(start_after) if start_after and start_after.isdigit() else -1
    records = 0
    while True:
        start = reader.offset
        position = str(start)
        try:
            line = reader.readline()
            while line in (b"\r\n", b"\n"):
                start = reader.offset
                position = str(start)
                line = reader.readline()
            if not line:
                if records == 0:
                    yield IngestItem(source=source, ref=None, position="0",
                                     error=InputError("empty WARC: no records", source=source))
                return
            if not line.startswith(b"WARC/"):
                yield IngestItem(source=source, ref=None, position=position, raw=line[:200], error=ParseError(
                    f"not a WARC record at offset {start} (starts {line[:20]!r}); the rest of the file is not read",
                    source=source))
                return
            header_lines = []
            size = 0
            while True:
                h = reader.readline()
                size += len(h)
                if h in (b"\r\n", b"\n"):
                    break
                if not h or size > MAX_HEADER_BYTES:
                    raise TruncatedRecord(f"WARC headers at offset {start} end before the blank line",
                                          source=source)
                header_lines.append(h)
            headers = _headers(header_lines)
            record_id = headers.get("warc-record-id", "").strip("<>") or None
            where = f"{source}:{record_id or start}"
            length_text = headers.get("content-length", "")
            if not length_text.isdigit():
                raise ParseError(f"WARC record at offset {start} has no valid Content-Length", source=where)
            length = int(length_text)
            records += 1
            if length > MAX_RECORD_BYTES:
                got = _skip(reader, length)
                if got < length:
                    raise TruncatedRecord(f"record declares Content-Length {length:,} but only {got:,} bytes "
                                          f"remain", source=where)
                if start > skip_to:
                    yield IngestItem(source=source, ref=record_id, position=position, error=TooLarge(
                        f"record of {length:,} bytes is over the {MAX_RECORD_BYTES:,}-byte cap", source=where))
                continue
            block = reader.read(length)
            if len(block) < length:
                raise TruncatedRecord(f"record declares Content-Length {length:,} but only {len(block):,} bytes "
                                      f"remain", source=where)
        except EOFError as e:
            # gzip: the member ended before its end-of-stream marker, the record inside it is cut short
            yield IngestItem(source=source, ref=None, position=position, error=TruncatedRecord(
                f"compressed record at offset {start} is cut short ({e})", source=source))
            return
        except (gzip.BadGzipFile, zlib.error, OSError) as e:
            yield IngestItem(source=source, ref=None, position=position, error=ParseError(
                f"corrupt compressed data at offset {start}: {e}; the rest of the file is not read",
                source=source))
            return
        except NkwatchError as e:
            yield IngestItem(source=source, ref=None, position=position, error=e)
            return
        if start <= skip_to:
            continue
        item = _record_item(source, position, record_id, headers, block)
        if item is not None:
            yield item


def _skip(reader: _Reader, n: int) -> int:
    got = 0
    while got < n:
        chunk = reader.read(min(n - got, 1 << 20))
        if not chunk:
            break
        got += len(chunk)
    return got


def _record_item(source: str, position: str, record_id: str | None, headers: dict[str, str],
                 block: bytes) -> IngestItem | None:
    """An HTML response (or resource) record → an item; anything else → None (not an article)."""
    warc_type = headers.get("warc-type", "").lower()
    url = headers.get("warc-target-uri") or None
    where = f"{source}:{record_id}" if record_id else source
    extra = {"warc_record_id": record_id, "warc_target_uri": url, "warc_date": headers.get("warc-date")}
    try:
        if warc_type == "response" and headers.get("content-type", "").lower().startswith("application/http"):
            status, http_headers, body = parse_http_response(block, source=where)
            if not 200 <= status < 300:
                return None
            content_type = http_headers.get("content-type", "")
        elif warc_type in ("response", "resource"):
            content_type, body = headers.get("content-type", ""), block
        else:
            return None
    except NkwatchError as e:
        return IngestItem(source=source, ref=record_id, position=position, raw=block[:100_000], error=e)
    if not content_type.lower().startswith(_HTML_TYPES):
        return None
    item = document_item(source, body, "html", ref=record_id, position=position, url=url,
                         declared_charset=charset_from_content_type(content_type), extra=extra)
    if item.article is not None and headers.get("warc-truncated"):
        item.article.warnings.append(f"the crawler truncated this capture ({headers['warc-truncated']})")
    return item


def parse_http_response(block: bytes, *, source: str | None = None) -> tuple[int, dict[str, str], bytes]:
    """Status, headers and decoded body of an HTTP response as archived in a WARC record."""
    sep = block.find(b"\r\n\r\n")
    head_end, body_start = (sep, sep + 4) if sep >= 0 else (block.find(b"\n\n"), block.find(b"\n\n") + 2)
    if head_end < 0:
        raise ParseError("HTTP response without a header/body separator", source=source)
    lines = block[:head_end].split(b"\n")
    status_line = lines[0].decode("latin-1").strip().split()
    if len(status_line) < 2 or not status_line[0].startswith("HTTP/") or not status_line[1].isdigit():
        raise ParseError(f"bad HTTP status line {lines[0][:60]!r}", source=source)
    headers = _headers(lines[1:])
    body = block[body_start:]
    if "chunked" in headers.get("transfer-encoding", "").lower():
        body = _dechunk(body, source)
    encoding = headers.get("content-encoding", "").lower().strip()
    if encoding in ("gzip", "x-gzip", "deflate"):
        try:
            body = zlib.decompressobj(zlib.MAX_WBITS | 32).decompress(body, MAX_RECORD_BYTES)
        except zlib.error as e:
            raise ParseError(f"HTTP body declared {encoding} does not decompress: {e}", source=source) from e
    elif encoding not in ("", "identity"):
        raise ParseError(f"unsupported HTTP Content-Encoding {encoding!r}", source=source)
    return int(status_line[1]), headers, body


def _dechunk(body: bytes, source: str | None) -> bytes:
    out, pos = [], 0
    while True:
        eol = body.find(b"\r\n", pos)
        if eol < 0:
            raise TruncatedRecord("chunked HTTP body ends inside a chunk header", source=source)
        try:
            size = int(body[pos:eol].split(b";")[0].strip() or b"0", 16)
        except ValueError:
            return body  # not really chunked (the archiver decoded it but kept the header)
        if size == 0:
            return b"".join(out)
        chunk = body[eol + 2:eol + 2 + size]
        if len(chunk) < size:
            raise TruncatedRecord("chunked HTTP body ends inside a chunk", source=source)
        out.append(chunk)
        pos = eol + 2 + size + 2
