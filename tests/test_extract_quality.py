"""Quality floors: the extractor's scores on the dev set (by the reference scorer) and on the project's own set.

The floors only move up: raise one when the extractor improves, never lower one to make a change pass.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from nkwatch.evaluate import evaluate_records, load_jsonl
from nkwatch.pipeline import extract_records

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCORE_PY = SHARED / "eval" / "score.py"
DEV = SHARED / "eval" / "dev"
OWN = ROOT / "src" / "nkwatch" / "data" / "eval"

# Floors only move up. Keys are paths into the scorer's report; values are minimum F1 (or share for evidence).
DEV_FLOORS = {      # the extraction issue's dev floors (the extractor gives 1.0, 0.966, 0.922, 0.974, 0.946, 1.0, 0.90)
    "relevance": 0.95,
    "events": 0.90,
    "event_slots": 0.88,
    "claims": 0.90,
    "restaurants": 0.85,
    "evidence_valid_share": 1.0,
    "clusters_pairwise": 0.95,      # 0.977 (P 1.0) since events are matched as profiles (issue 15); 0.902 before
}
OWN_FLOORS = {  # a little below what the extractor gives now (0.95, 0.93, 0.80, 0.90, 0.88, 1.0, 0.82), other styles
    "relevance": 0.90,
    "events": 0.88,
    "event_slots": 0.75,
    "claims": 0.85,
    "restaurants": 0.80,
    "evidence_valid_share": 1.0,
    "clusters_pairwise": 0.80,      # 0.818 (P 1.0) since issue 15; the rest are extraction misses (a count of 5 for 4)
}
# A floor another engineer's component has not reached yet: (set, key) -> reason; the check is then xfail(strict=False).
# Empty since the batch resolver reached 0.80 on dev cluster links (0.91 when the floors were set).
PENDING: dict[tuple[str, str], str] = {}


def figure(report: dict, key: str) -> float:
    value = report[key]
    return value if isinstance(value, float) else value["f1"]


def floor_params(where: str, floors: dict) -> list:
    params = []
    for key, floor in floors.items():
        marks = [pytest.mark.xfail(strict=False, reason=PENDING[(where, key)])] if (where, key) in PENDING else []
        params.append(pytest.param(key, floor, marks=marks, id=key))
    return params


@pytest.fixture(scope="session")
def dev_report(tmp_path_factory) -> dict:
    arts, gold = DEV / "dev.articles.jsonl", DEV / "dev.gold.jsonl"
    if not (SCORE_PY.is_file() and arts.is_file() and gold.is_file()):
        pytest.skip(f"{SHARED} (reference scorer and dev set) is absent")
    pred = tmp_path_factory.mktemp("dev") / "pred.jsonl"
    records = extract_records(load_jsonl(str(arts)))
    pred.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    res = subprocess.run([sys.executable, str(SCORE_PY), "--articles", str(arts), "--gold", str(gold),
                          "--pred", str(pred), "--json"], capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    return json.loads(res.stdout)


@pytest.fixture(scope="session")
def own_report() -> dict:
    report, _ = evaluate_records(load_jsonl(str(OWN / "articles.jsonl")), load_jsonl(str(OWN / "gold.jsonl")))
    return report


@pytest.mark.parametrize("key,floor", floor_params("dev", DEV_FLOORS))
def test_dev_set_floor(dev_report, key, floor):
    assert figure(dev_report, key) >= floor, f"dev {key}: {figure(dev_report, key):.4f} < floor {floor}"


def test_dev_set_has_a_prediction_for_every_article(dev_report):
    assert dev_report["missing_predictions"] == []


@pytest.mark.parametrize("key,floor", floor_params("own", OWN_FLOORS))
def test_own_set_floor(own_report, key, floor):
    assert figure(own_report, key) >= floor, f"own set {key}: {figure(own_report, key):.4f} < floor {floor}"


def test_own_set_gold_has_no_contract_problems(own_report):
    assert own_report["run"]["gold_problems"] == []
