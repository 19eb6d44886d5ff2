"""JSON lines: one canonical event per line (every slot with its alternatives and sources, status history,
mentions with evidence spans), then one line per restaurant, then one per claim group (each figure with its sources,
each source saying whether people reviewed it); each line says its ``kind``. Sorted by kind, date, id."""

from __future__ import annotations

import json
from typing import TextIO

from nkwatch.export.formats import register
from nkwatch.export.kb_records import load_kb


@register("jsonl")
def write_jsonl(db, fh: TextIO) -> int:
    kb = load_kb(db)
    n = 0
    for e in kb.events:
        fh.write(json.dumps({"kind": "event", **e}, ensure_ascii=False, sort_keys=True, default=str) + "\n")
        n += 1
    for r in kb.restaurants:
        fh.write(json.dumps({"kind": "restaurant", **r}, ensure_ascii=False, sort_keys=True, default=str) + "\n")
        n += 1
    for c in kb.claims:
        fh.write(json.dumps({"kind": "claim", **c}, ensure_ascii=False, sort_keys=True, default=str) + "\n")
        n += 1
    return n
