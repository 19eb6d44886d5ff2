"""`nkwatch load DIR` puts a run's articles and extraction records into the store, once."""

from __future__ import annotations

import json
import sqlite3

from click.testing import CliRunner

from nkwatch.cli import main
from nkwatch.scale import run_archive
from nkwatch.store.articles import count_articles, get_article
from corpus_fixture import load_make_corpus




def test_load_stores_every_article_and_extraction_of_a_run_and_a_second_load_adds_nothing(tmp_path):
    load_make_corpus().make_corpus(tmp_path / "in", 200, relevant=0.1, shard_size=100, formats=("jsonl",), seed=4)
    report = run_archive([str(tmp_path / "in")], str(tmp_path / "out"), engine="local", shard_records=7)
    assert report.written > 7  # several output shards
    db = str(tmp_path / "kb.db")
    runner = CliRunner()
    first = runner.invoke(main, ["-q", "--db", db, "load", str(tmp_path / "out"), "--json"])
    assert first.exit_code == 0, first.output
    got = json.loads(first.output)
    assert got["articles_stored"] == report.written and got["extractions_stored"] == report.written
    assert count_articles(db) == report.written
    rows = [json.loads(line) for p in sorted((tmp_path / "out").glob("articles-*.jsonl"))
            for line in p.read_text().splitlines()]
    stored = get_article(db, rows[0]["doc_id"])
    assert stored.text == rows[0]["text"] and stored.source == rows[0]["source"]
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(DISTINCT doc_id) FROM kb_extractions").fetchone()[0] == report.written

    second = runner.invoke(main, ["-q", "--db", db, "load", str(tmp_path / "out"), "--json"])
    again = json.loads(second.output)
    assert second.exit_code == 0
    assert again["articles_stored"] == 0 and again["extractions_stored"] == 0
    assert again["extractions_unchanged"] == report.written
    assert count_articles(db) == report.written


def test_load_of_a_directory_that_is_not_a_run_says_so(tmp_path):
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "kb.db"), "load", str(tmp_path)])
    assert result.exit_code == 3 and "manifest.json" in result.output


def test_a_loaded_warc_article_is_stored_as_nkwatch_ingest_stores_it(tmp_path):
    load_make_corpus().make_corpus(tmp_path / "in", 40, relevant=0.3, shard_size=40, formats=("warc.gz",), seed=6)
    warc = str(tmp_path / "in" / "news-00000.warc.gz")
    runner = CliRunner()
    assert runner.invoke(main, ["-q", "--db", str(tmp_path / "ingested.db"), "ingest", warc]).exit_code == 0
    assert runner.invoke(main, ["-q", "run", warc, "--out", str(tmp_path / "out")]).exit_code == 0
    assert runner.invoke(main, ["-q", "--db", str(tmp_path / "loaded.db"), "load", str(tmp_path / "out")]).exit_code == 0
    q = "SELECT doc_id, url, title, published, source_ref, text, cuts, encoding, content_hash, extra FROM articles"
    with sqlite3.connect(tmp_path / "ingested.db") as a, sqlite3.connect(tmp_path / "loaded.db") as b:
        ingested = {r[0]: r for r in a.execute(q)}
        loaded = {r[0]: r for r in b.execute(q)}
    assert 0 < len(loaded) < len(ingested)  # the prefilter kept the articles about the North
    assert {k: ingested[k] for k in loaded} == loaded
