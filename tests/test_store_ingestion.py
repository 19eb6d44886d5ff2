"""Writing item streams into the store: duplicates, conflicts, bad items, resume positions, search and reads.

Items are built here (duck-typed like nkwatch.ingest.items.IngestItem) so the store is tested on its own.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from nkwatch.model import Article, BinaryInput, Cut
from nkwatch.store import get_article, journal_entries, list_articles, stats
from nkwatch.store.ingestion import Ingestion
from nkwatch.store.journal import get_position
from nkwatch.store.writer import Writer


@dataclass
class Item:
    source: str
    ref: str | None
    position: str | None
    article: Article | None
    raw: bytes | str | None
    error: Exception | None = None


class ExactIndex:
    """Near-duplicate twin: identical texts only (the real MinHash index is tested with ingest)."""

    def __init__(self):
        self.texts: dict[str, str] = {}

    def add(self, doc_id, text):
        hits = [(o, 1.0) for o, t in self.texts.items() if t == text]
        self.texts[doc_id] = text
        return hits


def item(n: int, text: str | None = None, *, source="feed.jsonl", **kw) -> Item:
    text = text or f"Article number {n} about restaurant staff in city {n}."
    art = Article(doc_id=kw.pop("doc_id", f"d{n}"), text=text, **kw)
    return Item(source, str(n), str(n), art, f'{{"line": {n}}}')


def run(db_path, items, key="feed.jsonl", **kw):
    with Writer(db_path) as w:
        ing = Ingestion(w, [key], near_index=kw.pop("near_index", ExactIndex()), extract=False, **kw)
        ing.consume(key, items)
        return ing.finish()


def test_items_are_stored_and_a_rerun_adds_nothing(db_path):
    report = run(db_path, [item(i) for i in range(5)])
    assert (report.stored, report.duplicates, report.errors) == (5, 0, [])
    again = run(db_path, [item(i) for i in range(5)])
    assert (again.stored, again.duplicates) == (0, 5)
    assert again.exit_code() == 0
    s = stats(db_path)
    assert s["articles"] == 5
    assert s["journal_by_status"] == {"duplicate": 5, "ok": 5}
    dup = journal_entries(db_path, status="duplicate", limit=1)[0]
    assert dup["reason"] == "same_doc_id" and "already stored" in dup["message"]


def test_same_doc_id_with_another_text_is_a_conflict_not_an_overwrite(db_path):
    run(db_path, [item(1)])
    report = run(db_path, [item(1, "A completely different text.")])
    assert report.stored == 0 and len(report.errors) == 1
    assert report.errors[0].reason == "doc_id_conflict"
    assert "feed.jsonl:1" in str(report.errors[0])
    assert get_article(db_path, "d1").text.startswith("Article number 1")


def test_the_same_page_under_another_id_is_a_duplicate_but_a_reprint_is_stored_and_linked(db_path):
    text = "A wire story about seven restaurant workers who reached Seoul."
    first = item(1, text, url="https://a.example/story?utm_source=x", outlet="Wire")
    same_page = item(2, text, url="https://a.example/story?utm_source=x", outlet="Wire")
    reprint = item(3, text, url="https://b.example/reprint", outlet="Herald")
    report = run(db_path, [first, same_page, reprint])
    assert (report.stored, report.duplicates) == (2, 1)
    art = get_article(db_path, "d3")
    assert art.text_group == "d1"
    assert art.copies == [{"doc_id": "d1", "similarity": 1.0, "relation": "copy_of"}]
    assert get_article(db_path, "d1").copies[0]["relation"] == "copied_by"
    s = stats(db_path)
    assert s["articles"] == 2 and s["distinct_texts"] == 1 and s["near_duplicate_links"] == 1


def test_bad_items_are_journalled_with_raw_and_the_batch_goes_on(db_path):
    bad = Item("dir/blob.bin", None, "2", None, b"\x00\x01\x02" * 10,
               BinaryInput("binary content (NUL bytes)", source="dir/blob.bin"))
    report = run(db_path, [item(1), bad, item(3)])
    assert report.stored == 2
    assert [(e.source, e.reason) for e in report.errors] == [("dir/blob.bin", "binary")]
    assert report.exit_code() == 1
    row = journal_entries(db_path, status="error", with_raw=True)[0]
    assert row["source"] == "dir/blob.bin" and row["reason"] == "binary"
    assert row["raw"] == b"\x00\x01\x02" * 10 and row["raw_size"] == 30
    assert "NUL" in row["message"]


def test_nothing_usable_gives_exit_code_3(db_path):
    bad = Item("empty.txt", None, "1", None, b"", BinaryInput("empty", source="empty.txt"))
    assert run(db_path, [bad]).exit_code() == 3
    assert run(db_path, []).exit_code() == 3


def test_position_is_committed_with_its_batch_and_a_broken_stream_is_recorded(db_path):
    def stream():
        for i in range(7):
            yield item(i)
        raise RuntimeError("reader fell over")

    report = run(db_path, stream(), batch_size=3)
    assert report.stored == 7
    assert report.errors[-1].reason == "internal_error" and "reader fell over" in report.errors[-1].message
    with Writer(db_path) as w:
        pos = get_position(w.conn, "feed.jsonl")
        assert (pos["position"], pos["state"]) == ("6", "running")
        ing = Ingestion(w, ["feed.jsonl"], near_index=ExactIndex(), extract=False)
        assert ing.resume_point("feed.jsonl", None) == "6"
        ing.consume("feed.jsonl", iter([item(7)]))
        ing.finish()
        assert get_position(w.conn, "feed.jsonl")["state"] == "done"
        assert ing.resume_point("feed.jsonl", None) is None  # a finished source is read whole next time


def test_a_changed_file_is_not_resumed(db_path):
    with Writer(db_path) as w:
        ing = Ingestion(w, ["f"], near_index=ExactIndex(), extract=False)
        ing.consume("f", iter([item(1)]), fingerprint="10:1")
        w.execute("UPDATE positions SET state = 'running'")
        assert ing.resume_point("f", "10:1") == "1"
        assert ing.resume_point("f", "11:2") is None


def test_search_sees_title_and_article_but_not_the_cut_comments(db_path):
    body = "Waitresses left the Pyongyang restaurant in Yangon.\n\nComments\nzebra says hello"
    cut_at = body.index("Comments")
    art = item(1, body, title="Staff leave Yangon")
    art.article.cuts = [Cut(cut_at, len(body), "comments")]
    run(db_path, [art, item(2)])
    assert [r["doc_id"] for r in list_articles(db_path, "Yangon")] == ["d1"]
    assert "[Yangon]" in list_articles(db_path, "yangon")[0]["snippet"]
    assert list_articles(db_path, "zebra") == []
    assert [r["doc_id"] for r in list_articles(db_path, "waitress yang")] == ["d1"]  # words or their starts
    assert list_articles(db_path, 'restaurant" OR "x') == []  # FTS syntax in a query is taken literally
    stored = get_article(db_path, "d1")
    assert stored.text == body and stored.kept_text().endswith("Yangon.")
    assert stored.cuts == [Cut(cut_at, len(body), "comments")]
    assert stored.raw == '{"line": 1}'
    assert len(list_articles(db_path)) == 2
    assert [r["doc_id"] for r in list_articles(db_path, limit=1, offset=1)] in (["d1"], ["d2"])


def test_a_failing_batch_leaves_neither_rows_nor_position(db_path, monkeypatch):
    from nkwatch.store import ingestion

    calls = {"n": 0}
    real = ingestion.insert_article

    def flaky(conn, article, **kw):
        calls["n"] += 1
        if calls["n"] == 5:
            raise OSError("disk full")
        return real(conn, article, **kw)

    monkeypatch.setattr(ingestion, "insert_article", flaky)
    with pytest.raises(OSError):
        run(db_path, [item(i) for i in range(6)], batch_size=3)
    assert stats(db_path)["articles"] == 3
    with Writer(db_path) as w:
        assert get_position(w.conn, "feed.jsonl")["position"] == "2"


@pytest.mark.parametrize("sql,index", [("SAME_DOC_ID", "sqlite_autoindex_articles_1"),
                                       ("SAME_URL", "articles_canonical_url"),
                                       ("SAME_TEXT", "articles_content_hash")])
def test_duplicate_lookups_stay_index_searches_on_a_one_outlet_store(db_path, sql, index):
    from nkwatch.store import ingestion

    run(db_path, [item(i, outlet="One Outlet", url=f"https://x.example/{i}") for i in range(50)])
    with Writer(db_path) as w:
        q = getattr(ingestion, sql)
        plan = " ".join(r[3] for r in w.conn.execute("EXPLAIN QUERY PLAN " + q, ("x",) * q.count("?")))
    assert f"USING INDEX {index}" in plan or f"USING COVERING INDEX {index}" in plan, plan


def test_a_reprint_in_a_later_run_is_linked_through_stored_signatures(db_path):
    story = ("Seven workers of a North Korean restaurant in Yangon reached Seoul on Tuesday after crossing "
             "into Thailand, the unification ministry said, adding that the group had left the restaurant "
             "in early September and had asked for protection at an embassy in Bangkok.")
    edited = story.replace("on Tuesday", "this week").replace("adding that", "and added that")

    def real_run(items):
        with Writer(db_path) as w:
            ing = Ingestion(w, ["k"], extract=False)
            ing.consume("k", items)
            return ing.finish()

    real_run([item(1, story, outlet="Wire"), item(2, "Mongolian cashmere exports grew by a fifth this year.")])
    with Writer(db_path) as w:
        assert w.conn.execute("SELECT COUNT(*) FROM minhashes").fetchone()[0] == 2
    real_run([item(3, edited, outlet="Herald")])  # a new Writer: the index comes back from the signatures
    art = get_article(db_path, "d3")
    assert art.text_group == "d1"
    assert [c["doc_id"] for c in art.copies] == ["d1"] and 0.5 <= art.copies[0]["similarity"] < 1.0
    assert get_article(db_path, "d2").copies == []
