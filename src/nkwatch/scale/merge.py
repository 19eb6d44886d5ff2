"""After every part is done: one batch, sorted by doc_id, with cluster ids across the whole batch.

Only prefilter survivors reach here (about 1% of an archive), so the batch fits in the client's memory; the
cluster resolver needs all of it at once anyway.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from nkwatch.resolve.batch import assign_clusters
from nkwatch.scale.outputs import dump_line, part_path, write_atomically
from nkwatch.scale.shards import Part

EXTRACTIONS = "extractions-{:05d}.jsonl"
ARTICLES = "articles-{:05d}.jsonl"


def read_part_rows(out_dir: str, part: Part) -> list[dict]:
    with open(part_path(out_dir, part.key), encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def merge_parts(out_dir: str, parts: list[Part], *, shard_records: int = 10_000, clusters: bool = True) -> dict:
    """Write extractions-NNNNN.jsonl and articles-NNNNN.jsonl; return what was written and the duplicates.

    ``clusters=False`` leaves every event's ``cluster`` null (``nkwatch load`` resolves events in the knowledge
    base anyway); with them, 15,000 survivors (a 1,000,000-article crawl) take about 10-15 s on the client.
    """
    rows: list[dict] = []
    for part in parts:
        rows.extend(read_part_rows(out_dir, part))
    # Stable sort: for a doc_id seen twice (the same page in two crawls) the first in input order wins.
    rows.sort(key=lambda r: r["doc_id"])
    unique, duplicates = [], []
    for r in rows:
        if unique and unique[-1]["doc_id"] == r["doc_id"]:
            first, dup = unique[-1]["article"], r["article"]
            duplicates.append({"source": dup.get("source"), "ref": dup.get("source_ref"), "reason": "duplicate",
                               "message": f"{dup.get('source')}: {dup.get('source_ref')}: doc_id {r['doc_id']} was "
                                          f"already read from {first.get('source')}: {first.get('source_ref')}"})
            continue
        unique.append(r)
    extractions = [r["extraction"] for r in unique]
    t0 = time.perf_counter()
    if clusters:
        assign_clusters(extractions, {r["doc_id"]: r["article"] for r in unique})
    else:
        for e in (e for x in extractions for e in x.get("events") or []):
            e["cluster"] = None
    cluster_seconds = round(time.perf_counter() - t0, 3)

    out = Path(out_dir)
    shards = []
    for n, i in enumerate(range(0, max(len(unique), 1), shard_records)):
        chunk = unique[i:i + shard_records]
        ex_name, ar_name = EXTRACTIONS.format(n), ARTICLES.format(n)
        write_atomically(out / ex_name, (dump_line(r["extraction"]) for r in chunk))
        write_atomically(out / ar_name, (dump_line(r["article"]) for r in chunk))
        shards.append({"extractions": ex_name, "articles": ar_name, "records": len(chunk),
                       "first": chunk[0]["doc_id"] if chunk else None, "last": chunk[-1]["doc_id"] if chunk else None})
    # Shards left from an earlier, larger run in the same directory would be read by `load` as if current.
    keep = {s["extractions"] for s in shards} | {s["articles"] for s in shards}
    for stale in list(out.glob("extractions-*.jsonl")) + list(out.glob("articles-*.jsonl")):
        if stale.name not in keep:
            stale.unlink()
    return {"shards": shards, "records": len(unique),
            "relevant": sum(1 for e in extractions if e.get("relevant")), "duplicates": duplicates,
            "cluster_seconds": cluster_seconds}
