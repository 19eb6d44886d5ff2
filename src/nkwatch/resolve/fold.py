"""Canonical records folded from mentions: per slot the value most independent sources support, every
alternative with its sources, precision codes, first report and status history.

A mention here is a dict: ``{"mention_id", "fact" (contract event), "article" (doc_id, outlet, published,
text_group, url, title)}``. Reprints of one wire story share a ``text_group`` and count as one source.
"""

from __future__ import annotations

import json
from typing import Iterable

from nkwatch.resolve.dates import compare_dates, parse_date

EVENT_SLOTS = ("count", "count_max", "approx", "male", "female", "workplace.kind", "workplace.name",
               "workplace.city", "workplace.region", "workplace.country", "transit", "destination", "date",
               "issuer", "instrument")
PLACE_PRECISION = (("workplace.city", "city"), ("workplace.region", "province"), ("workplace.country", "country"))


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


def fold_slot(mentions: list[dict], slot: str) -> dict | None:
    """{"value", "sources", "support", "alternatives": [{"value", "sources", "support"}]} or None when nobody says."""
    seen: dict[str, dict] = {}
    for m in sorted(mentions, key=_report_order):
        v = get_slot(m["fact"], slot)
        if v is None or v == [] or v == "":
            continue
        key = json.dumps(v, sort_keys=True, ensure_ascii=False)
        entry = seen.setdefault(key, {"value": v, "sources": [], "groups": set()})
        entry["sources"].append(_source(m))
        entry["groups"].add(_group(m))
    if not seen:
        return None
    entries = list(seen.values())
    for e in entries:
        if slot == "date":
            # "2016-04" supports "2016-04-07": support counts every source whose date agrees at the coarser precision
            d = parse_date(e["value"])
            groups = set()
            for other in entries:
                od = parse_date(other["value"])
                if d and od and compare_dates(d, od).level in ("day", "month", "year") and \
                        (len(other["value"]) <= len(e["value"]) or other is e):
                    groups |= other["groups"]
            e["support"] = len(groups)
        else:
            e["support"] = len(e["groups"])
    precise = (lambda e: len(str(e["value"]))) if slot == "date" else (lambda e: 0)
    entries.sort(key=lambda e: (-e["support"], -precise(e)))
    best, rest = entries[0], entries[1:]
    clean = lambda e: {"value": e["value"], "support": e["support"], "sources": e["sources"]}  # noqa: E731
    return {**clean(best), "alternatives": [clean(e) for e in rest]}


def fold_event(event_id: str, mentions: list[dict]) -> dict:
    """The canonical event (a plain dict) of its mentions."""
    mentions = sorted(mentions, key=_report_order)
    first = mentions[0]
    slots = {s: f for s in EVENT_SLOTS if (f := fold_slot(mentions, s)) is not None}
    date = slots.get("date", {}).get("value")
    place_precision = next((code for slot, code in PLACE_PRECISION if slot in slots), None)
    coords = next(((m["fact"].get("lat"), m["fact"].get("lon")) for m in mentions
                   if m["fact"].get("lat") is not None and m["fact"].get("lon") is not None), (None, None))
    history = []
    for m in mentions:
        s = m["fact"].get("status")
        if s and (not history or history[-1]["status"] != s):
            history.append({"status": s, **_source(m)})
    groups = {_group(m) for m in mentions}
    return {
        "id": event_id,
        "type": first["fact"].get("type"),
        "date": date,
        "date_precision": {4: "year", 7: "month", 10: "day"}.get(len(date)) if isinstance(date, str) else None,
        "place": {k.split(".")[1]: slots[k]["value"] for k in ("workplace.name", "workplace.city",
                                                                 "workplace.region", "workplace.country") if k in slots},
        "place_precision": place_precision,
        "lat": coords[0], "lon": coords[1],
        "count": slots.get("count", {}).get("value"),
        "count_max": slots.get("count_max", {}).get("value"),
        "issuer": slots.get("issuer", {}).get("value"),
        "instrument": slots.get("instrument", {}).get("value"),
        "status": history[-1]["status"] if history else None,
        "status_history": history,
        "sources": len(groups),
        "mentions": len(mentions),
        "first_reported": _source(first),
        "slots": slots,
        "mention_list": [{**_source(m), "evidence": m["fact"].get("evidence") or [], "fact": m["fact"]}
                         for m in mentions],
    }


def contested_slots(event: dict) -> list[str]:
    return [s for s, f in event["slots"].items() if f["alternatives"]]


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
