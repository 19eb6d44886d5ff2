"""Export formats by name: each writer takes a database and an open text stream and returns what it wrote.

Add a format with ``@register("name")`` in its own module and import that module in ``_load`` below.
"""

from __future__ import annotations

import json
import sys
from typing import Callable, Iterable, TextIO

_WRITERS: dict[str, Callable[..., int]] = {}


def write_records(records: Iterable[dict], fh: TextIO) -> int:
    """JSON lines, one record each, as they come; returns how many."""
    n = 0
    for record in records:
        fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n


def register(name: str):
    def wrap(fn: Callable[..., int]):
        _WRITERS[name] = fn
        return fn
    return wrap


def _load() -> None:
    from nkwatch.export import contract  # noqa: F401
    from nkwatch.export import acled_csv, claims_csv, ftm, geojson, gold, jsonl  # noqa: F401


def formats() -> list[str]:
    _load()
    return sorted(_WRITERS)


def export(db, fmt: str, output: str = "-") -> int:
    """``nkwatch export --format FMT``: write the store in FMT to ``output`` ('-' = stdout); returns records written."""
    _load()
    if fmt not in _WRITERS:
        raise KeyError(f"unknown export format {fmt!r}; known: {', '.join(sorted(_WRITERS))}")
    fh: TextIO = sys.stdout if output == "-" else open(output, "w", encoding="utf-8")
    try:
        return _WRITERS[fmt](db, fh)
    finally:
        if fh is not sys.stdout:
            fh.close()
