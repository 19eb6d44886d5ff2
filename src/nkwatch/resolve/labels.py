"""Short human labels for events and places, for lists, map tooltips and page titles."""

from __future__ import annotations

from nkwatch.model.countries import country_name

_NOUN = {"defection": "Defection", "return": "Return", "closure": "Closure", "opening": "Opening",
         "sanction": "Sanction"}


def place_label(place: dict) -> str:
    """``{"city": "Ningbo", "region": "Zhejiang", "country": "CN"}`` → ``"Ningbo, Zhejiang, China"``."""
    parts = [place.get("city"), place.get("region"),
             country_name(place["country"]) if place.get("country") else None]
    return ", ".join(str(p) for p in parts if p)


def _people(e: dict) -> str | None:
    n, hi = e.get("count"), e.get("count_max")
    if n is None:
        return None
    if hi and hi != n:
        return f"{n}–{hi} people"
    return "1 person" if n == 1 else f"{n} people"


def event_label(e: dict, restaurant: str | None = None) -> str:
    """``"Defection of 13 people from a restaurant in Ningbo"``; a sanction by its instrument and issuer."""
    t = e.get("type")
    slots = e.get("slots") or {}
    if t == "sanction":
        instrument = (slots.get("instrument") or {}).get("value")
        issuer = (slots.get("issuer") or {}).get("value")
        who = country_name(issuer) if isinstance(issuer, str) and len(issuer) == 2 else issuer
        return "Sanction" + (f" {instrument}" if instrument else "") + (f" by {who}" if who else "")
    place = e.get("place") or {}
    name = restaurant or place.get("name")
    where = place.get("city") or place.get("region") or (country_name(place["country"]) if place.get("country")
                                                         else None)
    site = f"{name}" if name else "a restaurant" if (slots.get("workplace.kind") or {}).get("value") in (
        None, "restaurant") else (slots.get("workplace.kind") or {}).get("value").replace("_", " ")
    label = _NOUN.get(t, str(t or "Event").capitalize())
    who = _people(e)
    if t in ("defection", "return"):
        label += f" of {who}" if who else ""
        label += f" from {site}" if (name or where) else ""
    else:
        label += f" of {site}" if (name or where) else ""
    if where and where != name:
        label += f" in {where}"
    return label
