"""Event resolution benchmark: the batch resolver (indexed candidates) against all-pairs matching measured in the
same run, and how its time grows with the batch.

    python benchmarks/bench_resolve.py [--events 8000]

Reports ratios, which hold on any machine: speed-up over all-pairs comparison at the same size, and the time
ratio between N and N/4 events (4 is linear, 16 quadratic). Results go to benchmarks/results/resolve.json.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import time
from pathlib import Path

from nkwatch.resolve.batch import assign_clusters, mentions_of
from nkwatch.resolve.match import compare

TYPES = ("defection", "return", "closure", "opening", "sanction")
COUNTRIES = ("CN", "RU", "VN", "KH", "LA", "MN", "NP", "TH", "MY", "ID", "AE", "KW")


def synthetic(n_events: int, seed: int = 1) -> list[dict]:
    """Records of 0-3 events each, spread over types, countries, cities and two decades."""
    rnd = random.Random(seed)
    records, made = [], 0
    while made < n_events:
        events = []
        for _ in range(min(rnd.randint(0, 3), n_events - made)):
            c = rnd.choice(COUNTRIES)
            events.append({"type": rnd.choice(TYPES), "count": rnd.randint(1, 30),
                           "workplace": {"city": f"{c}-city-{rnd.randint(0, 19)}", "country": c},
                           "date": f"{rnd.randint(2000, 2020)}-{rnd.randint(1, 12):02d}",
                           "issuer": "UN", "instrument": f"UNSCR {rnd.randint(1700, 2400)}",
                           "evidence": [{"start": 0, "end": 1}]})
        made += len(events)
        records.append({"doc_id": f"d{len(records):06d}", "events": events})
    return records


def timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=8000)
    n = ap.parse_args().events
    small = n // 4
    t_small = timed(lambda: assign_clusters(synthetic(small)))
    t_full = timed(lambda: assign_clusters(synthetic(n)))
    mentions = [m for r in synthetic(small) for m in mentions_of(r)]
    t_pairs = timed(lambda: [compare(a, b) for a, b in itertools.combinations(mentions, 2) if a.type == b.type])
    result = {"events": n, "seconds": round(t_full, 3), "events_per_second": round(n / t_full),
              "growth_n_over_n4": round(t_full / t_small, 2),
              "speedup_over_all_pairs_at_n4": round(t_pairs / t_small, 1)}
    out = Path(__file__).resolve().parent / "results" / "resolve.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(result, indent=1) + "\n")
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
