"""Markers for the SVG map: where each restaurant and event goes, and how its place precision is drawn.

A city-level place is a solid dot; a region-level one a dashed ring the size of a province; a country-level
one a wide dotted ring, so nobody reads a country centroid as a street address. Points sharing a place and
precision are drawn once, with all their labels.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from nkwatch.serve.basemap import fit_view, project

PRECISIONS = ("city", "region", "country")
# Ring radius per precision, in units of the view's width / 100 (so markers keep their size when zoomed).
_RING = {"city": 0.0, "region": 1.6, "country": 3.2}


@dataclass
class Marker:
    kind: str                 # restaurant | event
    precision: str
    x: float
    y: float
    labels: list[str] = field(default_factory=list)
    href: str | None = None
    types: list[str] = field(default_factory=list)

    @property
    def title(self) -> str:
        head = f"{len(self.labels)} {self.kind}s" if len(self.labels) > 1 else self.kind
        return f"{head} ({self.precision}-level place): " + "; ".join(self.labels[:12]) + (
            " …" if len(self.labels) > 12 else "")

    @property
    def type(self) -> str:
        return self.types[0] if len(set(self.types)) == 1 else "mixed"


def _coord(p: dict) -> tuple[float, float] | None:
    try:
        lat, lon = float(p["lat"]), float(p["lon"])
    except (KeyError, TypeError, ValueError):
        return None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180) or math.isnan(lat) or math.isnan(lon):
        return None
    return lon, lat


def build_map(points: dict, *, zoom: bool = True) -> dict:
    """``points`` = ``{"restaurants": [...], "events": [...]}``, each with lat, lon, place_precision, label, href.

    Returns the viewBox, marker sizes for it, and the markers, restaurants drawn above events.
    """
    groups: dict[tuple, Marker] = {}
    coords = []
    for kind, items in (("event", points.get("events", [])), ("restaurant", points.get("restaurants", []))):
        for p in items:
            c = _coord(p)
            if c is None:
                continue
            precision = p.get("place_precision")
            precision = precision if precision in PRECISIONS else "city"
            x, y = project(*c)
            key = (kind, precision, round(x, 1), round(y, 1))
            m = groups.get(key)
            if m is None:
                m = groups[key] = Marker(kind, precision, x, y, href=p.get("href"))
                coords.append(c)
            m.labels.append(str(p.get("label") or kind))
            m.types.append(str(p.get("type") or kind))
            if len(m.labels) > 1 and p.get("group_href"):
                m.href = p["group_href"]
    view = fit_view(coords) if zoom else (0.0, 0.0, 360.0, 170.0)
    unit = view[2] / 100.0
    markers = sorted(groups.values(), key=lambda m: (m.kind == "restaurant", m.precision != "country"))
    return {"view": " ".join(f"{v:g}" for v in view), "x": view[0], "y": view[1], "w": view[2], "h": view[3],
            "unit": unit, "dot": round(unit * 0.7, 3), "stroke": round(unit * 0.18, 3),
            "rings": {k: round(v * unit, 3) for k, v in _RING.items()},
            "markers": markers, "count": sum(len(m.labels) for m in markers)}
