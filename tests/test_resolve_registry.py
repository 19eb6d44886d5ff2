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


def framed(mid, value, *, metric="restaurant_count", country=None, as_of=None, published="2019-01-01", hedge=None,
           value_max=None, period=None):
    return {"mention_id": mid, "fact": {"metric": metric, "value": value, "value_max": value_max, "country": country,
                                        "approx": bool(hedge), "hedge": hedge, "as_of": as_of, "period": period,
                                        "attributed_to": mid, "evidence": []},
            "article": {"doc_id": mid, "outlet": mid, "published": published, "text_group": mid}}


def test_figures_of_another_scope_or_year_are_not_compared():
    groups = group_claims([framed("world", 130), framed("china", 6, country="CN"),
                           framed("then", 100, as_of="2016"), framed("later", 130, published="2019-06-02")])
    by = {(g["scope"], g["year"]): g for g in groups}
    assert set(by) == {("world", "2019"), ("CN", "2019"), ("world", "2016")}
    assert not any(g["contested"] for g in groups)
    assert by[("world", "2019")]["heading"] == "Restaurant count · world · as of 2019"
    assert by[("CN", "2019")]["heading"] == "Restaurant count · China · as of 2019"
    src = by[("world", "2016")]["figures"][0]["sources"][0]
    assert (src["as_of"], src["as_of_from"]) == ("2016", "text")


def test_hedged_figures_that_overlap_agree_and_only_the_rest_contradict():
    groups = group_claims([framed("a", 12), framed("b", 12, hedge="about"), framed("c", 50000, value_max=60000,
                           metric="overseas_worker_count"), framed("d", 55000, hedge="about", metric="overseas_worker_count"),
                           framed("e", 40000, hedge="more than", metric="overseas_worker_count")])
    assert not any(g["contested"] for g in groups)
    groups = group_claims([framed("a", 100000, hedge="about", metric="overseas_worker_count"),
                           framed("b", 50000, value_max=60000, metric="overseas_worker_count"),
                           framed("c", 10000, hedge="tens of thousands", metric="overseas_worker_count")])
    [g] = groups
    assert g["contested"]
    said = {s["said"] for f in g["figures"] for s in f["sources"]}
    assert said == {"about 100,000", "50,000–60,000", "tens of thousands"}


def test_yearly_and_total_arrivals_are_different_periods():
    groups = group_claims([framed("a", 1127, metric="defector_arrivals", period="year", as_of="2017"),
                           framed("b", 31000, metric="defector_arrivals", period="cumulative"),
                           framed("c", 2914, metric="defector_arrivals", period="year", as_of="2009")])
    assert len(groups) == 3 and not any(g["contested"] for g in groups)
    assert {g["heading"] for g in groups} == {"Defector arrivals · world · per year · in 2017",
                                              "Defector arrivals · world · in total · as of 2019",
                                              "Defector arrivals · world · per year · in 2009"}


def test_a_place_name_is_no_restaurant_name_and_points_are_only_for_cities():
    mentions = [rest("a", None, "Sukhbaatar", "d1", country="MN"), rest("b", "Sukhbaatar", None, "d2", country="MN"),
                {**rest("c", "Arirang", None, "d3", country="MN"), "fact": {"name": "Arirang", "city": None,
                                                                           "country": "MN", "lat": 46.8, "lon": 103.0}}]
    registry = build_registry(mentions, [])
    assert not any(r["name"] == "Sukhbaatar" for r in registry)
    arirang = next(r for r in registry if r["name"] == "Arirang")
    assert arirang["precision"] == "country" and arirang["lat"] is None, "a country centroid is not a place"


def test_an_unplaced_restaurant_takes_the_place_of_its_articles_event_there():
    placed = {"id": "e1", "type": "opening", "place": {"name": "Haedanghwa", "country": "LA"}, "date": "2016-06",
              "sources": 1, "status": "confirmed",
              "mention_list": [{"doc_id": "d1", "fact": {"workplace": {"name": "Pyongyang Haedanghwa", "city": "Vientiane",
                                                                        "country": "LA"}, "lat": 17.97, "lon": 102.6}}]}
    [r] = build_registry([rest("a", "Haedanghwa", None, "d1", country=None)], [placed])
    assert (r["city"], r["country"], r["precision"], r["lat"]) == ("Vientiane", "LA", "city", 17.97)
    [r] = build_registry([rest("a", "Haedanghwa", None, "d2", country=None)], [placed])
    assert r["country"] is None, "another article's event does not place it"


def placed_event(eid, type_, city, kind):
    return {"id": eid, "type": type_, "place": {"city": city, "country": "LA"}, "date": "2019-01", "sources": 1,
            "status": "reported", "mention_list": [{"doc_id": "d9", "fact": {"workplace": {
                "kind": kind, "name": None, "city": city, "country": "LA"}}}]}


def test_an_event_at_no_named_workplace_is_no_restaurants_unless_a_source_says_restaurant():
    """'Workers were sent home from Vientiane' is not the Koryo's, even when the Koryo is the one restaurant
    nkwatch knows there; 'a North Korean restaurant in Vientiane closed' is."""
    from nkwatch.resolve.restaurants import RestaurantFinder

    events = [placed_event("e1", "return", "Vientiane", None), placed_event("e2", "closure", "Vientiane", None),
              placed_event("e3", "closure", "Vientiane", "restaurant")]
    registry = build_registry([rest("a", "Koryo", "Vientiane", "d1")], events)
    [koryo] = registry
    assert [s["event_id"] for s in koryo["lifecycle"]] == ["e3"]
    find = RestaurantFinder(registry)
    assert [find(e) for e in events] == [None, None, koryo["id"]]


def test_one_number_read_two_ways_is_two_figures_not_two_sources_for_one():
    """'up to 10,000' and 'tens of thousands' share the number 10,000 but not a figure: neither corroborates the
    other, and each shows as read; 'about 130' and 130 stay one figure."""
    w = "overseas_worker_count"
    [g] = group_claims([framed("a", 10000, hedge="up to", metric=w), framed("b", 10000, hedge="tens of thousands",
                                                                          metric=w)])
    assert not g["corroborated"] and len(g["figures"]) == 2
    assert {f["figure"] for f in g["figures"]} == {"up to 10,000", "tens of thousands"}
    assert not g["contested"]     # 0–10,000 and 10,000–100,000 touch at 10,000
    [g] = group_claims([framed("a", 100000, hedge="more than", metric=w), framed("b", 50000, metric=w)])
    assert g["contested"] and {f["figure"] for f in g["figures"]} == {"more than 100,000", None}
    assert next(f for f in g["figures"] if f["value"] == 50000)["disputed_by"] == ["more than 100,000"]
    [g] = group_claims([framed("a", 130), framed("b", 130, hedge="about")])
    assert g["corroborated"] and len(g["figures"]) == 1 and g["figures"][0]["figure"] is None


def test_figures_no_source_dates_are_never_a_contest():
    """A figure whose sentence and article give no date may hold at any time: undated figures are listed together
    but not read against each other (20 employees of one restaurant and 100,000 workers worldwide are no dispute)."""
    [g] = group_claims([framed("a", 20, metric="overseas_worker_count", published=None),
                        framed("b", 100000, metric="overseas_worker_count", published=None)])
    assert g["year"] is None and g["undated"] and not g["contested"]
    assert all(not f["disputed_by"] for f in g["figures"])
    [g] = group_claims([framed("a", 20, metric="overseas_worker_count"),
                        framed("b", 100000, metric="overseas_worker_count")])
    assert g["contested"] and not g["undated"]


def test_an_announced_or_disputed_closure_does_not_close_a_restaurant_and_the_state_is_dated():
    """'The Koryo will close next month' leaves it open as last reported; the state says when it was last known."""
    def step(eid, type_, date, status):
        return {**event(eid, type_, "Koryo", "Vientiane", date), "status": status}

    [r] = build_registry([rest("a", "Koryo", "Vientiane", "d1")],
                         [step("e1", "opening", "2016-06", "reported"), step("e2", "closure", "2018-01", "pending"),
                          step("e3", "closure", "2018-03", "disputed")])
    assert (r["state"], r["state_as_of"]) == ("open", "2016-06")
    assert [s["change"] for s in r["lifecycle"]] == ["opened", "closure announced", "closure disputed"]
    [r] = build_registry([rest("a", "Koryo", "Vientiane", "d1")], [step("e1", "closure", "2018-01", "reported")])
    assert (r["state"], r["state_as_of"]) == ("closed", "2018-01")


def test_an_event_joins_the_lifecycle_of_the_restaurant_it_is_labelled_with_by_any_of_its_names():
    """The registry knows the Moran-gwan also as 'Morangwan Restaurant': an event naming it so is in its history
    (and its state), as it is in the event's label, not left out while the page says 'closed as of 2018'."""
    from nkwatch.resolve.restaurants import RestaurantFinder

    events = [event("e1", "closure", "Moran-gwan", "Shenyang", "2018-01"),
              event("e2", "closure", "Morangwan Restaurant", "Shenyang", "2024-01-08"),
              event("e3", "opening", "Morangwan Restaurant", "Shenyang", "2024-10")]
    [r] = build_registry([rest("a", "Moran-gwan", "Shenyang", "d1"), rest("b", "Morangwan Restaurant", "Shenyang",
                                                                          "d2")], events)
    assert [s["event_id"] for s in r["lifecycle"]] == ["e1", "e2", "e3"]
    assert (r["state"], r["state_as_of"]) == ("open", "2024-10")
    assert {RestaurantFinder([r])(e) for e in events} == {r["id"]}


def test_a_name_first_seen_with_no_city_does_not_join_two_cities_restaurants():
    """'Moran' (no city), then the Moran-kwan of Qingdao, then the Moran-gwan of Shenyang: two restaurants; the
    city-less mention stays with the first it was placed with, and Shenyang's events are Shenyang's."""
    registry = build_registry([rest("a", "Moran", None, "d1", country="CN"),
                               rest("b", "Pyongyang Moran-kwan", "Qingdao", "d2", country="CN"),
                               rest("c", "Moran-gwan", "Shenyang", "d3", country="CN")],
                              [{**event("e1", "closure", "Morangwan Restaurant", "Shenyang", "2024-01-08"),
                                "place": {"name": "Morangwan Restaurant", "city": "Shenyang", "country": "CN"}}])
    by_city = {r["city"]: r for r in registry}
    assert set(by_city) == {"Qingdao", "Shenyang"}
    assert by_city["Qingdao"]["sources"] == 2 and by_city["Shenyang"]["sources"] == 1
    assert [s["event_id"] for s in by_city["Shenyang"]["lifecycle"]] == ["e1"] and not by_city["Qingdao"]["lifecycle"]


def test_a_named_event_with_no_city_joins_no_lifecycle_when_two_cities_have_that_name():
    registry = build_registry([rest("a", "Moran-gwan", "Qingdao", "d1", country="CN"),
                               rest("b", "Moran-gwan", "Shenyang", "d2", country="CN")],
                              [{**event("e1", "closure", "Moran", None, "2018-01"),
                                "place": {"name": "Moran", "country": "CN"}}])
    assert len(registry) == 2 and not any(r["lifecycle"] for r in registry)
    assert all(r["state"] is None for r in registry)
