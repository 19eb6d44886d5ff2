"""People's reviews of a canonical event, applied to the folded event: confirm it, reject it, or correct a slot.

A review never rewrites a statement. A corrected slot shows the reviewed value and keeps the fold of the extracted
ones under ``extracted``; the event says who reviewed it and when. store/knowledge.py calls ``apply_reviews``
with the active (not retracted) reviews, so undoing a review gives back exactly the event the fold gave before.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json

from nkwatch.model import InputError, ReviewRefused
from nkwatch.model.filters import STATUSES, parse_country, parse_date
from nkwatch.resolve.fold import EVENT_SLOTS, PLACE_PRECISION, get_slot

ACTIONS = ("confirm", "reject", "correct")
REJECT_KINDS = ("not-an-event", "not-relevant", "duplicate")
# what a reviewer may type for a slot → the slot's name in the fold
SLOT_ALIASES = {"city": "workplace.city", "country": "workplace.country", "region": "workplace.region",
                "name": "workplace.name", "workplace": "workplace.kind", "kind": "workplace.kind",
                "route": "transit", "sexes": None}
REVIEWABLE = (*EVENT_SLOTS, "status")
_COUNTS = ("count", "count_max", "male", "female")
_COUNTRIES = ("workplace.country", "destination")
MAX_COUNT = 100_000     # more people than any reported event by far: a typo, not a figure


def slot_name(slot: str) -> str:
    s = (slot or "").strip().lower()
    if s == "sexes":
        raise ReviewRefused("correct 'female' and 'male' one at a time", source="slot")
    s = SLOT_ALIASES.get(s, s)
    if s not in REVIEWABLE:
        raise ReviewRefused(f"{slot!r} is not a slot a review can correct; one of "
                            f"{', '.join(sorted(REVIEWABLE))} (or city, country, region, name)", source="slot")
    return s


def _int(slot: str, v) -> int:
    if isinstance(v, bool):
        raise ReviewRefused(f"{slot} must be a whole number, not {v!r}", source="value")
    try:
        n = int(v) if not isinstance(v, float) or v.is_integer() else None
    except (TypeError, ValueError):
        n = None
    if n is None:
        raise ReviewRefused(f"{slot} must be a whole number, not {v!r}", source="value")
    if n < 0:
        raise ReviewRefused(f"{slot} cannot be negative ({n})", source="value")
    if n > MAX_COUNT:
        raise ReviewRefused(f"{slot} of {n} is more than any event could hold (at most {MAX_COUNT})", source="value")
    return n


def country_value(slot: str, v) -> str:
    try:
        return parse_country(str(v), field=slot)
    except InputError as e:
        raise ReviewRefused(e.message, source="value") from None


def past_date(v, today: dt.date | None = None) -> str:
    try:
        d = parse_date(str(v))
    except InputError as e:
        raise ReviewRefused(e.message, source="value") from None
    now = (today or dt.datetime.now(dt.timezone.utc).date()).isoformat()
    if d > now[:len(d)]:
        raise ReviewRefused(f"the date {d} is in the future", source="value")
    return d


def check_value(slot: str, value, *, today: dt.date | None = None):
    """The value a correction of ``slot`` stores (normalised), or ReviewRefused saying why it cannot hold it.
    ``value`` is JSON (from the API) or the text a person typed (from the CLI)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ReviewRefused(f"give a value for {slot}", source="value")
    if slot in _COUNTS:
        return _int(slot, value.strip() if isinstance(value, str) else value)
    if slot == "approx":
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in ("yes", "true", "1"):
            return True
        if text in ("no", "false", "0"):
            return False
        raise ReviewRefused(f"approx is yes or no, not {value!r}", source="value")
    if slot in _COUNTRIES:
        return country_value(slot, value)
    if slot == "issuer" and isinstance(value, str) and len(value.strip()) in (2, 3):
        try:        # a state by its code; anything else (UN, EU, a council) stays as the text given
            return parse_country(value)
        except InputError:
            pass
    if slot == "transit":
        items = value if isinstance(value, list) else [x for x in str(value).split(",") if x.strip()]
        if not items:
            raise ReviewRefused("give the transit countries, separated by commas", source="value")
        return [country_value(slot, x) for x in items]
    if slot == "date":
        return past_date(value, today)
    if slot == "status":
        if value not in STATUSES:
            raise ReviewRefused(f"{value!r} is not a status; one of {', '.join(STATUSES)}", source="value")
        return value
    if not isinstance(value, str):
        raise ReviewRefused(f"{slot} is a text, not {value!r}", source="value")
    text = " ".join(value.split())
    if len(text) > 200:
        raise ReviewRefused(f"{slot} is longer than 200 characters", source="value")
    return text


def check_reject(kind: str, duplicate_of: str | None, event_ids) -> dict:
    if kind not in REJECT_KINDS:
        raise ReviewRefused(f"{kind!r} is not a reason to reject; one of {', '.join(REJECT_KINDS)}", source="value")
    if kind != "duplicate":
        if duplicate_of:
            raise ReviewRefused("only a duplicate names another event", source="value")
        return {"kind": kind}
    if not duplicate_of or duplicate_of not in event_ids:
        raise ReviewRefused(f"a duplicate names the event it repeats; no event {duplicate_of!r}", source="value")
    return {"kind": kind, "of": duplicate_of}


def event_version(event: dict) -> str:
    """A short hash of what a reviewer sees of the event: its values, mentions and review state. A correction sent
    with an older version is a conflict (someone changed the event in between)."""
    return version_of({"type": event.get("type"), "status": event.get("status"),
                       "slots": {s: f["value"] for s, f in sorted((event.get("slots") or {}).items())},
                       "mentions": [m.get("mention_id") for m in event.get("mention_list") or []],
                       "review": event.get("review")})


def version_of(seen: dict) -> str:
    """A short hash of what a reviewer saw (of an event or a claim): a review sent with another is a conflict."""
    return hashlib.sha256(json.dumps(seen, sort_keys=True, ensure_ascii=False, default=str).encode()).hexdigest()[:16]


def reviewed_by(r: dict) -> dict:
    return {"review_id": r["review_id"], "by": r["made_by"], "on": (r["created"] or "")[:10], "reason": r.get("reason")}


def _coords(event: dict, place: dict, precision: str | None) -> tuple:
    for m in event.get("mention_list") or []:
        f = m.get("fact") or {}
        if precision == "city" and f.get("lat") is not None and f.get("lon") is not None \
                and get_slot(f, "workplace." + precision) == place.get(precision):
            return f["lat"], f["lon"]
    return None, None


def apply_reviews(event: dict, reviews: list[dict]) -> list[dict]:
    """Apply ``reviews`` (active, oldest first; ``value`` decoded) to ``event`` in place. Returns notes on
    corrections whose extracted value has changed since they were made (they still apply)."""
    notes: list[dict] = []
    state = None
    corrected: dict[str, dict] = {}
    for r in reviews:
        if r["action"] in ("confirm", "reject"):
            state = r
        elif r["action"] == "correct":
            corrected[r["slot"]] = r
    slots = event["slots"]
    for slot, r in corrected.items():
        extracted = slots.get(slot)
        if slot == "status" and extracted is None and event.get("status"):
            extracted = {"value": event["status"], "sources": [h for h in event.get("status_history") or []],
                         "alternatives": []}
        was = (extracted or {}).get("value")
        based = r.get("based_on") or {}
        if "extracted" in based and based["extracted"] != was:
            notes.append({"review_id": r["review_id"], "event_id": event["id"],
                          "problem": f"the extracted {slot} was {based['extracted']!r} when reviewed and is "
                                     f"{was!r} now; the reviewed value {r['value']!r} still applies"})
        src = [{"doc_id": r["source"], "outlet": None, "published": None, "mention_id": None}] if r.get("source") else []
        slots[slot] = {"value": r["value"], "sources": src, "support": len(src), "refined": False, "alternatives": [],
                       "extracted": extracted, "reviewed": {**reviewed_by(r), "source": r.get("source")}}
    if corrected:
        for k in ("count", "count_max", "issuer", "instrument", "status"):
            if k in corrected:
                event[k] = corrected[k]["value"]
        if "date" in corrected:
            d = corrected["date"]["value"]
            event["date"] = d
            event["date_precision"] = {4: "year", 7: "month", 10: "day"}.get(len(d))
        if any(k.startswith("workplace.") for k in corrected) and event.get("type") != "sanction":
            place = dict(event.get("place") or {})
            for k, r in corrected.items():
                if k.startswith("workplace.") and k != "workplace.kind":
                    place[k.split(".")[1]] = r["value"]
            precision = next((code for s, code in PLACE_PRECISION if place.get(s.split(".")[1])), None)
            event["place"], event["place_precision"] = place, precision
            event["lat"], event["lon"] = _coords(event, place, precision)
    event["review"] = None if state is None else {
        "state": "confirmed" if state["action"] == "confirm" else "rejected", **reviewed_by(state),
        **({"rejected_as": state["value"]} if state["action"] == "reject" else {})}
    event["rejected"] = bool(state and state["action"] == "reject")
    event["reviewed"] = bool(reviews)
    event["reviewed_by"] = sorted({r["made_by"] for r in reviews})
    return notes


def doubts(event: dict, judgements: list[dict]) -> list[tuple[int, str]]:
    """Why a person should look at this event, each with a weight: one source only, slots the sources disagree
    on, links the matcher was unsure of, little said. An event a person confirmed or rejected has none."""
    from nkwatch.resolve.fold import contested_slots
    from nkwatch.resolve.labels import slot_label

    if event.get("review"):
        return []
    out = []
    if event.get("sources", 0) <= 1:
        out.append((3, "one source only"))
    contested = [s for s in contested_slots(event) if not (event["slots"].get(s) or {}).get("reviewed")]
    if contested:
        out.append((2 * len(contested), "sources disagree on " + ", ".join(map(slot_label, contested))))
    unsure = [j for j in judgements if j.get("verdict") == "unsure" and not j.get("retracted")]
    if unsure:
        out.append((2, f"{len(unsure)} link{'s' if len(unsure) > 1 else ''} the matcher was unsure of"))
    if event.get("type") != "sanction" and event.get("count") is None and not event.get("place_precision"):
        out.append((1, "no head count and no place"))
    return out
