"""The shape of what `nkwatch extract` writes: one record per article in input order, contract fields and codes,
and every fact backed by evidence spans inside the text it was read from (articles written for the test)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from nkwatch.evaluate import check_records, evidence_valid
from nkwatch.pipeline import extract_records

ROOT = Path(__file__).resolve().parents[1]
OWN_ARTICLES = ROOT / "src" / "nkwatch" / "data" / "eval" / "articles.jsonl"

BATCH = [
    {"doc_id": "t-003", "published": "2019-06-14", "title": "Kitchen staff flee",
     "text": "Nine North Korean waitresses who worked at a state-run restaurant in Vientiane, Laos, have defected "
             "and arrived in South Korea, Seoul's Unification Ministry said on Friday.\n\n"
             "The women left the restaurant last month and travelled through Thailand, the ministry said. "
             "Pyongyang runs about 100 such restaurants abroad, according to the ministry."},
    {"doc_id": "t-001", "published": "2019-06-20", "title": "Weather",
     "text": "Heavy rain is expected across the south of the country this weekend, forecasters said."},
    {"doc_id": "t-002", "published": "2019-06-17",
     "html": "<html><head><title>Defectors reach Seoul</title></head><body><nav>Home | Asia | Sport</nav>"
             "<article><h1>Defectors reach Seoul</h1><p>Nine North Korean women who had worked at a restaurant in "
             "Vientiane arrived in Seoul last week after fleeing through Thailand, officials said.</p>"
             "<p>North Korea has not commented on the group.</p></article>"
             "<footer>Share this story</footer></body></html>"},
]


@pytest.fixture(scope="module")
def batch_out() -> list[dict]:
    return extract_records([dict(r) for r in BATCH])


def text_of(article: dict, record: dict) -> str:
    return article.get("text") or record.get("text") or ""


def test_one_record_per_article_in_input_order(batch_out):
    assert [r["doc_id"] for r in batch_out] == [a["doc_id"] for a in BATCH]


def test_records_use_contract_fields_enumerations_and_iso2_codes(batch_out):
    assert check_records(batch_out, BATCH) == []
    for r in batch_out:
        assert isinstance(r["relevant"], bool)
        for kind in ("events", "claims", "restaurants"):
            assert isinstance(r[kind], list)


def test_every_fact_has_evidence_inside_the_text_it_was_read_from(batch_out):
    facts = 0
    for article, rec in zip(BATCH, batch_out):
        text = text_of(article, rec)
        for kind in ("events", "claims", "restaurants"):
            for fact in rec[kind]:
                facts += 1
                assert evidence_valid(fact, text), f"{rec['doc_id']} {kind}: {fact.get('evidence')}"
    assert facts >= 4


def test_html_record_carries_the_text_its_evidence_points_into(batch_out):
    rec = batch_out[2]
    assert "Vientiane" in rec["text"] and "<p>" not in rec["text"] and "Share this story" not in rec["text"]
    assert rec["relevant"] and rec["events"]


def test_defection_read_from_the_words_that_state_it(batch_out):
    article, rec = BATCH[0], batch_out[0]
    e = next(e for e in rec["events"] if e["type"] == "defection")
    assert (e["count"], e["female"], e["destination"]) == (9, 9, "KR")
    assert (e["workplace"]["kind"], e["workplace"]["city"], e["workplace"]["country"]) == ("restaurant", "Vientiane",
                                                                                           "LA")
    quoted = " ".join(article["text"][s["start"]:s["end"]] for s in e["evidence"])
    assert "Nine" in quoted and "defected" in quoted


def test_a_second_sentence_about_the_escape_adds_to_the_same_event(batch_out):
    defections = [e for e in batch_out[0]["events"] if e["type"] == "defection"]
    assert len(defections) == 1
    assert defections[0]["transit"] == ["TH"] and defections[0]["date"] == "2019-05"
    assert len(defections[0]["evidence"]) == 2


def test_claim_keeps_hedge_and_attribution(batch_out):
    [claim] = [c for c in batch_out[0]["claims"] if c["metric"] == "restaurant_count"]
    assert (claim["value"], claim["approx"]) == (100, True)
    assert "ministry" in (claim.get("attributed_to") or "").lower()


def test_off_topic_article_is_not_relevant_and_has_no_facts(batch_out):
    rec = batch_out[1]
    assert rec["relevant"] is False
    assert rec["events"] == rec["claims"] == rec["restaurants"] == []


def test_one_escape_reported_twice_shares_a_cluster(batch_out):
    a = [e for e in batch_out[0]["events"] if e["type"] == "defection"]
    b = [e for e in batch_out[2]["events"] if e["type"] == "defection"]
    assert a and b and a[0]["cluster"] == b[0]["cluster"]


def test_cli_writes_one_line_per_own_article_with_valid_evidence(tmp_path):
    out = tmp_path / "out.jsonl"
    exe = Path(sys.executable).with_name("nkwatch")
    res = subprocess.run([str(exe), "extract", str(OWN_ARTICLES), "-o", str(out)], capture_output=True, text=True,
                         timeout=300)
    assert res.returncode == 0, res.stderr
    articles = [json.loads(x) for x in OWN_ARTICLES.read_text(encoding="utf-8").splitlines() if x.strip()]
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["doc_id"] for r in records] == [a["doc_id"] for a in articles]
    assert check_records(records, articles) == []
    for a, r in zip(articles, records):
        for kind in ("events", "claims", "restaurants"):
            assert all(evidence_valid(f, a["text"]) for f in r[kind]), r["doc_id"]
