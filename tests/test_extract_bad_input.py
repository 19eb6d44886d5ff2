"""Bad input never crashes extraction: each record still gets a valid extraction record (perhaps not relevant, no
facts), a warning says what was wrong, and no evidence span ever leaves the text."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from nkwatch.evaluate import check_records, evidence_valid
from nkwatch.pipeline import extract_records

STORY = ("Eleven North Korean cooks left a restaurant in Ulaanbaatar last Thursday and reached Seoul, "
         "the Unification Ministry said.")
FILLER = "The council met again to discuss the bus timetable and the new library roof. Nobody objected.\n\n"
BIG = STORY + "\n\n" + (FILLER * (5_000_000 // len(FILLER) + 1))[:5_000_000 - len(STORY) - 2]
RUN_ON = " ".join(["eleven North Korean cooks left a restaurant in Ulaanbaatar and reached Seoul"] * 120)

CASES = {
    "empty": {"doc_id": "empty", "text": "", "published": "2020-02-07"},
    "blank": {"doc_id": "blank", "text": " \n\t ", "published": "2020-02-07"},
    "five-mb": {"doc_id": "five-mb", "text": BIG, "published": "2020-02-07"},
    "korean": {"doc_id": "korean", "text": "북한 식당 종업원 11명이 지난주 울란바토르를 떠나 서울에 도착했다고 통일부가 밝혔다.",
               "published": "2020-02-07"},
    "chinese": {"doc_id": "chinese", "text": "据统一部称，十一名朝鲜餐厅厨师上周离开乌兰巴托，抵达首尔。", "published": "2020-02-07"},
    "run-on": {"doc_id": "run-on", "text": RUN_ON, "published": "2020-02-07"},
    "no-published": {"doc_id": "no-published", "text": STORY},
    "word-published": {"doc_id": "word-published", "text": STORY, "published": "last week"},
    "impossible-published": {"doc_id": "impossible-published", "text": STORY, "published": "2020-13-45"},
    "list-published": {"doc_id": "list-published", "text": STORY, "published": ["2020-02-07"]},
    "number-text": {"doc_id": "number-text", "text": 12345},
    "html": {"doc_id": "html", "published": "2020-02-07",
             "html": f"<html><body><nav>Menu</nav><article><p>{STORY}</p></article><script>var x=1;</script>"
                     "</body></html>"},
    "broken-html": {"doc_id": "broken-html", "html": "<html><body><p>Eleven cooks <b>left<p></div></table"},
}
# Inputs whose record must say what was wrong.
MUST_WARN = ["empty", "blank", "five-mb", "word-published", "list-published", "number-text"]
# Inputs a user would want a warning for, which the extractor does not give yet.
WARN_GAPS = {
    "chinese": "no warning that the text is not English and nothing could be read",
    "no-published": "no warning that relative dates cannot be anchored without a publication date",
    "impossible-published": "'2020-13-45' passes the ISO pattern: no warning that it is no calendar date",
}


@pytest.fixture(scope="module")
def outcome() -> dict[str, tuple[dict, dict]]:
    records = [dict(r) for r in CASES.values()]
    out = extract_records(records)
    assert [r["doc_id"] for r in out] == list(CASES)
    return {name: (CASES[name], rec) for name, rec in zip(CASES, out)}


def text_of(article: dict, rec: dict) -> str:
    t = article.get("text")
    return t if isinstance(t, str) and t.strip() else (rec.get("text") or "")


@pytest.mark.parametrize("name", list(CASES))
def test_bad_input_gives_a_valid_record_with_spans_inside_the_text(outcome, name):
    article, rec = outcome[name]
    assert check_records([rec], [article]) == []
    text = text_of(article, rec)
    for kind in ("events", "claims", "restaurants"):
        for fact in rec[kind]:
            assert evidence_valid(fact, text), f"{name} {kind}: {fact['evidence']}"


@pytest.mark.parametrize("name", MUST_WARN + list(WARN_GAPS))
def test_bad_input_record_says_what_was_wrong(outcome, name):
    _, rec = outcome[name]
    assert rec.get("warnings"), f"{name}: no warning"


def test_five_mb_text_still_yields_the_story_at_its_top(outcome):
    _, rec = outcome["five-mb"]
    assert rec["relevant"] and [e["type"] for e in rec["events"]] == ["defection"]
    assert any("5000000" in w for w in rec["warnings"])


def test_text_in_a_script_no_rules_read_is_not_relevant_and_has_no_facts(outcome):
    _, rec = outcome["chinese"]
    assert rec["relevant"] is False and rec["events"] == rec["claims"] == rec["restaurants"] == []


def test_korean_text_is_read_not_refused(outcome):     # (tests/test_extract_korean.py reads Korean in full)
    _, rec = outcome["korean"]
    assert rec["relevant"] and "warnings" not in rec
    assert [(e["type"], e["count"], e["destination"]) for e in rec["events"]] == [("defection", 11, "KR")]


def test_without_publication_date_no_date_is_invented(outcome):
    for name in ("no-published", "word-published"):
        _, rec = outcome[name]
        assert rec["events"], name
        assert all(e["date"] is None for e in rec["events"]), name  # "last Thursday" of no known week


def test_html_record_reads_the_page_text_not_its_scripts(outcome):
    _, rec = outcome["html"]
    assert "Ulaanbaatar" in rec["text"] and "var x" not in rec["text"] and rec["relevant"]


def test_publication_year_given_as_a_number_does_not_crash_the_batch():
    # A JSON number is a common way to write a bare year; cluster resolution reads the raw record too.
    recs = [{"doc_id": "y1", "text": STORY, "published": 2020},
            {"doc_id": "y2", "published": "2020-02-10",
             "text": "Eleven North Korean cooks who fled a restaurant in Ulaanbaatar are now in Seoul, officials said."}]
    out = extract_records(recs)
    assert [r["doc_id"] for r in out] == ["y1", "y2"]
    assert all(r["relevant"] for r in out)


# --- the command, as a pipe ---------------------------------------------------------------------------------------

def run_extract(*args: str, stdin: str) -> subprocess.CompletedProcess:
    exe = Path(sys.executable).with_name("nkwatch")
    return subprocess.run([str(exe), "extract", *args], input=stdin, capture_output=True, text=True, timeout=300)


def test_extract_reads_stdin_and_writes_stdout_in_order():
    lines = [json.dumps(CASES["html"]), json.dumps({"doc_id": "plain", "text": STORY, "published": "2020-02-07"})]
    res = run_extract("-", stdin="\n".join(lines) + "\n")
    assert res.returncode == 0, res.stderr
    out = [json.loads(x) for x in res.stdout.splitlines()]
    assert [r["doc_id"] for r in out] == ["html", "plain"]
    assert out[1]["relevant"] and evidence_valid(out[1]["events"][0], STORY)


def test_extract_keeps_going_past_lines_that_are_not_article_records():
    good = json.dumps({"doc_id": "plain", "text": STORY, "published": "2020-02-07"})
    res = run_extract("-", "-o", "-", stdin=f'{good}\n[1, 2, 3]\n{{"doc_id": "half\n{good.replace("plain", "again")}\n')
    assert res.returncode == 1, "some input was bad"
    assert "Traceback" not in res.stderr
    out = [json.loads(x) for x in res.stdout.splitlines()]
    assert len(out) == 4 and out[0]["doc_id"] == "plain" and out[3]["doc_id"] == "again"
    assert out[1]["relevant"] is False and out[2]["relevant"] is False
    assert out[1].get("warnings") and out[2].get("warnings")
