"""`nkwatch evaluate` scores exactly as the contract's reference scorer does, and refuses what it cannot score.

A user who annotates their own gold trusts `nkwatch evaluate` to give the figures ../shared/eval/score.py would give;
the dev-set tests hold every figure equal, the small cases below pin the scoring rules users meet first.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from nkwatch.evaluate import ScoringError, check_records, evaluate_files, format_report, load_jsonl, score

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCORE_PY = SHARED / "eval" / "score.py"
DEV = SHARED / "eval" / "dev"
OWN = ROOT / "src" / "nkwatch" / "data" / "eval"
OWN_EXTRAS = {"run"}  # keys nkwatch adds to the reference scorer's report


@pytest.fixture(scope="module")
def dev_paths() -> tuple[Path, Path]:
    arts, gold = DEV / "dev.articles.jsonl", DEV / "dev.gold.jsonl"
    if not (SCORE_PY.is_file() and arts.is_file() and gold.is_file()):
        pytest.skip(f"{SHARED} (reference scorer and dev set) is absent")
    return arts, gold


@pytest.fixture(scope="module")
def reference_scorer():
    if not SCORE_PY.is_file():
        pytest.skip(f"{SCORE_PY} is absent")
    spec = importlib.util.spec_from_file_location("reference_score", SCORE_PY)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def nkwatch(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    exe = Path(sys.executable).with_name("nkwatch")
    return subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=timeout)


def test_cli_json_equals_reference_scorer_on_dev_set(dev_paths, tmp_path):
    arts, gold = dev_paths
    pred = tmp_path / "pred.jsonl"
    ext = nkwatch("extract", str(arts), "-o", str(pred))
    assert ext.returncode == 0, ext.stderr
    ours = nkwatch("evaluate", "--gold", str(gold), str(arts), "--json")
    assert ours.returncode == 0, ours.stderr
    ref = subprocess.run([sys.executable, str(SCORE_PY), "--articles", str(arts), "--gold", str(gold),
                          "--pred", str(pred), "--json"], capture_output=True, text=True, timeout=120)
    assert ref.returncode == 0, ref.stderr
    mine, theirs = json.loads(ours.stdout), json.loads(ref.stdout)
    assert set(mine) - set(theirs) == OWN_EXTRAS
    for key, value in theirs.items():
        assert mine[key] == value, f"{key}: nkwatch {mine[key]!r} != score.py {value!r}"
    assert mine["run"]["gold_problems"] == []


def perturbations(gold: list[dict], articles: list[dict]) -> list[list[dict]]:
    """Predictions that exercise every rule: gold itself, facts dropped, slots changed, spans broken, clusters merged."""
    texts = {a["doc_id"]: a.get("text") or "" for a in articles}

    def spans(doc_id):
        return [{"start": 0, "end": min(10, len(texts[doc_id])) or 1}]

    base = []
    for g in gold:
        p = copy.deepcopy(g)
        for kind in ("events", "claims", "restaurants"):
            for f in p.get(kind) or []:
                f.pop("optional", None)
                f["evidence"] = f.get("evidence") or spans(g["doc_id"])
                for k, v in list(f.items()):
                    if isinstance(v, list) and k not in ("evidence", "transit"):
                        f[k] = v[-1] if v else None  # pick one of gold's alternatives, often the null one
                if isinstance(f.get("workplace"), dict):
                    f["workplace"] = {k: (v[0] if isinstance(v, list) else v) for k, v in f["workplace"].items()}
        base.append(p)
    variants = [base]
    dropped = copy.deepcopy(base)
    for i, p in enumerate(dropped):
        for kind in ("events", "claims", "restaurants"):
            p[kind] = (p.get(kind) or [])[i % 2::2]
    variants.append(dropped)
    changed = copy.deepcopy(base)
    for p in changed:
        p["relevant"] = not p.get("relevant") if len(p["doc_id"]) % 3 == 0 else p.get("relevant")
        for e in p.get("events") or []:
            e["count"] = (e.get("count") or 0) + 1
            e["date"] = "2001"
            e["cluster"] = "one"  # every event in one cluster: many wrong links
            e["transit"] = ["TH"]
        for c in p.get("claims") or []:
            c["value"] = (c.get("value") or 0) * 1.004  # inside the half-percent tolerance
        for r in p.get("restaurants") or []:
            r["city"] = "Elsewhere"
    variants.append(changed)
    broken = copy.deepcopy(base)
    for p in broken:
        for kind in ("events", "claims", "restaurants"):
            for f in (p.get(kind) or [])[:1]:
                f["evidence"] = [{"start": len(texts[p["doc_id"]]), "end": len(texts[p["doc_id"]]) + 5}]
    variants.append(broken)
    return variants


def test_port_equals_reference_scorer_on_perturbed_predictions(dev_paths, reference_scorer):
    arts, gold_path = dev_paths
    articles, gold = load_jsonl(str(arts)), load_jsonl(str(gold_path))
    for n, pred in enumerate(perturbations(gold, articles)):
        mine = score(articles, gold, copy.deepcopy(pred))
        theirs = reference_scorer.score(articles, gold, copy.deepcopy(pred))
        assert mine == theirs, f"variant {n} differs"


def test_port_checks_gold_like_reference_scorer(dev_paths, reference_scorer):
    arts, gold_path = dev_paths
    articles, gold = load_jsonl(str(arts)), load_jsonl(str(gold_path))
    bad = copy.deepcopy(gold)
    bad[0]["relevant"] = "yes"
    bad[1].setdefault("events", []).append({"type": "escape", "destination": "UK", "date": "April 2016"})
    bad[2].setdefault("claims", []).append({"metric": "restaurant_counts", "value": "130", "country": "kor"})
    assert check_records(bad, articles) == reference_scorer.check_records(bad, articles)
    assert len(check_records(bad, articles)) == 7  # each planted mistake, once


# --- the rules users meet first, on hand-made records -----------------------------------------------------------

TEXT = "Five cooks left a diner in Hue last May and reached Seoul, police said."
ARTICLES = [{"doc_id": "a1", "text": TEXT, "published": "2021-09-01"}]
SPAN = [{"start": 0, "end": 10}]


def gold_with(**event) -> list[dict]:
    return [{"doc_id": "a1", "relevant": True, "events": [dict({"type": "defection"}, **event)]}]


def pred_with(**event) -> list[dict]:
    return [{"doc_id": "a1", "relevant": True, "events": [dict({"type": "defection", "evidence": SPAN}, **event)]}]


def test_prediction_more_precise_than_gold_date_is_right_and_less_precise_is_wrong():
    good = score(ARTICLES, gold_with(date="2021-05"), pred_with(date="2021-05-14"))
    assert good["slots"]["date"]["tp"] == 1
    coarse = score(ARTICLES, gold_with(date="2021-05"), pred_with(date="2021"))
    assert coarse["slots"]["date"]["fp"] == 1 and coarse["slots"]["date"]["fn"] == 1


def test_gold_alternative_null_lets_an_empty_slot_be_right():
    r = score(ARTICLES, gold_with(workplace={"city": ["Hue", None]}), pred_with(workplace={}))
    assert r["slots"]["workplace.city"] == {"p": 1.0, "r": 1.0, "f1": 1.0, "tp": 0, "fp": 0, "fn": 0}
    r = score(ARTICLES, gold_with(workplace={"city": ["Hue", None]}), pred_with(workplace={"city": "Huế City"}))
    assert r["slots"]["workplace.city"]["tp"] == 1  # accents, case and "city" do not matter


def test_missing_an_optional_gold_event_costs_nothing():
    gold = [{"doc_id": "a1", "relevant": True,
             "events": [{"type": "defection", "count": 5}, {"type": "return", "optional": True}]}]
    r = score(ARTICLES, gold, pred_with(count=5))
    assert r["events"]["f1"] == 1.0


def test_a_fact_whose_evidence_leaves_the_text_counts_as_wrong():
    outside = [{"doc_id": "a1", "relevant": True,
                "events": [{"type": "defection", "count": 5, "evidence": [{"start": 60, "end": len(TEXT) + 1}]}]}]
    r = score(ARTICLES, gold_with(count=5), outside)
    assert r["events"]["tp"] == 0 and r["events"]["fn"] == 1
    assert r["evidence_valid_share"] == 0.0


def test_report_text_names_each_figure():
    r = score(ARTICLES, gold_with(count=5), pred_with(count=5))
    text = format_report(r, by_doc=True)
    for label in ("relevance", "events", "event slots", "claims", "restaurants", "clusters (pairwise)",
                  "evidence valid", "a1"):
        assert label in text


def test_a_prediction_for_an_unknown_article_is_refused():
    with pytest.raises(ScoringError, match="'b2'"):
        score(ARTICLES, gold_with(count=5), [{"doc_id": "b2", "relevant": False}])


# --- the command, on the project's own set (no ../shared needed) ------------------------------------------------

def test_cli_scores_the_own_set_and_names_the_extractor(tmp_path):
    pred = tmp_path / "pred.jsonl"
    res = nkwatch("evaluate", "--gold", str(OWN / "gold.jsonl"), str(OWN / "articles.jsonl"), "--by-doc",
                  "--pred-out", str(pred))
    assert res.returncode == 0, res.stderr
    assert "extractor: rules (nkwatch.rules.v1), 12 articles" in res.stdout
    assert "documents: 12" in res.stdout and "own-012" in res.stdout
    # the written predictions are the ones scored: re-scoring them gives the printed figures
    articles, gold = load_jsonl(str(OWN / "articles.jsonl")), load_jsonl(str(OWN / "gold.jsonl"))
    rescored = score(articles, gold, load_jsonl(str(pred)))
    assert [p["doc_id"] for p in load_jsonl(str(pred))] == [a["doc_id"] for a in articles]
    assert format_report(rescored, by_doc=True) in res.stdout


def test_cli_unknown_extractor_is_a_usage_error_listing_known_ones(tmp_path):
    res = nkwatch("evaluate", "--gold", str(OWN / "gold.jsonl"), str(OWN / "articles.jsonl"), "--extractor", "llm9")
    assert res.returncode == 2
    assert "llm9" in res.stderr and "rules" in res.stderr


def test_cli_bad_gold_line_names_file_and_line(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"doc_id": "a1", "relevant": true}\n{"doc_id": "a2", "relevant": tru\n', encoding="utf-8")
    arts = tmp_path / "articles.jsonl"
    arts.write_text(json.dumps(ARTICLES[0]) + "\n", encoding="utf-8")
    res = nkwatch("evaluate", "--gold", str(gold), str(arts))
    assert res.returncode != 0
    assert f"{gold}:2" in res.stderr and "Traceback" not in res.stderr


def test_articles_without_gold_are_refused_before_extraction(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"doc_id": "a1", "relevant": true}\n', encoding="utf-8")
    arts = tmp_path / "articles.jsonl"
    arts.write_text(json.dumps(ARTICLES[0]) + "\n" + json.dumps(dict(ARTICLES[0], doc_id="zz")) + "\n",
                    encoding="utf-8")
    with pytest.raises(ScoringError, match="zz"):
        evaluate_files(str(arts), str(gold))
