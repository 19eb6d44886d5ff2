"""Read a part's records as they are stored, before any cleaning, so the prefilter can run first.

``nkwatch ingest`` reads through ``nkwatch.ingest.sources``, which parses every HTML page on the way; at archive
scale that would spend milliseconds per page on the 99% that the prefilter throws away. Here a record is only
split out of its container (a JSON line, a WARC response) and decoded; cleaning happens in
``nkwatch.pipeline.extract_record`` on the survivors.
"""

from __future__ import annotations

import gzip
import json
import zlib
from dataclasses import dataclass
from typing import Iterator

from nkwatch.model import BadRecord, CorruptShard, NkwatchError, TruncatedRecord
from nkwatch.scale.shards import Part


@dataclass
class RawRecord:
    """One record of a part: an article record (contract fields, plus where it came from) or the error it gave."""

    ref: str                      # "line 12" / "byte 4096" / the WARC-Record-ID
    record: dict | None
    error: NkwatchError | None = None


def iter_part(part: Part) -> Iterator[RawRecord]:
    """Records of one part. Raises CorruptShard when the container cannot be read on (the records before it
    have been yielded); a bad record inside a readable container is yielded with its error instead."""
    if part.fmt == "warc":
        yield from _iter_warc(part)
    elif part.fmt == "jsonl.gz":
        yield from _iter_jsonl_gz(part)
    else:
        yield from _iter_jsonl_range(part)


def _parse_line(line: bytes, where: str, ref: str) -> RawRecord:
    if line.startswith(b"\xef\xbb\xbf"):
        line = line[3:]  # a byte-order mark that editors on Windows put before the first record
    try:
        rec = json.loads(line)
    except ValueError as e:
        return RawRecord(ref, None, BadRecord(f"not JSON: {e}", source=where))
    if not isinstance(rec, dict):
        return RawRecord(ref, None, BadRecord(f"a JSON {type(rec).__name__}, not an article record", source=where))
    return RawRecord(ref, rec)


def _iter_jsonl_range(part: Part) -> Iterator[RawRecord]:
    with open(part.shard, "rb") as fh:
        pos = part.start
        if pos > 0:
            # The line that straddles our start belongs to the previous part: skip to the next line start.
            fh.seek(pos - 1)
            pos += len(fh.readline()) - 1
        while part.end is None or pos < part.end:
            line = fh.readline()
            if not line:
                break
            start, pos = pos, pos + len(line)
            if line.strip():
                yield _parse_line(line, f"{part.shard}: byte {start}", f"byte {start}")


def _iter_jsonl_gz(part: Part) -> Iterator[RawRecord]:
    n = 0
    try:
        with gzip.open(part.shard, "rb") as fh:
            for n, line in enumerate(fh, 1):
                if line.strip():
                    yield _parse_line(line, f"{part.shard}: line {n}", f"line {n}")
    except (OSError, EOFError, zlib.error) as e:
        raise CorruptShard(f"unreadable after line {n}: {e}", source=part.shard) from e


def _iter_warc(part: Part) -> Iterator[RawRecord]:
    """HTML responses of a WARC; the block is checked against its Content-Length (FastWARC hands a truncated
    record over with a short body), the HTTP envelope parsed and the body decoded by nkwatch.ingest's own
    functions, so a record reads the same here as in ``nkwatch ingest``."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    from nkwatch.ingest.encoding import charset_from_content_type, decode_bytes
    from nkwatch.ingest.warc import parse_http_response

    n = 0
    last = "the start"
    try:
        for rec in ArchiveIterator(part.shard, record_types=WarcRecordType.response, parse_http=False):
            n += 1
            rid = (rec.record_id or "").strip("<>") or f"record {n}"  # as nkwatch ingest writes it
            last = rid
            block = rec.reader.read()
            where = f"{part.shard}: {rid}"
            if len(block) < rec.content_length:
                yield RawRecord(rid, None, TruncatedRecord(f"{len(block)} of {rec.content_length} bytes",
                                                           source=where))
                continue
            try:
                status, headers, body = parse_http_response(block, source=where)
                ctype = headers.get("content-type", "")
                if not 200 <= status < 300 or "html" not in ctype.lower():
                    continue  # redirects, images, scripts, feeds: not articles
                decoded = decode_bytes(body, charset_from_content_type(ctype), source=where)
            except NkwatchError as e:
                yield RawRecord(rid, None, e)
                continue
            url = rec.headers.get("WARC-Target-URI")
            yield RawRecord(rid, {"url": url, "html": decoded.text, "encoding": decoded.decision,
                                  "warc_record_id": rid, "warc_target_uri": url,
                                  "warc_date": rec.headers.get("WARC-Date")})
    except OSError as e:
        raise CorruptShard(f"unreadable after {last} ({n} records read): {e}", source=part.shard) from e
