"""``nkwatch run``: plan parts, run them locally or on Dask, merge. Both engines call the same task function.

Faults: a part's output is keyed by shard + byte range and written atomically, so when Dask re-runs a task whose
worker died the retry replaces the file instead of adding to it; a part that still fails (a shard that kills every
worker it lands on, after ``distributed.scheduler.allowed-failures`` retries) is reported and the run goes on; a
re-run skips every part whose output and done-marker exist.
"""

from __future__ import annotations

import json
import os
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from nkwatch import __version__
from nkwatch.scale.merge import merge_parts
from nkwatch.scale.outputs import dump_line, write_atomically
from nkwatch.scale.shards import DEFAULT_PART_BYTES, Part, find_shards, plan_parts
from nkwatch.scale.tasks import TaskSettings, is_done, process_part

ENGINES = ("local", "dask")
WAIT_FOR_WORKERS = 600  # seconds --workers N waits for N workers to join an existing scheduler


@dataclass
class RunReport:
    out_dir: str
    engine: str
    parts: int = 0
    parts_skipped: int = 0           # done by an earlier run
    parts_failed: list[dict] = field(default_factory=list)
    read: int = 0
    passed: int = 0
    written: int = 0
    relevant: int = 0
    errors: list[dict] = field(default_factory=list)
    duplicates: list[dict] = field(default_factory=list)   # the same doc_id read again (one page, two crawls)
    seconds: float = 0.0
    workers: int = 0
    peak_rss_mb: float = 0.0
    # seconds: plan, parts (wall, on the workers), parts_cpu (CPU summed over the parts), merge, clusters
    phases: dict[str, float] = field(default_factory=dict)

    @property
    def complete(self) -> bool:
        return not self.parts_failed

    def summary(self) -> dict:
        return {"out": self.out_dir, "engine": self.engine, "workers": self.workers, "parts": self.parts,
                "parts_skipped": self.parts_skipped, "parts_failed": len(self.parts_failed), "read": self.read,
                "prefilter_passed": self.passed, "written": self.written, "relevant": self.relevant,
                "errors": len(self.errors), "duplicates": len(self.duplicates), "seconds": round(self.seconds, 2),
                "phases": self.phases, "peak_rss_mb": self.peak_rss_mb}


def run_archive(sources: list[str], out_dir: str, *, engine: str = "local", scheduler: str | None = None,
                workers: int | None = None, part_bytes: int = DEFAULT_PART_BYTES, shard_records: int = 10_000,
                settings: TaskSettings = TaskSettings(), clusters: bool = True,
                progress: Callable[[int, int], None] | None = None) -> RunReport:
    """Read SOURCES (files or directories of JSONL / WARC shards), write extraction shards under OUT_DIR."""
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    t0 = time.perf_counter()
    os.makedirs(out_dir, exist_ok=True)
    # The manifest says a run finished; while this one runs, `nkwatch load` must not take the directory as done.
    (Path(out_dir) / "manifest.json").unlink(missing_ok=True)
    report = RunReport(out_dir=str(out_dir), engine=engine)
    shards, input_errors = find_shards(sources)
    report.errors.extend({"source": e.source, "ref": None, "reason": e.reason, "message": str(e)}
                         for e in input_errors)
    parts = plan_parts(shards, part_bytes)
    report.parts = len(parts)
    fingerprint = settings.fingerprint()
    markers: dict[str, dict] = {}
    pending = []
    for p in parts:
        done = is_done(p, out_dir, fingerprint)
        if done:
            markers[p.key] = done
        else:
            pending.append(p)
    report.parts_skipped = len(parts) - len(pending)
    report.phases["plan"] = round(time.perf_counter() - t0, 3)

    runner = _run_local if engine == "local" else _run_dask
    for part, marker, failure in runner(pending, str(out_dir), settings, scheduler=scheduler, workers=workers,
                                        report=report, progress=progress):
        if failure is not None:
            report.parts_failed.append({"source": part.shard, "ref": f"part {part.index}",
                                        "reason": "task_failed", "message": failure})
        else:
            markers[part.key] = marker

    t_parts = time.perf_counter()
    report.phases["parts"] = round(t_parts - t0 - report.phases["plan"], 3)
    done_parts = [p for p in parts if p.key in markers]
    for p in done_parts:
        m = markers[p.key]
        report.read += m["read"]
        report.passed += m["passed"]
        report.errors.extend(m["errors"])
        report.peak_rss_mb = max(report.peak_rss_mb, m.get("stats", {}).get("peak_rss_mb", 0.0))
        report.phases["parts_cpu"] = round(report.phases.get("parts_cpu", 0.0)
                                           + m.get("stats", {}).get("cpu_seconds", 0.0), 3)
    report.errors.extend(report.parts_failed)
    merged = merge_parts(str(out_dir), done_parts, shard_records=shard_records, clusters=clusters)
    report.phases["merge"] = round(time.perf_counter() - t_parts, 3)
    report.phases["clusters"] = merged["cluster_seconds"]
    report.written, report.relevant = merged["records"], merged["relevant"]
    report.duplicates = merged["duplicates"]
    report.seconds = time.perf_counter() - t0

    write_atomically(Path(out_dir) / "errors.jsonl", (dump_line(e) for e in report.errors))
    write_atomically(Path(out_dir) / "duplicates.jsonl", (dump_line(e) for e in report.duplicates))
    manifest = {
        "nkwatch": __version__, "settings": fingerprint, "clusters": clusters, "sources": [s for s, _ in shards],
        "complete": report.complete,
        "totals": {"parts": report.parts, "read": report.read, "prefilter_passed": report.passed,
                   "written": report.written, "relevant": report.relevant, "errors": len(report.errors),
                   "duplicates": len(report.duplicates)},
        "parts": [{"key": p.key, **p.to_dict(), **({k: markers[p.key][k] for k in ("read", "passed", "written")}
                                                   if p.key in markers else {"failed": True})} for p in parts],
        "outputs": merged["shards"],
        # Everything above is the same for the same input whatever the engine; this is how this run went.
        "run": {"engine": engine, "workers": report.workers, "seconds": round(report.seconds, 2),
                "parts_skipped": report.parts_skipped, "phases": report.phases,
                "peak_rss_mb": report.peak_rss_mb},
    }
    write_atomically(Path(out_dir) / "manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1) + "\n")
    return report


def _run_local(pending: list[Part], out_dir: str, settings: TaskSettings, *, report: RunReport,
               progress, **_ignored) -> Iterator[tuple[Part, dict | None, str | None]]:
    report.workers = 1
    for i, part in enumerate(pending, 1):
        yield part, process_part(part, out_dir, settings), None
        if progress:
            progress(i, len(pending))


@contextmanager
def dask_client(scheduler: str | None, workers: int | None):
    """A client to an existing scheduler, or to a LocalCluster of single-threaded worker processes.

    One thread per worker process: extraction is CPU-bound Python, so threads would only contend for the GIL, and
    each process loads the lexicons and the language model once.
    """
    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    n = workers or os.cpu_count() or 1
    with LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        yield client


def _run_dask(pending: list[Part], out_dir: str, settings: TaskSettings, *, scheduler: str | None,
              workers: int | None, report: RunReport, progress) -> Iterator[tuple[Part, dict | None, str | None]]:
    from distributed import as_completed

    with dask_client(scheduler, workers) as client:
        if scheduler and workers:
            client.wait_for_workers(workers, timeout=WAIT_FOR_WORKERS)
        report.workers = len(client.scheduler_info(n_workers=-1)["workers"])
        if not pending:
            return
        # pure=False: a retried run must not reuse a cached result; keys name the part for the dashboard.
        futures = {client.submit(process_part, p, out_dir, settings, pure=False,
                                 key=f"nkwatch-part-{p.key}-{os.urandom(4).hex()}"): p for p in pending}
        for i, fut in enumerate(as_completed(futures), 1):
            part = futures[fut]
            try:
                yield part, fut.result(), None
            except Exception as e:  # noqa: BLE001  a failed part is reported; the others go on
                yield part, None, f"{type(e).__name__}: {e}"
            if progress:
                progress(i, len(pending))
