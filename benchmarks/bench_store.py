"""Store benchmark: what the one-writer, crash-safe ingestion costs over bare SQLite inserts.

    python benchmarks/bench_store.py [--articles 5000] [--workdir DIR]

Three timings on the same generated articles, all in this run:
- reference: the rows inserted with one executemany into a bare table (no journal, no dedupe, no FTS, one commit);
- store: nkwatch.store.ingestion with the real reader, journal, duplicate checks, FTS, MinHash near-duplicates and
  batch commits with synchronous=FULL (extraction off: that is the extractor's cost, benchmarked on its own);
- rerun: the same input again, every item found a duplicate.
Ratios are against the reference, so they hold on any machine. Results go to benchmarks/results/store.json.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from nkwatch.ingest.sources import iter_source
from nkwatch.store.ingestion import Ingestion
from nkwatch.store.writer import Writer

HERE = Path(__file__).resolve().parent


def generate(path: Path, n: int) -> list[dict]:
    rng = random.Random(7)
    vocab = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 9))) for _ in range(5000)]
    records = [{"doc_id": f"b-{i:06d}", "title": f"Bench {i}", "outlet": "Bench Wire", "published": "2020-01-01",
                "text": " ".join(rng.choices(vocab, k=80)).capitalize() + "."} for i in range(n)]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return records


def reference(db: Path, records: list[dict]) -> float:
    t = time.perf_counter()
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE a (doc_id TEXT PRIMARY KEY, title TEXT, outlet TEXT, published TEXT, text TEXT)")
    conn.executemany("INSERT INTO a VALUES (?,?,?,?,?)",
                     [(r["doc_id"], r["title"], r["outlet"], r["published"], r["text"]) for r in records])
    conn.commit()
    conn.close()
    return time.perf_counter() - t


def store(db: Path, src: Path) -> tuple[float, dict]:
    t = time.perf_counter()
    with Writer.for_path(db) as w:
        run = Ingestion(w, [str(src)], extract=False)
        run.consume(str(src), iter_source(str(src)))
        report = run.finish()
    return time.perf_counter() - t, {"stored": report.stored, "duplicates": report.duplicates}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=5000)
    ap.add_argument("--workdir", type=Path, default=None)
    args = ap.parse_args()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="nkwatch-bench-store-"))
    work.mkdir(parents=True, exist_ok=True)
    src = work / "articles.jsonl"
    records = generate(src, args.articles)
    for p in work.glob("*.db*"):
        p.unlink()
    ref = reference(work / "ref.db", records)
    first, r1 = store(work / "store.db", src)
    again, r2 = store(work / "store.db", src)
    n = args.articles
    out = {
        "articles": n, "sqlite": sqlite3.sqlite_version,
        "reference_s": round(ref, 3), "store_s": round(first, 3), "rerun_s": round(again, 3),
        "store_articles_per_s": round(n / first, 1), "rerun_articles_per_s": round(n / again, 1),
        "store_over_reference": round(first / ref, 1), "rerun_over_reference": round(again / ref, 1),
        "first_run": r1, "second_run": r2,
    }
    (HERE / "results").mkdir(exist_ok=True)
    (HERE / "results" / "store.json").write_text(json.dumps(out, indent=1) + "\n")
    json.dump(out, sys.stdout, indent=1)
    print()
    return 0 if r1["stored"] == n and r2["duplicates"] == n else 1


if __name__ == "__main__":
    sys.exit(main())
