"""Resolution work grows linearly with a story's coverage: comparisons are counted, never timed.

Ingesting N reports of one defection into the store compares each new mention with a few event profiles, not with
every earlier report, and its SQL reads by index, so doubling N at most about doubles the comparisons and SQLite's
steps; the near-miss judgements written stay bounded per event. The batch clustering of ``nkwatch extract`` is held to the same.
"""

from __future__ import annotations

import random

import pytest

import nkwatch.resolve.events as events
from nkwatch.model import Article
from nkwatch.resolve.batch import assign_clusters
from nkwatch.store.articles import insert_article
from nkwatch.store.facts import KnowledgeBase
from nkwatch.store.writer import Writer
from nkwatch.resolve.events import MAX_UNSURE_PER_EVENT


def report_of_one_defection(i: int, rnd: random.Random) -> tuple[dict, str]:
    """One outlet's report of the same escape: details given or left out, dates at every precision, a few errors."""
    event = {"type": "defection", "count": rnd.choice((13, 13, 13, 12, None)), "female": rnd.choice((12, None)),
             "workplace": {"kind": "restaurant", "city": rnd.choice(("Ningbo", "Ningbo", None)),
                           "country": "CN", "name": rnd.choice((None, None, "Ryugyong"))},
             "destination": "KR", "date": rnd.choice(("2016-04-07", "2016-04", "2016-04-08", "2016", None)),
             "status": rnd.choice(("confirmed", "disputed", "reported")), "transit": rnd.choice(([], ["TH"])),
             "evidence": [{"start": 0, "end": 5}]}
    day = rnd.randint(0, 89)
    published = f"2016-{4 + day // 30:02d}-{8 + day % 30 // 2:02d}"
    return {"doc_id": f"r{i:06d}", "relevant": True, "events": [event], "claims": [], "restaurants": []}, published


def ingest_reports(path, n: int) -> dict:
    rnd = random.Random(15)
    steps = 0

    def count_steps() -> int:
        nonlocal steps
        steps += 1
        return 0

    with Writer.for_path(path) as w:
        with w.transaction() as conn:
            kb = KnowledgeBase(conn)
            # SQLite's virtual-machine steps, in thousands: a query that reads every earlier report shows here
            conn.set_progress_handler(count_steps, 1000)
            for i in range(n):
                record, published = report_of_one_defection(i, rnd)
                insert_article(conn, Article(doc_id=record["doc_id"], text="Thirteen restaurant workers defected.",
                                             published=published, outlet=f"outlet {i}"),
                               canonical_url=None, content_hash=f"h{i}", text_group=record["doc_id"], raw=None,
                               first_seen="2016-04-09T00:00:00Z", run_id=None)
                kb.store(record["doc_id"], record, "test-1")
            conn.set_progress_handler(None, 0)
            resolver = kb.resolver()
            unsure = conn.execute("SELECT COUNT(*) FROM kb_judgements WHERE verdict = 'unsure'").fetchone()[0]
            return {"comparisons": resolver.comparisons, "sql_steps": steps, "unsure": unsure,
                    "events": len(resolver.clusters()),
                    "largest": max(len(c.members) for c in resolver.clusters())}


def test_ingesting_reports_of_one_event_grows_linearly_and_links_them(tmp_path):
    work = {n: ingest_reports(tmp_path / f"n{n}.db", n) for n in (500, 1000, 2000)}
    for n in (1000, 2000):
        assert work[n]["comparisons"] <= 2.2 * work[n // 2]["comparisons"], work
        assert work[n]["sql_steps"] <= 2.2 * work[n // 2]["sql_steps"], work
    # the reports are one event (a handful of vague or mistaken ones may stand apart)
    assert work[2000]["largest"] >= 0.9 * 2000, work
    # near misses are bounded per event, however many reports come
    assert work[2000]["unsure"] <= MAX_UNSURE_PER_EVENT * work[2000]["events"], work


def synthetic_records(n_events: int, seed: int = 1) -> list[dict]:
    """Events from a fixed vocabulary, like a large crawl: the number of possible profiles does not grow."""
    rnd = random.Random(seed)
    records, made = [], 0
    while made < n_events:
        evs = []
        for _ in range(min(rnd.randint(0, 3), n_events - made)):
            c = rnd.choice(("CN", "RU", "KH", "LA"))
            t = rnd.choice(("defection", "return", "sanction"))
            evs.append({"type": t, "count": rnd.randint(1, 4), "date": rnd.choice((None, f"201{rnd.randint(5, 9)}")),
                        "workplace": {"name": rnd.choice(("Okryugwan", "Haedanghwa")), "country": c},
                        **({"issuer": rnd.choice(("UN", "KR"))} if t == "sanction" else {})})
        made += len(evs)
        records.append({"doc_id": f"d{len(records):06d}",
                        "published": f"20{rnd.randint(15, 19)}-0{rnd.randint(1, 9)}-1{rnd.randint(0, 9)}",
                        "events": evs})
    return records


@pytest.mark.parametrize("spread", ["crawl", "one story"])
def test_batch_clustering_work_grows_linearly_not_with_the_square(monkeypatch, spread):
    """Comparisons made for 4x the events stay well under 16x (all-pairs) — counted, not timed."""
    calls = 0
    real = events.weigh

    def counting(m, p):
        nonlocal calls
        calls += 1
        return real(m, p)

    monkeypatch.setattr(events, "weigh", counting)
    work = {}
    for n in (1000, 4000):
        calls = 0
        if spread == "crawl":
            records = synthetic_records(n)
        else:
            rnd = random.Random(2)
            records = []
            for i in range(n):
                record, published = report_of_one_defection(i, rnd)
                records.append(dict(record, published=published))
        assign_clusters(records, {r["doc_id"]: r for r in records})
        work[n] = calls
    assert work[4000] < 6 * work[1000], work
