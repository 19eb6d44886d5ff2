"""WARC and WARC.gz archives written with warcio from our fixture pages: record ids kept, truncation reported."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from nkwatch.ingest.sources import iter_source
from nkwatch.ingest.warc import parse_http_response
from nkwatch.model import ParseError, TruncatedRecord

PAGES = Path(__file__).parent / "data" / "ingest" / "warc"


def build_warc(path: Path, *, gz: bool, extra_records: bool = True) -> list[str]:
    """An archive like a CC-NEWS file: warcinfo, then request/response pairs; returns the response record ids."""
    ids = []
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        for name in ("pier.html", "council.html"):
            url = f"https://news.example/{name}"
            body = (PAGES / name).read_bytes()
            if extra_records:
                req = writer.create_warc_record(url, "request", payload=io.BytesIO(b""),
                                                http_headers=StatusAndHeaders("GET / HTTP/1.1", [], protocol=""))
                writer.write_record(req)
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                               ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
            rec = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http)
            writer.write_record(rec)
            ids.append(rec.rec_headers.get_header("WARC-Record-ID").strip("<>"))
        img = writer.create_warc_record("https://news.example/logo.png", "response", payload=io.BytesIO(b"\x89PNG"),
                                        http_headers=StatusAndHeaders("200 OK", [("Content-Type", "image/png")],
                                                                      protocol="HTTP/1.1"))
        writer.write_record(img)
    return ids


@pytest.mark.parametrize("gz", [True, False])
def test_warc_pages_become_articles_with_record_ids(tmp_path, gz):
    path = tmp_path / ("news.warc.gz" if gz else "news.warc")
    ids = build_warc(path, gz=gz)
    items = list(iter_source(str(path)))
    assert [i.ref for i in items] == ids and all(i.ok for i in items), [i.error for i in items]
    pier = items[0].article
    assert pier.url == "https://news.example/pier.html"
    assert pier.extra["warc_record_id"] == ids[0] and pier.extra["warc_target_uri"] == pier.url
    assert pier.title == "Pier reopens after storm"  # the <script> in <title> is gone
    assert "north pier on Friday" in pier.text and "harbour_rat" not in pier.text
    assert pier.outlet == "Coastline Wire" and pier.published == "2024-05-03"
    council = items[1].article
    assert "handover in January" in council.text
    assert "Advertisement" not in council.kept_text()
    # resume after the first article
    again = list(iter_source(str(path), start_after=items[0].position))
    assert [i.ref for i in again] == ids[1:]


def test_truncated_final_gzip_record_is_reported(tmp_path):
    path = tmp_path / "news.warc.gz"
    ids = build_warc(path, gz=True, extra_records=False)
    data = path.read_bytes()
    path.write_bytes(data[:-200])  # cut into the last member (the image record)
    items = list(iter_source(str(path)))
    assert [i.ref for i in items if i.ok] == ids
    assert isinstance(items[-1].error, TruncatedRecord) and "cut short" in items[-1].error.message


def test_truncated_gzip_article_record_is_reported(tmp_path):
    path = tmp_path / "news.warc.gz"
    ids = build_warc(path, gz=True, extra_records=False)
    data = path.read_bytes()
    # keep the first two members (warcinfo, pier) and half of the third (council)
    members = _member_offsets(data)
    path.write_bytes(data[:members[2] + (members[3] - members[2]) // 2])
    items = list(iter_source(str(path)))
    assert [i.ref for i in items if i.ok] == ids[:1]
    assert isinstance(items[-1].error, TruncatedRecord)


def test_truncated_plain_warc_is_reported(tmp_path):
    path = tmp_path / "news.warc"
    ids = build_warc(path, gz=False, extra_records=False)
    data = path.read_bytes()
    cut = data.index(b"The outgoing company")  # inside the council page
    path.write_bytes(data[:cut])
    items = list(iter_source(str(path)))
    assert [i.ref for i in items if i.ok] == ids[:1]
    err = items[-1].error
    assert isinstance(err, TruncatedRecord) and "declares Content-Length" in err.message


def test_not_a_warc(tmp_path):
    path = tmp_path / "bad.warc"
    path.write_bytes(b"hello, this is not an archive\n")
    items = list(iter_source(str(path)))
    assert len(items) == 1 and isinstance(items[0].error, ParseError)


def test_http_payload_parsing():
    import gzip

    body = gzip.compress(b"<html><body><p>hi</p></body></html>")
    block = b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Type: text/html\r\n\r\n" + body
    status, headers, out = parse_http_response(block)
    assert status == 200 and out.startswith(b"<html>") and headers["content-type"] == "text/html"
    chunked = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n"
    assert parse_http_response(chunked)[2] == b"hello world"


def _member_offsets(data: bytes) -> list[int]:
    """Start offsets of the gzip members of a multi-member file."""
    import zlib

    offsets, pos = [], 0
    while pos < len(data):
        offsets.append(pos)
        d = zlib.decompressobj(zlib.MAX_WBITS | 16)
        d.decompress(data[pos:])
        pos = len(data) - len(d.unused_data)
    offsets.append(len(data))
    return offsets
