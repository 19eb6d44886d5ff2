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

import base64
import gzip
import hashlib
import zlib
from typing import BinaryIO, Iterator

from nkwatch.ingest.encoding import charset_from_content_type
from nkwatch.ingest.inflation import InflationCap
from nkwatch.ingest.items import IngestItem
from nkwatch.ingest.sources import document_item
from nkwatch.model import (DamagedRecord, DigestMismatch, InputError, NkwatchError, ParseError, TooLarge,
                           TruncatedRecord)

MAX_RECORD_BYTES = 20_000_000
MAX_HEADER_BYTES = 64_000
_HTML_TYPES = ("text/html", "application/xhtml+xml")


class _Damaged(Exception):
    """A gzip member that does not decompress; ``offset`` is where it starts in the compressed file."""

    def __init__(self, offset: int, why: str):
        super().__init__(why)
        self.offset = offset


class _GzipMembers:
    """A multi-member gzip file read member by member, so that a damaged member can be stepped over.

    Python's GzipFile stops for good at the first bad member; per-record gzip (the WARC convention) lets a
    reader start again at the next member, which is what ``resync`` does: it looks for the next gzip header
    whose first bytes inflate to ``WARC/``.
    """

    CHUNK = 1 << 16

    def __init__(self, fh: BinaryIO):
        self.fh = fh
        self.member_start = 0      # compressed offset where the current member starts
        self.fed = 0               # compressed bytes handed to the decompressor of this member
        self.d = zlib.decompressobj(31)
        self.buf = b""
        self.done = False
        self.members = 0
        self.cap: InflationCap | None = None   # counts what is handed out against the compressed input

    def _fill(self, want: int) -> None:
        while len(self.buf) < want and not self.done:
            if self.d.eof:
                rest = self.d.unused_data
                self.member_start += self.fed - len(rest)
                self.fed = 0
                self.d = zlib.decompressobj(31)
                if not rest:
                    rest = self.fh.read(self.CHUNK)
                    if not rest:
                        self.done = True
                        return
                self.members += 1
                self._feed(rest)
                continue
            tail = self.d.unconsumed_tail
            if tail:
                self._feed(tail, counted=True)
                continue
            chunk = self.fh.read(self.CHUNK)
            if not chunk:
                if self.fed == 0:
                    self.done = True
                    return
                raise EOFError("Compressed file ended before the end-of-stream marker was reached")
            self._feed(chunk)

    def _feed(self, data: bytes, counted: bool = False) -> None:
        if not counted:
            self.fed += len(data)
        try:
            self.buf += self.d.decompress(data, 1 << 20)
        except zlib.error as e:
            raise _Damaged(self.member_start, str(e)) from e

    def read(self, n: int) -> bytes:
        self._fill(n)
        out, self.buf = self.buf[:n], self.buf[n:]
        return self.cap._count(out) if self.cap is not None else out

    def readline(self, limit: int) -> bytes:
        while self.buf.find(b"\n", 0, limit) < 0 and len(self.buf) < limit:
            before = len(self.buf)
            self._fill(before + 1)
            if len(self.buf) == before:
                break
        i = self.buf.find(b"\n", 0, limit)
        n = i + 1 if i >= 0 else min(limit, len(self.buf))
        out, self.buf = self.buf[:n], self.buf[n:]
        return self.cap._count(out) if self.cap is not None else out

    def resync(self, after: int) -> int | None:
        """Moves to the first valid member starting after compressed offset ``after``; its offset, or None."""
        pos = after + 1
        while True:
            self.fh.seek(pos)
            window = self.fh.read(self.CHUNK + 2)
            if len(window) < 3:
                self.done, self.buf = True, b""
                return None
            i = window.find(b"\x1f\x8b\x08")
            if i < 0:
                pos += len(window) - 2
                continue
            cand = pos + i
            self.fh.seek(cand)
            probe = zlib.decompressobj(31)
            try:
                head = probe.decompress(self.fh.read(4096), 16)
            except zlib.error:
                head = b""
            if head.startswith(b"WARC/"):
                self.fh.seek(cand)
                self.member_start, self.fed, self.buf = cand, 0, b""
                self.d = zlib.decompressobj(31)
                self.done = False
                return cand
            pos = cand + 1


class _Reader:
    """Reads a (possibly gzip-compressed) stream and counts uncompressed bytes for record positions."""

    def __init__(self, fh):
        self.fh = fh
        self.offset = 0
        self.pushback: bytes | None = None   # a record line found while resyncing a plain WARC

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
        stream = _GzipMembers(fh) if magic == b"\x1f\x8b" else fh
        if isinstance(stream, _GzipMembers):
            stream.cap = InflationCap(stream, fh, source=path)
        yield from iter_warc_stream(stream, path, start_after=start_after)


def _headers(lines: list[bytes]) -> dict[str, str]:
    out: dict[str, str] = {}
    for raw in lines:
        line = raw.decode("utf-8", "replace").rstrip("\r\n")
        if ":" in line:
            k, v = line.split(":", 1)
            out[k.strip().lower()] = v.strip()
    return out


def _skip_to_next_record(reader: _Reader) -> bool:
    """Plain WARC: reads on to the next line that starts a record; True when one was found (it is pushed back)."""
    while True:
        line = reader.readline()
        if not line:
            return False
        if line.startswith(b"WARC/1.") or line.startswith(b"WARC/0."):
            reader.pushback = line
            reader.offset -= len(line)
            return True


def iter_warc_stream(stream, source: str, *, start_after: str | None = None) -> Iterator[IngestItem]:
    """Every record's item; a damaged record is quarantined (error item with its offset and reason) and reading
    goes on at the next record (plain WARC) or the next gzip member (.warc.gz)."""
    reader = _Reader(stream)
    members = stream if isinstance(stream, _GzipMembers) else None
    skip_to = int(start_after) if start_after and start_after.isdigit() else -1
    records = 0
    resync = False  # plain WARC: after damage, look for the next record line

    def readline() -> bytes:
        if reader.pushback is not None:
            line, reader.pushback = reader.pushback, None
            reader.offset += len(line)
            return line
        return reader.readline()

    while True:
        start = reader.offset
        position = str(start)
        damage: NkwatchError | None = None
        try:
            if resync:
                resync = False
                if not _skip_to_next_record(reader):
                    return
                start = reader.offset
                position = str(start)
            line = readline()
            while line in (b"\r\n", b"\n"):
                start = reader.offset
                position = str(start)
                line = readline()
            if not line:
                if records == 0:
                    yield IngestItem(source=source, ref=None, position="0",
                                     error=InputError("empty WARC: no records", source=source))
                return
            if not line.startswith(b"WARC/"):
                if records == 0:
                    yield IngestItem(source=source, ref=None, position=position, raw=line[:200], error=ParseError(
                        f"not a WARC file (starts {line[:20]!r})", source=source))
                    return
                raise DamagedRecord(f"not a WARC record at offset {start} (starts {line[:20]!r}); "
                                    f"reading goes on at the next record", source=source)
            header_lines = []
            size = 0
            while True:
                h = readline()
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
            records += 1
            if not length_text.isdigit():
                raise DamagedRecord(f"WARC record at offset {start} has no valid Content-Length "
                                    f"({length_text[:30]!r})", source=where)
            length = int(length_text)
            if length > MAX_RECORD_BYTES:
                got = _skip(reader, length)
                if got < length:
                    raise TruncatedRecord(f"record at offset {start} declares Content-Length {length:,} but only "
                                          f"{got:,} bytes remain", source=where)
                if start > skip_to:
                    yield IngestItem(source=source, ref=record_id, position=position, error=TooLarge(
                        f"record of {length:,} bytes is over the {MAX_RECORD_BYTES:,}-byte cap", source=where))
                continue
            block = reader.read(length)
            if len(block) < length:
                raise TruncatedRecord(f"record at offset {start} declares Content-Length {length:,} but only "
                                      f"{len(block):,} bytes remain", source=where)
        except EOFError as e:
            # gzip: the member ended before its end-of-stream marker, the record inside it is cut short
            yield IngestItem(source=source, ref=None, position=position, error=TruncatedRecord(
                f"compressed record at offset {start} is cut short ({e})", source=source))
            return
        except _Damaged as e:
            damage = DamagedRecord(f"damaged gzip member at byte {e.offset:,} of the file (record at offset "
                                   f"{start}): {e}; reading goes on at the next member", source=source)
            members.resync(e.offset)
            reader.offset = max(reader.offset, start + 1)
        except (gzip.BadGzipFile, zlib.error, OSError) as e:
            yield IngestItem(source=source, ref=None, position=position, error=ParseError(
                f"corrupt compressed data at offset {start}: {e}; the rest of the file is not read",
                source=source))
            return
        except DamagedRecord as e:
            damage = e
            if members is not None:
                members.resync(members.member_start)
                reader.offset = max(reader.offset, start + 1)
            else:
                resync = True
        except NkwatchError as e:
            yield IngestItem(source=source, ref=None, position=position, error=e)
            return
        if damage is not None:
            if start > skip_to:
                yield IngestItem(source=source, ref=None, position=position, error=damage)
            continue
        if start <= skip_to:
            continue
        mismatch = _digest_mismatch(headers.get("warc-block-digest"), block)
        if mismatch:
            yield IngestItem(source=source, ref=record_id, position=position, raw=block[:100_000],
                             error=DigestMismatch(f"record at offset {start}: {mismatch}", source=where))
            continue
        item = _record_item(source, position, record_id, headers, block)
        if item is not None:
            yield item


def _digest_mismatch(declared: str | None, block: bytes) -> str | None:
    """None when the WARC-Block-Digest matches the block (or is absent or of an unknown algorithm), else why."""
    if not declared or ":" not in declared:
        return None
    algo, _, value = declared.partition(":")
    name = algo.strip().lower().replace("-", "")
    if name not in hashlib.algorithms_available:
        return None
    raw = hashlib.new(name, block).digest()
    value = value.strip()
    forms = {base64.b32encode(raw).decode().rstrip("="), raw.hex(), base64.b64encode(raw).decode().rstrip("=")}
    if value.rstrip("=") in forms or value.lower() == raw.hex() or value.upper().rstrip("=") in forms:
        return None
    return f"WARC-Block-Digest {algo}:{value[:40]} does not match the record's block"


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
