"""Short human labels for events and places, for lists, map tooltips and page titles."""

from __future__ import annotations

import re

from nkwatch.model.countries import country_name

# the names readers see for the fold's slots, everywhere a slot is named to them (dossier, review queue, history)
SLOT_LABELS = {"workplace.kind": "workplace", "workplace.name": "name", "workplace.city": "city",
               "workplace.region": "region", "workplace.country": "country", "count_max": "count (high end)",
               "approx": "approximate"}


def slot_label(slot: str) -> str:
    """``"workplace.city"`` → ``"city"``; a slot with no other name keeps its own, underscores as spaces."""
    return SLOT_LABELS.get(slot, slot.replace("_", " "))


_NOUN = {"defection": "Defection", "return": "Return", "closure": "Closure", "opening": "Opening",
         "sanction": "Sanction"}


def place_label(place: dict) -> str:
    """``{"city": "Ningbo", "region": "Zhejiang", "country": "CN"}`` → ``"Ningbo, Zhejiang, China"``."""
    parts = [place.get("city"), place.get("region"),
             country_name(place["country"]) if place.get("country") else None]
    return ", ".join(str(p) for p in parts if p)


_UNSCR = re.compile(r"(?i)^\s*(?:UNSCR|UN\s*SC\s*R(?:es(?:olution)?)?|Resolution)\s*(\d{3,4})\s*$")
_NAMED_KIND = re.compile(r"(?i)\b(?:restaurant|hotel|bar|cafe|café|diner|house|gwan|kwan)\b")
_SITE = {"restaurant": "restaurant", "embassy": "embassy", "trading_company": "trading company"}


def _people(e: dict, noun: str, plural: str) -> str | None:
    """"about 23,000 workers", "2–3 workers", "1 worker": the count as the sources give it, hedge kept."""
    n, hi = e.get("count"), e.get("count_max")
    if n is None:
        return None
    slots = e.get("slots") or {}
    approx = bool((slots.get("approx") or {}).get("value"))
    hedge = "about " if approx else ""
    if hi and hi != n:
        return f"{hedge}{n:,}–{hi:,} {plural}"
    # sources that disagree on how many: every count they give, not the fold's pick ("7 or 8 workers")
    told = sorted({n, *(a["value"] for a in (slots.get("count") or {}).get("alternatives") or ()
                        if not a.get("agrees") and isinstance(a.get("value"), int)
                        and not isinstance(a.get("value"), bool))})
    if len(told) > 1:
        return f"{hedge}{', '.join(f'{v:,}' for v in told[:-1])} or {told[-1]:,} {plural}"
    return f"{hedge}{n:,} {noun if n == 1 else plural}"


def _site(name: str | None, kind: str | None) -> str | None:
    """"the Ryugyong restaurant", "Botonggang Restaurant and Bar", "an unnamed restaurant", "the embassy"; None
    where the sources name no kind of workplace, or one outside the known kinds (a site is never guessed)."""
    noun = _SITE.get(kind) if kind else None
    if name:
        if noun is None or _NAMED_KIND.search(name):
            return name
        return f"the {name} {noun}"
    if noun is None:
        return None
    # a state has one embassy in a country: "the embassy", never "an unnamed embassy"
    return "the embassy" if kind == "embassy" else f"an unnamed {noun}"


def sanction_label(instrument, issuer) -> str:
    """"UN Security Council resolution 2397"; "Sanctions by South Korea"; "Sanctions (issuer not reported)"."""
    m = _UNSCR.match(instrument) if isinstance(instrument, str) else None
    if m:
        return f"UN Security Council resolution {m.group(1)}"
    who = f"the {issuer}" if issuer in ("UN", "EU") else \
        country_name(issuer) if isinstance(issuer, str) and len(issuer) == 2 else issuer
    label = f"Sanctions by {who}" if who else "Sanctions (issuer not reported)"
    return label + (f": {instrument}" if instrument else "")


def event_label(e: dict, restaurant: str | None = None) -> str:
    """A sentence-like label: "Return of 22 workers from the Pyongyang restaurant in Vladivostok", "Closure of an
    unnamed restaurant in Shenyang", "UN Security Council resolution 2397". What the sources do not say is
    said to be unreported, never left as a bare noun."""
    t = e.get("type")
    slots = e.get("slots") or {}
    if t == "sanction":
        return sanction_label((slots.get("instrument") or {}).get("value"), (slots.get("issuer") or {}).get("value"))
    place = e.get("place") or {}
    name = restaurant or place.get("name")
    # a workplace the registry knows as a restaurant is one, whatever a source called it
    kind = "restaurant" if restaurant else (slots.get("workplace.kind") or {}).get("value")
    where = place.get("city") or place.get("region") or (country_name(place["country"]) if place.get("country")
                                                         else None)
    site = _site(name, kind)
    label = _NOUN.get(t, str(t or "Event").capitalize())
    if t in ("defection", "return"):
        # people at a restaurant, firm or site are its workers; an embassy's are diplomats and their families: North
        # Koreans, as when nothing says they worked anywhere
        worked = bool(name) or (bool(kind) and kind != "embassy")
        who = _people(e, "worker", "workers") if worked else _people(e, "North Korean", "North Koreans")
        if who or worked or where or kind:
            label += f" of {who or ('workers' if worked else 'North Koreans')}"
        if site:
            label += f" from {site}"
        if where and where != name:
            label += f" {'in' if site or t == 'defection' else 'from'} {where}"
    else:
        label += f" of {site or 'a workplace'}"
        if where and where != name:
            label += f" in {where}"
    if not (name or where):
        label += " (place not reported)"
    return label
