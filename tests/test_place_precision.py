"""A place known only to its province or country is never a point: the extractor gives such a mention its country's
middle (Chiang Rai's was near Bangkok), so the API, the map's data and every export give it no coordinates and say
what is known (its precision), and /api/map counts it under its country as an area."""

from __future__ import annotations

import csv
import io
import json

import pytest
from fastapi.testclient import TestClient

from kb_fixture import kb_with_records
from nkwatch.export.formats import export
from nkwatch.serve.app import create_app
from nkwatch.serve.config import load_config

ARTICLES = [
    {"doc_id": "p1", "outlet": "Mekong Post", "published": "2017-05-02", "title": "Five flee in Chiang Rai",
     "text": "Five North Korean restaurant workers fled in Chiang Rai province last month, police said."},
    {"doc_id": "p2", "outlet": "Harbour Times", "published": "2016-04-08", "title": "Thirteen flee Ningbo",
     "text": "Thirteen workers of the Ryugyong restaurant in Ningbo fled to the South, the ministry confirmed."},
    {"doc_id": "p3", "outlet": "Gulf Daily", "published": "2018-01-09", "title": "Restaurant shut in Kuwait",
     "text": "A North Korean restaurant in Kuwait was shut down, officials said."},
]

BANGKOK_ISH = (13.71373, 100.70669)   # what the gazetteer gives a Thai province: Thailand's middle


def _record(doc_id: str, event: dict) -> tuple[str, dict]:
    return doc_id, {"doc_id": doc_id, "relevant": True, "claims": [], "restaurants": [],
                    "events": [{**event, "evidence": [{"start": 0, "end": 20}]}]}


RECORDS = [
    _record("p1", {"type": "defection", "count": 5, "date": "2017-04", "status": "reported",
                   "workplace": {"kind": "restaurant", "name": None, "city": None, "region": "Chiang Rai",
                                 "country": "TH"},
                   "lat": BANGKOK_ISH[0], "lon": BANGKOK_ISH[1], "place_precision": "region"}),
    _record("p2", {"type": "defection", "count": 13, "date": "2016-04", "status": "confirmed",
                   "workplace": {"kind": "restaurant", "name": "Ryugyong", "city": "Ningbo", "region": None,
                                 "country": "CN"},
                   "lat": 29.87819, "lon": 121.54945, "place_precision": "city"}),
    _record("p3", {"type": "closure", "date": "2018-01", "status": "reported",
                   "workplace": {"kind": "restaurant", "name": None, "city": None, "region": None, "country": "KW"},
                   "lat": 29.3, "lon": 47.6, "place_precision": "country"}),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return kb_with_records(tmp_path_factory.mktemp("precision"), ARTICLES, RECORDS)


@pytest.fixture(scope="module")
def api(db):
    with TestClient(create_app(load_config(str(db), env={}, refresh_seconds=0))) as c:
        yield c


def _events(api) -> dict:
    return {e["place_precision"]: e for e in api.get("/api/events").json()["items"]}


def test_an_event_known_to_its_province_has_no_coordinates(api):
    by = _events(api)
    assert set(by) == {"city", "region", "country"}
    assert (by["region"]["lat"], by["region"]["lon"]) == (None, None)
    assert (by["country"]["lat"], by["country"]["lon"]) == (None, None)
    assert by["city"]["lat"] == pytest.approx(29.87819)
    dossier = api.get(f"/api/events/{by['region']['id']}").json()
    assert (dossier["lat"], dossier["lon"]) == (None, None)


def test_api_map_points_only_cities_and_counts_the_rest_as_areas(api):
    m = api.get("/api/map").json()
    assert all(p["place_precision"] == "city" and p["lat"] is not None for p in m["events"])
    assert len(m["events"]) == 1
    areas = {(a["country"], a["place_precision"], a["type"]): a for a in m["areas"]}
    assert set(areas) == {("TH", "region", "defection"), ("KW", "country", "closure")}
    assert all("lat" not in a and a["n"] == 1 and a["href"].startswith("/events/") for a in areas.values())
    assert areas[("TH", "region", "defection")]["name"] == "Thailand"
    assert all(r["lat"] is None for r in m["restaurants"] if r["place_precision"] != "city")


def test_geojson_export_gives_a_province_no_point(db, tmp_path):
    out = tmp_path / "kb.geojson"
    export(db, "geojson", str(out))
    events = {f["properties"]["place_precision"]: f for f in json.loads(out.read_text())["features"]
              if f["properties"]["kind"] == "event"}
    assert events["region"]["geometry"] is None and events["region"]["properties"]["region"] == "Chiang Rai"
    assert events["country"]["geometry"] is None
    assert events["city"]["geometry"]["coordinates"] == [121.54945, 29.87819]


def test_acled_csv_gives_coordinates_only_for_a_city(db, tmp_path):
    out = tmp_path / "kb.csv"
    export(db, "csv", str(out))
    rows = {r["geo_precision"]: r for r in csv.DictReader(io.StringIO(out.read_text()))}
    assert (rows["2"]["admin1"], rows["2"]["latitude"], rows["2"]["longitude"]) == ("Chiang Rai", "", "")
    assert (rows["3"]["latitude"], rows["3"]["longitude"]) == ("", "")
    assert float(rows["1"]["latitude"]) == pytest.approx(29.87819)
