"""Reliability matrix §8.4 (../shared/RELIABILITY.md), WARC rows W1–W7: damage is quarantined with its offset and
reason, and every good record after it is still read. Archives are written with warcio (an independent writer)."""

from __future__ import annotations

import gzip
import io
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from nkwatch.ingest.sources import iter_source
from nkwatch.model import DamagedRecord, DigestMismatch, TooLarge, TruncatedRecord

N_RECORDS = 10


def page(i: int) -> bytes:
    return (f"<html><head><title>Story {i}</title></head><body><article><p>Paragraph {i} about the restaurant "
            f"in the city; staff number {i} and the manager spoke to reporters at length.</p>"
            f"<p>Second paragraph {i} of the story, long enough to be kept as text.</p></article></body></html>"
            ).encode()


def build(path: Path, *, gz: bool, n: int = N_RECORDS) -> list[str]:
    """n HTML response records with block digests (warcio writes them); returns their record ids."""
    ids = []
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=gz)
        for i in range(n):
            body = page(i)
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                               ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
            rec = w.create_warc_record(f"https://news.example/{i}", "response", payload=io.BytesIO(body),
                                       http_headers=http)
            w.write_record(rec)
            ids.append(rec.rec_headers.get_header("WARC-Record-ID").strip("<>"))
    return ids


def member_offsets(data: bytes) -> list[int]:
    import zlib

    out, pos = [], 0
    while pos < len(data):
        out.append(pos)
        d = zlib.decompressobj(31)
        d.decompress(data[pos:])
        pos = len(data) - len(d.unused_data)
    return out + [len(data)]


def ok_refs(items) -> list[str]:
    return [i.ref for i in items if i.ok]


def errors(items) -> list:
    return [i.error for i in items if i.error is not None]


def test_W1_truncated_last_gzip_record(tmp_path):
    path = tmp_path / "a.warc.gz"
    ids = build(path, gz=True)
    path.write_bytes(path.read_bytes()[:-200])
    items = list(iter_source(str(path)))
    assert ok_refs(items) == ids[:-1]
    errs = errors(items)
    assert len(errs) == 1 and isinstance(errs[0], TruncatedRecord) and errs[0].reason == "truncated"


def test_W2_plain_warc_last_record_short_of_content_length(tmp_path):
    path = tmp_path / "a.warc"
    ids = build(path, gz=False)
    path.write_bytes(path.read_bytes()[:-100])  # the matrix cuts 500; our records are smaller
    items = list(iter_source(str(path)))
    assert ok_refs(items) == ids[:-1]
    errs = errors(items)
    assert len(errs) == 1 and errs[0].reason == "truncated" and "declares Content-Length" in errs[0].message


def test_W3_flipped_bytes_in_a_middle_gzip_member_lose_only_that_record(tmp_path):
    path = tmp_path / "a.warc.gz"
    ids = build(path, gz=True)
    data = bytearray(path.read_bytes())
    offs = member_offsets(bytes(data))
    mid = (offs[4] + offs[5]) // 2
    data[mid:mid + 64] = bytes(b ^ 0xFF for b in data[mid:mid + 64])  # 64 bytes flipped inside record 4
    path.write_bytes(bytes(data))
    items = list(iter_source(str(path)))
    assert ok_refs(items) == ids[:4] + ids[5:]
    errs = errors(items)
    assert len(errs) == 1 and isinstance(errs[0], DamagedRecord) and errs[0].reason == "damaged_record"
    assert f"byte {offs[4]:,}" in errs[0].message  # the damaged member's offset, to find it again
    positions = [int(i.position) for i in items]
    assert positions == sorted(positions) and len(set(positions)) == len(positions)  # resume tokens still grow
    # resuming after the damage reads the same records again (positions are deterministic)
    after = [i for i in items if i.error is not None][0].position
    assert ok_refs(iter_source(str(path), start_after=after)) == ids[5:]


def test_W3_garbage_line_between_two_plain_records(tmp_path):
    path = tmp_path / "a.warc"
    ids = build(path, gz=False)
    data = path.read_bytes()
    starts = [i for i in range(len(data)) if data.startswith(b"WARC/1.", i)]
    cut = starts[3]
    path.write_bytes(data[:cut] + b"this line is garbage\r\nand so is this\r\n" + data[cut:])
    items = list(iter_source(str(path)))
    assert ok_refs(items) == ids
    errs = errors(items)
    assert len(errs) == 1 and errs[0].reason == "damaged_record" and f"offset {cut}" in errs[0].message


def test_W3_garbage_inside_a_plain_record_header(tmp_path):
    path = tmp_path / "a.warc"
    ids = build(path, gz=False)
    data = path.read_bytes()
    i = data.index(b"Content-Length:", data.index(b"WARC/1.", 1000))  # a later record's header
    path.write_bytes(data[:i] + b"Content-Length: -5\r\nX-Was-" + data[i:])
    items = list(iter_source(str(path)))
    errs = errors(items)
    assert len(errs) == 1 and errs[0].reason == "damaged_record"
    assert len(ok_refs(items)) == N_RECORDS - 1 and set(ok_refs(items)) < set(ids)  # only the damaged one lost


def test_W3_negative_control_the_checker_fails_on_a_reader_without_resync(tmp_path, monkeypatch):
    """The W3 check must fail when resync is switched off (the reader then stops at the damage, as it did)."""
    import nkwatch.ingest.warc as warc

    def no_resync(self, after):
        self.done, self.buf = True, b""
        return None

    monkeypatch.setattr(warc._GzipMembers, "resync", no_resync)
    path = tmp_path / "a.warc.gz"
    ids = build(path, gz=True)
    data = bytearray(path.read_bytes())
    offs = member_offsets(bytes(data))
    mid = (offs[4] + offs[5]) // 2
    data[mid:mid + 64] = bytes(b ^ 0xFF for b in data[mid:mid + 64])
    path.write_bytes(bytes(data))
    assert ok_refs(iter_source(str(path))) != ids[:4] + ids[5:]


@pytest.mark.parametrize("gz", [True, False])
def test_W4_block_digest_mismatch_is_quarantined(tmp_path, gz):
    plain = tmp_path / "a.warc"
    ids = build(plain, gz=False)
    data = plain.read_bytes()
    i = data.index(b"Paragraph 6 about")
    data = data[:i] + b"Paragraph 9 about" + data[i + 17:]  # one payload byte changed, header kept
    if gz:
        path = tmp_path / "a.warc.gz"
        path.write_bytes(gzip.compress(data))  # W5 shape: whole-file gzip is read too
    else:
        path = plain
        path.write_bytes(data)
    items = list(iter_source(str(path)))
    assert ok_refs(items) == ids[:6] + ids[7:]
    errs = errors(items)
    assert len(errs) == 1 and isinstance(errs[0], DigestMismatch) and errs[0].reason == "digest_mismatch"


def test_W4_negative_control_a_true_digest_is_not_flagged(tmp_path):
    path = tmp_path / "a.warc"
    ids = build(path, gz=False)
    assert ok_refs(iter_source(str(path))) == ids and not errors(iter_source(str(path)))


def test_W5_whole_file_gzip_is_accepted(tmp_path):
    """Matrix: 'accepted with a warning or rejected, consistently'. We accept it (same records as per-record
    gzip); there is no warning because nothing is lost but random access, which ingest never uses."""
    plain = tmp_path / "a.warc"
    ids = build(plain, gz=False)
    whole = tmp_path / "b.warc.gz"
    whole.write_bytes(gzip.compress(plain.read_bytes()))
    assert ok_refs(iter_source(str(whole))) == ids
    assert ok_refs(iter_source(str(whole))) == ids  # consistently


@pytest.mark.parametrize("length,reason", [("10000000000", "truncated"), ("-1", "damaged_record")])
def test_W6_huge_or_negative_content_length(tmp_path, length, reason):
    """Matrix: `oversize`/`bad_header`. A 10 GB length that the file does not hold is `truncated` (read to the
    end, memory flat); a length the file does hold over the 20 MB cap is `too_large`; a negative one
    `damaged_record` and reading goes on."""
    path = tmp_path / "a.warc"
    ids = build(path, gz=False)
    data = path.read_bytes()
    starts = [i for i in range(len(data)) if data.startswith(b"WARC/1.", i)]
    rec = data[starts[5]:starts[6]]
    j = rec.index(b"Content-Length: ") + len(b"Content-Length: ")
    k = rec.index(b"\r\n", j)
    rec = rec[:j] + length.encode() + rec[k:]
    path.write_bytes(data[:starts[5]] + rec + data[starts[6]:])
    items = list(iter_source(str(path)))
    errs = errors(items)
    assert errs and errs[0].reason == reason
    if reason == "damaged_record":
        assert ok_refs(items) == ids[:5] + ids[6:]
    else:
        assert ok_refs(items) == ids[:5]


def test_W6_over_the_record_cap_is_skipped_too_large(tmp_path, monkeypatch):
    import nkwatch.ingest.warc as warc

    monkeypatch.setattr(warc, "MAX_RECORD_BYTES", 100)
    path = tmp_path / "a.warc"
    build(path, gz=False, n=3)
    items = list(iter_source(str(path)))
    assert [type(e) for e in errors(items)] == [TooLarge] * 3


def _count(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
            return conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


@pytest.mark.full
def test_W7_kill_9_mid_warc_then_restart_resumes_without_duplicates(tmp_path):
    path = tmp_path / "big.warc.gz"
    n = 400
    ids = build(path, gz=True, n=n)
    db = tmp_path / "w7.db"
    exe = str(Path(sys.executable).with_name("nkwatch"))
    cmd = [exe, "--quiet", "--db", str(db), "ingest", str(path)]
    env = {k: v for k, v in os.environ.items() if k != "NKWATCH_DB"}
    kills = 0
    for _ in range(5):
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        target = _count(db) + 40
        deadline = time.monotonic() + 120
        while _count(db) < target and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            kills += 1
        proc.wait()
    subprocess.run(cmd, capture_output=True, env=env, timeout=900, check=False)
    assert kills >= 1
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {r[0] for r in conn.execute("SELECT source_ref FROM articles")}
        assert conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == n
    assert stored == set(ids)
