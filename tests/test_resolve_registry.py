"""Restaurant registry lifecycle and claim grouping, as pure functions."""

from __future__ import annotations

from nkwatch.resolve.claims import group_claims
from nkwatch.resolve.restaurants import build_registry


def rest(mid, name, city, doc, country="LA"):
    return {"mention_id": mid, "fact": {"name": name, "city": city, "country": country, "evidence": []},
            "article": {"doc_id": doc, "outlet": doc.upper(), "published": "2019-01-01"}}


def event(eid, type_, name, city, date):
    return {"id": eid, "type": type_, "place": {"name": name, "city": city, "country": "LA"}, "date": date,
            "sources": 1, "status": "confirmed"}


def test_lifecycle_reads_closed_reopened_and_moved_from_events():
    registry = build_registry(
        [rest("a", "Koryo", "Vientiane", "d1"), rest("b", "Koryo Restaurant", "Luang Prabang", "d2")],
        [event("e1", "closure", "Koryo", "Vientiane", "2018-02"),
         event("e2", "opening", "Koryo", "Luang Prabang", "2018-05"),
         event("e3", "opening", "Koryo", "Vientiane", "2019-05")])
    by_city = {r["city"]: r for r in registry}
    assert [(s["change"], s["date"]) for s in by_city["Vientiane"]["lifecycle"]] == [("closed", "2018-02"),
                                                                                    ("reopened", "2019-05")]
    [moved] = by_city["Luang Prabang"]["lifecycle"]
    assert moved["change"] == "moved" and moved["moved_from"] == "Vientiane"
    assert by_city["Vientiane"]["state"] == "open"


def test_unnamed_mentions_join_the_one_named_restaurant_of_their_city_only():
    one = build_registry([rest("a", "Koryo", "Vientiane", "d1"), rest("b", None, "Vientiane", "d2")])
    assert len(one) == 1 and one[0]["sources"] == 2
    two = build_registry([rest("a", "Koryo", "Vientiane", "d1"), rest("b", "Arirang", "Vientiane", "d2"),
                          rest("c", None, "Vientiane", "d3")])
    assert len(two) == 3 and [r["name"] for r in two][-1] is None


def claim(mid, doc, value, group=None, country=None):
    return {"mention_id": mid, "fact": {"metric": "overseas_worker_count", "value": value, "country": country,
                                        "attributed_to": doc, "evidence": []},
            "article": {"doc_id": doc, "outlet": doc, "published": "2019-01-01", "text_group": group or doc}}


def test_reprints_of_one_story_do_not_corroborate_a_figure():
    groups = group_claims([claim("a", "wire", 700), claim("b", "reprint", 700, group="wire")])
    assert not groups[0]["corroborated"] and groups[0]["figures"][0]["independent_sources"] == 1
    groups = group_claims([claim("a", "wire", 700), claim("b", "other", 700), claim("c", "third", 900),
                           claim("d", "scoped", 900, country="LA")])
    national = next(g for g in groups if g["country"] is None)
    assert national["corroborated"] and national["contested"]
    assert [f["value"] for f in national["figures"]] == [700, 900]
