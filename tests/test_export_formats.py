"""`nkwatch export --format csv|jsonl|geojson|ftm` on a small knowledge base, run as a user would (the CLI), and
the database opened in Datasette with the metadata file we ship."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from kb_fixture import build_kb

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return build_kb(tmp_path_factory.mktemp("export") / "nkwatch.db")


@pytest.fixture
def export(kb, run_cli, tmp_path):
    def run(fmt: str) -> str:
        out = tmp_path / f"out.{fmt}"
        r = run_cli("export", "--format", fmt, "-o", str(out), db=Path(kb))
        assert r.returncode == 0, r.stderr.decode()
        return out.read_text(encoding="utf-8")
    return run


def test_csv_has_one_row_per_canonical_event_with_precision_and_sources(export):
    rows = list(csv.DictReader(io.StringIO(export("csv"))))
    assert len(rows) == 3, "two reports of one defection are one row"
    by_type = {r["event_type"]: r for r in rows}
    d = by_type["defection"]
    assert (d["sources"], d["mentions"], d["time_precision"], d["geo_precision"]) == ("2", "2", "2", "1")
    assert (d["event_date"], d["country"], d["location"], d["count"]) == ("2019-02-01", "CN", "Qingport", "9")
    assert (d["first_reported_by"], d["first_reported_certain"]) == ("Harbour Times", "True")
    assert d["source_doc_ids"] == "t-harbour-1;t-lantern-2"
    s = by_type["sanction"]
    assert (s["issuer"], s["instrument"], s["time_precision"], s["geo_precision"]) == ("UN", "UNSCR 9999", "1", "")
    assert [r["event_date"] for r in rows] == sorted(r["event_date"] for r in rows)


def test_csv_cells_cannot_become_spreadsheet_formulas():
    from nkwatch.export.acled_csv import _cell

    assert _cell("=HYPERLINK(\"http://x\")").startswith("'")
    assert _cell("@SUM(A1)") == "'@SUM(A1)"
    assert _cell("Harbour Times") == "Harbour Times" and _cell(-12.5) == -12.5


def test_jsonl_lines_are_events_then_restaurants_then_claim_groups(export):
    lines = [json.loads(line) for line in export("jsonl").splitlines()]
    kinds = [x["kind"] for x in lines]
    assert kinds == ["event"] * 3 + ["restaurant"] * 2 + ["claim"]
    defection = next(x for x in lines if x.get("type") == "defection")
    assert defection["slots"]["count"]["value"] == 9
    assert [h["status"] for h in defection["status_history"]] == ["reported", "confirmed"]
    assert all(m["evidence"] for m in defection["mention_list"])


def test_geojson_parses_and_points_are_lon_lat(export):
    fc = json.loads(export("geojson"))
    assert fc["type"] == "FeatureCollection"
    kinds = {f["properties"]["kind"] for f in fc["features"]}
    assert kinds == {"restaurant", "event"}
    for f in fc["features"]:
        assert f["type"] == "Feature"
        if f["geometry"] is None:      # known only to its country or province, or no place: listed, never pinned
            assert f["properties"]["place_precision"] in ("country", "region", None)
            continue
        assert f["geometry"]["type"] == "Point"
        lon, lat = f["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert f["properties"]["place_precision"] == "city"
    crane = next(f for f in fc["features"] if f["properties"].get("name") == "Golden Crane")
    assert crane["geometry"]["coordinates"] == [120.38, 36.07]


def test_ftm_entities_load_with_followthemoney(export):
    from followthemoney import model

    proxies = [model.get_proxy(json.loads(line)) for line in export("ftm").splitlines()]
    ids = {p.id for p in proxies}
    assert {p.schema.name for p in proxies} == {"Event", "Sanction", "Organization", "Address"}
    for p in proxies:
        for prop, value in p.itervalues():
            if prop.type.name == "entity":
                assert value in ids, f"{p.id}.{prop.name} points at a missing entity {value}"
    event = next(p for p in proxies if p.schema.name == "Event" and "2019-02" in p.get("date"))
    assert event.get("involved") and len(event.get("sourceUrl")) == 2
    sanction = next(p for p in proxies if p.schema.name == "Sanction")
    assert sanction.get("program") == ["UNSCR 9999"] and sanction.get("country") == []
    org = next(p for p in proxies if p.schema.name == "Organization" and p.get("name") == ["Blue Pine"])
    assert org.get("dissolutionDate") == ["2020-06"]
    assert all(not u.startswith("javascript:") for p in proxies for u in p.get("sourceUrl", quiet=True))


def test_unknown_format_is_a_usage_error(kb, run_cli):
    r = run_cli("export", "--format", "xlsx", db=Path(kb))
    assert r.returncode == 2
    assert b"csv" in r.stderr and b"geojson" in r.stderr


def test_database_opens_in_datasette_with_the_shipped_metadata(kb, tmp_path):
    datasette_app = pytest.importorskip("datasette.app")
    from nkwatch.serve.index import refresh_index

    db = tmp_path / "nkwatch.db"
    shutil.copy(kb, db)
    refresh_index(str(db))
    metadata = json.loads((REPO / "datasette-metadata.json").read_text())
    ds = datasette_app.Datasette([str(db)], metadata=metadata)

    async def fetch():
        events = await ds.client.get("/nkwatch/serve_events.json?_shape=array&type=defection")
        search = await ds.client.get("/nkwatch/search_articles.json?_shape=array&words=Qingport")
        canned = await ds.client.get("/nkwatch/figures_sources_disagree_on.json?_shape=array")
        page = await ds.client.get("/nkwatch/serve_events")
        return events, search, canned, page

    events, search, canned, page = asyncio.run(fetch())
    assert events.status_code == 200 and len(events.json()) == 1
    assert {r["doc_id"] for r in search.json()} == {"t-harbour-1", "t-lantern-2"}
    assert canned.status_code == 200 and canned.json()[0]["metric"] == "restaurant_count"
    assert "Canonical events" in page.text


def test_a_first_report_dated_only_to_the_month_is_not_certainly_the_first():
    from nkwatch.export.acled_csv import event_row
    from nkwatch.serve.feeds import _text as entry_text

    e = {"id": "ev-1", "date": "2019-01", "date_precision": "month", "type": "defection", "sources": 2, "mentions": 2,
         "first_reported": {"doc_id": "a", "outlet": "The Week", "published": "2019-01"},
         "mention_list": [{"doc_id": "a", "outlet": "The Week", "published": "2019-01"},
                          {"doc_id": "b", "outlet": "Vice", "published": "2019-01-03"}], "slots": {}}
    assert event_row(e, {})["first_reported_certain"] is False
    e["mention_list"][0]["published"] = e["first_reported"]["published"] = "2018-12-30"
    assert event_row(e, {})["first_reported_certain"] is True
    summary = {"type": "defection", "label": "Defection", "first_reported": {"outlet": "The Week", "published": "2019-01"},
               "first_reported_certain": False, "sources": 2}
    assert "not certainly the first" in entry_text(summary)
