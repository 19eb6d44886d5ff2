"""Serving speed at scale: filtered GET /api/events and the event page, through a real `nkwatch serve` (uvicorn)
on a loopback port.

Two ways to fill the store (``--mode``):

- ``kb`` (the default): synthetic articles and their extraction records stored through the store's own
  ``KnowledgeBase.store`` (statements, mentions, machine judgements from the event resolver), then folded and
  written by ``serve.index.refresh_index`` (a chunk of event groups at a time), as ``nkwatch ingest`` and
  ``nkwatch load`` leave a store. Reported besides the API figures: the store time, ``fold_knowledge``'s time
  (every event held at once, as the CLI and exports read them), the whole refresh (fold + write, with the share of
  its fold steps), and the refresh after 1,000 new articles (incremental, with where its time went), each with its
  peak memory, the fold and the refreshes in processes of their own.
  Default 20,000 stories (about 19,000 events from 31,000 articles; storing them took about 50 s on 2026-12-04,
  1.6 ms an article, against 80 s before); ``--events 60000`` about 12 minutes. Measured on 2026-12-04 (the shared
  2-core machine, under nice): ``--events 300000`` (229,895 events, 451,360 articles) in 43 minutes: store 1,440 s
  (4.4 GB peak), fold_knowledge 111 s (3.8 GB), whole refresh 539 s (1.6 GB), the refresh after 1,000 new articles
  69 s (1.6 GB), filtered /api/events p95 7.5 ms, event page p95 5.6 ms. ``--events 1000000`` is the issue's size,
  not measured: extrapolated from 300,000 stories, the store alone 2 to 2.5 hours (its cost per article still
  grows) and about 19 GB, more than this machine can spare. Results: bench_serve_kb.json (default size),
  bench_serve_kb_N.json; ``docs/architecture.md`` has the figures and what they say.
- ``direct``: 1,000,000 synthetic canonical events written straight into the serving index (insert_events),
  after the articles (so no change is pending for a refresh): the serving layer alone. Results: bench_serve.json.

Targets (issues 5 and 15): p95 <= 50 ms for filtered /api/events, p95 <= 100 ms for the event page. Each figure is
also given as a ratio to GET /healthz measured in the same run (the HTTP floor of this machine at this moment).

    .venv/bin/python benchmarks/bench_serve.py [--mode kb|direct] [--events N] [--requests 400] [--db PATH]
"""

from __future__ import annotations

import argparse
import itertools
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
from nkwatch.serve.index import SCHEMA_VERSION, create_schema, event_rowid, filter_tokens, insert_events, summarise
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
            return ((lo, i), (event_rowid(lo, date, f"ev-{i:08d}"), f"ev-{i:08d}", t, status, country if rid else None, ckey,
                              rid, date, lo, hi, len(docs), summary["lat"], summary["lon"], summary["place_precision"],
                              json.dumps(summary), json.dumps(dossier)), body)

        t1 = time.perf_counter()
        events = sorted((event(i) for i in range(n_events)), key=lambda e: e[1][0])
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
            conn.execute("INSERT OR REPLACE INTO serve_meta (key, value) VALUES ('events', ?)", (str(n_events),))
        t_write = time.perf_counter() - t2
        w.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        w.conn.execute("ANALYZE")
    return {"events": n_events, "articles": n_articles, "restaurants": len(restaurants),
            "countries": [c for c, _, _ in countries], "restaurant_ids": [r[0] for r in restaurants],
            "seconds": {"articles": round(t_articles, 1), "generate": round(t_gen, 1), "write": round(t_write, 1)},
            "db_mb": round(os.path.getsize(db) / 1e6)}


KB_VERSION = "bench-1"
NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]


class StoryMaker:
    """Synthetic stories for the knowledge-base mode: each is one happening told by one to three articles, each
    article an extraction record whose evidence spans point into its own text (as the rules extractor writes
    them). About a third of the multi-report stories give the date to the month in one report and to the day in
    another, as real coverage does, so the resolver's linking is exercised, not bypassed."""

    def __init__(self, seed: int):
        self.rnd = rnd = random.Random(seed)
        countries = _countries(40)
        self.countries = [c for c, _, _ in countries]
        self.cities = [(f"City{i}", *countries[i % len(countries)]) for i in range(600)]
        self.restaurants = [(f"Restaurant {i}", self.cities[rnd.randrange(len(self.cities))]) for i in range(2000)]
        self.n_articles = 0

    def story(self, i: int) -> list[tuple[dict, dict]]:
        """(article record, extraction record) for each report of story ``i``."""
        rnd = self.rnd
        t = rnd.choices([x for x, _ in TYPES], [w for _, w in TYPES])[0]
        y, m, d = rnd.randrange(2000, 2026), rnd.randrange(1, 13), rnd.randrange(1, 29)
        name, (city, country, lat, lon) = rnd.choice(self.restaurants)
        count = rnd.randrange(2, 13) if t in ("defection", "return") else None
        status = rnd.choice(STATUSES)
        out = []
        for k in range(rnd.choice([1, 1, 1, 1, 2, 3])):
            precision = rnd.choice(["day", "day", "month"])
            date = f"{y}-{m:02d}-{d:02d}" if precision == "day" else f"{y}-{m:02d}"
            doc_id = f"kb-{self.n_articles:07d}"
            self.n_articles += 1
            filler = " ".join(rnd.choice(WORDS) for _ in range(60))
            if t == "sanction":
                lead = f"The council adopted resolution {2000 + i % 900} on {date}, barring new work permits."
                fact = {"type": "sanction", "issuer": "UNSC", "instrument": f"resolution {2000 + i % 900}",
                        "date": date, "status": status}
                restaurants = []
            else:
                who = f"{NUMBER_WORDS[count - 2]} workers" if count else "The restaurant"
                lead = f"{who} of {name} in {city} ({t}) on {date}, officials said."
                place = {"kind": "restaurant", "name": name, "city": city, "region": None, "country": country}
                fact = {"type": t, "count": count, "approx": False, "transit": [], "destination": None,
                        "workplace": place, "date": date, "status": status, "lat": lat, "lon": lon,
                        "place_precision": "city"}
                restaurants = [{"name": name, "city": city, "country": country, "lat": lat, "lon": lon,
                                "place_precision": "city",
                                "evidence": [{"start": lead.index(name), "end": lead.index(name) + len(name)}]}]
            fact = {k2: v for k2, v in fact.items() if v is not None}
            fact["evidence"] = [{"start": 0, "end": len(lead)}]
            text = f"{lead} {filler}."
            article = {"doc_id": doc_id, "title": f"Report {doc_id} on {t} in {city}", "outlet": rnd.choice(OUTLETS),
                       "published": f"{y}-{m:02d}-{min(28, d + k):02d}", "url": f"https://news.example/{doc_id}",
                       "text": text}
            out.append((article, {"relevant": True, "events": [fact], "claims": [], "restaurants": restaurants}))
        return out


def store_reports(w: Writer, reports, batch: int = 500) -> dict:
    """Store (article, extraction record) pairs through the store's own functions, in batches of ``batch``
    articles per transaction (as ``nkwatch load`` does)."""
    from nkwatch.store.facts import KnowledgeBase

    kb = KnowledgeBase(w.conn)
    reports = iter(reports)
    n = 0
    rates: list[tuple[int, float]] = []     # (articles stored, seconds): how the store's cost grows
    t0 = time.perf_counter()
    while True:
        chunk = [r for _, r in zip(range(batch), reports)]
        if not chunk:
            break
        with w.transaction() as conn:
            for rec, extraction in chunk:
                a = prepare_record(rec)
                insert_article(conn, a, canonical_url=rec["url"], content_hash=content_hash(a.text),
                               text_group=a.doc_id, raw=None, first_seen="2026-01-01T00:00:00Z", run_id=None)
                kb.store(a.doc_id, extraction, KB_VERSION)
        n += len(chunk)
        if n % 10_000 < batch:
            rates.append((n, round(time.perf_counter() - t0, 1)))
            print(f"  stored {n:,} articles in {rates[-1][1]} s", file=sys.stderr)
    return {"articles": n, "seconds": round(time.perf_counter() - t0, 1), "progress": rates}


def fold_profile(db: str) -> dict:
    """Seconds of the whole rebuild's fold steps (``serve.index.write_index``), timed one by one on a fresh
    connection: the groups from the mention ids and judgements, the events folded a chunk of groups at a time, the
    restaurant registry from their registry input."""
    import sqlite3

    from nkwatch.store.knowledge import without_cycle_collection

    conn = sqlite3.connect(db)
    with without_cycle_collection():    # as the rebuild folds
        return _fold_steps(conn, {})


def _fold_steps(conn, out: dict) -> dict:
    from nkwatch.store.canonical import group_ids, load_reviews
    from nkwatch.store.knowledge import event_order, event_parts, event_reviews, fold_registry, registry_input

    t = time.perf_counter()
    groups = group_ids(conn)
    out["event_groups"] = round(time.perf_counter() - t, 2)
    del groups
    t = time.perf_counter()
    inputs = [registry_input(e) for part in event_parts(conn, event_reviews(load_reviews(conn, active=False)))
              for e in part.events]
    out["fold_events"] = round(time.perf_counter() - t, 2)      # (event_parts reads the groups again)
    t = time.perf_counter()
    fold_registry(conn, sorted(inputs, key=event_order))
    out["restaurant_registry"] = round(time.perf_counter() - t, 2)
    conn.close()
    return out


FOLD_ALONE = """
import json, sqlite3, sys, time
from nkwatch.store.knowledge import fold_knowledge
t = time.perf_counter()
kb = fold_knowledge(sqlite3.connect(sys.argv[1]))
seconds = time.perf_counter() - t
hwm = next(int(x.split()[1]) for x in open("/proc/self/status") if x.startswith("VmHWM:"))
print(json.dumps({"seconds": round(seconds, 1), "events": len(kb.events), "peak_rss_mb": hwm // 1024}))
"""


REFRESH_ALONE = """
import json, sys, time
from nkwatch.serve.index import refresh_index
t = time.perf_counter()
out = refresh_index(sys.argv[1], force=sys.argv[2] == "force")
out["wall_seconds"] = round(time.perf_counter() - t, 1)
out["peak_rss_mb"] = next(int(x.split()[1]) for x in open("/proc/self/status") if x.startswith("VmHWM:")) // 1024
print(json.dumps(out))
"""


def refresh_alone(db: str, *, force: bool = False) -> dict:
    """``refresh_index`` in a process of its own (as the server's refresher runs it, with its own Writer): what it
    wrote, its wall time and its peak memory."""
    out = subprocess.run([sys.executable, "-c", REFRESH_ALONE, db, "force" if force else "changes"],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def fold_alone(db: str) -> dict:
    """``fold_knowledge`` in a process of its own: its time, and its peak memory (the interpreter's included)."""
    out = subprocess.run([sys.executable, "-c", FOLD_ALONE, db], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def _reset_peak() -> None:
    """Start a new peak-RSS reading (Linux: writing 5 to clear_refs resets VmHWM)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def _peak_mb() -> int | None:
    """This process's peak resident memory since the last ``_reset_peak``, in MB."""
    try:
        line = next(x for x in Path("/proc/self/status").read_text().splitlines() if x.startswith("VmHWM:"))
        return int(line.split()[1]) // 1024
    except (OSError, StopIteration):
        return None


def build_kb(db: str, n_events: int, seed: int = 1) -> dict:
    """Fill the store through the knowledge base, fold it, write the index; then 1,000 more articles and the
    refresh they cost. Returns the timings and what the API filters draw from."""
    import sqlite3

    maker = StoryMaker(seed)
    secs: dict = {}
    peak: dict = {}
    with Writer(db) as w:
        _reset_peak()
        stored = store_reports(w, (r for i in range(n_events) for r in maker.story(i)))
        secs["store"] = stored["seconds"]
        secs["store_progress"] = stored["progress"]
        peak["store"] = _peak_mb()
        w.conn.execute("ANALYZE")
    alone = fold_alone(db)      # fold_knowledge: every event held (what the CLI, exports and reviews read)
    secs["fold_knowledge"] = alone["seconds"]
    peak["fold_knowledge"] = alone["peak_rss_mb"]
    n_canonical = alone["events"]
    written = refresh_alone(db, force=True)    # the index's whole rebuild: folded a chunk at a time, written
    secs["refresh_full"] = written.pop("wall_seconds")
    peak["refresh_full"] = written.pop("peak_rss_mb")
    secs["fold_steps"] = fold_profile(db)
    with Writer(db) as w:
        # 1,000 new articles: new stories (not more reports of old ones), as a day's crawl brings
        added = store_reports(w, itertools.islice((r for i in itertools.count(n_events) for r in maker.story(i)),
                                                  1000))
        secs["store_1000_more"] = added["seconds"]
    refreshed = refresh_alone(db)        # what the server's background thread does next: incremental
    secs["refresh_after_1000_articles"] = refreshed.pop("wall_seconds")
    peak["refresh_after_1000_articles"] = refreshed.pop("peak_rss_mb")
    with Writer(db) as w:
        w.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        w.conn.execute("ANALYZE")
        ids = [r[0] for r in w.conn.execute("SELECT event_id FROM serve_events")]
        judgements = dict(w.conn.execute("SELECT verdict, COUNT(*) FROM kb_judgements GROUP BY verdict").fetchall())
    return {"events": len(ids), "stories": n_events, "articles": maker.n_articles,
            "canonical_events_before_refresh": n_canonical, "index_written": written,
            "index_refreshed": refreshed, "judgements": judgements, "event_ids": ids,
            "countries": maker.countries, "restaurant_ids": sorted({r for r, in sqlite3.connect(db).execute(
                "SELECT restaurant_id FROM serve_restaurants")}),
            "seconds": secs, "peak_rss_mb": peak, "db_mb": round(os.path.getsize(db) / 1e6)}


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


def extrapolate(info: dict) -> dict:
    """The fold and refresh at 1,000,000 events, linear from this size (the fold's steps are dictionaries and
    sorts over the mentions; ``--events 1000000`` measures instead of extrapolating). The incremental refresh:
    its fold of the touched events stays (it grows with the 1,000 articles), the rest (registry folded whole,
    aggregates, writes) is scaled."""
    scale = 1_000_000 / max(info["events"], 1)
    s = info["seconds"]
    steps = (info.get("index_refreshed") or {}).get("seconds") or {}
    fixed = steps.get("fold_touched", 0)
    return {"basis_events": info["events"], "assumes": "linear growth",
            "store_seconds": round(s["store"] * scale), "fold_knowledge_seconds": round(s["fold_knowledge"] * scale),
            "refresh_full_seconds": round(s["refresh_full"] * scale),
            "refresh_after_1000_articles_seconds": round(fixed + (s["refresh_after_1000_articles"] - fixed) * scale),
            **{f"peak_rss_{k}_mb": round(v * scale) for k, v in (info.get("peak_rss_mb") or {}).items()}}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mode", choices=["kb", "direct"], default="kb",
                    help="kb: through statements, the fold and refresh_index; direct: straight into the index")
    ap.add_argument("--events", type=int, default=None, help="stories (kb, default 20,000) or events (direct, "
                                                             "default 1,000,000)")
    ap.add_argument("--articles", type=int, default=20_000, help="direct mode: articles the events cite")
    ap.add_argument("--requests", type=int, default=400)
    ap.add_argument("--db", help="build here (default: a temporary directory, removed after)")
    args = ap.parse_args()

    tmp = tempfile.TemporaryDirectory(prefix="nkwatch-bench-")
    db = args.db or str(Path(tmp.name) / "bench.db")
    if args.mode == "kb":
        n_events = args.events or 20_000
        print(f"storing {n_events:,} stories through the knowledge base in {db} ...", file=sys.stderr)
        info = build_kb(db, n_events)
        event_ids = info.pop("event_ids")
    else:
        n_events = args.events or 1_000_000
        print(f"building {n_events:,} events, {args.articles:,} articles in {db} ...", file=sys.stderr)
        info = build(db, n_events, args.articles)
        event_ids = [f"ev-{i:08d}" for i in range(n_events)]
    print(f"built: {info['seconds']}, {info['db_mb']} MB", file=sys.stderr)

    port = _free_port()
    exe = Path(sys.executable).with_name("nkwatch")
    # the per-client rate limit (50 a second) would answer this one client's burst with 429s: latency is measured
    config = Path(tmp.name) / "serve.toml"
    config.write_text("rate_limit = 0\n")
    proc = subprocess.Popen([str(exe), "--db", db, "serve", "--port", str(port)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env={**os.environ, "NKWATCH_CONFIG": str(config)})
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
        page_paths = [f"/events/{rnd.choice(event_ids)}" for _ in range(n)]
        reference = stats(measure(base, ["/healthz"] * n))
        api = stats(measure(base, api_paths))
        page = stats(measure(base, page_paths))
        unfiltered = stats(measure(base, ["/api/events"] * (n // 4)))
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    floor = reference["p95_ms"] or 1e-9
    result = {
        "mode": args.mode, "events": info["events"], "build": info["seconds"], "db_mb": info["db_mb"],
        **({"peak_rss_mb": info["peak_rss_mb"]} if args.mode == "kb" else {}),
        **({k: info[k] for k in ("stories", "articles", "index_written", "index_refreshed", "judgements")}
           if args.mode == "kb" else {}),
        "healthz (reference)": reference,
        "GET /api/events filtered": {**api, "target_p95_ms": 50, "ok": api["p95_ms"] <= 50,
                                     "p95_vs_reference": round(api["p95_ms"] / floor, 1)},
        "GET /events/{id} page": {**page, "target_p95_ms": 100, "ok": page["p95_ms"] <= 100,
                                  "p95_vs_reference": round(page["p95_ms"] / floor, 1)},
        "GET /api/events unfiltered": {**unfiltered, "p95_vs_reference": round(unfiltered["p95_ms"] / floor, 1)},
    }
    out = Path(__file__).resolve().parent / "results"
    out.mkdir(exist_ok=True)
    if args.mode == "kb":
        result["extrapolated_1M_events"] = extrapolate(info)
    name = "bench_serve.json" if args.mode == "direct" else "bench_serve_kb.json" if n_events == 20_000 \
        else f"bench_serve_kb_{n_events}.json"
    (out / name).write_text(json.dumps(result, indent=1))
    print(json.dumps(result, indent=1))
    tmp.cleanup()


if __name__ == "__main__":
    main()
