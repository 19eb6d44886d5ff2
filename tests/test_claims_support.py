"""Figures are read against each other only as far as their sources allow: a tie in support has no best-supported
figure to disagree with, and one article that gives a figure before and after disputes nobody."""

from __future__ import annotations


from fastapi.testclient import TestClient

from nkwatch.resolve.claims import group_claims
from kb_fixture import kb_with_records
from nkwatch.serve.app import create_app
from nkwatch.serve.config import load_config


def claim(doc_id: str, value: int, *, value_max=None, country=None, hedge=None, n=0, by=None) -> dict:
    return {"mention_id": f"cm-{doc_id}-{n}",
            "fact": {"metric": "overseas_worker_count", "value": value, "value_max": value_max, "country": country,
                     "approx": bool(hedge), "hedge": hedge, "as_of": "2017", "attributed_to": by},
            "article": {"doc_id": doc_id, "outlet": doc_id.upper(), "published": "2017-09-29", "text_group": doc_id}}


def test_a_tie_in_support_has_no_best_supported_figure():
    [g] = group_claims([claim("a", 20), claim("b", 50000, value_max=60000), claim("c", 100000, hedge="about")])
    assert g["contested"] and g["equal_support"]
    assert not any(f["best_supported"] for f in g["figures"])
    by = {f["value"]: f for f in g["figures"]}
    # 50,000-60,000 is not read against the lowest figure as if it were the reference: it is disputed by both others
    assert by[50000]["disputed_by"] == [20, 100000] and not by[50000]["agrees"]
    assert by[20]["disputed_by"] == [[50000, 60000], 100000]


def test_the_figure_more_sources_give_is_best_supported():
    [g] = group_claims([claim("a", 12), claim("b", 12), claim("c", 25)])
    assert not g["equal_support"] and [f["best_supported"] for f in g["figures"]] == [True, False]


def test_one_article_giving_a_figure_before_and_after_is_no_dispute():
    # "an estimated 6,000 North Koreans worked in Kuwait ... only about 2,000 are left"
    one = [claim("kw", 6000, country="KW", hedge="an estimated", n=0), claim("kw", 2000, country="KW", hedge="about",
                                                                               n=1)]
    [g] = group_claims(one)
    assert not g["contested"] and g["same_source"]
    assert {f["value"]: f["same_source_as"] for f in g["figures"]} == {2000: [6000], 6000: [2000]}
    assert all(f["agrees"] and not f["disputed_by"] for f in g["figures"])
    # another outlet that gives only the later figure agrees with the article; one that gives a third figure disputes
    [g] = group_claims(one + [claim("other", 2000, country="KW")])
    assert not g["contested"]
    [g] = group_claims(one + [claim("third", 10000, country="KW")])
    assert g["contested"]


def test_one_article_quoting_two_named_tellers_who_disagree_is_a_dispute():
    # "50,000-60,000, the United Nations says; some researchers put it closer to 100,000"
    [g] = group_claims([claim("wire", 50000, value_max=60000, by="United Nations", n=0),
                        claim("wire", 100000, hedge="closer to", by="some researchers", n=1)])
    assert g["contested"] and not g["same_source"]
    # the article's own figure beside one it attributes (an officials' earlier estimate, then a count) is no dispute
    [g] = group_claims([claim("mag", 50000, value_max=100000, by="South Korean officials", n=0),
                        claim("mag", 10000, hedge="fewer than", n=1)])
    assert not g["contested"] and g["same_source"]


ARTICLES = [{"doc_id": d, "outlet": o, "published": "2017-09-29", "title": o, "text": t}
            for d, o, t in (("p1", "Pacific Rim Wire", "The UN puts North Koreans working abroad at 50,000-60,000."),
                            ("p2", "CNA", "Sources said 20 North Korean workers were still in the city's yards."),
                            ("k1", "Gulf Times", "An estimated 6,000 worked in Kuwait; only about 2,000 are left."))]
RECORDS = {
    "p1": [{"metric": "overseas_worker_count", "value": 50000, "value_max": 60000, "attributed_to": "United Nations"}],
    "p2": [{"metric": "overseas_worker_count", "value": 20}],
    "k1": [{"metric": "overseas_worker_count", "value": 6000, "approx": True, "hedge": "an estimated",
            "country": "KW"},
           {"metric": "overseas_worker_count", "value": 2000, "approx": True, "hedge": "about", "country": "KW"}],
}


def test_the_claims_page_says_equal_support_and_lists_no_one_article_dispute(tmp_path):
    db = kb_with_records(tmp_path, ARTICLES, [
        (d, {"doc_id": d, "relevant": True, "events": [], "restaurants": [],
             "claims": [{**c, "evidence": [{"start": 0, "end": 8}]} for c in claims]}) for d, claims in RECORDS.items()])
    app = create_app(load_config(str(db), env={}, refresh_seconds=0))
    with TestClient(app) as client:
        contested = client.get("/api/claims?contested=true").json()["items"]
        page = client.get("/claims").text
        every = client.get("/claims?all=true").text
    assert [g["heading"] for g in contested] == ["Overseas worker count · world · as of 2017"]
    assert "best-supported" not in page and "Equal support" in page
    assert "cannot be true with what other sources give: 20" in page
    assert "Kuwait" not in page                   # one article's before and after is not contested
    assert "the same source also gives 2,000" in every


def test_a_figure_up_to_a_ceiling_is_not_contradicted_by_a_smaller_one():
    """ "As much as $500 million" allows $100 million; "nearly 500" does not allow 100."""
    [g] = group_claims([claim("a", 100), claim("b", 500, hedge="as much as")])
    assert not g["contested"]
    [g] = group_claims([claim("a", 100), claim("b", 500, hedge="nearly")])
    assert g["contested"]


def test_a_citys_count_of_restaurants_is_its_own_group_never_contested_against_its_countrys():
    def count(doc_id, value, place=None):
        return {"mention_id": f"cm-{doc_id}", "fact": {"metric": "restaurant_count", "value": value, "value_max": None,
                                                      "country": "CN", "place": place, "approx": False, "as_of": "2016"},
                "article": {"doc_id": doc_id, "outlet": doc_id.upper(), "published": "2016-04-12", "text_group": doc_id}}
    groups = group_claims([count("a", 15, "Dandong"), count("b", 100), count("c", 90)])
    by_heading = {g["heading"]: g for g in groups}
    assert set(by_heading) == {"Restaurant count · Dandong, China · as of 2016", "Restaurant count · China · as of 2016"}
    assert not by_heading["Restaurant count · Dandong, China · as of 2016"]["contested"]
    assert by_heading["Restaurant count · China · as of 2016"]["contested"]      # 100 against 90: that one is


def test_a_restaurant_count_in_a_city_is_scoped_to_the_city():
    from nkwatch.pipeline import extract_records
    rec = extract_records([{"doc_id": "t", "published": "2018-01-10", "text": "There are about ten North Korean "
                            "restaurants in Shenyang. More than 100 North Korean restaurants are believed to operate in China."}])[0]
    assert sorted((c["value"], c["country"], c.get("place")) for c in rec["claims"]) == [(10, "CN", "Shenyang"), (100, "CN", None)]


def test_the_claims_page_keeps_a_citys_count_apart_from_its_countrys(tmp_path):
    articles = [{"doc_id": d, "outlet": o, "published": "2016-04-12", "title": o, "text": t} for d, o, t in (
        ("d1", "Border Daily", "Dandong has 15 North Korean restaurants."),
        ("c1", "Wire A", "China has more than 100 North Korean restaurants."))]
    records = [("d1", {"doc_id": "d1", "relevant": True, "events": [], "restaurants": [], "claims": [
                   {"metric": "restaurant_count", "value": 15, "country": "CN", "place": "Dandong",
                    "evidence": [{"start": 0, "end": 8}]}]}),
               ("c1", {"doc_id": "c1", "relevant": True, "events": [], "restaurants": [], "claims": [
                   {"metric": "restaurant_count", "value": 100, "country": "CN", "approx": True, "hedge": "more than",
                    "evidence": [{"start": 0, "end": 8}]}]})]
    db = kb_with_records(tmp_path, articles, records)
    app = create_app(load_config(str(db), env={}, refresh_seconds=0))
    with TestClient(app) as client:
        groups = client.get("/api/claims?all=true").json()["items"]
        contested = client.get("/api/claims?contested=true").json()["items"]
        page = client.get("/claims?all=true").text
        article = client.get("/articles/d1").text
    assert "Restaurant count · Dandong, China" in article       # the article page says the figure's city too
    assert sorted(g["heading"] for g in groups) == ["Restaurant count · China · as of 2016",
                                                   "Restaurant count · Dandong, China · as of 2016"]
    assert contested == [] and "Dandong, China" in page
