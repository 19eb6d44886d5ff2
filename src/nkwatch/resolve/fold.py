"""Canonical records folded from mentions: per slot the value most independent sources support, every
alternative with its sources, precision codes, first report and status history.

A mention here is a dict: ``{"mention_id", "fact" (contract event), "article" (doc_id, outlet, published,
text_group, url, title)}``. Reprints of one wire story share a ``text_group`` and count as one source.
"""

from __future__ import annotations

import json
from typing import Iterable


EVENT_SLOTS = ("count", "count_max", "approx", "male", "female", "workplace.kind", "workplace.name",
               "workplace.city", "workplace.region", "workplace.country", "transit", "destination", "date",
               "issuer", "instrument")
PLACE_PRECISION = (("workplace.city", "city"), ("workplace.region", "region"), ("workplace.country", "country"))
NO_PLACE = {"sanction"}     # a measure is issued, not located: its issuer says who, not where


def get_slot(fact: dict, slot: str):
    if "." in slot:
        head, tail = slot.split(".", 1)
        inner = fact.get(head)
        return inner.get(tail) if isinstance(inner, dict) else None
    return fact.get(slot)


def _source(m: dict) -> dict:
    a = m["article"]
    return {"doc_id": a.get("doc_id"), "outlet": a.get("outlet"), "published": a.get("published"),
            "mention_id": m.get("mention_id")}


def _group(m: dict) -> str:
    a = m["article"]
    return a.get("text_group") or a.get("doc_id")


def _report_order(m: dict):
    a = m["article"]
    return (a.get("published") or "9999", a.get("first_seen") or "", a.get("doc_id") or "")


COUNT_MARGIN = 0.1     # "about 20" holds an exact 22: a hedged count reaches this share either side


def _refines(slot: str, finer: dict, coarser: dict) -> bool:
    """Whether ``finer`` says what ``coarser`` says, more precisely (or the same): a day inside a month, a route
    that extends another, an exact count inside a hedged one, a stated figure beside a hedged one."""
    f, c = finer["value"], coarser["value"]
    if f == c:
        return True
    if slot == "date":
        return isinstance(f, str) and isinstance(c, str) and len(f) > len(c) and f.startswith(c)
    if slot == "transit":
        return isinstance(f, list) and isinstance(c, list) and set(c) < set(f)
    if slot == "approx":
        return f is False and c is True
    if slot in ("count", "count_max") and isinstance(f, int) and isinstance(c, int) and coarser["hedged"]:
        return abs(f - c) <= max(1, COUNT_MARGIN * c)
    return False


def fold_slot(mentions: list[dict], slot: str, sources: dict[int, dict] | None = None) -> dict | None:
    """{"value", "sources", "support", "refined", "alternatives": [{"value", "sources", "support", "agrees"}]} or
    None when nobody says; "inferred": True when every source of the value read it from around the event (a year from
    the publication date, a city from the paragraph) rather than stating it.

    Support counts the independent sources whose value the chosen one refines ("2016-04" supports "2016-04-07"), so
    the most precise supported value wins and ``refined`` says a source was more precise than others. An
    alternative ``agrees`` when one refines the other; only the rest are a contest. ``sources``: each mention's
    ``_source`` by ``id(mention)``, made once per event and shared by its slots (read-only).
    """
    seen: dict[str, dict] = {}
    for m in sorted(mentions, key=_report_order):
        v = get_slot(m["fact"], slot)
        if v is None or v == [] or v == "":
            continue
        key = json.dumps(v, sort_keys=True, ensure_ascii=False)
        entry = seen.setdefault(key, {"value": v, "sources": [], "groups": set(), "hedged": False, "inferred": True})
        entry["sources"].append(sources[id(m)] if sources else _source(m))
        entry["groups"].add(_group(m))
        entry["hedged"] = entry["hedged"] or bool(m["fact"].get("approx"))
        entry["inferred"] = entry["inferred"] and slot in (m["fact"].get("inferred") or ())
    if not seen:
        return None
    entries = list(seen.values())
    for e in entries:
        e["support"] = len(set().union(*(o["groups"] for o in entries if _refines(slot, e, o))))
    precise = (lambda e: len(json.dumps(e["value"]))) if slot in ("date", "transit") else (lambda e: 0)
    entries.sort(key=lambda e: (-e["support"], -precise(e), e["hedged"]))
    best, rest = entries[0], entries[1:]
    clean = lambda e: {"value": e["value"], "support": e["support"], "sources": e["sources"]}  # noqa: E731
    return {**clean(best), "refined": any(_refines(slot, best, e) for e in rest),
            **({"inferred": True} if best["inferred"] else {}),    # no source states it: each read it from around
            "alternatives": [{**clean(e), "agrees": _refines(slot, best, e) or _refines(slot, e, best)}
                             for e in rest]}


def _place(slots: dict, mentions: list[dict], city_regions: set | None) -> tuple[dict, str | None]:
    """The event's place and its precision (city, region, country or None). A region is joined to a city only
    when a source states the two together (here or anywhere in ``city_regions``); otherwise the region slot is a
    contest between places, not a part of the address."""
    place = {k.split(".")[1]: slots[k]["value"] for k in ("workplace.name", "workplace.city", "workplace.region",
                                                          "workplace.country") if k in slots}
    city, region = place.get("city"), place.get("region")
    if city and region:
        said_together = {(get_slot(m["fact"], "workplace.city"), get_slot(m["fact"], "workplace.region"))
                         for m in mentions} | (city_regions or set())
        if (city, region) not in said_together:
            del place["region"]
            slots["workplace.region"]["unconfirmed"] = True     # read in the dossier as a contest with the city
    precision = next((code for slot, code in PLACE_PRECISION if slot.split(".")[1] in place), None)
    return place, precision


# What a status says, strongest first. A dispute stands while any source holds it; an authority's confirmation stands
# whatever later sources leave out; "reported" (it happened, unconfirmed) says more than "pending" (under way).
STATUS_RANK = ("disputed", "confirmed", "reported", "pending")


def status_history(mentions: list[dict]) -> tuple[list[dict], dict[str, set]]:
    """One entry per status the sources give, at the first report that gives it (in report order), with how many
    independent sources give it; and each status's independent sources (text groups). A wire story told again by
    outlets that alternate between two statuses is two entries, not one per flip."""
    history: dict[str, dict] = {}
    said_by: dict[str, set] = {}
    for m in mentions:
        s = m["fact"].get("status")
        if not s:
            continue
        said_by.setdefault(s, set()).add(_group(m))
        history.setdefault(s, {"status": s, **_source(m)})
    for s, h in history.items():
        h["independent_sources"] = len(said_by[s])
    return list(history.values()), said_by


def event_status(said_by: dict[str, set]) -> str | None:
    """disputed when any independent source disputes the event; else confirmed when any states an authority's
    confirmation; else reported; else pending. Never lowered by a later source that says less."""
    return next((s for s in STATUS_RANK if said_by.get(s)), next(iter(said_by), None))


def fold_event(event_id: str, mentions: list[dict], city_regions: set | None = None) -> dict:
    """The canonical event (a plain dict) of its mentions. ``city_regions``: (city, region) pairs the knowledge
    base's sources state together, which let a city from one source and a region from another be one place."""
    mentions = sorted(mentions, key=_report_order)
    first = mentions[0]
    # one source record per mention, shared by every slot it speaks to: a dozen slots held a dozen copies
    sources = {id(m): _source(m) for m in mentions}
    slots = {s: f for s in EVENT_SLOTS if (f := fold_slot(mentions, s, sources)) is not None}
    date = slots.get("date", {}).get("value")
    place, place_precision = ({}, None) if first["fact"].get("type") in NO_PLACE else \
        _place(slots, mentions, city_regions)
    # a point only where the place is a city, read from a source that names that very city: what a region-level
    # mention carries is its country's middle (Chiang Rai's was near Bangkok), no place of the region's own
    coords = next(((m["fact"].get("lat"), m["fact"].get("lon")) for m in mentions
                   if place_precision == "city" and m["fact"].get("lat") is not None
                   and m["fact"].get("lon") is not None
                   and get_slot(m["fact"], "workplace." + place_precision) == place.get(place_precision)),
                  (None, None))
    history, said_by = status_history(mentions)
    groups = {_group(m) for m in mentions}
    return {
        "id": event_id,
        "type": first["fact"].get("type"),
        "date": date,
        "date_precision": {4: "year", 7: "month", 10: "day"}.get(len(date)) if isinstance(date, str) else None,
        "place": place,
        "place_precision": place_precision,
        "lat": coords[0], "lon": coords[1],
        "count": slots.get("count", {}).get("value"),
        "count_max": slots.get("count_max", {}).get("value"),
        "issuer": slots.get("issuer", {}).get("value"),
        "instrument": slots.get("instrument", {}).get("value"),
        "status": event_status(said_by),
        "status_history": history,
        "status_support": {st: len(g) for st, g in said_by.items()},
        "sources": len(groups),
        "mentions": len(mentions),
        "first_reported": sources[id(first)],
        "slots": slots,
        "mention_list": [{**_source(m), "evidence": m["fact"].get("evidence") or [], "fact": m["fact"]}
                         for m in mentions],
    }


def contested_slots(event: dict) -> list[str]:
    """Slots whose sources say incompatible things (not one value at two precisions)."""
    return [s for s, f in event["slots"].items()
            if f.get("unconfirmed") or any(not a.get("agrees") for a in f["alternatives"])]


def matches_filters(event: dict, *, type: str | None = None, country: str | None = None,
                    date_from: str | None = None, date_to: str | None = None, status: str | None = None) -> bool:
    if type and event["type"] != type:
        return False
    if country and (event["place"].get("country") or "").upper() != country.upper():
        return False
    if status and event["status"] != status:
        return False
    d = event["date"]
    if date_from and (not d or d[:len(date_from)] < date_from[:len(d)]):
        return False
    if date_to and (not d or d[:len(date_to)] > date_to[:len(d)]):
        return False
    return True


def iter_values(events: Iterable[dict], slot: str):
    for e in events:
        f = e["slots"].get(slot)
        if f:
            yield f["value"]


def first_report_doubt(dossier: dict) -> dict | None:
    """Why the first report cannot be called the first, when it cannot: the fold orders reports by their
    publication dates as text, so "2019-01" comes before "2019-01-03" though it may be the 31st, and an undated
    report comes last though it may be the earliest. ``as_early``: the other articles whose date may be the same
    or earlier; ``undated``: the articles with no date. None when the first report is the first."""
    first = dossier.get("first_reported") or {}
    seen, as_early, undated = {first.get("doc_id")}, [], []
    for m in dossier.get("mention_list") or []:
        if m.get("doc_id") in seen:
            continue
        seen.add(m.get("doc_id"))
        src = {k: m.get(k) for k in ("doc_id", "outlet", "published")}
        mine, theirs = first.get("published") or "", m.get("published") or ""
        if not theirs:
            undated.append(src)
        elif mine and (theirs.startswith(mine) or mine.startswith(theirs)):
            as_early.append(src)
    if not as_early and not undated:
        return None
    precision = {4: "year", 7: "month"}.get(len(first.get("published") or ""))
    return {"as_early": as_early, "undated": undated, "first_dated_to": precision}
