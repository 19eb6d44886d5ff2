"""What the pages say is what the knowledge base knows: "first" means first among nkwatch's sources, the review
queue names slots as the dossier does, a bad filter shows its error and nothing that pretends to be a result, and
two restaurants of one name are told apart in the filter."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from kb_fixture import kb_with_records
from nkwatch.serve.app import create_app
from nkwatch.serve.config import load_config

ARTICLES = [
    {"doc_id": "r1", "outlet": "Harbour Times", "published": "2016-04-08", "title": "Thirteen flee Ningbo",
     "text": "Thirteen workers of the Ryugyong restaurant in Ningbo fled to the South, the ministry confirmed."},
    {"doc_id": "r2", "outlet": "Border Daily", "published": "2016-04-10", "title": "Waitresses gone from Shanghai",
     "text": "Thirteen waitresses left the Ryugyong restaurant in Shanghai last week, activists said."},
    {"doc_id": "r3", "outlet": "Yalu Post", "published": "2017-03-02", "title": "Dandong's Ryugyong shuts",
     "text": "The Ryugyong restaurant in Dandong closed its doors in March, traders said."},
]


def workplace(city):
    return {"kind": "restaurant", "name": "Ryugyong", "city": city, "country": "CN"}


RECORDS = {
    "r1": [{"type": "defection", "count": 13, "date": "2016-04", "status": "confirmed", "workplace": workplace("Ningbo")}],
    "r2": [{"type": "defection", "count": 13, "date": "2016-04", "status": "reported",
            "workplace": workplace("Shanghai")}],
    "r3": [{"type": "closure", "date": "2017-03", "status": "reported", "workplace": workplace("Dandong")}],
}


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = kb_with_records(tmp_path_factory.mktemp("pages"), ARTICLES, [
        (d, {"doc_id": d, "relevant": True, "claims": [],
             "events": [{**e, "evidence": [{"start": 0, "end": 20}]} for e in events],
             "restaurants": [{"name": "Ryugyong", "city": e["workplace"]["city"], "country": "CN",
                              "evidence": [{"start": 0, "end": 20}]} for e in events]}) for d, events in RECORDS.items()])
    with TestClient(create_app(load_config(str(db), env={}, refresh_seconds=0))) as c:
        yield c


def _defection(client):
    [e] = client.get("/api/events?type=defection").json()["items"]
    return e


def test_first_report_is_first_among_nkwatchs_sources_not_in_the_world(client):
    page = client.get(f"/events/{_defection(client)['id']}").text
    assert "First reported</dt>" not in page
    assert re.search(r"<dt[^>]*>First in nkwatch's sources</dt><dd id=\"first-reported\">Harbour Times", page)


def test_feeds_say_first_among_nkwatchs_sources(client):
    body = client.get("/feeds/events.json?type=defection").text
    assert "First in nkwatch's sources: Harbour Times" in body and "First reported by" not in body


def test_the_dossier_writes_counts_with_thousands_separators():
    from nkwatch.serve.kb import _display
    assert _display("count", 23000) == "23,000" and _display("female", 3) == "3"


def test_the_review_queue_names_slots_as_readers_see_them(client):
    q = client.get("/api/review-queue").json()
    why = [w for e in q["items"] for w in e["why"] if w.startswith("sources disagree")]
    assert why == ["sources disagree on city"]
    page = client.get("/review").text
    assert "sources disagree on city" in page and "workplace.city" not in page


def test_an_invalid_filter_shows_its_error_and_nothing_else(client):
    resp = client.get("/events?country=Narnia")
    assert resp.status_code == 422
    page = resp.text
    assert "Narnia" in page and 'role="alert"' in page
    assert "No events" not in page and "1–0" not in page
    assert "/feeds/events" not in page                     # no feed of a filter that does not exist
    # a valid filter with no result says so, without a pager counting "1–0"
    empty = client.get("/events?country=Japan").text
    assert "No events match these filters" in empty and "1–0" not in empty


def test_the_restaurant_filter_tells_restaurants_of_one_name_apart_by_city(client):
    page = client.get("/events").text
    options = re.findall(r'<option value="rs-[^"]*" >([^<]*)</option>', page)
    assert sorted(o for o in options if o.startswith("Ryugyong")) == \
        ["Ryugyong, Dandong, China", "Ryugyong, Ningbo, China", "Ryugyong, Shanghai, China"]


def test_a_restaurants_state_is_the_last_reports_and_dated(client):
    """'closed' alone reads as today's state; the page says it is the last report's, as of when."""
    page = client.get("/restaurants").text
    assert "State at last report" in page and re.search(r"closed <span class=\"alt\">as of 2017-03</span>", page)
    [dandong] = [r for r in client.get("/api/restaurants").json()["items"] if r["city"] == "Dandong"]
    page = client.get(f"/restaurants/{dandong['id']}").text
    assert re.search(r'<dd id="state">closed as of 2017-03 <span class="alt">\(nothing later', page)


def test_an_articles_claim_reads_as_the_claims_page_gives_it():
    """'overseas worker revenue usd: 50,000' hid the metric's name, its scope and its hedge ('more than')."""
    from nkwatch.serve.kb import _fact_label

    assert _fact_label("claim", {"metric": "overseas_worker_count", "value": 50000, "hedge": "more than",
                                 "attributed_to": "A UN report"}) == \
        "Overseas worker count · world: more than 50,000 (A UN report)"
    assert _fact_label("claim", {"metric": "defector_arrivals", "value": 1418, "period": "year"}) == \
        "Defector arrivals · world · per year: 1,418"
    assert _fact_label("claim", {"metric": "restaurant_count", "value": 3, "country": "KH"}) == \
        "Restaurant count · Cambodia: 3"
