"""What the extractor reads from sentences written for these tests: numbers, dates, places, events, bad input."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from nkwatch.extract.dates import find_dates
from nkwatch.extract.numbers import find_numbers
from nkwatch.extract.places import gazetteer
from nkwatch.pipeline import extract_record, extract_records


def numbers(s):
    return [(s[n.start:n.end], n.value, n.value_max, n.approx) for n in find_numbers(s)]


def test_numbers_read_hedges_ranges_and_money_scales():
    assert numbers("nearly 2,000 a year") == [("nearly 2,000", 2000, None, True)]
    assert numbers("four or five cooks") == [("four or five", 4, 5, False)]
    assert numbers("between US$1.5bn and US$2.1bn") == [("between US$1.5bn and US$2.1bn", 1.5e9, 2.1e9, False)]
    assert numbers("US$15-20 million")[0][1:3] == (15e6, 20e6)
    assert numbers("about 140 outlets")[0][3] is True


def test_a_man_and_women_are_two_numbers_not_a_range():
    assert [v for _, v, vmax, _ in numbers("a man and 9 women") if vmax is None] == [9]


def dates(s, published):
    return [d.value for d in find_dates(s, published)]


def test_relative_dates_resolve_backwards_from_publication():
    # 2019-03-13 is a Wednesday
    assert dates("They left on Monday.", "2019-03-13") == ["2019-03-11"]
    assert dates("They left last Wednesday.", "2019-03-13") == ["2019-03-06"]
    assert dates("She walked out on the 3rd of last month.", "2019-03-13") == ["2019-02-03"]
    assert dates("It closed in mid-February.", "2019-03-13") == ["2019-02"]
    assert dates("It opened in November.", "2019-03-13") == ["2018-11"]
    assert dates("It opened three years ago.", "2019-03-13") == ["2016"]
    assert dates("Adopted on 5 August 2017.", None) == ["2017-08-05"]


def test_gazetteer_knows_aliases_and_confusable_provinces():
    gz = gazetteer()
    found = {m.surface: m.place for m in gz.find("From Danang to Shaanxi and Shanxi, then Siem Reap.")}
    assert found["Danang"].country == "VN" and found["Danang"].kind == "city"
    assert found["Shaanxi"].kind == found["Shanxi"].kind == "region"
    assert found["Shaanxi"].name != found["Shanxi"].name
    assert found["Siem Reap"].country == "KH" and found["Siem Reap"].lat is not None


ARTICLE = ("VIENTIANE, Laos, Oct. 3 -\n\nFour North Korean waitresses fled the Pyongyang Okryu-gwan restaurant in "
           "Vientiane last Friday and travelled through Thailand to Seoul, officials said.\n\nThe Unification Ministry "
           "estimates that the North runs about 110 restaurants in 10 countries, earning $8 million a year.\n")


def test_an_article_written_for_the_test_gives_its_facts_with_evidence():
    rec = extract_record({"doc_id": "t1", "text": ARTICLE, "published": "2019-10-03"})
    assert rec["relevant"] is True
    (ev,) = [e for e in rec["events"] if e["type"] == "defection"]
    assert (ev["count"], ev["female"], ev["destination"]) == (4, 4, "KR")
    assert ev["workplace"]["city"] == "Vientiane" and ev["workplace"]["country"] == "LA"
    assert ev["transit"] == ["TH"] and ev["date"] == "2019-09-27"
    metrics = {(c["metric"], c["value"]) for c in rec["claims"]}
    assert {("restaurant_count", 110), ("host_country_count", 10), ("annual_revenue_usd", 8_000_000)} <= metrics
    for fact in rec["events"] + rec["claims"] + rec["restaurants"]:
        for span in fact["evidence"]:
            assert 0 <= span["start"] < span["end"] <= len(ARTICLE) and ARTICLE[span["start"]:span["end"]].strip()


def test_reader_comments_never_give_facts():
    more = ("\nThe women had worked at the restaurant for two years. Diplomats in Bangkok helped them after they "
            "crossed the Mekong at night, and the ministry said all four were in good health and would be resettled "
            "after the usual questioning by intelligence officials.\n")
    text = ARTICLE + more + "\nComments (2)\n\nkim_88: Actually 40 waitresses fled from Dandong, I saw them.\n"
    rec = extract_record({"doc_id": "t2", "text": text, "published": "2019-10-03"})
    assert rec["events"] and all(s["start"] < len(ARTICLE + more) for f in rec["events"] + rec["claims"] for s in f["evidence"])
    assert not any(e["count"] == 40 for e in rec["events"])


@pytest.mark.parametrize("record", [
    {"doc_id": "empty", "text": ""},
    {"doc_id": "korean", "text": "북한 식당 종업원 13명이 탈출했다. " * 50, "published": "2016-04-08"},
    {"doc_id": "chinese", "text": "朝鲜餐厅的十三名员工出逃。" * 80},
    {"doc_id": "no-breaks", "text": "north korean restaurant workers fled " * 4000},
    {"doc_id": "bad-date", "text": ARTICLE, "published": "last spring"},
    {"doc_id": "no-date", "text": ARTICLE},
    {"doc_id": "html", "html": "<html><body><article><p>" + ARTICLE + "</p></article></body></html>"},
    {"doc_id": "big", "text": ARTICLE * 20000},
])
def test_bad_input_gives_a_valid_record(record):
    rec = extract_record(record)
    text = rec.get("text") if "html" in record else record.get("text", "")
    assert rec["doc_id"] == record["doc_id"] and isinstance(rec["relevant"], bool)
    for fact in rec["events"] + rec["claims"] + rec["restaurants"]:
        for span in fact["evidence"]:
            assert 0 <= span["start"] < span["end"] <= len(text)


def test_a_malformed_published_date_is_warned_about():
    rec = extract_record({"doc_id": "d", "text": ARTICLE, "published": "last spring"})
    assert any("published" in w for w in rec.get("warnings", []))


def test_output_keeps_input_order_and_ties_one_event_across_articles():
    second = ("Four waitresses who left a North Korean restaurant in Vientiane in late September have arrived in "
              "Seoul, the ministry confirmed.")
    recs = extract_records([{"doc_id": "a", "text": ARTICLE, "published": "2019-10-03"},
                            {"doc_id": "b", "text": second, "published": "2019-10-20"}])
    assert [r["doc_id"] for r in recs] == ["a", "b"]
    clusters = [e["cluster"] for r in recs for e in r["events"] if e["type"] == "defection"]
    assert len(clusters) == 2 and clusters[0] == clusters[1]


def test_extract_reads_stdin_and_writes_stdout():
    line = json.dumps({"doc_id": "s", "text": ARTICLE, "published": "2019-10-03"}) + "\nnot json\n"
    proc = subprocess.run([sys.executable, "-m", "nkwatch.cli", "extract", "-", "-o", "-"], input=line,
                          capture_output=True, text=True, timeout=300)
    out = [json.loads(x) for x in proc.stdout.splitlines()]
    assert [r["doc_id"] for r in out][0] == "s" and len(out) == 2
    assert proc.returncode == 1 and ("line-2" in proc.stderr or ":2:" in proc.stderr)
