"""Input shards and their parts: the unit of work a task processes, and the key its output is written under.

A plain JSONL file splits into byte ranges (a part reads the lines that *start* inside its range, so no line is
read twice or missed); compressed JSONL and WARC files are one part each, as a gzip stream cannot be entered in the
middle. CC-NEWS style archives come as many WARC files of about a gigabyte, which is already a good task size.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass
from pathlib import Path

from nkwatch.model import InputError, stable_id

JSONL_SUFFIXES = (".jsonl", ".ndjson")
JSONL_GZ_SUFFIXES = (".jsonl.gz", ".ndjson.gz")
WARC_SUFFIXES = (".warc", ".warc.gz")
DEFAULT_PART_BYTES = 32 << 20


@dataclass(frozen=True)
class Part:
    """Records of ``shard`` from byte ``start`` to ``end`` (None: to the end of the file)."""

    shard: str
    fmt: str            # "jsonl", "jsonl.gz", "warc" (plain or gzip: the reader detects it)
    index: int
    start: int = 0
    end: int | None = None

    @property
    def key(self) -> str:
        """Where the part's output lives: stable across runs, distinct for every shard and range."""
        stem = Path(self.shard).name.split(".")[0][:40] or "shard"
        return f"{stem}-{stable_id('p', self.shard, self.fmt, self.start, self.end, length=10)[2:]}-{self.index:04d}"

    def to_dict(self) -> dict:
        return asdict(self)


def shard_format(path: str) -> str | None:
    name = path.lower()
    if name.endswith(JSONL_GZ_SUFFIXES):
        return "jsonl.gz"
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    return None


def find_shards(sources: list[str]) -> tuple[list[tuple[str, str]], list[InputError]]:
    """(absolute path, format) for every shard named or found (recursively, sorted) under a named directory.

    A named file of an unknown kind or a missing path is an error; files of other kinds inside a directory
    (a README, a manifest) are passed over.
    """
    found: list[tuple[str, str]] = []
    errors: list[InputError] = []
    for src in sources:
        p = Path(src)
        if p.is_dir():
            for child in sorted(q for q in p.rglob("*") if q.is_file()):
                fmt = shard_format(child.name)
                if fmt:
                    found.append((str(child.resolve()), fmt))
        elif p.is_file():
            fmt = shard_format(p.name)
            if fmt:
                found.append((str(p.resolve()), fmt))
            else:
                errors.append(InputError("not a shard: expected .jsonl, .jsonl.gz, .warc or .warc.gz", source=src))
        else:
            errors.append(InputError("no such file or directory", source=src))
    seen: set[str] = set()
    unique = [s for s in found if not (s[0] in seen or seen.add(s[0]))]
    return unique, errors


def plan_parts(shards: list[tuple[str, str]], part_bytes: int = DEFAULT_PART_BYTES) -> list[Part]:
    """Parts for every shard, in shard order."""
    parts: list[Part] = []
    for path, fmt in shards:
        size = os.path.getsize(path)
        if fmt != "jsonl" or size <= part_bytes:
            parts.append(Part(path, fmt, 0, 0, None))
            continue
        n = -(-size // part_bytes)
        for i in range(n):
            start = i * part_bytes
            parts.append(Part(path, fmt, i, start, None if i == n - 1 else start + part_bytes))
    return parts
