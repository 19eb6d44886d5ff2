"""What the interactive map draws, as GeoJSON (RFC 7946), and drawn only as precisely as the sources allow.

- an event or restaurant placed to the **city** is a Point (``layer: "event"`` / ``"restaurant"``);
- placed to the **country** only, or to a **region** (province) only, it gets no Point at all: it is counted under
  its country in the collection's ``countries`` member (with the regions named and the events listed), and the
  page shades that country. A region has no point of its own here: the gazetteer knows no region's coordinates,
  and what a region-level record carries is its country's (Chiang Rai's were Bangkok's, 700 km south), so a ring
  drawn there would put the event where it did not happen;
- with **no place** (most sanctions) it is on no map, and only counted (``unplaced``);
- the way people went (workplace → transit countries, in the order the sources give → destination) is a
  LineString (``layer: "route"``), drawn only from a workplace known to the city; a country on the way stands at
  the middle of its largest landmass, which the route's popup says. A route from a workplace known only to its
  country or region is not drawn (it would start in the middle of a country); it is counted
  (``routes_not_drawn``) and the event's page gives it as text.

Filters are the events list's (type, years, country, status …), so the map and the list always agree.
"""

from __future__ import annotations

import json
import sqlite3
from urllib.parse import urlencode

from nkwatch.serve.basemap import country_point
from nkwatch.model.countries import country_name
from nkwatch.serve.index import has_index
from nkwatch.serve.kb import _select, list_restaurants

MAP_CAP = 20_000  # the newest events drawn at most (about 1 s to build, 6 MB of GeoJSON); the collection says when more matched
PINNED = ("city",)  # a region's coordinates are its country's (see above): never a point
LISTED = 10  # events a country's popup names one by one; past that it says how many more


def _coord(lat, lon) -> list[float] | None:
    try:
        lat, lon = float(lat), float(lon)
    except (TypeError, ValueError):
        return None
    if lat != lat or lon != lon or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return [round(lon, 5), round(lat, 5)]


def _list_href(filters: dict, **more) -> str:
    q = {k: v for k, v in {**filters, **more}.items() if v not in (None, "")}
    return "/events" + ("?" + urlencode(q) if q else "")


def _way(s: dict) -> list[tuple[str, str]]:
    """The countries people went through and to, in the order the sources give them: ``(code, role)``."""
    transit = s.get("transit") or []
    transit = [transit] if isinstance(transit, str) else [t for t in transit if isinstance(t, str)]
    dest = s.get("destination") if isinstance(s.get("destination"), str) else None
    return [*((t, "transit") for t in transit), *(((dest, "destination"),) if dest else ())]


def _route(s: dict, start: list[float] | None) -> dict | None:
    """The line from the workplace through each transit country to the destination, when there is a way."""
    way = _way(s)
    if start is None or not way:
        return None
    stops = [{"name": s.get("place_label") or "workplace", "at": "place"}]
    coords = [start]
    for code, role in way:
        p = country_point(code)
        if p is None:
            continue
        c = [p[1], p[0]]
        if c == coords[-1]:
            continue
        coords.append(c)
        stops.append({"name": country_name(code), "code": code.upper(), "at": role})
    if len(coords) < 2:
        return None
    return {"type": "Feature", "id": f"route-{s['id']}", "geometry": {"type": "LineString", "coordinates": coords},
            "properties": {"layer": "route", "event_id": s["id"], "type": s.get("type"), "label": s.get("label"),
                           "date": s.get("date"), "href": f"/events/{s['id']}", "stops": stops}}


def _event(s: dict, by_country: dict, filters: dict) -> list[dict] | None:
    """One event summary → its features (a point and its route when placed to a city); ``[]`` when known only to
    its country or region, which counts it into ``by_country`` instead; None when unplaced."""
    precision = s.get("place_precision")
    place = s.get("place") or {}
    country = (place.get("country") or "").upper() or None
    coord = _coord(s.get("lat"), s.get("lon"))
    if precision in PINNED and coord:
        point = {"type": "Feature", "id": s["id"], "geometry": {"type": "Point", "coordinates": coord},
                 "properties": {"layer": "event", "type": s.get("type"), "label": s.get("label"),
                                "date": s.get("date"), "status": s.get("status"),
                                "place": s.get("place_label"), "place_precision": precision,
                                "inferred": s.get("inferred") or [], "href": f"/events/{s['id']}"}}
        route = _route(s, coord)
        return [point, route] if route else [point]
    if precision in ("country", "region") and country:
        c = by_country.setdefault(country, {"n": 0, "name": country_name(country), "types": {}, "regions": {},
                                            "events": [], "routes_not_drawn": 0,
                                            "href": _list_href(filters, country=country)})
        c["n"] += 1
        c["types"][s.get("type")] = c["types"].get(s.get("type"), 0) + 1
        region = place.get("region") if precision == "region" else None
        if region:
            c["regions"][region] = c["regions"].get(region, 0) + 1
        if len(c["events"]) < LISTED:
            c["events"].append({"id": s["id"], "label": s.get("label"), "type": s.get("type"),
                                "date": s.get("date"), "region": region, "href": f"/events/{s['id']}"})
        if _way(s):  # a way the sources give, from a start no map can place
            c["routes_not_drawn"] += 1
        return []
    return None  # no place, or one the sources did not pin down: on no map, whatever coordinates it carries


def _event_features(conn: sqlite3.Connection, filters: dict) -> tuple[list, dict, int, int, bool]:
    features, by_country = [], {}
    unplaced = 0
    sql, params = _select(conn, "e.summary", filters)
    rows = conn.execute(sql + " LIMIT ?", (*params, MAP_CAP + 1)).fetchall()
    for (raw,) in rows[:MAP_CAP]:
        got = _event(json.loads(raw), by_country, filters)
        if got is None:
            unplaced += 1
        else:
            features.extend(got)
    return features, by_country, unplaced, min(len(rows), MAP_CAP), len(rows) > MAP_CAP


def _routes_not_drawn(countries: dict) -> int:
    return sum(c["routes_not_drawn"] for c in countries.values())


def _restaurant_features(restaurants: list[dict]) -> tuple[list, dict]:
    features, by_country = [], {}
    for r in restaurants:
        precision = r.get("precision")
        coord = _coord(r.get("lat"), r.get("lon"))
        label = ", ".join(x for x in (r.get("name") or "unnamed restaurant", r.get("city"),
                                      country_name(r["country"]) if r.get("country") else None) if x)
        if precision in PINNED and coord:
            features.append({"type": "Feature", "id": r["id"], "geometry": {"type": "Point", "coordinates": coord},
                             "properties": {"layer": "restaurant", "label": label, "state": r.get("state"),
                                            "state_as_of": r.get("state_as_of"),
                                            "opened": r.get("opened"), "closed": r.get("closed"),
                                            "place_precision": precision, "href": f"/restaurants/{r['id']}"}})
        elif r.get("country"):
            code = r["country"].upper()
            by_country.setdefault(code, {"n": 0, "name": country_name(code),
                                         "href": "/restaurants"})["n"] += 1
    return features, by_country


def map_layers(conn: sqlite3.Connection, filters: dict, *, layers: str = "all") -> dict:
    """The map's GeoJSON: events filtered like the events list, and the restaurant registry (only the filtered
    restaurant when ``filters`` names one). ``layers`` = ``all``, ``events`` or ``restaurants``."""
    empty = {"type": "FeatureCollection", "features": [], "countries": {}, "restaurant_countries": {},
             "unplaced": 0, "events": 0, "capped": False, "routes_not_drawn": 0}
    if not has_index(conn):
        return empty
    ev, countries, unplaced, total, capped = ([], {}, 0, 0, False) if layers == "restaurants" else \
        _event_features(conn, filters)
    rs, r_countries = [], {}
    if layers != "events":
        registry = list_restaurants(conn)
        if filters.get("restaurant"):
            registry = [r for r in registry if r["id"] == filters["restaurant"]]
        rs, r_countries = _restaurant_features(registry)
    return {"type": "FeatureCollection", "features": ev + rs, "countries": countries,
            "restaurant_countries": r_countries, "unplaced": unplaced, "events": total, "capped": capped,
            "routes_not_drawn": _routes_not_drawn(countries)}


def event_layers(dossier: dict) -> dict:
    """The same collection for one event's page: its point (or its country shaded), and its route."""
    s = dict(dossier)
    slots = dossier.get("slots") or {}
    s["transit"] = (slots.get("transit") or {}).get("value") or []
    s["destination"] = (slots.get("destination") or {}).get("value")
    countries: dict = {}
    features = _event(s, countries, {})
    return {"type": "FeatureCollection", "features": features or [], "countries": countries,
            "restaurant_countries": {}, "unplaced": int(features is None), "events": 1, "capped": False,
            "routes_not_drawn": _routes_not_drawn(countries)}


def year_range(conn: sqlite3.Connection) -> list[int]:
    """Every year from the first dated event to the last, for the year filters."""
    if not has_index(conn):
        return []
    lo, hi = conn.execute("SELECT MIN(substr(date, 1, 4)), MAX(substr(date, 1, 4)) FROM serve_events"
                          " WHERE date IS NOT NULL").fetchone()
    return list(range(int(lo), int(hi) + 1)) if lo and hi else []
