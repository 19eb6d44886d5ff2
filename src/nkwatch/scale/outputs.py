"""The run directory: where part outputs and done-markers live, written so a retried task overwrites.

Layout of ``DIR``::

    parts/<part key>.jsonl       survivors of one input part: {"doc_id", "article", "extraction"} per line
    parts/<part key>.done.json   written after the part file: its counts, errors and the settings it ran with
    extractions-00000.jsonl …    the merged result: extraction records (contract format) sorted by doc_id
    articles-00000.jsonl …       the article records behind them, same order, for ``nkwatch load``
    errors.jsonl                 every record or shard that could not be read, with source, ref and reason
    duplicates.jsonl             records whose doc_id was already read (the first one read is kept)
    manifest.json                what ran over what, with counts per part and per output shard
"""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

PARTS = "parts"


def parts_dir(out_dir: str | Path) -> Path:
    return Path(out_dir) / PARTS


def part_path(out_dir: str | Path, key: str) -> Path:
    return parts_dir(out_dir) / f"{key}.jsonl"


def marker_path(out_dir: str | Path, key: str) -> Path:
    return parts_dir(out_dir) / f"{key}.done.json"


def write_atomically(path: Path, lines_or_text) -> None:
    """Write a file under a private temporary name, flush it to disk, then rename it into place.

    A task killed half-way leaves only a stray temporary file; a retried task (or a duplicate of it) replaces the
    whole file, never appends, so every record ends up exactly once.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            if isinstance(lines_or_text, str):
                fh.write(lines_or_text)
            else:
                for line in lines_or_text:
                    fh.write(line)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def dump_line(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=False) + "\n"


def read_marker(out_dir: str | Path, key: str) -> dict | None:
    """The done-marker of a part when both it and the part file exist, else None."""
    marker = marker_path(out_dir, key)
    if not marker.is_file() or not part_path(out_dir, key).is_file():
        return None
    try:
        return json.loads(marker.read_text("utf-8"))
    except (OSError, ValueError):
        return None  # a marker we cannot read means the part runs again
