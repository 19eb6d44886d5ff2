"""How the contract compares one predicted value with one gold value, and pairs predicted facts with gold facts.

A port of the reference scorer's rules (../shared/eval/score.py, "Scoring" in the extraction contract), so that
``nkwatch evaluate`` gives the same figures where ../shared is absent. Change nothing here without the contract.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Callable

# Words a name may carry or drop without being another name ("the Pyongyang restaurant" = "Pyongyang").
NAME_NOISE = {"the", "a", "restaurant", "restaurants", "city", "province", "korean", "north", "state", "run"}
# Letters that NFKD does not split into a base letter and an accent ("Đà Nẵng" is "Da Nang").
FOLD = str.maketrans({"đ": "d", "ð": "d", "ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th", "ħ": "h"})
DATE_RE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
NAME_SLOTS = ("workplace.name", "workplace.city", "workplace.region", "attributed_to")
# Slots whose agreement decides which predicted event pairs with which gold event, and how much each weighs.
AGREEMENT_SLOTS = ("count", "workplace.country", "workplace.city", "date", "destination",
                   "instrument", "workplace.name", "issuer", "female")


def norm_name(s) -> str:
    s = unicodedata.normalize("NFKD", str(s).casefold().translate(FOLD)).encode("ascii", "ignore").decode()
    toks = [t for t in re.split(r"[^a-z0-9]+", s) if t and t not in NAME_NOISE]
    return " ".join(sorted(toks))


def alts(v) -> list:
    """Gold may list accepted alternatives; a lone value is a list of one."""
    return v if isinstance(v, list) else [v]


def get(obj: dict, slot: str):
    """A slot's value (``workplace.city`` reaches inside); empty lists and strings count as unfilled."""
    for part in slot.split("."):
        obj = obj.get(part) if isinstance(obj, dict) else None
    if slot == "approx":  # false and absent are the same, in gold alternatives too
        obj = [True if x is True else None for x in obj] if isinstance(obj, list) else (True if obj is True else None)
    if obj == [] or obj == "":
        return None
    return obj


def instrument_number(v) -> str:
    m = re.search(r"\d+", str(v))
    return m.group(0) if m else norm_name(v)


def date_ok(pred, gold) -> bool:
    """pred is a contract date that starts with gold: as precise or more, and consistent."""
    pred, gold = str(pred).strip(), str(gold).strip()
    return bool(DATE_RE.fullmatch(pred)) and pred.startswith(gold)


def slot_equal(slot: str, pred, gold) -> bool:
    for g in alts(gold):
        if g is None:
            continue
        if slot == "date":
            if date_ok(pred, g):
                return True
        elif slot in NAME_SLOTS:
            n = norm_name(pred)
            if n and n == norm_name(g):  # a name that folds to nothing ("宁波", "The Restaurant") matches nothing
                return True
        elif slot == "instrument":
            if instrument_number(pred) == instrument_number(g):
                return True
        elif isinstance(g, str) and isinstance(pred, str):
            if pred.strip().upper() == g.strip().upper():
                return True
        elif pred == g and isinstance(pred, bool) == isinstance(g, bool):  # true == 1 in Python
            return True
    return False


def codes(v) -> set:
    """Country codes of a list slot; a lone code is a list of one."""
    return {str(x).strip().upper() for x in (v if isinstance(v, list) else [v]) if x not in (None, "")}


def agreement(pe: dict, ge: dict) -> float:
    """How well a predicted event agrees with a gold event of its type: +1 per equal slot, -0.5 per differing one."""
    score = 0.0
    for slot in AGREEMENT_SLOTS:
        pv, gv = get(pe, slot), get(ge, slot)
        if pv is not None and gv is not None:
            score += 1.0 if slot_equal(slot, pv, gv) else -0.5
    return score


def pair(preds: list, golds: list, sim: Callable[[dict, dict], float],
         allowed: Callable[[dict, dict], bool] = lambda p, g: True):
    """Greedy pairing, best agreement first. Returns (pairs, unpaired preds, unpaired golds)."""
    # On equal agreement a required gold fact goes first: pairing with an optional one would leave it missed.
    cands = sorted(((sim(p, g), bool(g.get("optional")), i, j) for i, p in enumerate(preds)
                    for j, g in enumerate(golds) if allowed(p, g)), key=lambda t: (-t[0], t[1], t[2], t[3]))
    used_p, used_g, pairs = set(), set(), []
    for _, _, i, j in cands:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return (pairs, [p for i, p in enumerate(preds) if i not in used_p],
            [g for j, g in enumerate(golds) if j not in used_g])


def claim_key_equal(p: dict, g: dict) -> bool:
    """Claims pair on metric and value (and value_max), within half a percent."""
    if p.get("metric") != g.get("metric"):
        return False

    def close(a, b):
        if a is None or b is None:
            return a is None and b is None
        try:
            a, b = float(a), float(b)
        except (TypeError, ValueError):
            return False
        return abs(a - b) <= 0.005 * max(abs(b), 1.0)

    return any(close(p.get("value"), gv) for gv in alts(g.get("value"))) and \
        any(close(p.get("value_max"), gv) for gv in alts(g.get("value_max")))


def place_sim(p: dict, g: dict) -> float:
    """Restaurants pair on country and city (a clash rules a pair out), then name."""
    s = 0.0
    if p.get("country") and g.get("country"):
        s += 2 if slot_equal("workplace.country", p["country"], g["country"]) else -5
    if p.get("city") and g.get("city"):
        s += 2 if slot_equal("workplace.city", p["city"], g["city"]) else -5
    if p.get("name") and g.get("name"):
        s += 1 if slot_equal("workplace.name", p["name"], g["name"]) else 0
    return s
