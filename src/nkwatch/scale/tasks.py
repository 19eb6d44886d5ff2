"""The work of one task: read a part, prefilter, extract the survivors, write the part's output atomically.

The same function runs in the local engine's loop and on Dask workers; its result is a small summary dict.
"""

from __future__ import annotations

import os
import resource
import socket
import time
from dataclasses import dataclass

from nkwatch.extract import get_extractor
from nkwatch.ingest.prepare import record_doc_id
from nkwatch.model import NkwatchError
from nkwatch.pipeline import extract_record
from nkwatch.scale.outputs import dump_line, marker_path, part_path, read_marker, write_atomically
from nkwatch.scale.prefilter import load_prefilter
from nkwatch.scale.raw import iter_part
from nkwatch.scale.shards import Part


@dataclass(frozen=True)
class TaskSettings:
    """What a part's output depends on besides its input: a marker written under other settings is stale."""

    extractor: str = "rules"
    prefilter: str | None = None     # a keyword file instead of data/prefilter.yaml

    def fingerprint(self) -> dict:
        ex = get_extractor(self.extractor)
        return {"extractor": ex.name, "extractor_version": ex.version,
                "prefilter": load_prefilter(self.prefilter).keywords_hash}


def error_row(source: str, ref: str | None, err: NkwatchError) -> dict:
    return {"source": source, "ref": ref, "reason": err.reason, "message": str(err)}


def is_done(part: Part, out_dir: str, fingerprint: dict) -> dict | None:
    marker = read_marker(out_dir, part.key)
    if marker and marker.get("part") == part.to_dict() and marker.get("settings") == fingerprint:
        return marker
    return None


def process_part(part: Part, out_dir: str, settings: TaskSettings = TaskSettings()) -> dict:
    """Run one part unless its output and done-marker already exist; return its marker."""
    fingerprint = settings.fingerprint()
    done = is_done(part, out_dir, fingerprint)
    if done:
        done["skipped"] = True
        return done
    t0, c0 = time.perf_counter(), time.process_time()
    prefilter = load_prefilter(settings.prefilter)
    extractor = get_extractor(settings.extractor)
    rows: list[dict] = []
    errors: list[dict] = []
    read = passed = 0
    try:
        for raw in iter_part(part):
            read += 1
            if raw.error is not None:
                errors.append(error_row(part.shard, raw.ref, raw.error))
                continue
            record = raw.record
            if not prefilter.passes_record(record):
                continue
            passed += 1
            record["doc_id"] = record_doc_id(record)
            record["source"], record["source_ref"] = part.shard, raw.ref
            extraction = extract_record(record, extractor, ref=raw.ref)
            rows.append({"doc_id": record["doc_id"], "article": record, "extraction": extraction})
    except NkwatchError as e:
        # A corrupt container: what was read before the damage is kept, the rest of the shard is skipped.
        errors.append(error_row(part.shard, None, e))
    rows.sort(key=lambda r: r["doc_id"])
    write_atomically(part_path(out_dir, part.key), (dump_line(r) for r in rows))
    marker = {"part": part.to_dict(), "settings": fingerprint, "read": read, "passed": passed,
              "written": len(rows), "errors": errors,
              "stats": {"seconds": round(time.perf_counter() - t0, 3),
                        "cpu_seconds": round(time.process_time() - c0, 3), "host": socket.gethostname(),
                        "pid": os.getpid(), "peak_rss_mb": peak_rss_mb()}}
    write_atomically(marker_path(out_dir, part.key), dump_line(marker))
    return marker


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far (Linux reports kilobytes)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
