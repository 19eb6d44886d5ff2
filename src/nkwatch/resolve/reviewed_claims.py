"""People's reviews of one extracted claim: correct its metric, scope, period, value or as-of date, or reject it.

The same mechanism as the reviews of events (resolve/reviewed.py): a review never rewrites a statement.
store/knowledge.py calls ``apply_claim_reviews`` on each claim mention before the claims are grouped by frame, so a
corrected claim joins the group of its new frame (and the group's agreement is computed again), a rejected claim
leaves the groups, and undoing a review gives back exactly the claim the fold gave before.
"""

from __future__ import annotations

import datetime as dt
import re

from nkwatch.model import ReviewRefused
from nkwatch.model.metrics import metrics, said, vocabulary
from nkwatch.resolve.reviewed import country_value, past_date, reviewed_by, version_of

CLAIM_ACTIONS = ("reject", "correct")
CLAIM_SLOTS = ("metric", "scope", "period", "value", "as_of")
CLAIM_REJECT_KINDS = ("not-a-claim", "not-relevant", "misread")
# what a reviewer may type for a claim's slot → its name
CLAIM_SLOT_ALIASES = {"country": "scope", "year": "as_of", "as-of": "as_of", "figure": "value"}
MAX_FIGURE = 10 ** 12       # more than any restaurant revenue or head count by far: a typo, not a figure
WORLD = ("world", "global", "worldwide")
NO_PERIOD = ("none", "-", "")
_RANGE = re.compile(r"^\s*([0-9][0-9,.\s]*?)\s*(?:[-–—]|\bto\b)\s*([0-9][0-9,.\s]*)\s*$")


def claim_slot(slot: str) -> str:
    s = (slot or "").strip().lower().replace(" ", "_")
    s = CLAIM_SLOT_ALIASES.get(s, s)
    if s not in CLAIM_SLOTS:
        raise ReviewRefused(f"{slot!r} is not a part of a claim a review can correct; one of "
                            f"{', '.join(CLAIM_SLOTS)} (or country, year)", source="slot")
    return s


def _number(text, what: str = "the value") -> int | float:
    if isinstance(text, bool) or text is None:
        raise ReviewRefused(f"{what} must be a number, not {text!r}", source="value")
    if isinstance(text, (int, float)):
        n = text
    else:
        t = re.sub(r"[,\s]", "", str(text))
        try:
            n = float(t)
        except ValueError:
            raise ReviewRefused(f"{what} must be a number (e.g. 130 or 50,000–60,000), not {text!r}",
                                source="value") from None
    if n != n or n in (float("inf"), float("-inf")):
        raise ReviewRefused(f"{what} must be a finite number", source="value")
    if n < 0:
        raise ReviewRefused(f"{what} cannot be negative ({n:g})", source="value")
    if n > MAX_FIGURE:
        raise ReviewRefused(f"{what} of {n:,.0f} is more than any figure could be (at most {MAX_FIGURE:,})",
                            source="value")
    return int(n) if float(n).is_integer() else n


def _figure(value) -> dict:
    """A figure or a range: 130, "50,000–60,000", [50000, 60000], {"value": 50000, "value_max": 60000}."""
    if isinstance(value, dict):
        low, high = value.get("value"), value.get("value_max")
    elif isinstance(value, (list, tuple)):
        if len(value) not in (1, 2):
            raise ReviewRefused("a range is two numbers, low and high", source="value")
        low, high = value[0], value[1] if len(value) == 2 else None
    elif isinstance(value, str) and value.strip().startswith("-"):
        raise ReviewRefused(f"the value cannot be negative ({value.strip()})", source="value")
    elif isinstance(value, str) and (m := _RANGE.match(value)):
        low, high = m.group(1), m.group(2)
    else:
        low, high = value, None
    lo = _number(low)
    hi = None if high is None else _number(high, "the high end")
    if hi is not None and hi < lo:
        raise ReviewRefused(f"a range runs from low to high, not {lo:,} to {hi:,}", source="value")
    return {"value": lo, "value_max": None if hi == lo else hi}


def _metric(value) -> str:
    text = " ".join(str(value).split()).lower()
    for key, m in metrics().items():
        if text in (key, m["label"].lower()):
            return key
    raise ReviewRefused(f"{value!r} is not a metric; one of {', '.join(metrics())}", source="value")


def check_claim_value(slot: str, value, *, today: dt.date | None = None):
    """The value a correction of a claim's ``slot`` stores (normalised), or ReviewRefused saying why not."""
    if slot == "period":
        text = "" if value is None else str(value).strip().lower()
        periods = vocabulary()["periods"]
        if text in NO_PERIOD:
            return None
        for key, label in periods.items():
            if text in (key, label):
                return key
        raise ReviewRefused(f"{value!r} is not a period; one of {', '.join(periods)} or none", source="value")
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ReviewRefused(f"give a value for {slot}", source="value")
    if slot == "metric":
        return _metric(value)
    if slot == "scope":
        return "world" if str(value).strip().lower() in WORLD else country_value("scope", value)
    if slot == "as_of":
        return past_date(value, today)
    return _figure(value)


def check_claim_reject(kind) -> dict:
    if kind not in CLAIM_REJECT_KINDS:
        raise ReviewRefused(f"{kind!r} is not a reason to reject a claim; one of {', '.join(CLAIM_REJECT_KINDS)}",
                            source="value")
    return {"kind": kind}


def claim_slot_value(fact: dict, slot: str):
    """What the claim says for ``slot``, as a correction of it would be stored."""
    if slot == "value":
        return {"value": fact.get("value"), "value_max": fact.get("value_max"),
                "said": said(fact["value"], fact.get("value_max"), fact.get("hedge"))
                if isinstance(fact.get("value"), (int, float)) else None}
    return {"metric": fact.get("metric"), "scope": (fact.get("country") or "").upper() or "world",
            "period": fact.get("period"), "as_of": fact.get("as_of")}[slot]


def set_claim_part(fact: dict, slot: str, value) -> None:
    """Put a reviewed value into a claim (a contract claim or a folded fact: the same fields)."""
    if slot == "value":
        # the number is corrected, not the words around it: "about" in the source still hedges the reviewed figure
        fact.update(value=value["value"], value_max=value["value_max"])
    elif slot == "scope":
        if (value if value != "world" else None) != fact.get("country"):
            fact["place"] = None        # a city of the old country is no city of the new scope
        fact["country"] = None if value == "world" else value
    else:
        fact[slot] = value


def figure_text(v: dict) -> str:
    """A claim's figure as stored by a review or kept as extracted: its words as said, else the number or range."""
    return v.get("said") or f"{v['value']:,}" + (f"–{v['value_max']:,}" if v.get("value_max") is not None else "")


def _shown(v) -> str:
    return figure_text(v) if isinstance(v, dict) else repr(v)


def apply_claim_reviews(mention: dict, reviews: list[dict]) -> list[dict]:
    """Apply ``reviews`` (active, oldest first) to a claim ``mention`` ({"mention_id", "fact", "article"}) in
    place: its fact takes the corrected values; ``corrections`` keeps each with what was extracted, who and when;
    ``review`` is the rejection if one stands. Returns notes on corrections whose extracted value has changed
    since they were made (they still apply)."""
    fact = mention["fact"]
    notes: list[dict] = []
    state = None
    corrected: dict[str, dict] = {}
    for r in reviews:
        if r["action"] == "reject":
            state = r
        elif r["action"] == "correct":
            corrected[r["slot"]] = r
    corrections = {}
    for slot in CLAIM_SLOTS:        # a fixed order, so the fold reads the same whatever order they came in
        r = corrected.get(slot)
        if r is None:
            continue
        was = claim_slot_value(fact, slot)
        based = r.get("based_on") or {}
        if "extracted" in based and based["extracted"] != was:
            notes.append({"review_id": r["review_id"], "event_id": mention["mention_id"],
                          "problem": f"the extracted {slot} of claim {mention['mention_id']} was "
                                     f"{_shown(based['extracted'])} when reviewed and is {_shown(was)} now; the "
                                     f"reviewed value {_shown(r['value'])} still applies"})
        set_claim_part(fact, slot, r["value"])
        corrections[slot] = {"value": r["value"], "extracted": was, **reviewed_by(r)}
    mention["corrections"] = corrections
    mention["review"] = None if state is None else {"state": "rejected", "rejected_as": state["value"],
                                                    **reviewed_by(state)}
    mention["rejected"] = state is not None
    mention["reviewed"] = bool(reviews)
    mention["reviewed_by"] = sorted({r["made_by"] for r in reviews})
    mention["version"] = version_of({k: fact.get(k) for k in ("metric", "country", "period", "value", "value_max",
                                                              "approx", "hedge", "as_of")}
                                    | {"review": mention["review"], "corrections": corrections})
    return notes
