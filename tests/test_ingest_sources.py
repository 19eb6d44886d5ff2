"""Files, JSONL, directories and stdin → items; every kind of bad input is an error item and the rest goes on."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from nkwatch.ingest import sources
from nkwatch.ingest.sources import iter_source
from nkwatch.model import BadRecord, BinaryInput, EmptyInput, InputError, TooLarge

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
ARTICLE = ("The city council voted on Tuesday to reopen the old covered market, which has stood empty since a fire. "
           "Work on the roof starts in March, and food stalls should return by the end of the year.")


def write_jsonl(path: Path, lines: list) -> Path:
    path.write_text("\n".join(l if isinstance(l, str) else json.dumps(l) for l in lines) + "\n", "utf-8")
    return path


def test_jsonl_bad_lines_are_reported_and_the_rest_goes_on(tmp_path):
    p = write_jsonl(tmp_path / "a.jsonl", [
        {"doc_id": "a1", "title": "Market", "text": ARTICLE},
        "{not json",
        {"doc_id": "a3", "text": ""},
        "[1, 2]",
        {"doc_id": "a5", "text": ARTICLE + " More."},
    ])
    items = list(iter_source(str(p)))
    assert [i.position for i in items] == ["1", "2", "3", "4", "5"]
    assert [i.article.doc_id for i in items if i.ok] == ["a1", "a5"]
    bad = {i.ref: i.error for i in items if i.error}
    assert isinstance(bad["2"], BadRecord) and "invalid JSON" in bad["2"].message
    assert str(bad["2"]).startswith(f"{p}:2")
    assert isinstance(bad["3"], BadRecord) and "no text" in bad["3"].message
    assert "not an article record" in bad["4"].message
    assert items[1].raw == "{not json"  # the input as received is kept for the journal


def test_jsonl_resume_skips_stored_lines(tmp_path):
    p = write_jsonl(tmp_path / "a.jsonl", [{"doc_id": f"d{i}", "text": ARTICLE} for i in range(1, 6)])
    items = list(iter_source(str(p), start_after="3"))
    assert [i.article.doc_id for i in items] == ["d4", "d5"]


def test_empty_and_binary_files(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "empty.jsonl").write_bytes(b"\n\n")
    (tmp_path / "blob.txt").write_bytes(bytes(range(256)) * 10)
    (tmp_path / "blob.jsonl").write_bytes(b"\x00\x01\x02PK" * 100)
    for name, cls in (("empty.txt", EmptyInput), ("empty.jsonl", EmptyInput), ("blob.txt", BinaryInput),
                      ("blob.jsonl", BinaryInput)):
        items = list(iter_source(str(tmp_path / name)))
        assert len(items) == 1 and isinstance(items[0].error, cls), (name, items)
        assert name in str(items[0].error)


def test_file_over_the_cap_is_refused_before_reading(tmp_path, monkeypatch):
    big = tmp_path / "huge.txt"
    with open(big, "wb") as fh:  # 200 MB, sparse: costs no disk and no time
        fh.truncate(200 * 1024 * 1024)
    opened = []
    real_open = open
    monkeypatch.setattr("builtins.open", lambda f, *a, **k: (opened.append(str(f)), real_open(f, *a, **k))[1])
    items = list(iter_source(str(big)))
    assert len(items) == 1 and isinstance(items[0].error, TooLarge)
    assert "209,715,200 bytes" in items[0].error.message and str(big) in str(items[0].error)
    assert str(big) not in opened


def test_oversized_jsonl_line_is_skipped(tmp_path, monkeypatch):
    monkeypatch.setattr(sources, "MAX_LINE_BYTES", 1000)
    p = write_jsonl(tmp_path / "a.jsonl", [{"doc_id": "big", "text": "x " * 2000}, {"doc_id": "ok", "text": ARTICLE}])
    items = list(iter_source(str(p)))
    assert isinstance(items[0].error, TooLarge)
    assert items[1].ok and items[1].article.doc_id == "ok"


def test_directory_is_read_recursively_in_order_and_resumes(tmp_path):
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    (tmp_path / "sub" / "b.html").write_text(
        f"<html><head><title>Market</title></head><body><article><p>{ARTICLE}</p></article></body></html>", "utf-8")
    write_jsonl(tmp_path / "sub" / "deeper" / "c.jsonl", [{"doc_id": "c1", "text": ARTICLE + " One."},
                                                        {"doc_id": "c2", "text": ARTICLE + " Two."}])
    (tmp_path / ".hidden.txt").write_text("secret", "utf-8")
    items = list(iter_source(str(tmp_path)))
    assert [i.position for i in items] == ["a.txt#1", "sub/b.html#1", "sub/deeper/c.jsonl#1", "sub/deeper/c.jsonl#2"]
    assert all(i.ok for i in items)
    html_article = items[1].article
    assert html_article.title == "Market" and "covered market" in html_article.text
    assert html_article.html is not None
    again = [i.position for i in iter_source(str(tmp_path), start_after="sub/deeper/c.jsonl#1")]
    assert again == ["sub/deeper/c.jsonl#2"]


def test_doc_id_for_plain_files_is_deterministic(tmp_path):
    (tmp_path / "one.txt").write_text(ARTICLE, "utf-8")
    (tmp_path / "two.txt").write_text(ARTICLE, "utf-8")
    a = next(iter_source(str(tmp_path / "one.txt"))).article
    b = next(iter_source(str(tmp_path / "two.txt"))).article
    assert a.doc_id == b.doc_id and a.doc_id.startswith("doc-")
    assert a.text == ARTICLE and a.encoding.startswith("utf-8")


def test_stdin_jsonl_and_text(monkeypatch):
    data = (json.dumps({"doc_id": "s1", "text": ARTICLE}) + "\n").encode()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(data))))
    items = list(iter_source("-"))
    assert [i.article.doc_id for i in items] == ["s1"] and items[0].source == "-"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(ARTICLE.encode()))))
    items = list(iter_source("-"))
    assert items[0].ok and items[0].article.text == ARTICLE


def test_missing_source_and_unknown_format(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        iter_source(str(tmp_path / "nope.jsonl"))
    with pytest.raises(InputError, match="unknown format"):
        iter_source(str(tmp_path), "pdf")


def test_euc_kr_page_declared_utf8_is_decoded(tmp_path):
    body = "북한 식당 종업원들이 집단으로 탈북해 한국에 입국했다고 통일부가 밝혔다. 이들은 중국의 식당에서 일했다. " * 4
    page = (f'<html><head><meta charset="utf-8"><title>식당</title></head>'
            f"<body><article><p>{body}</p></article></body></html>").encode("euc-kr")
    (tmp_path / "ko.html").write_bytes(page)
    item = next(iter_source(str(tmp_path / "ko.html")))
    assert item.ok, item.error
    assert "통일부가 밝혔다" in item.article.text
    assert item.article.encoding == "euc-kr (declared in the document utf-8 failed to decode; detected)"


def test_dev_set_ingests_21_articles():
    path = SHARED / "eval" / "dev" / "dev.articles.jsonl"
    if not path.exists():
        pytest.skip("../shared is absent")
    items = list(iter_source(str(path)))
    assert len(items) == 21 and all(i.ok for i in items)
    seed0 = next(i.article for i in items if i.article.doc_id == "seed-000")
    assert seed0.kept_text().endswith("in the kitchen of Kim in Cambodia.")


def test_gzipped_jsonl_and_a_truncated_one(tmp_path):
    import gzip

    from nkwatch.model import TruncatedRecord

    lines = "".join(json.dumps({"doc_id": f"g{i}", "text": ARTICLE + f" {i}."}) + "\n" for i in range(50))
    data = gzip.compress(lines.encode())
    (tmp_path / "a.jsonl.gz").write_bytes(data)
    assert len([i for i in iter_source(str(tmp_path / "a.jsonl.gz")) if i.ok]) == 50
    (tmp_path / "cut.jsonl.gz").write_bytes(data[: len(data) // 2])
    items = list(iter_source(str(tmp_path / "cut.jsonl.gz")))
    assert isinstance(items[-1].error, TruncatedRecord) and "cut short" in items[-1].error.message


def test_non_iso_published_date_is_a_warning():
    from nkwatch.ingest.prepare import prepare_record

    assert prepare_record({"doc_id": "a", "text": ARTICLE, "published": "2016-04-07"}).warnings == []
    warned = prepare_record({"doc_id": "a", "text": ARTICLE, "published": "April 7, 2016"})
    assert "not an ISO 8601 date" in warned.warnings[0]


def test_unreadable_subdirectory_is_reported_and_the_rest_read(tmp_path):
    import os

    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "a.txt").write_text(ARTICLE, "utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text(ARTICLE, "utf-8")
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running as root: permissions are not enforced")
        items = list(iter_source(str(tmp_path)))
    finally:
        locked.chmod(0o755)
    assert [i.article.text for i in items if i.ok] == [ARTICLE]
    assert any(i.error and "cannot list directory" in i.error.message and "locked" in str(i.error) for i in items)
