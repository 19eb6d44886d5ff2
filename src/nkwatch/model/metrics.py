"""The closed vocabulary of claim metrics (data/metrics.yaml): labels a user reads, units, and how hedges bound a
figure."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml


@lru_cache(maxsize=1)
def vocabulary() -> dict:
    return yaml.safe_load(resources.files("nkwatch").joinpath("data/metrics.yaml").read_text("utf-8"))


def metrics() -> dict[str, dict]:
    """metric → {label, description, unit, flow}."""
    return {k: v for k, v in vocabulary().items() if isinstance(v, dict) and "label" in v}


def metric_label(metric: str | None) -> str:
    m = metrics().get(metric or "")
    return m["label"] if m else (metric or "unknown metric").replace("_", " ")


def period_label(period: str | None) -> str | None:
    return vocabulary()["periods"].get(period) if period else None


@lru_cache(maxsize=1)
def hedge_words() -> frozenset[str]:
    """The words that hedge a stated number (data/lexicon/numbers.yaml); any other hedge is a vague quantity
    ("tens of thousands", "hundreds") whose value is its low end."""
    data = yaml.safe_load(resources.files("nkwatch").joinpath("data/lexicon/numbers.yaml").read_text("utf-8"))
    return frozenset(h.lower() for h in data["hedges"])


def said(value, value_max, hedge: str | None) -> str:
    """The figure as its source put it: "about 130", "50,000–60,000", "tens of thousands"."""
    if hedge and hedge.lower() not in hedge_words():
        return hedge
    fig = f"{value:,}" + (f"–{value_max:,}" if value_max is not None else "")
    return f"{hedge} {fig}" if hedge else fig


def hedge_kind(hedge: str | None) -> str:
    """How a hedge reads a figure: ``vague`` ("tens of thousands"), ``lower`` ("more than"), ``upper`` ("nearly"),
    ``at_most`` ("up to") or ``point`` (stated, or "about"). Figures of one number read differently are different
    figures: "up to 10,000" and "tens of thousands" are not one figure given twice."""
    h = (hedge or "").lower()
    if h and h not in hedge_words():
        return "vague"
    hb = vocabulary()["hedge_bounds"]
    return next((k for k in ("lower", "upper", "at_most") if h in hb[k]), "point")


def bounds(value: float, value_max: float | None, hedge: str | None, approx: bool) -> tuple[float, float]:
    """The interval a figure allows: a range is its ends; "more than 100" is [100, ∞); "nearly 100" [90, 100]; "up to
    100" [0, 100];
    "about 100" [90, 110]; "hundreds" [100, 1,000]; an exact figure is itself. Hedges widen a range's outer ends the same way."""
    margin = float(vocabulary()["hedge_margin"])
    hb = vocabulary()["hedge_bounds"]
    lo, hi = float(value), float(value_max if value_max is not None else value)
    h = (hedge or "").lower()
    if h and h not in hedge_words():
        return lo, lo * float(vocabulary()["vague_span"])      # "tens of thousands": 10,000 up to 100,000
    if h in hb["lower"]:
        return lo, float("inf")
    if h in hb["upper"]:
        return lo * (1 - margin), hi
    if h in hb["at_most"]:
        return 0.0, hi
    if approx:
        return lo * (1 - margin), hi * (1 + margin)
    return lo, hi
