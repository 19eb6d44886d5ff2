"""The dev set through the knowledge base: ingest into an empty database, store extraction records, export in the
contract format and score with ../shared/eval/score.py. The gold facts (clusters removed) stand in for extraction
here, so this measures resolution alone; the extractor's own figures are gated by the evaluation tests."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from nkwatch.store.facts import store_extraction
from nkwatch.store.ingestion import ingest
from nkwatch.store.views import list_claims, list_events
from nkwatch.store.writer import Writer
from test_resolve_match import _scorer, gold_as_predictions


@pytest.fixture
def dev_kb(shared_dir, tmp_path):
    d = shared_dir / "eval" / "dev"
    articles = [json.loads(line) for line in (d / "dev.articles.jsonl").open(encoding="utf-8")]
    gold = [json.loads(line) for line in (d / "dev.gold.jsonl").open(encoding="utf-8")]
    db = tmp_path / "dev.db"
    ingest(db, [str(d / "dev.articles.jsonl")], extract=False)
    with Writer.for_path(db) as w:
        for rec in gold_as_predictions(gold):
            store_extraction(w, rec["doc_id"], rec, "gold-as-extraction")
    return db, articles, gold, _scorer(shared_dir)


def test_contract_export_of_the_dev_set_reaches_the_cluster_floor(dev_kb, tmp_path):
    db, articles, gold, scorer = dev_kb
    out = tmp_path / "export.jsonl"
    exe = Path(sys.executable).with_name("nkwatch")
    p = subprocess.run([str(exe), "--db", str(db), "export", "--format", "contract", "-o", str(out)],
                       capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
    pred = [json.loads(line) for line in out.open(encoding="utf-8")]
    assert [r["doc_id"] for r in pred] == sorted(a["doc_id"] for a in articles)
    report = scorer.score(articles, gold, pred)
    assert report["events"]["f1"] == 1.0 and report["claims"]["f1"] == 1.0
    assert report["clusters_pairwise"]["p"] >= 0.95 and report["clusters_pairwise"]["f1"] >= 0.95


def test_contested_restaurant_count_and_revenue_figures_are_listed_with_their_sources(dev_kb):
    db, articles, gold, _ = dev_kb
    outlets = {a["doc_id"]: a.get("outlet") for a in articles}
    # what the gold says, grouped as the knowledge base groups claims
    expected: dict[tuple, dict] = {}
    for g in gold:
        for c in g["claims"]:
            if c.get("optional") or isinstance(c["value"], list):
                continue
            key = (c["metric"], c.get("country"), c.get("period"))
            expected.setdefault(key, {}).setdefault(c["value"], set()).add(g["doc_id"])
    contested = {(c["metric"], c["country"], c["period"]): c for c in list_claims(db, contested=True)}
    for metric in ("restaurant_count", "annual_revenue_usd"):
        keys = [k for k, figs in expected.items() if k[0] == metric and len(figs) > 1]
        assert keys, f"the dev gold has contested {metric} figures"
        for key in keys:
            group = contested[key]
            shown = {f["value"]: {s["doc_id"] for s in f["sources"]} for f in group["figures"]}
            assert shown == expected[key]
            for f in group["figures"]:
                assert all(s["outlet"] == outlets[s["doc_id"]] and s["published"] for s in f["sources"])


def test_one_event_holds_every_mention_of_the_largest_gold_cluster_with_route_alternatives(dev_kb):
    db, articles, gold, _ = dev_kb
    sizes: dict[str, int] = {}
    for g in gold:
        for e in g["events"]:
            if e["type"] == "defection":
                    sizes[e["cluster"]] = sizes.get(e["cluster"], 0) + 1
    largest = max((c for c in sizes), key=lambda c: (sizes[c], c))
    mentions = [(g["doc_id"], e) for g in gold for e in g["events"] if e["cluster"] == largest]
    events = list_events(db, {"type": mentions[0][1]["type"]}, limit=1000)["events"]
    best = max(events, key=lambda e: e["mentions"])
    assert best["mentions"] == len(mentions) and best["sources"] == len({d for d, _ in mentions})
    from nkwatch.store.views import get_event_dossier

    dossier = get_event_dossier(db, best["id"])
    routes = {tuple(e.get("transit") or ()) for _, e in mentions} - {()}
    assert len(routes) > 1, "the largest defection cluster of the dev gold has sources disagreeing on the route"
    if len(routes) > 1:
        transit = dossier["slots"]["transit"]
        shown = [transit["value"]] + [a["value"] for a in transit["alternatives"]]
        assert {tuple(v) for v in shown} == routes and all(a["sources"] for a in transit["alternatives"])
