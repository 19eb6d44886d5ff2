"""The pure pieces behind the pages: evidence highlighting, the base map, what the map draws, the timeline."""

from __future__ import annotations

from nkwatch.serve import basemap
from nkwatch.serve.highlight import segments
from nkwatch.serve.mapdata import LISTED, _event
from nkwatch.serve.timeline import build_timeline


def test_segments_cover_the_text_exactly_and_mark_the_spans():
    text = "Thirteen workers left the restaurant in April."
    segs = segments(text, [{"start": 0, "end": 16, "label": "defection"},
                           {"start": 9, "end": 36, "label": "restaurant"}])
    assert "".join(s.text for s in segs) == text
    marked = [(s.text, s.labels) for s in segs if s.marked]
    assert marked == [("Thirteen ", ["defection"]), ("workers", ["defection", "restaurant"]),
                      (" left the restaurant", ["restaurant"])]


def test_segments_skip_bad_spans_and_show_cuts():
    text = "Body text. Reader comment: lies!"
    segs = segments(text, [{"start": 50, "end": 60}, {"start": "x", "end": 3}, {"start": 5, "end": 2},
                           {"start": 0, "end": 4}], cuts=[{"start": 11, "end": len(text), "reason": "comments"}])
    assert "".join(s.text for s in segs) == text
    assert [s.text for s in segs if s.marked] == ["Body"]
    assert [s.cut for s in segs if s.cut] == ["comments"]


def test_base_map_is_the_natural_earth_outline_as_geojson():
    fc = basemap.countries_geojson()
    by = {f["properties"]["iso2"]: f for f in fc["features"]}
    assert len(fc["features"]) > 170 and {"CN", "KP", "KR", "RU", "MM", "TH"} <= set(by)
    assert by["KR"]["properties"]["name"] == "South Korea"
    assert "AQ" not in by, "Antarctica is left out"
    # Russia runs past the antimeridian instead of jumping back across the map (no stripe)
    lons = [pt[0] for poly in by["RU"]["geometry"]["coordinates"] for ring in poly for pt in ring]
    assert max(lons) > 180
    for poly in by["RU"]["geometry"]["coordinates"]:
        for ring in poly:
            assert all(abs(a[0] - b[0]) < 90 for a, b in zip(ring, ring[1:]))


def test_a_country_on_a_route_stands_at_its_middle_or_its_capital():
    lat, lon = basemap.country_point("KR")
    assert 34 < lat < 38.5 and 126 < lon < 129.5
    lat, lon = basemap.country_point("th")
    assert 6 < lat < 20 and 98 < lon < 105
    lat, lon = basemap.country_point("SG")  # too small for the 110m outline: its capital
    assert abs(lat - 1.29) < 0.2 and abs(lon - 103.85) < 0.2
    assert basemap.country_point("XX") is None and basemap.country_point(None) is None


def _summary(**kw):
    base = {"id": "ev-1", "type": "defection", "label": "L", "date": "2017", "status": "reported",
            "place": {}, "place_label": "", "place_precision": None, "lat": None, "lon": None}
    return {**base, **kw}


def test_map_features_are_as_precise_as_the_place():
    by_country: dict = {}
    city = _event(_summary(place={"city": "Yangon", "country": "MM"}, place_label="Yangon, Myanmar",
                           place_precision="city", lat=16.8, lon=96.15, transit=["LA", "TH"], destination="KR"),
                  by_country, {})
    point, route = city
    assert point["geometry"] == {"type": "Point", "coordinates": [96.15, 16.8]}
    assert point["properties"]["href"] == "/events/ev-1"
    assert route["geometry"]["type"] == "LineString" and len(route["geometry"]["coordinates"]) == 4
    assert route["geometry"]["coordinates"][0] == [96.15, 16.8]
    assert [s["name"] for s in route["properties"]["stops"]] == ["Yangon, Myanmar", "Laos", "Thailand", "South Korea"]

    # country-level: no point at all, counted under its country with the events it counts
    country = _event(_summary(id="ev-2", place={"country": "KW"}, place_precision="country"),
                     by_country, {"type": "return"})
    assert country == []
    assert by_country["KW"]["n"] == 1 and by_country["KW"]["href"] == "/events?type=return&country=KW"

    # no place: on no map even when the extractor left coordinates behind
    assert _event(_summary(id="ev-3", type="sanction", lat=37.4, lon=-93.5), by_country, {}) is None
    assert _event(_summary(id="ev-4", place_precision="city", lat=95.0, lon=1.0), by_country, {}) is None


def test_timeline_opens_on_every_year_and_keeps_year_only_events():
    data = {"months": [{"month": "2016-04", "type": "defection", "n": 2},
                       {"month": "2016-04", "type": "closure", "n": 1},
                       {"month": "2019-07", "type": "sanction", "n": 1},
                       {"month": "garbage", "type": "defection", "n": 5}],
            "years": [{"year": "2011", "type": "defection", "n": 2}, {"year": "2016", "type": "closure", "n": 1}],
            "undated": 4}
    t = build_timeline(data)
    assert [b["period"] for b in t["bars"]] == [str(y) for y in range(2011, 2020)]
    assert [b["total"] for b in t["bars"]] == [2, 0, 0, 0, 0, 4, 0, 0, 1]
    assert t["total"] == 7 and t["year_only"] == 3 and t["undated"] == 4
    y2016 = t["bars"][5]
    assert [(s["type"], s["n"], s["year_only"]) for s in y2016["stack"]] == [
        ("defection", 2, False), ("closure", 1, False), ("closure", 1, True)]
    assert y2016["href"] == "/events?date_from=2016&date_to=2016" and y2016["zoom"] == "/timeline?year=2016"
    assert t["ticks"][-1]["n"] >= 4 and all(b["x"] + b["w"] <= t["width"] for b in t["bars"])

    m = build_timeline(data, year=2016, filters={"type": "closure"})
    assert [b["period"] for b in m["bars"]] == ["2016"] + [f"2016-{i:02d}" for i in range(1, 13)]
    assert m["bars"][0]["unknown_month"] and m["bars"][0]["total"] == 1
    assert m["bars"][4]["total"] == 3 and m["bars"][4]["href"] == "/events?type=closure&date_from=2016-04&date_to=2016-04"
    assert m["prev"] == 2011 and m["next"] == 2019
    assert build_timeline({"months": [], "years": []})["bars"] == []


def test_a_route_never_starts_in_the_middle_of_a_country():
    """A workplace known only to its country has no point: its route is not drawn from the country's middle
    (the README's promise), only counted; the event's page gives it as text."""
    by_country: dict = {}
    got = _event(_summary(id="ev-ru", type="return", place={"country": "RU"}, place_label="Russia",
                          place_precision="country", transit=["CN"], destination="KP"), by_country, {})
    assert got == [], "no point and no line for a place known only to the country"
    assert by_country["RU"]["routes_not_drawn"] == 1
    assert [e["id"] for e in by_country["RU"]["events"]] == ["ev-ru"]


def test_a_region_with_its_countrys_coordinates_gets_no_ring():
    """The extractor gives a region-level event its country's middle (Chiang Rai at Bangkok): no ring there; the
    country is shaded and its popup names the region."""
    by_country: dict = {}
    got = _event(_summary(id="ev-cr", place={"region": "Chiang Rai", "country": "TH"},
                          place_label="Chiang Rai, Thailand", place_precision="region", lat=13.71373, lon=100.70669,
                          transit=["CN", "LA"]), by_country, {})
    assert got == []
    th = by_country["TH"]
    assert th["n"] == 1 and th["regions"] == {"Chiang Rai": 1} and th["routes_not_drawn"] == 1
    assert th["events"][0]["region"] == "Chiang Rai" and th["events"][0]["href"] == "/events/ev-cr"


def test_a_route_follows_the_order_the_sources_give():
    point, route = _event(_summary(place={"city": "Shenyang", "country": "CN"}, place_label="Shenyang, China",
                                   place_precision="city", lat=41.8, lon=123.4, transit=["LA", "TH", "MM"],
                                   destination="KR"), {}, {})
    assert [s["name"] for s in route["properties"]["stops"]] == ["Shenyang, China", "Laos", "Thailand", "Myanmar",
                                                                 "South Korea"]
    assert [s["at"] for s in route["properties"]["stops"]] == ["place", "transit", "transit", "transit",
                                                               "destination"]
    assert route["geometry"]["coordinates"][0] == point["geometry"]["coordinates"]


def test_a_countrys_popup_lists_the_events_it_counts_and_no_others():
    by_country: dict = {}
    for i in range(LISTED + 2):
        _event(_summary(id=f"ev-c{i}", place={"country": "CN"}, place_precision="country"), by_country, {})
    _event(_summary(id="ev-city", place={"city": "Dandong", "country": "CN"}, place_precision="city",
                    lat=40.1, lon=124.4), by_country, {})
    cn = by_country["CN"]
    assert cn["n"] == LISTED + 2 and len(cn["events"]) == LISTED
    assert "ev-city" not in {e["id"] for e in cn["events"]}


def test_months_links_under_the_years_only_where_they_fit():
    def years(first, last):
        return build_timeline({"months": [{"month": f"{y}-01", "type": "closure", "n": 1}
                                          for y in range(first, last + 1)], "years": []})

    assert years(2011, 2019)["sublabels"] is True
    crowded = years(2000, 2024)
    assert crowded["sublabels"] is False and all(b["zoom"] for b in crowded["bars"]), "the year stays the link"
