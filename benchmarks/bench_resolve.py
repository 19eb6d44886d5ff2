"""Event resolution benchmark: the batch resolver (indexed, exact) against all-pairs matching measured in the
same run, and how its time grows with the batch.

    python benchmarks/bench_resolve.py [--events 45000] [--reference-events 2000]

Reports ratios, which hold on any machine: the CPU-time ratio between N and N/4 events (4 is linear, 16
quadratic) for the batch clustering of ``nkwatch extract``/``run`` (``assign_clusters``, links only) and for the
store's resolver, which also records every near-miss ("unsure") judgement; and the speed-up over comparing every
pair of mentions of a type, at a size the all-pairs reference can finish. 45,000 events is about what the
1,000,000-article synthetic crawl of issue 6 yields. Results go to benchmarks/results/resolve.json.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import time
from pathlib import Path

from nkwatch.resolve.batch import assign_clusters, mentions_of
from nkwatch.resolve.events import EventResolver
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


def cpu(fn) -> float:
    # CPU time of this process: the machine is shared, and wall time would measure the neighbours too.
    t = time.process_time()
    fn()
    return time.process_time() - t


def store_mode(records: list[dict]) -> int:
    """The store's resolver over the batch (near-misses recorded); returns the decisions made."""
    resolver = EventResolver()
    return sum(len(resolver.add_article(mentions_of(r))) for r in records)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=45_000)
    ap.add_argument("--reference-events", type=int, default=2000, help="size for the all-pairs comparison")
    a = ap.parse_args()
    n, small = a.events, a.events // 4
    batch_small, batch_full = synthetic(small), synthetic(n)
    t_small = cpu(lambda: assign_clusters(json.loads(json.dumps(batch_small))))
    t_full = cpu(lambda: assign_clusters(json.loads(json.dumps(batch_full))))
    decisions = {}
    s_small = cpu(lambda: decisions.setdefault(small, store_mode(batch_small)))
    s_full = cpu(lambda: decisions.setdefault(n, store_mode(batch_full)))
    ref = synthetic(a.reference_events)
    t_ref = cpu(lambda: assign_clusters(json.loads(json.dumps(ref))))
    mentions = [m for r in ref for m in mentions_of(r)]
    t_pairs = cpu(lambda: [compare(x, y) for x, y in itertools.combinations(mentions, 2) if x.type == y.type])
    result = {"events": n, "cpu_seconds": round(t_full, 3), "events_per_cpu_second": round(n / t_full),
              "growth_n_over_n4": round(t_full / t_small, 2),
              "store_mode": {"cpu_seconds": round(s_full, 3), "growth_n_over_n4": round(s_full / s_small, 2),
                             "decisions": decisions[n], "decisions_growth_n_over_n4": round(decisions[n] / decisions[small], 2)},
              "all_pairs": {"events": a.reference_events, "speedup": round(t_pairs / t_ref, 1)},
              "before": {"growth_n_over_n4": 7.5, "events": 8000, "seconds": 4.628,
                         "note": "previous resolver (type/country/year blocks, every member compared), same benchmark"}}
    out = Path(__file__).resolve().parent / "results" / "resolve.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(result, indent=1) + "\n")
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
