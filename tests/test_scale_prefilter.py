"""The relevance prefilter must never lose a relevant article: recall 1.00 on the dev set, the samples and the
synthetic archive; and it must actually filter (general news mostly rejected)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from nkwatch.scale.prefilter import load_prefilter

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def load_make_corpus():
    spec = importlib.util.spec_from_file_location("make_corpus", ROOT / "benchmarks" / "make_corpus.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def test_recall_is_one_on_every_relevant_dev_article():
    dev = SHARED / "eval" / "dev"
    if not dev.is_dir():
        pytest.skip("../shared/eval/dev is absent")
    gold = {g["doc_id"]: g for g in read_jsonl(dev / "dev.gold.jsonl")}
    articles = read_jsonl(dev / "dev.articles.jsonl")
    relevant = [a for a in articles if gold[a["doc_id"]]["relevant"]]
    assert relevant, "the dev gold marks no article relevant"
    missed = [a["doc_id"] for a in relevant if not load_prefilter().passes_record(a)]
    assert missed == []


def test_recall_is_one_on_the_samples():
    path = ROOT / "samples" / "articles.jsonl"
    if not path.is_file():
        pytest.skip("samples/articles.jsonl is not there yet")
    # The samples have no gold; their README says which piece is off-topic. Every other one must pass.
    readme = (ROOT / "samples" / "README.md").read_text("utf-8")
    off_topic = {row.split("|")[1].strip() for row in readme.splitlines()
                 if row.startswith("| sample-") and "off-topic" in row.lower()}
    samples = [s for s in read_jsonl(path) if s["doc_id"] not in off_topic]
    assert len(samples) >= 5
    assert [s["doc_id"] for s in samples if not load_prefilter().passes_record(s)] == []


def test_recall_is_one_on_the_projects_own_eval_set():
    eval_dir = ROOT / "src" / "nkwatch" / "data" / "eval"
    golds = sorted(eval_dir.glob("*gold*.jsonl")) if eval_dir.is_dir() else []
    if not golds:
        pytest.skip("the project's own evaluation set is not there yet")
    relevant = {g["doc_id"] for p in golds for g in read_jsonl(p) if g.get("relevant")}
    articles = [a for p in sorted(eval_dir.glob("*articles*.jsonl")) for a in read_jsonl(p)
                if a.get("doc_id") in relevant]
    assert articles
    assert [a["doc_id"] for a in articles if not load_prefilter().passes_record(a)] == []


def test_recall_is_one_on_the_synthetic_archive_and_general_news_is_mostly_dropped(tmp_path):
    mc = load_make_corpus()
    mc.make_corpus(tmp_path, 3000, relevant=0.05, passing=0.01, shard_size=3000, formats=("jsonl",), seed=7)
    kinds = dict(line.split("\t")[0::2] for line in (tmp_path / "truth.tsv").read_text().splitlines())
    records = read_jsonl(tmp_path / "news-00000.jsonl")
    pf = load_prefilter()
    passed = {r["doc_id"] for r in records if pf.passes_record(r)}
    relevant = {d for d, k in kinds.items() if k == "relevant"}
    general = {d for d, k in kinds.items() if k == "general"}
    assert relevant and relevant <= passed
    assert len(passed & general) <= len(general) // 100


@pytest.mark.parametrize("text", [
    "A waitress from North\nKorea left the restaurant.",
    "A waitress from North&nbsp;Korea left.",
    "A waitress from NORTH\u00a0KOREA left.",
    "Staff of the Okryu-gwan in Ningbo left.",
    "탈북 종업원 12명",
])
def test_spelling_variants_pass(text):
    assert load_prefilter().passes(text)


def test_unrelated_text_and_empty_fields_do_not_pass():
    pf = load_prefilter()
    assert not pf.passes("South Korea's central bank held rates on Thursday.")
    assert not pf.passes_record({"doc_id": "x", "text": "", "html": None, "title": None})


def test_keywords_come_from_a_data_file(tmp_path):
    own = tmp_path / "kw.yaml"
    own.write_text("keywords: [cold noodles]\n")
    pf = load_prefilter(str(own))
    assert pf.passes("They served Cold  Noodles.") and not pf.passes("North Korea")
    bad = tmp_path / "bad.yaml"
    bad.write_text("- just a list\n")
    with pytest.raises(ValueError, match="bad.yaml"):
        load_prefilter(str(bad))
