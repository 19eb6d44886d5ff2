"""Serving speed with a million events: filtered GET /api/events and the event page, through a real
`nkwatch serve` (uvicorn) on a loopback port.

The store gets synthetic articles (real rows, with FTS) and 1,000,000 synthetic canonical events written
straight into the serving index (by index.insert_events, in date order, as refresh_index writes them):
folding a million events out of statements is the knowledge base's job and not what is measured here. The
index's fingerprint is set to the store's, so the server takes it as current and serves it as is.

Targets (issue 5): p95 <= 50 ms for filtered /api/events, p95 <= 100 ms for the event page. Each figure is also
given as a ratio to GET /healthz measured in the same run (the HTTP floor of this machine at this moment).

    .venv/bin/python benchmarks/bench_serve.py [--events 1000000] [--requests 400] [--db PATH]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from nkwatch.ingest.prepare import prepare_record
from nkwatch.model import content_hash
from nkwatch.resolve.names import city_key
from nkwatch.serve.index import (SCHEMA_VERSION, create_schema, filter_tokens, insert_events, kb_fingerprint,
                                  summarise)
from nkwatch.store.articles import insert_article
from nkwatch.store.writer import Writer

TYPES = [("defection", 0.45), ("return", 0.15), ("closure", 0.15), ("opening", 0.15), ("sanction", 0.10)]
STATUSES = ["confirmed", "reported", "pending", "disputed", None]
WORDS = ("waitress worker restaurant border embassy ministry consulate police hotel factory delegation envoy "
         "province harbour market station airport visa permit shift manager kitchen chef staff guard route "
         "escape arrival departure boat bus train flight night morning winter summer spring autumn").split()
OUTLETS = [f"Outlet {i}" for i in range(60)]


def _countries(n: int) -> list[tuple[str, float, float]]:
    import pycountry

    rnd = random.Random(7)
    codes = sorted(c.alpha_2 for c in pycountry.countries)
    return [(c, rnd.uniform(-40, 60), rnd.uniform(-100, 150)) for c in rnd.sample(codes, n)]


def build(db: str, n_events: int, n_articles: int, seed: int = 1) -> dict:
    rnd = random.Random(seed)
    countries = _countries(40)
    cities = [(f"City{i}", *countries[i % len(countries)]) for i in range(600)]
    restaurants = [(f"rs-{i:06d}", f"Restaurant {i}", cities[rnd.randrange(len(cities))]) for i in range(2000)]
    t0 = time.perf_counter()
    with Writer(db) as w:
        texts = {}
        with w.transaction() as conn:
            for i in range(n_articles):
                words = " ".join(rnd.choice(WORDS) for _ in range(220))
                rec = {"doc_id": f"syn-{i:06d}", "title": f"Report {i} on {rnd.choice(WORDS)}",
                       "outlet": rnd.choice(OUTLETS), "published": f"20{rnd.randrange(0, 26):02d}-01-01",
                       "url": f"https://news.example/{i}", "text": words}
                a = prepare_record(rec)
                insert_article(conn, a, canonical_url=rec["url"], content_hash=content_hash(a.text),
                               text_group=a.doc_id, raw=None, first_seen="2026-01-01T00:00:00Z", run_id=None)
                texts[a.doc_id] = a.text
        t_articles = time.perf_counter() - t0
        doc_ids = list(texts)

        def event(i: int):
            t = rnd.choices([x for x, _ in TYPES], [w for _, w in TYPES])[0]
            y, m, d = rnd.randrange(2000, 2026), rnd.randrange(1, 13), rnd.randrange(1, 29)
            precision = rnd.choice(["day", "day", "month", "month", "year"])
            date = {"day": f"{y}-{m:02d}-{d:02d}", "month": f"{y}-{m:02d}", "year": f"{y}"}[precision]
            lo = {"day": date, "month": f"{date}-01", "year": f"{date}-01-01"}[precision]
            hi = {"day": date, "month": f"{date}-31", "year": f"{date}-12-31"}[precision]
            rid, rname, (city, country, lat, lon) = rnd.choice(restaurants)
            if t == "sanction":
                rid = rname = city = None
            status = None if t == "sanction" else rnd.choice(STATUSES)
            docs = rnd.sample(doc_ids, rnd.choice([1, 1, 2, 3]))
            mentions = []
            for k, doc in enumerate(docs):
                a = rnd.randrange(0, 900)
                mentions.append({"doc_id": doc, "outlet": rnd.choice(OUTLETS), "published": lo,
                                 "mention_id": f"em-{i}-{k}", "evidence": [{"start": a, "end": a + 60}], "fact": {}})
            count = rnd.randrange(1, 30) if t in ("defection", "return") else None
            place = {"name": rname, "city": city, "country": country} if rid else {}
            label = f"{t.capitalize()}" + (f" of {count} people" if count else "") + (f" from {rname} in {city}"
                                                                                      if rid else "")
            summary = {"id": f"ev-{i:08d}", "type": t, "date": date, "date_precision": precision, "place": place,
                       "place_precision": "city" if rid else None, "lat": lat if rid else None,
                       "lon": lon if rid else None, "count": count, "count_max": None, "status": status,
                       "sources": len(docs), "mentions": len(docs),
                       "first_reported": {k: mentions[0][k] for k in ("doc_id", "outlet", "published")},
                       "label": label, "place_label": f"{city}, {country}" if rid else "", "restaurant_id": rid,
                       "restaurant": rname, "contested": []}
            slots = {"count": {"value": count, "support": len(docs), "sources": mentions[:1], "alternatives": []}} \
                if count else {}
            slots["date"] = {"value": date, "support": len(docs), "sources": mentions[:1], "alternatives": []}
            dossier = {**summary, "slots": slots, "mention_list": mentions,
                       "status_history": [{"status": status, **mentions[0]}] if status else [],
                       "articles": [{"doc_id": d, "title": f"Report on {d}", "outlet": "Outlet", "published": lo,
                                     "url": None} for d in docs], "judgements": []}
            ckey = city_key(city) if city else None
            body = " ".join([label, t, city or "", country or "", *(rnd.choice(WORDS) for _ in range(12)),
                             filter_tokens(t, status, country if rid else None, rid, ckey)])
            return ((lo, i), (f"ev-{i:08d}", t, status, country if rid else None, ckey,
                              rid, date, lo, hi, len(docs), summary["lat"], summary["lon"], summary["place_precision"],
                              json.dumps(summary), json.dumps(dossier)), body)

        t1 = time.perf_counter()
        events = sorted((event(i) for i in range(n_events)), key=lambda e: e[0])
        t_gen = time.perf_counter() - t1
        t2 = time.perf_counter()
        with w.transaction() as conn:
            create_schema(conn)
            insert_events(conn, ((*row, body) for _, row, body in events))
            conn.executemany("INSERT INTO serve_restaurants (restaurant_id, name, country, data) VALUES (?,?,?,?)",
                             ((rid, name, c, json.dumps({"id": rid, "name": name, "city": city, "country": c,
                                                          "lat": lat, "lon": lon, "precision": "city",
                                                          "aliases": [name], "lifecycle": [], "mentions": [],
                                                          "sources": 1, "state": None}))
                              for rid, name, (city, c, lat, lon) in restaurants))
            summarise(conn)
            conn.execute("INSERT OR REPLACE INTO serve_meta (key, value) VALUES ('schema', ?)", (SCHEMA_VERSION,))
            conn.execute("INSERT OR REPLACE INTO serve_meta (key, value) VALUES ('fingerprint', ?)",
                         (kb_fingerprint(conn),))
        t_write = time.perf_counter() - t2
        w.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        w.conn.execute("ANALYZE")
    return {"events": n_events, "articles": n_articles, "restaurants": len(restaurants),
            "countries": [c for c, _, _ in countries], "restaurant_ids": [r[0] for r in restaurants],
            "seconds": {"articles": round(t_articles, 1), "generate": round(t_gen, 1), "write": round(t_write, 1)},
            "db_mb": round(os.path.getsize(db) / 1e6)}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _filters(rnd: random.Random, info: dict) -> dict:
    """A filter a person might set: one to three of type, country, status, restaurant, date range, words."""
    choices = {
        "type": lambda: rnd.choice([t for t, _ in TYPES]),
        "country": lambda: rnd.choice(info["countries"]),
        "status": lambda: rnd.choice(STATUSES[:4]),
        "restaurant": lambda: rnd.choice(info["restaurant_ids"]),
        "date": None,
        "q": lambda: " ".join(rnd.sample(WORDS, rnd.choice([1, 1, 2]))),
    }
    out: dict = {}
    for key in rnd.sample(list(choices), rnd.choice([1, 1, 2, 2, 3])):
        if key == "date":
            y = rnd.randrange(2000, 2026)
            out["date_from"] = f"{y}-{rnd.randrange(1, 13):02d}"
            out["date_to"] = f"{min(2025, y + rnd.choice([0, 1, 3])):04d}-12"
        else:
            out[key] = choices[key]()
    if rnd.random() < 0.2:
        out["offset"] = rnd.choice([50, 100, 200])
    return out


def measure(base: str, paths: list[str]) -> list[float]:
    times = []
    with httpx.Client(base_url=base, timeout=30) as c:
        for p in paths[:20]:
            c.get(p)  # warm-up: connections, page cache
        for p in paths:
            t = time.perf_counter()
            r = c.get(p)
            times.append((time.perf_counter() - t) * 1000)
            if r.status_code != 200:
                raise SystemExit(f"{p}: HTTP {r.status_code} {r.text[:200]}")
    return times


def stats(ms: list[float]) -> dict:
    q = statistics.quantiles(ms, n=100)
    return {"n": len(ms), "p50_ms": round(q[49], 2), "p95_ms": round(q[94], 2), "max_ms": round(max(ms), 2)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--articles", type=int, default=20_000)
    ap.add_argument("--requests", type=int, default=400)
    ap.add_argument("--db", help="build here (default: a temporary directory, removed after)")
    args = ap.parse_args()

    tmp = tempfile.TemporaryDirectory(prefix="nkwatch-bench-")
    db = args.db or str(Path(tmp.name) / "bench.db")
    print(f"building {args.events:,} events, {args.articles:,} articles in {db} ...", file=sys.stderr)
    info = build(db, args.events, args.articles)
    print(f"built: {info['seconds']}, {info['db_mb']} MB", file=sys.stderr)

    port = _free_port()
    exe = Path(sys.executable).with_name("nkwatch")
    proc = subprocess.Popen([str(exe), "--db", db, "serve", "--port", str(port)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(base + "/healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("the server did not start")
            time.sleep(0.3)
        rnd = random.Random(42)
        n = args.requests
        api_paths = ["/api/events?" + httpx.QueryParams(_filters(rnd, info)).__str__() for _ in range(n)]
        page_paths = [f"/events/ev-{rnd.randrange(args.events):08d}" for _ in range(n)]
        reference = stats(measure(base, ["/healthz"] * n))
        api = stats(measure(base, api_paths))
        page = stats(measure(base, page_paths))
        unfiltered = stats(measure(base, ["/api/events"] * (n // 4)))
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    floor = reference["p95_ms"] or 1e-9
    result = {
        "events": info["events"], "build": info["seconds"], "db_mb": info["db_mb"],
        "healthz (reference)": reference,
        "GET /api/events filtered": {**api, "target_p95_ms": 50, "ok": api["p95_ms"] <= 50,
                                     "p95_vs_reference": round(api["p95_ms"] / floor, 1)},
        "GET /events/{id} page": {**page, "target_p95_ms": 100, "ok": page["p95_ms"] <= 100,
                                  "p95_vs_reference": round(page["p95_ms"] / floor, 1)},
        "GET /api/events unfiltered": {**unfiltered, "p95_vs_reference": round(unfiltered["p95_ms"] / floor, 1)},
    }
    out = Path(__file__).resolve().parent / "results"
    out.mkdir(exist_ok=True)
    (out / "bench_serve.json").write_text(json.dumps(result, indent=1))
    print(json.dumps(result, indent=1))
    tmp.cleanup()


if __name__ == "__main__":
    main()
