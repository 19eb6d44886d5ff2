"""Datasette reads an nkwatch database of any name straight after `nkwatch ingest`: the metadata applies to it,
and every canned query runs on the tables ingest creates (no `nkwatch serve` needed first)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from nkwatch.serve.datasette import QUERIES, metadata

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples" / "articles.jsonl"


def test_the_shipped_file_is_the_metadata_for_the_default_database():
    assert json.loads((REPO / "datasette-metadata.json").read_text()) == metadata("nkwatch.db")


def test_no_canned_query_reads_the_serving_cache():
    for name, q in QUERIES.items():
        assert "serve_" not in q["sql"], name


@pytest.mark.slow
def test_a_fresh_database_of_any_name_opens_in_datasette_and_every_canned_query_runs(tmp_path, run_cli):
    datasette_app = pytest.importorskip("datasette.app")
    db = tmp_path / "my-watch.db"
    # two reports that give the network's size differently in one year, beside the samples (whose figures agree)
    extra = tmp_path / "figures.jsonl"
    extra.write_text("".join(json.dumps(a) + "\n" for a in [
        {"doc_id": "fig-1", "outlet": "A", "published": "2021-03-02",
         "text": "North Korea runs about 130 restaurants abroad, the ministry said."},
        {"doc_id": "fig-2", "outlet": "B", "published": "2021-05-02",
         "text": "North Korea runs 60 restaurants abroad, researchers said."}]))
    assert run_cli("-q", "ingest", str(SAMPLES), str(extra), db=db).returncode == 0
    r = run_cli("datasette-metadata", db=db)
    assert r.returncode == 0, r.stderr.decode()
    meta = json.loads(r.stdout)
    assert list(meta["databases"]) == ["my-watch"]
    ds = datasette_app.Datasette([str(db)], metadata=meta)
    params = {"search_articles": {"words": "Yangon"}, "statements_of_article": {"doc_id": "sample-001"}}

    async def run_all():
        out = {}
        for name in QUERIES:
            resp = await ds.client.get(f"/my-watch/{name}.json", params={"_shape": "array", **params.get(name, {})})
            out[name] = (resp.status_code, resp.json())
        page = await ds.client.get("/my-watch/kb_judgements")
        return out, page

    results, page = asyncio.run(run_all())
    for name, (status, rows) in results.items():
        assert status == 200, (name, rows)
        assert rows, f"{name} found nothing in the samples"
    by_country = {(r["country"], r["type"]): r["reports"] for r in results["event_reports_by_country"][1]}
    assert by_country[("MM", "defection")] >= 2
    assert all(r["distinct_values"] > 1 for r in results["figures_sources_disagree_on"][1])
    assert "Merge decisions as data" in page.text, "the metadata applies to a database not named nkwatch"
