"""GeoJSON (RFC 7946) of the restaurants and the events that have coordinates: Point features, [lon, lat],
with the place precision in the properties so a map can draw a country centroid differently from a street."""

from __future__ import annotations

import json
from typing import TextIO

from nkwatch.export.formats import register
from nkwatch.export.kb_records import load_kb, slot


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
        geom = _point(r.get("lat"), r.get("lon"))
        if geom is None:
            continue
        steps = r.get("lifecycle", [])
        features.append({"type": "Feature", "id": r["id"], "geometry": geom, "properties": {
            "kind": "restaurant", "name": r.get("name"), "aliases": r.get("aliases", []), "city": r.get("city"),
            "country": r.get("country"), "place_precision": r.get("precision"), "state": r.get("state"),
            "opened": next((s["date"] for s in steps if s.get("type") == "opening"), None),
            "closed": next((s["date"] for s in reversed(steps) if s.get("type") == "closure"), None),
            "sources": r.get("sources")}})
    for e in kb.events:
        geom = _point(e.get("lat"), e.get("lon"))
        if geom is None:
            continue
        features.append({"type": "Feature", "id": e["id"], "geometry": geom, "properties": {
            "kind": "event", "event_type": e["type"], "date": e.get("date"), "date_precision": e.get("date_precision"),
            "status": e.get("status"), "count": e.get("count"), "place_precision": e.get("place_precision"),
            "city": slot(e, "workplace.city"), "country": slot(e, "workplace.country"),
            "workplace": slot(e, "workplace.name"), "sources": e["sources"]}})
    return {"type": "FeatureCollection", "features": features}


@register("geojson")
def write_geojson(db, fh: TextIO) -> int:
    fc = feature_collection(db)
    json.dump(fc, fh, ensure_ascii=False)
    fh.write("\n")
    return len(fc["features"])
