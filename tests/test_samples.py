"""The bundled samples and the project's own annotated set are well-formed contract records.

`make demo` ingests samples/; the own set (src/nkwatch/data/eval/) is scored like the dev set, so a broken record or a
span that points at the wrong words would silently skew every score built on it.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from nkwatch.ingest.prepare import prepare_record

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "articles.jsonl"
SAMPLES_README = ROOT / "samples" / "README.md"
EVAL_DIR = ROOT / "src" / "nkwatch" / "data" / "eval"
OWN_ARTICLES = EVAL_DIR / "articles.jsonl"
OWN_GOLD = EVAL_DIR / "gold.jsonl"
SHARED = ROOT.parent / "shared"

DATE_RE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
FACT_KINDS = ("events", "claims", "restaurants")


def read_jsonl(path: Path) -> list[dict]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        assert isinstance(row, dict), f"{path.name}:{n}: not a JSON object"
        rows.append(row)
    return rows


def is_contract_date(value: str) -> bool:
    """ISO 8601 at year, month or day precision, and a real calendar date."""
    m = DATE_RE.fullmatch(value)
    if not m:
        return False
    year, month, day = (int(g) if g else None for g in m.groups())
    try:
        dt.date(year, month or 1, day or 1)
    except ValueError:
        return False
    return True


def check_article_records(rows: list[dict], prefix: str) -> None:
    ids = [r.get("doc_id") for r in rows]
    assert len(ids) == len(set(ids)), f"duplicate doc_ids: {sorted(i for i in ids if ids.count(i) > 1)}"
    for r in rows:
        d = r.get("doc_id")
        assert isinstance(d, str) and re.fullmatch(rf"{prefix}-\d{{3}}", d), f"doc_id {d!r}"
        for key in ("url", "title", "outlet", "published"):
            assert isinstance(r.get(key), str) and r[key].strip(), f"{d}: {key} missing"
        assert r["url"].startswith("https://"), f"{d}: url {r['url']!r}"
        assert is_contract_date(r["published"]), f"{d}: published {r['published']!r} is not an ISO date"
        bodies = [k for k in ("text", "html") if isinstance(r.get(k), str) and r[k].strip()]
        assert len(bodies) == 1, f"{d}: needs exactly one of text/html, has {bodies}"


def test_samples_are_article_records():
    rows = read_jsonl(SAMPLES)
    assert len(rows) == 10
    check_article_records(rows, "sample")
    assert sum("html" in r for r in rows) >= 4


def test_html_samples_carry_the_page_furniture_a_cleaner_must_drop():
    for r in read_jsonl(SAMPLES):
        if "html" not in r:
            continue
        page = r["html"].lower()
        for markers in (("<script",), ("cookie",), ("share",), ("<nav", "navbar"), ("related stories", "read more"),
                        ("comments",)):
            assert any(m in page for m in markers), f"{r['doc_id']}: none of {markers!r}"


def test_one_sample_is_a_wire_reprint_of_another():
    texts = {r["doc_id"]: r.get("text") or "" for r in read_jsonl(SAMPLES)}
    ratio = difflib.SequenceMatcher(None, texts["sample-002"], texts["sample-003"], autojunk=False).ratio()
    assert 0.85 < ratio < 1.0


def test_samples_readme_describes_every_sample():
    readme = SAMPLES_README.read_text(encoding="utf-8")
    for r in read_jsonl(SAMPLES):
        assert f"| {r['doc_id']} |" in readme, f"{r['doc_id']} missing from samples/README.md"


def test_samples_and_own_set_prepare_without_errors():
    for path in (SAMPLES, OWN_ARTICLES):
        for n, r in enumerate(read_jsonl(path), 1):
            article = prepare_record(r, source=str(path), ref=str(n))
            assert article.doc_id == r["doc_id"]
            if "text" in r:  # contract offsets point into the text as given
                assert article.text == r["text"]


def test_own_articles_are_text_records():
    rows = read_jsonl(OWN_ARTICLES)
    assert len(rows) == 12
    check_article_records(rows, "own")
    assert all("text" in r and "html" not in r for r in rows)


def test_own_gold_has_one_record_per_article_in_order():
    articles, gold = read_jsonl(OWN_ARTICLES), read_jsonl(OWN_GOLD)
    assert [g["doc_id"] for g in gold] == [a["doc_id"] for a in articles]
    assert sum(not g["relevant"] for g in gold) >= 2
    for g in gold:
        if not g["relevant"]:
            assert not any(g.get(k) for k in FACT_KINDS), f"{g['doc_id']}: irrelevant but has facts"


def test_every_own_gold_fact_has_evidence_inside_its_text():
    texts = {a["doc_id"]: a["text"] for a in read_jsonl(OWN_ARTICLES)}
    facts = 0
    for g in read_jsonl(OWN_GOLD):
        text = texts[g["doc_id"]]
        for kind in FACT_KINDS:
            for i, fact in enumerate(g.get(kind) or []):
                where = f"{g['doc_id']} {kind}[{i}]"
                spans = fact.get("evidence")
                assert isinstance(spans, list) and spans, f"{where}: no evidence"
                for s in spans:
                    a, b = s.get("start"), s.get("end")
                    assert type(a) is int and type(b) is int, f"{where}: offsets {s!r}"
                    assert 0 <= a < b <= len(text), f"{where}: span {a}-{b} outside text of {len(text)}"
                    assert text[a:b].strip(), f"{where}: span {a}-{b} is blank"
                    assert text[a:b] == text[a:b].strip(), f"{where}: span {a}-{b} starts or ends in whitespace"
                facts += 1
    assert facts > 50


def test_own_gold_links_events_across_articles():
    docs_by_cluster = defaultdict(set)
    for g in read_jsonl(OWN_GOLD):
        for e in g.get("events") or []:
            assert e.get("cluster"), f"{g['doc_id']}: event without cluster"
            docs_by_cluster[e["cluster"]].add(g["doc_id"])
    assert sum(len(docs) >= 2 for docs in docs_by_cluster.values()) >= 4


def test_own_gold_passes_the_shared_scorers_check():
    scorer = SHARED / "eval" / "score.py"
    if not scorer.exists():
        pytest.skip(f"{scorer} is absent")
    run = subprocess.run([sys.executable, str(scorer), "--check", "--articles", str(OWN_ARTICLES),
                          "--gold", str(OWN_GOLD)], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0 and run.stdout.strip() == "no problems", run.stdout + run.stderr


# The first thing a user sees is the samples' facts: the key ones, written down as they stand in the articles.
@pytest.fixture(scope="module")
def sample_events() -> dict[str, list[dict]]:
    from nkwatch.pipeline import extract_records

    records = extract_records([json.loads(line) for line in SAMPLES.read_text(encoding="utf-8").splitlines() if line])
    return {r["doc_id"]: r["events"] for r in records}


def test_sample_yangon_escape_is_one_event_of_seven_with_its_sexes_and_day(sample_events):
    [e] = [e for e in sample_events["sample-001"] if e["type"] == "defection" and e["workplace"]["city"] == "Yangon"]
    assert (e["count"], e["male"], e["female"], e["date"]) == (7, 1, 6, "2017-08-14")


def test_sample_vladivostok_staff_flew_home_about_twenty_two_and_the_restaurant_closed(sample_events):
    events = sample_events["sample-004"]
    [ret] = [e for e in events if e["type"] == "return" and e["workplace"]["city"] == "Vladivostok"]
    assert (ret["count"], ret["approx"]) == (22, True)
    assert any(e["type"] == "closure" and e["workplace"]["city"] == "Vladivostok" for e in events)
