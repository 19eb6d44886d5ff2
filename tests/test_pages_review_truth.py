"""What a demanding reader checks on the pages and the API: a filter the page cannot use is refused, not ignored;
"first in nkwatch's sources" is not claimed for a report whose date cannot be ordered before another's; a date or a
place the sources do not state is marked so in the lists; a hedged figure keeps its hedge; a merge decision names
the two reports it weighed; a report can be taken out of an event from its page."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from kb_fixture import kb_with_records
from nkwatch.serve.app import create_app
from nkwatch.serve.config import load_config

TOKEN = "pages-review-token"

ARTICLES = [
    {"doc_id": "m1", "outlet": "Monthly Review", "published": "2019-01", "title": "Envoy gone",
     "text": "The acting envoy in Rome has defected with his wife, officials said in November 2018."},
    {"doc_id": "d1", "outlet": "Daily Wire", "published": "2019-01-03", "title": "Envoy in Rome defects",
     "text": "The acting envoy in Rome and his wife have defected, officials confirmed, in November 2018."},
    {"doc_id": "u1", "outlet": "Undated Blog", "title": "Envoy story",
     "text": "An acting envoy in Rome and his wife defected in November 2018, reports say."},
    {"doc_id": "c1", "outlet": "Harbour Times", "published": "2020-01-23", "title": "Workers in Russia",
     "text": "Around 1,000 North Korean workers remain in Russia, a ministry spokeswoman said. Last week the "
             "Pine restaurant in Vladivostok closed."},
    {"doc_id": "c2", "outlet": "Lantern Daily", "published": "2020-01-24", "title": "Thirty thousand",
     "text": "About 30,000 North Korean workers were in Russia, the United States said."},
]

ROME = {"type": "defection", "count": 2, "status": "reported",
        "workplace": {"kind": "embassy", "city": "Rome", "country": "IT"}, "date": "2018-11",
        "lat": 41.89, "lon": 12.51, "place_precision": "city"}


def _ev(**kw):
    return {**kw, "evidence": [{"start": 0, "end": 30}]}


RECORDS = [
    ("m1", {"relevant": True, "claims": [], "restaurants": [], "events": [_ev(**ROME)]}),
    ("d1", {"relevant": True, "claims": [], "restaurants": [], "events": [_ev(**ROME, )]}),
    ("u1", {"relevant": True, "claims": [], "restaurants": [], "events": [_ev(**ROME)]}),
    ("c1", {"relevant": True, "restaurants": [{"name": "Pine", "city": "Vladivostok", "country": "RU",
                                               "evidence": [{"start": 0, "end": 30}]}],
            "events": [_ev(type="closure", date="2020-01-16", inferred=["date"], status="reported",
                           workplace={"kind": "restaurant", "name": "Pine", "city": "Vladivostok", "country": "RU"},
                           lat=43.11, lon=131.87, place_precision="city")],
            "claims": [{"metric": "overseas_worker_count", "value": 1000, "approx": True, "hedge": "around",
                        "text": "around 1,000", "country": "RU", "attributed_to": "a ministry spokeswoman",
                        "evidence": [{"start": 0, "end": 30}]}]}),
    ("c2", {"relevant": True, "restaurants": [], "events": [],
            "claims": [{"metric": "overseas_worker_count", "value": 30000, "approx": True, "hedge": "about",
                        "text": "About 30,000", "country": "RU", "attributed_to": "the United States",
                        "evidence": [{"start": 0, "end": 30}]}]}),
]


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = kb_with_records(tmp_path_factory.mktemp("pages-review"), ARTICLES, RECORDS)
    with TestClient(create_app(load_config(str(db), env={"NKWATCH_TOKEN": TOKEN}, refresh_seconds=0))) as c:
        yield c


def _one(client, **filters) -> dict:
    [e] = client.get("/api/events", params=filters).json()["items"]
    return e


@pytest.mark.parametrize("url", ["/?type=bogus", "/?date_from=someday", "/review?type=bogus"])
def test_a_filter_the_page_cannot_use_is_refused_not_ignored(client, url):
    resp = client.get(url, headers={"Accept": "text/html"})
    assert resp.status_code == 422, url
    assert "bogus" in resp.text or "someday" in resp.text


def test_the_forms_empty_choice_is_no_filter(client):
    assert client.get("/review?type=").status_code == 200
    assert client.get("/?type=&date_from=&date_to=").status_code == 200



def test_a_report_dated_to_the_month_is_not_called_first_before_one_dated_inside_that_month(client):
    """The Week, '2019-01', was shown as first before Vice News, '2019-01-03': it may be the 31st."""
    e = _one(client, type="defection")
    assert e["first_reported"]["doc_id"] == "m1"          # the fold's order, by the dates as text
    d = client.get(f"/api/events/{e['id']}").json()
    doubt = d["first_reported_doubt"]
    assert [s["doc_id"] for s in doubt["as_early"]] == ["d1"] and doubt["first_dated_to"] == "month"
    assert [s["doc_id"] for s in doubt["undated"]] == ["u1"]
    page = client.get(f"/events/{e['id']}").text
    note = re.sub(r"<[^>]+>", "", re.search(r'<div class="alt doubt" id="first-doubt">(.*?)</div>', page).group(1))
    assert note == ("not certainly the first: it is dated only to the month, and Daily Wire, 2019-01-03 may be as "
                    "early or earlier; 1 undated source (Undated Blog) cannot be placed")
    assert "earliest in nkwatch's sources" not in page and "earliest dated, but see above" in page


def test_a_first_report_that_is_first_says_so_plainly(client):
    e = _one(client, type="closure")
    d = client.get(f"/api/events/{e['id']}").json()
    assert d["first_reported_doubt"] is None
    page = client.get(f"/events/{e['id']}").text
    assert "first-doubt" not in page and "earliest in nkwatch's sources" in page


def test_a_date_no_source_states_is_marked_inferred_in_the_list_the_api_and_the_feed(client):
    """'Last week' read against the publication date gave 2020-01-16: the dossier said so, the list did not."""
    e = _one(client, type="closure")
    assert e["date"] == "2020-01-16" and e["inferred"] == ["date"]
    assert _one(client, type="defection")["inferred"] == []
    rows = re.findall(r'<tr class="event-row".*?</tr>', client.get("/events").text, re.S)
    closure = next(r for r in rows if "Closure" in r)
    assert re.search(r'2020-01-16 <abbr class="alt inferred" title="[^"]*publication date">inferred</abbr>', closure)
    assert "inferred" not in next(r for r in rows if "Defection" in r)
    assert "2020-01-16 (to the day) (inferred: read against the publication date)" in \
        client.get("/feeds/events.json").text


def test_the_api_list_says_a_head_count_is_hedged(client):
    e = _one(client, type="defection")
    assert e["count"] == 2 and e["approx"] is False


def test_the_review_queue_points_to_the_form_on_each_page_not_only_the_api(client):
    page = client.get("/review").text
    assert "the form at the foot of its page" in page and "Review one on its page's API" not in page


def test_a_figure_every_source_hedges_keeps_its_hedge_in_the_figure_column(client):
    """'around 1,000' was headed '1,000' as if exact, against an 'about 30,000' also shown bare."""
    page = client.get("/claims").text
    figures = [re.sub(r"\s+", " ", x) for x in re.findall(r'<td class="num" rowspan="\d+"><b>(.*?)</b>', page)]
    assert sorted(figures) == ["about 1,000", "about 30,000"]


def test_a_restaurants_history_marks_a_date_read_against_the_publication(client):
    [pine] = [r for r in client.get("/api/restaurants").json()["items"] if r["name"] == "Pine"]
    page = client.get(f"/restaurants/{pine['id']}").text
    history = re.search(r'<ol class="history" id="lifecycle">(.*?)</ol>', page, re.S).group(1)
    assert re.search(r"2020-01-16 <abbr class=\"alt inferred\"", history)
    assert re.search(r'as of 2020-01-16 <abbr class="alt inferred"', page)
