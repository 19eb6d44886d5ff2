"""Ingest benchmark: N reports of one story through `nkwatch ingest` (reading, near-duplicates, extraction, store,
event resolution), N doubling, each size in its own process so peak memory is its own.
Results: benchmarks/results/ingest_story.json (default sizes), ingest_story_full.json (--full), ingest_story_custom.json.

    python benchmarks/bench_ingest_story.py                      # N = 1,000 … 8,000, both stories
    python benchmarks/bench_ingest_story.py --full               # N = 1,000 … 32,000 (the issue's range; ~15 min)
    python benchmarks/bench_ingest_story.py --sizes 500,1000,2000 --story defection

Two stories, each told by N outlets in their own words (so they are not near-duplicates of one another): a group
defection from a restaurant, and a Security Council resolution. Outlets vary what they give (head count, city,
date precision, sources, route) as real coverage does. Reported per size: wall and CPU seconds, peak resident
memory, profile comparisons made by the resolver, events and judgements stored; per doubling, the CPU-time ratio
(the target is at most 2.2, as for linear work with some noise; 4 would be quadratic). Ratios are within one run
on one machine; CPU time, because the machine is shared and wall time measures the neighbours too.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGET_RATIO = 2.2
TARGET_PEAK_MB = 1024

NUMBERS = {13: "Thirteen", 12: "Twelve"}
CITIES = ("Ningbo", "the eastern Chinese city of Ningbo", "Zhejiang province", "China")
DATES = ("on April 7, 2016", "on 7 April 2016", "in early April 2016", "last week", "in April", "")
SOURCES = ("the Unification Ministry said", "officials in Seoul said", "a government spokesman told reporters",
           "according to South Korean media", "sources said")
FILLER = ("The restaurant had been popular with tourists.", "Sanctions have squeezed such businesses.",
          "Pyongyang has called the departure an abduction.", "The ministry declined to give further details.",
          "Analysts said more departures were likely.", "Their current whereabouts were not disclosed.",
          "It was the largest such group in years.", "Diners said the staff sang and danced for guests.",
          "North Korea runs dozens of restaurants in Asia.", "The workers were said to be in good health.")


def local_colour(rnd: random.Random) -> str:
    """Three sentences of an outlet's own (made-up words), so that independent reports are not near-duplicates
    (copies of one wire story are another benchmark: the near-duplicate index's)."""
    words = ["".join(rnd.choice("abcdefghiklmnoprstuvy") for _ in range(rnd.randint(3, 8))) for _ in range(45)]
    return " ".join(f"{' '.join(words[k:k + 15]).capitalize()}." for k in (0, 15, 30))


def defection_report(i: int, rnd: random.Random) -> dict:
    n = rnd.choice((13, 13, 13, 12))
    who = rnd.choice((f"{NUMBERS[n]} North Korean restaurant workers",
                      f"{NUMBERS[n]} North Koreans who worked at a state-run restaurant",
                      "A group of North Korean restaurant employees"))
    where = rnd.choice(CITIES)
    when = rnd.choice(DATES)
    lead = f"{who} from {where} defected to South Korea {when}, {rnd.choice(SOURCES)}.".replace("  ", " ")
    body = " ".join(rnd.sample(FILLER, 3)) + " " + local_colour(rnd)
    day = 9 + rnd.randint(0, 50)
    published = f"2016-{4 + (day - 1) // 30:02d}-{(day - 1) % 30 + 1:02d}"
    return {"doc_id": f"defection-{i:06d}", "outlet": f"Outlet {i}", "url": f"https://outlet{i}.example/news/{i}",
            "title": f"Restaurant staff defect ({i})", "published": published, "text": f"{lead} {body} Ref {i}."}


RES_DATES = ("on December 22, 2017", "on Friday", "in December 2017", "late last year", "")
RES_NAMES = ("Resolution 2397", "UN Security Council Resolution 2397", "resolution 2397", "the latest UN resolution")
RES_FILLER = ("The measure caps refined oil imports.", "Workers abroad must be sent home within 24 months.",
              "China and Russia voted in favour.", "Restaurants run by the North are expected to close.",
              "Pyongyang called the sanctions an act of war.", "The vote was unanimous.",
              "Diplomats said enforcement would be uneven.", "Earnings from overseas labour fund the regime.")


def resolution_report(i: int, rnd: random.Random) -> dict:
    lead = (f"The UN Security Council adopted {rnd.choice(RES_NAMES)} {rnd.choice(RES_DATES)}, ordering countries to "
            f"send North Korean workers home.").replace("  ", " ")
    body = " ".join(rnd.sample(RES_FILLER, 3)) + " " + local_colour(rnd)
    day = 23 + rnd.randint(0, 100)
    y, d = (2017, day) if day <= 31 else (2018, day - 31)
    published = f"{y}-12-{d:02d}" if y == 2017 else f"2018-{1 + (d - 1) // 30:02d}-{(d - 1) % 30 + 1:02d}"
    return {"doc_id": f"resolution-{i:06d}", "outlet": f"Outlet {i}", "url": f"https://outlet{i}.example/un/{i}",
            "title": f"UN sanctions ({i})", "published": published, "text": f"{lead} {body} Ref {i}."}


STORIES = {"defection": defection_report, "resolution": resolution_report}


def one(story: str, n: int, work: Path) -> dict:
    """Ingest N reports of one story into an empty database (run in a fresh process)."""
    from nkwatch.ingest.sources import iter_source
    from nkwatch.store.ingestion import Ingestion
    from nkwatch.store.writer import Writer

    rnd = random.Random(15)
    src = work / f"{story}-{n}.jsonl"
    src.write_text("".join(json.dumps(STORIES[story](i, rnd)) + "\n" for i in range(n)), encoding="utf-8")
    db = work / f"{story}-{n}.db"
    for p in work.glob(f"{story}-{n}.db*"):
        p.unlink()
    wall, cpu = time.perf_counter(), time.process_time()
    with Writer.for_path(db) as w:
        run = Ingestion(w, [str(src)])
        run.consume(str(src), iter_source(str(src)))
        report = run.finish()
        resolver = run.kb._resolver if run.kb is not None else None
        comparisons = getattr(resolver, "comparisons", None)     # None: a resolver that does not count them
        conn = w.conn
        judgements = dict(conn.execute("SELECT verdict, COUNT(*) FROM kb_judgements GROUP BY verdict").fetchall())
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    from nkwatch.store.canonical import event_groups
    import sqlite3

    with sqlite3.connect(db) as conn:
        sizes = sorted((len(ms) for _, ms in event_groups(conn)), reverse=True)
    return {"story": story, "n": n, "stored": report.stored, "wall_s": round(wall, 2), "cpu_s": round(cpu, 2),
            "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "comparisons": comparisons, "judgements": judgements, "events": len(sizes),
            "largest_event": sizes[0] if sizes else 0}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default=None, help="comma-separated N (default 1000,2000,4000,8000)")
    ap.add_argument("--full", action="store_true", help="N = 1,000 … 32,000")
    ap.add_argument("--story", choices=[*STORIES, "both"], default="both")
    ap.add_argument("--workdir", type=Path, default=None)
    ap.add_argument("--one", nargs=2, metavar=("STORY", "N"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="nkwatch-bench-ingest-"))
    work.mkdir(parents=True, exist_ok=True)
    if args.one:
        print(json.dumps(one(args.one[0], int(args.one[1]), work)))
        return 0
    sizes = [int(x) for x in args.sizes.split(",")] if args.sizes else \
        [1000, 2000, 4000, 8000, 16000, 32000] if args.full else [1000, 2000, 4000, 8000]
    stories = list(STORIES) if args.story == "both" else [args.story]
    out: dict = {"target": {"cpu_ratio_per_doubling_max": TARGET_RATIO, "peak_mb_max": TARGET_PEAK_MB}, "stories": {}}
    ok = True
    for story in stories:
        rows = []
        for n in sizes:
            p = subprocess.run([sys.executable, __file__, "--one", story, str(n), "--workdir", str(work)],
                               capture_output=True, text=True)
            if p.returncode != 0:
                print(p.stderr, file=sys.stderr)
                return 1
            rows.append(json.loads(p.stdout.strip().splitlines()[-1]))
            print(json.dumps(rows[-1]), flush=True)
        ratios = [round(b["cpu_s"] / a["cpu_s"], 2) for a, b in zip(rows, rows[1:]) if b["n"] == 2 * a["n"]]
        comparison_ratios = [round(b["comparisons"] / max(a["comparisons"], 1), 2) for a, b in zip(rows, rows[1:])
                             if b["n"] == 2 * a["n"] and a["comparisons"] is not None]
        peak = max(r["peak_mb"] for r in rows)
        passed = all(r <= TARGET_RATIO for r in ratios) and peak <= TARGET_PEAK_MB
        ok &= passed
        out["stories"][story] = {"rows": rows, "cpu_ratio_per_doubling": ratios,
                                 "comparison_ratio_per_doubling": comparison_ratios, "peak_mb": peak,
                                 "meets_target": passed}
    (HERE / "results").mkdir(exist_ok=True)
    name = "ingest_story_full.json" if args.full else "ingest_story.json" if not args.sizes else "ingest_story_custom.json"
    (HERE / "results" / name).write_text(json.dumps(out, indent=1) + "\n")
    print(json.dumps({s: {k: v for k, v in r.items() if k != "rows"} for s, r in out["stories"].items()}, indent=1))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
