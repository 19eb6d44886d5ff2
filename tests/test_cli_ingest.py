"""`nkwatch ingest / articles / show / stats` run for real (subprocesses on a real SQLite file)."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from nkwatch.store import journal_entries, stats

REPO_SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def summary(proc) -> str:
    return proc.stdout.decode("utf-8")


@pytest.fixture(scope="module")
def dev_db(tmp_path_factory):
    """The dev set ingested once (and then a second time) for the tests of this module that read it."""
    shared = Path(__file__).resolve().parents[1].parent / "shared"
    src = shared / "eval" / "dev" / "dev.articles.jsonl"
    if not src.is_file():
        pytest.skip(f"{src} is absent")
    db = tmp_path_factory.mktemp("dev") / "dev.db"
    exe = str(Path(sys.executable).with_name("nkwatch"))
    runs = [subprocess.run([exe, "--quiet", "--db", str(db), "ingest", str(src)], capture_output=True, timeout=600)
            for _ in range(2)]
    return src, db, runs


def test_dev_set_stores_every_article_once(dev_db):
    src, db, (first, second) = dev_db
    n = sum(1 for line in src.read_text("utf-8").splitlines() if line.strip())
    assert first.returncode == 0, first.stderr.decode()
    assert summary(first).startswith(f"stored {n}, duplicates 0, errors 0")
    assert second.returncode == 0, second.stderr.decode()
    assert summary(second).startswith(f"stored 0, duplicates {n}, errors 0")
    assert stats(db)["articles"] == n


def test_show_prints_the_clean_text_without_reader_comments(run_cli, dev_db):
    src, db, _ = dev_db
    first_id = json.loads(src.read_text("utf-8").splitlines()[0])["doc_id"]
    shown = run_cli("--quiet", "show", "--json", first_id, db=db)
    assert shown.returncode == 0, shown.stderr.decode()
    art = json.loads(shown.stdout)
    comment_cuts = [c for c in art["cuts"] if "comment" in c["reason"]]
    assert comment_cuts, "the first seed ends in reader comments, which cleaning must cut"
    tail = min(c["start"] for c in comment_cuts)
    comments = art["text"][tail:].strip()
    plain = summary(run_cli("--quiet", "show", first_id, db=db))
    assert art["text"][:tail].split()[-1] in plain  # the article's last words are shown ...
    assert comments[:60] not in plain                # ... and the comments are not
    assert plain.rstrip().endswith(art["kept_text"].rstrip()[-40:])
    raw = run_cli("--quiet", "show", "--raw", first_id, db=db).stdout
    assert json.loads(raw)["text"] == art["text"]  # the JSON line exactly as received


def write(path, data: bytes | str):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def by_reason(rows) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for r in rows:
        out.setdefault(r["reason"], []).append(r["source"].rsplit("/", 1)[-1])
    return out


def test_bad_inputs_are_reported_journalled_and_the_rest_goes_on(run_cli, tmp_path, db_path):
    src = tmp_path / "in"
    write(src / "empty.txt", b"")
    write(src / "blob.txt", bytes(range(256)) * 40)
    good = {"doc_id": "g1", "title": "Workers leave", "text": "Five restaurant workers left Dandong in May."}
    write(src / "records.jsonl", "\n".join([
        json.dumps(good),
        "{not json",
        json.dumps({"doc_id": "nt", "title": "no text here"}),
    ]) + "\n")
    write(src / "story.txt", "A waitress left a restaurant in Phnom Penh and reached Seoul.\n")
    with open(src / "huge.txt", "wb") as fh:
        fh.truncate(200 * 1024 * 1024)  # a 200 MB file (sparse: costs no disk)
    missing = tmp_path / "does-not-exist.jsonl"
    proc = run_cli("--quiet", "ingest", str(src), str(missing))
    err = proc.stderr.decode("utf-8")
    assert proc.returncode == 1, err
    assert summary(proc).startswith("stored 2, duplicates 0, errors 6")
    for name in ("empty.txt", "blob.txt", "records.jsonl", "huge.txt", "does-not-exist.jsonl"):
        assert name in err, f"{name} is not named in:\n{err}"
    assert "Traceback" not in err
    errors = journal_entries(db_path, status="error", with_raw=True)
    assert len(errors) == 6
    assert by_reason(errors)["too_large"] == ["huge.txt"]
    by_source = {}
    for e in errors:
        by_source.setdefault(e["source"].rsplit("/", 1)[-1], []).append(e)
    assert {e["reason"] for e in by_source["records.jsonl"]} <= {"bad_record", "empty"}
    bad_line = [e for e in by_source["records.jsonl"] if e["raw"] and b"{not json" in
                (e["raw"] if isinstance(e["raw"], bytes) else e["raw"].encode())]
    assert bad_line, "the invalid JSON line is kept as received"
    assert stats(db_path)["articles"] == 2
    listed = json.loads(run_cli("journal", "--status", "error", "--json").stdout)
    assert sorted(r["reason"] for r in listed) == sorted(e["reason"] for e in errors)
    text = summary(run_cli("journal", "--status", "error"))
    assert "huge.txt\ttoo_large:" in text


def test_nothing_usable_exits_3_and_usage_errors_exit_2(run_cli, tmp_path):
    empty = write(tmp_path / "empty.jsonl", b"")
    proc = run_cli("--quiet", "ingest", str(empty))
    assert proc.returncode == 3
    assert "empty.jsonl" in proc.stderr.decode()
    assert run_cli("ingest").returncode == 2
    bogus = run_cli("ingest", "--format", "pdf", str(empty))
    assert bogus.returncode == 2 and "--format" in bogus.stderr.decode()
    assert run_cli("show", "nope", db=tmp_path / "absent.db").returncode == 3


def test_stdin_articles_search_show_and_stats(run_cli, db_path):
    records = [
        {"doc_id": "a1", "title": "Restaurant closes in Vladivostok", "outlet": "Primorye Post",
         "published": "2019-12-20", "text": "The restaurant closed before the deadline and staff flew home."},
        {"doc_id": "a2", "title": "Cashmere exports", "outlet": "Steppe Journal",
         "published": "2018-05-08", "text": "Mongolian cashmere exports grew by a fifth."},
    ]
    lines = "".join(json.dumps(r) + "\n" for r in records).encode()
    proc = run_cli("ingest", "-", input=lines)
    assert proc.returncode == 0, proc.stderr.decode()
    assert summary(proc).startswith("stored 2,")
    other = db_path.parent / "plain.db"
    as_text = run_cli("--quiet", "ingest", "--format", "stdin", "-", input=b"Just one plain paragraph of text.\n",
                      db=other)
    assert as_text.returncode == 0 and summary(as_text).startswith("stored 1,")
    assert len(json.loads(run_cli("articles", "--json", "paragraph", db=other).stdout)) == 1

    listed = json.loads(run_cli("articles", "--json").stdout)
    assert {r["doc_id"] for r in listed} == {"a1", "a2"}
    hits = json.loads(run_cli("articles", "--json", "deadline staff").stdout)
    assert [h["doc_id"] for h in hits] == ["a1"]
    text_hits = summary(run_cli("articles", "vladivostok"))
    assert text_hits.startswith("a1\t2019-12-20\tPrimorye Post\tRestaurant closes")
    assert run_cli("articles", "zeppelin").stdout == b""

    shown = summary(run_cli("show", "a2"))
    assert "title:       Cashmere exports" in shown and shown.rstrip().endswith("grew by a fifth.")

    s = json.loads(run_cli("stats", "--json").stdout)
    assert s["articles"] == 2 and s["journal_by_status"] == {"ok": 2}
    assert s["articles_by_outlet"] == {"Primorye Post": 1, "Steppe Journal": 1}
    human = summary(run_cli("stats"))
    # a new user is not greeted with SQLite internals; --json keeps the version and the WAL decision
    assert human.startswith("articles: 2 (2 distinct texts") and "WAL" not in human and "sqlite" not in human
    assert s["sqlite"]["version"]


def test_samples_ingest_and_the_wire_reprint_is_linked(run_cli, db_path):
    if not (REPO_SAMPLES / "articles.jsonl").is_file():
        pytest.skip("samples/ not written yet")
    proc = run_cli("--quiet", "ingest", str(REPO_SAMPLES / "articles.jsonl"))  # what `make demo` ingests
    assert proc.returncode == 0, proc.stderr.decode()
    n = sum(1 for line in (REPO_SAMPLES / "articles.jsonl").read_text("utf-8").splitlines() if line.strip())
    s = stats(db_path)
    assert s["articles"] == n
    assert s["near_duplicate_links"] >= 1 and s["distinct_texts"] < n
    with sqlite3.connect(db_path) as conn:
        html_rows = conn.execute("SELECT doc_id, raw, kept_text FROM articles WHERE raw LIKE '%<html%'").fetchall()
    assert html_rows, "the samples include raw HTML pages"
    for doc_id, raw, kept in html_rows:
        assert "<script" not in kept and "<" not in kept[:200], doc_id


def test_refused_urls_are_journalled_and_nothing_is_fetched(run_cli, db_path):
    proc = run_cli("--quiet", "ingest", "http://127.0.0.1:9/story", "http://169.254.169.254/latest/meta-data")
    err = proc.stderr.decode()
    assert proc.returncode == 3, err
    assert "http://127.0.0.1:9/story: blocked_address" in err
    assert "http://169.254.169.254/latest/meta-data: blocked_address" in err
    assert stats(db_path)["errors_by_reason"] == {"blocked_address": 2}


def build_sample_warc(path: Path) -> dict[str, str]:
    """A WARC.gz of the samples' HTML pages as HTTP responses; returns record id → target URI."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    pages = [json.loads(line) for line in (REPO_SAMPLES / "articles.jsonl").read_text("utf-8").splitlines()
             if line.strip()]
    ids = {}
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for rec in pages:
            if not rec.get("html"):
                continue
            body = rec["html"].encode("utf-8")
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                               ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
            record = writer.create_warc_record(rec["url"], "response", payload=io.BytesIO(body), http_headers=http)
            writer.write_record(record)
            ids[record.rec_headers.get_header("WARC-Record-ID")] = rec["url"]
    return ids


def test_a_warc_gz_of_the_samples_is_stored_with_its_record_ids(run_cli, tmp_path, db_path):
    if not (REPO_SAMPLES / "articles.jsonl").is_file():
        pytest.skip("samples/ not written yet")
    warc = tmp_path / "samples.warc.gz"
    ids = build_sample_warc(warc)
    assert len(ids) >= 2
    proc = run_cli("--quiet", "ingest", str(warc))
    assert proc.returncode == 0, proc.stderr.decode()
    assert summary(proc).startswith(f"stored {len(ids)}, duplicates 0, errors 0")
    with sqlite3.connect(db_path) as conn:
        rows = conn.execute("SELECT source_ref, url, source, kept_text FROM articles").fetchall()
    assert {r[0].strip("<>") for r in rows} == {i.strip("<>") for i in ids}
    assert {r[1] for r in rows} == set(ids.values())
    assert all(r[2] == str(warc) for r in rows) and all(r[3].strip() for r in rows)
    again = run_cli("--quiet", "ingest", str(warc))
    assert summary(again).startswith(f"stored 0, duplicates {len(ids)}")

    cut = tmp_path / "cut.warc.gz"
    data = warc.read_bytes()
    cut.write_bytes(data[: len(data) - 300])  # the last record loses its tail
    proc = run_cli("--quiet", "ingest", str(cut), db=tmp_path / "cut.db")
    err = proc.stderr.decode()
    assert proc.returncode == 1, err
    assert "cut.warc.gz" in err and "truncated" in err
    assert summary(proc).startswith(f"stored {len(ids) - 1}, duplicates 0, errors 1")
