"""An extraction record → subjects (mentions) and statements, each value with its article, span and version.

Pure functions: no database here. ``store_extraction`` in facts.py writes what these return.
"""

from __future__ import annotations

from typing import Iterable

import json
from dataclasses import dataclass

from nkwatch.model import stable_id
from nkwatch.resolve.mentions import event_mention_id

EVENT_PROPERTIES = ("type", "count", "count_max", "approx", "male", "female", "workplace.kind", "workplace.name",
                    "workplace.city", "workplace.region", "workplace.country", "transit", "destination", "date",
                    "status", "issuer", "instrument", "lat", "lon", "place_precision", "inferred", "participants")
CLAIM_PROPERTIES = ("metric", "value", "value_max", "approx", "country", "place", "period", "attributed_to", "as_of", "hedge")
RESTAURANT_PROPERTIES = ("name", "city", "country", "lat", "lon", "place_precision")
KINDS = (("event", "events", EVENT_PROPERTIES), ("claim", "claims", CLAIM_PROPERTIES),
         ("restaurant", "restaurants", RESTAURANT_PROPERTIES))


@dataclass(frozen=True)
class MentionRow:
    mention_id: str
    doc_id: str
    kind: str
    ordinal: int
    label: str | None
    evidence: list


@dataclass(frozen=True)
class StatementRow:
    statement_id: str
    subject: str
    kind: str
    property: str
    value: str          # JSON
    original: str | None
    doc_id: str
    span_start: int | None
    span_end: int | None


def mention_id(doc_id: str, kind: str, ordinal: int) -> str:
    """Stable across re-runs and extractor versions, so a person's judgement about a mention survives them."""
    if kind == "event":
        return event_mention_id(doc_id, ordinal)
    return stable_id("rm" if kind == "restaurant" else "cm", doc_id, kind, ordinal)


def _get(fact: dict, prop: str):
    if "." in prop:
        head, tail = prop.split(".", 1)
        inner = fact.get(head)
        return inner.get(tail) if isinstance(inner, dict) else None
    return fact.get(prop)


def _spans(fact: dict) -> list[dict]:
    out = []
    for s in fact.get("evidence") or []:
        if isinstance(s, dict) and isinstance(s.get("start"), int) and isinstance(s.get("end"), int):
            out.append({"start": s["start"], "end": s["end"]})
    return out


def statements_of(record: dict, version: str, text: str | None = None) -> tuple[list[MentionRow], list[StatementRow]]:
    """Every non-null value of every fact of the record as one statement.

    The original text is the fact's own ``text`` when the extractor gave one, else the first evidence span
    of the article text; the span is that first evidence span.
    """
    doc_id = str(record.get("doc_id"))
    mentions, statements = [], []
    for kind, key, props in KINDS:
        for ordinal, fact in enumerate(f for f in record.get(key) or [] if isinstance(f, dict)):
            mid = mention_id(doc_id, kind, ordinal)
            spans = _spans(fact)
            label = fact.get("type") if kind == "event" else fact.get("metric") if kind == "claim" else None
            mentions.append(MentionRow(mid, doc_id, kind, ordinal, label, spans))
            first = spans[0] if spans else None
            original = fact.get("text") if isinstance(fact.get("text"), str) else None
            if original is None and first and text:
                original = text[first["start"]:first["end"]]
            for prop in props:
                value = _get(fact, prop)
                if value is None or value == [] or value == "":
                    continue
                value_json = json.dumps(value, ensure_ascii=False, sort_keys=True)
                sid = stable_id("st", mid, prop, value_json, version, first and first["start"], first and first["end"])
                statements.append(StatementRow(sid, mid, kind, prop, value_json, original, doc_id,
                                               first["start"] if first else None, first["end"] if first else None))
    return mentions, statements


_SCALARS: dict[str, object] = {}


def _value(text: str):
    """A statement's JSON value. Short scalar values (a type, a country, a city, a count) repeat across millions
    of statements: decoded once and shared (they are immutable), they cost one object, not one per mention."""
    v = _SCALARS.get(text)
    if v is None:
        v = json.loads(text)
        if len(text) <= 64 and (v is None or isinstance(v, (str, int, float, bool))) and len(_SCALARS) < 100_000:
            _SCALARS[text] = v
    return v


def fold_statements(rows: Iterable[tuple[str, str]], into: dict | None = None) -> dict:
    """(property, value JSON) pairs of one subject → the fact as a nested dict (``workplace.city`` → workplace).
    ``into``: a fact folded from the subject's earlier rows, which these continue (a left fold: the same fact as
    folding all the rows at once)."""
    fact: dict = {} if into is None else into
    for prop, value in rows:
        v = _value(value)
        if "." in prop:
            head, tail = prop.split(".", 1)
            fact.setdefault(head, {})[tail] = v
        else:
            fact[prop] = v
    return fact
