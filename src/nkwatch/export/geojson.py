"""GeoJSON (RFC 7946) of the restaurants and the events: a Point [lon, lat] only where the place is a city;
everything known only to its country or a province, or with no place, is a feature with no geometry, so no map
draws it at a country's centroid (a province's coordinates are its country's: the gazetteer knows none of its own).
The place precision is in the properties."""

from __future__ import annotations

import json
from typing import TextIO

from nkwatch.export.formats import register
from nkwatch.export.kb_records import load_kb
from nkwatch.resolve.fold import contested_slots
from nkwatch.resolve.restaurants import settled


def _point(lat, lon) -> dict | None:
    try:
        lat, lon = float(lat), float(lon)
    except (TypeError, ValueError):
        return None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return {"type": "Point", "coordinates": [round(lon, 6), round(lat, 6)]}


def feature_collection(db) -> dict:
    kb = load_kb(db)
    features = []
    for r in kb.restaurants:
        geom = _point(r.get("lat"), r.get("lon")) if r.get("precision") == "city" else None
        steps = settled(r.get("lifecycle", []))
        features.append({"type": "Feature", "id": r["id"], "geometry": geom, "properties": {
            "kind": "restaurant", "name": r.get("name"), "aliases": r.get("aliases", []), "city": r.get("city"),
            "country": r.get("country"), "place_precision": r.get("precision"), "state": r.get("state"),
            "state_as_of": r.get("state_as_of"),
            "opened": next((s["date"] for s in steps if s.get("type") == "opening"), None),
            "closed": next((s["date"] for s in reversed(steps) if s.get("type") == "closure"), None),
            "sources": r.get("sources")}})
    for e in kb.events:
        # a point only for a city; an event known to its country or province, or with no place (most sanctions),
        # is listed with no geometry (RFC 7946 §3.2) so it is never drawn as if it happened at a country's centroid
        geom = _point(e.get("lat"), e.get("lon")) if e.get("place_precision") == "city" else None
        features.append({"type": "Feature", "id": e["id"], "geometry": geom, "properties": {
            "kind": "event", "event_type": e["type"], "label": e.get("label"), "date": e.get("date"),
            "date_precision": e.get("date_precision"), "status": e.get("status"), "count": e.get("count"),
            "place_precision": e.get("place_precision"), "city": e["place"].get("city"),
            "region": e["place"].get("region"), "country": e["place"].get("country"),
            "workplace": e["place"].get("name"), "sources": e["sources"], "contested": contested_slots(e),
            "reviewed": bool(e.get("reviewed")), "reviewed_by": ";".join(e.get("reviewed_by") or [])}})
    return {"type": "FeatureCollection", "features": features}


@register("geojson")
def write_geojson(db, fh: TextIO) -> int:
    fc = feature_collection(db)
    json.dump(fc, fh, ensure_ascii=False)
    fh.write("\n")
    return len(fc["features"])
