"""The pure pieces behind the pages: evidence highlighting, the base map and its markers, the timeline."""

from __future__ import annotations

from nkwatch.serve import basemap
from nkwatch.serve.highlight import segments
from nkwatch.serve.mapview import build_map
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


def test_base_map_is_the_natural_earth_outline():
    countries = basemap.countries()
    names = {c["name"] for c in countries}
    assert len(countries) > 150 and {"China", "Cambodia", "Russia", "Netherlands"} <= names
    svg = basemap.world_svg()
    assert svg.startswith("<svg") and svg.count("<path") == len(countries)
    # projection: equirectangular, x = lon + 180, y = 85 - lat
    assert basemap.project(0, 0) == (180.0, 85.0)
    assert basemap.project(104.9, 11.55) == (284.9, 73.45)


def test_view_fits_the_points_and_stays_inside_the_world():
    x, y, w, h = basemap.fit_view([(104.9, 11.55), (121.5, 29.9)])
    for lon, lat in [(104.9, 11.55), (121.5, 29.9)]:
        px, py = basemap.project(lon, lat)
        assert x <= px <= x + w and y <= py <= y + h
    assert abs(w / h - 2) < 1e-6
    assert basemap.fit_view([(179.9, -84.0)])[0] + basemap.fit_view([(179.9, -84.0)])[2] <= 360
    assert basemap.fit_view([]) == (0.0, 0.0, 360.0, 170.0)


def test_markers_show_precision_and_group_points_at_one_place():
    points = {"events": [{"lat": 29.87, "lon": 121.54, "place_precision": "city", "label": "a", "href": "/e/1"},
                         {"lat": 29.87, "lon": 121.54, "place_precision": "city", "label": "b", "href": "/e/2",
                          "group_href": "/events?city=x"},
                         {"lat": 35.0, "lon": 103.0, "place_precision": "country", "label": "c"},
                         {"lat": 30.0, "lon": 120.0, "place_precision": "region", "label": "d"},
                         {"lat": None, "lon": 1.0, "label": "no place"},
                         {"lat": 95.0, "lon": 1.0, "label": "off the globe"}],
              "restaurants": [{"lat": 29.87, "lon": 121.54, "place_precision": "city", "label": "R"}]}
    m = build_map(points)
    by = {(mk.kind, mk.precision): mk for mk in m["markers"]}
    assert set(by) == {("event", "city"), ("event", "country"), ("event", "region"), ("restaurant", "city")}
    assert by[("event", "city")].labels == ["a", "b"] and by[("event", "city")].href == "/events?city=x"
    assert m["count"] == 5
    assert m["rings"]["country"] > m["rings"]["region"] > m["rings"]["city"] == 0
    assert m["markers"][-1].kind == "restaurant", "restaurants are drawn on top"


def test_timeline_fills_empty_months_and_stacks_types():
    t = build_timeline([{"month": "2016-04", "type": "defection", "n": 2},
                        {"month": "2016-04", "type": "closure", "n": 1},
                        {"month": "2016-07", "type": "sanction", "n": 1},
                        {"month": "garbage", "type": "defection", "n": 5}])
    assert [b["month"] for b in t["bars"]] == ["2016-04", "2016-05", "2016-06", "2016-07"]
    assert [b["total"] for b in t["bars"]] == [3, 0, 0, 1]
    assert t["max"] == 3 and t["total"] == 4
    april = t["bars"][0]["stack"]
    assert [s["type"] for s in april] == ["defection", "closure"]
    assert abs(april[0]["h"] - 2 * april[1]["h"]) < 0.05
    assert build_timeline([])["bars"] == []
