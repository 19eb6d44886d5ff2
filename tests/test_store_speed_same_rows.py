"""Storing faster writes the same rows: the knowledge base and the serving index built through the store's fast
paths are, row for row, those of the resolver as it was before them.

The fast paths (``match.sure_veto``, which skips scoring a comparison the country or the date vetoes; profiles
that keep their variants and agreed values until they change) are undone here by monkeypatching, and the same
articles are stored both ways: every table of the knowledge base and of the index must come out the same, with
the same judgements (score and reasons included) and the same number of comparisons made.
"""

from __future__ import annotations

import random
import sqlite3

from nkwatch.ingest.prepare import prepare_record
from nkwatch.model import content_hash
from nkwatch.resolve import events, match
from nkwatch.resolve.profiles import EventProfile
from nkwatch.serve.index import refresh_index
from nkwatch.store import facts
from nkwatch.store.articles import insert_article
from nkwatch.store.facts import KnowledgeBase
from nkwatch.store.writer import Writer

COUNTRIES = ["CN", "RU", "KH", "VN", "LA", "TH", "MY", "NP"]
CITIES = [(f"Town{i}", COUNTRIES[i % len(COUNTRIES)]) for i in range(24)]
NUMBERS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen"]


def reports(n_stories: int, seed: int = 3) -> list[tuple[dict, dict]]:
    """(article record, extraction record) pairs: stories of one to five reports, some giving the date to the
    day and some to the month, some vague (country and month only: what ``_vague_before`` links), some with an
    inferred country, a named person or a region, sanctions with and without their instrument, a few reprints."""
    rnd = random.Random(seed)
    out = []
    for i in range(n_stories):
        t = rnd.choice(["defection", "defection", "return", "closure", "opening", "sanction"])
        y, m, d = rnd.randrange(2012, 2020), rnd.randrange(1, 13), rnd.randrange(1, 29)
        city, country = rnd.choice(CITIES)
        name = f"Hall {rnd.randrange(60)}"
        count = rnd.randrange(2, 14) if t in ("defection", "return") else None
        person = f"Kim Chol {i % 7}" if rnd.random() < 0.1 else None
        for k in range(rnd.choice([1, 1, 2, 3, 3, 4, 5])):
            doc_id = f"s-{i:05d}-{k}"
            published = f"{y}-{m:02d}-{min(28, d + k * 3):02d}"
            lead = f"Report {doc_id}: {t} in {city}."
            if t == "sanction":
                fact = {"type": "sanction", "issuer": rnd.choice(["UN", "EU", "KR"]), "date": f"{y}-{m:02d}"}
                if rnd.random() < 0.7:
                    fact["instrument"] = f"resolution {2300 + i % 40}"
            elif k and rnd.random() < 0.25:      # a vague report: a country and a month, nothing else
                fact = {"type": t, "workplace": {"country": country}, "date": f"{y}-{m:02d}"}
            else:
                fact = {"type": t, "count": count, "workplace": {"kind": "restaurant", "name": name, "city": city,
                                                                 "country": country},
                        "date": f"{y}-{m:02d}-{d:02d}" if rnd.random() < 0.6 else f"{y}-{m:02d}",
                        "status": rnd.choice(["reported", "confirmed", "pending", None])}
                if rnd.random() < 0.1:
                    fact["workplace"]["region"] = f"Province {hash(city) % 3}"
                if rnd.random() < 0.08:
                    fact["workplace"]["country"] = rnd.choice(COUNTRIES)
                    fact["inferred"] = ["workplace.country"]
                if person:
                    fact["participants"] = [person]
                if count and rnd.random() < 0.3:
                    lead = f"{NUMBERS[count - 2].capitalize()} workers: {lead}"
            fact = {key: v for key, v in fact.items() if v is not None}
            fact["evidence"] = [{"start": 0, "end": len(lead)}]
            text = f"{lead} The rest of the article, {i} {k}."
            record = {"relevant": True, "events": [fact], "claims": [],
                      "restaurants": [{"name": name, "city": city, "country": country,
                                       "evidence": [{"start": 0, "end": len(lead)}]}] if t != "sanction" else []}
            out.append(({"doc_id": doc_id, "title": lead, "outlet": f"Outlet {rnd.randrange(9)}",
                         "published": published, "url": f"https://same.example/{doc_id}", "text": text}, record))
    return out


def store_all(db: str, items: list[tuple[dict, dict]], again: list[tuple[dict, dict]]) -> int:
    """Store every pair (200 a transaction, as ``nkwatch load``), then store ``again`` a second extraction of some
    of them (re-resolution: their mentions are taken out and placed again). Returns the comparisons made."""
    with Writer(db) as w:
        kb = KnowledgeBase(w.conn)
        for i in range(0, len(items), 200):
            with w.transaction() as conn:
                for rec, extraction in items[i:i + 200]:
                    a = prepare_record(rec)
                    insert_article(conn, a, canonical_url=a.url, content_hash=content_hash(a.text),
                                   text_group=rec.get("group") or a.doc_id, raw=None,
                                   first_seen="2026-01-01T00:00:00Z", run_id=None)
                    kb.store(a.doc_id, extraction, "same-1")
        with w.transaction():
            for rec, extraction in again:
                kb.store(rec["doc_id"], extraction, "same-1")
        return kb.resolver().comparisons


def dump(db: str) -> dict:
    conn = sqlite3.connect(db)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND (name LIKE 'kb_%' OR name LIKE 'serve_%'"
            " OR name = 'articles') AND name NOT LIKE 'serve_events_fts_%' AND name != 'serve_dirty'")]
        out = {}
        for name in names:
            n = len(conn.execute(f"SELECT * FROM {name} LIMIT 1").description)
            where = " WHERE key != 'built'" if name == "serve_meta" else ""
            out[name] = conn.execute(f"SELECT * FROM {name}{where} ORDER BY "
                                     + ", ".join(str(i + 1) for i in range(n))).fetchall()
        return out
    finally:
        conn.close()


def as_before(monkeypatch) -> None:
    """The resolver without its fast paths: every comparison scored whole, a profile's values counted anew at
    every read."""
    monkeypatch.setattr(events, "weigh", match.compare_profile)
    monkeypatch.setattr(EventProfile, "remembered", lambda self, key, make: make())
    monkeypatch.setattr(EventProfile, "variants", EventProfile._variants)
    monkeypatch.setattr(EventProfile, "variants_filled",
                        lambda self, slot: sum(n for _, n, _ in self._variants(slot)))
    monkeypatch.setattr(EventProfile, "agreed", lambda self, slot: self.values[slot].most_common(1)[0][0]
                        if self.values[slot] else None)


def test_the_fast_store_writes_the_knowledge_base_and_index_of_the_resolver_before_it(tmp_path, monkeypatch):
    monkeypatch.setattr(facts, "_now", lambda: "2026-01-01T00:00:00Z")
    items = reports(700)
    rnd = random.Random(5)
    for rec, _ in items:            # a few reprints of one wire story (one source, several articles)
        if rnd.random() < 0.05:
            rec["group"] = items[0][0]["doc_id"]
    again = []
    for rec, extraction in rnd.sample(items, 40):   # re-extraction: another date, or no event at all
        ev = dict(extraction["events"][0], date="2019-01") if rnd.random() < 0.7 else None
        again.append((rec, {**extraction, "events": [ev] if ev else []}))

    fast = str(tmp_path / "fast.db")
    made_fast = store_all(fast, items, again)
    with monkeypatch.context() as before:
        as_before(before)
        slow = str(tmp_path / "before.db")
        made_before = store_all(slow, items, again)
    for db in (fast, slow):
        assert refresh_index(db, force=True)["whole"]
    a, b = dump(fast), dump(slow)
    assert a.keys() == b.keys() and {"kb_judgements", "kb_statements", "serve_events", "articles"} <= a.keys()
    for name in a:
        assert a[name] == b[name], name
    assert made_fast == made_before
    verdicts = {row[4] for row in a["kb_judgements"]}
    assert {"same", "unsure"} <= verdicts, "the stories exercise links and near misses"
    assert any("widely reported" in (row[6] or "") for row in a["kb_judgements"]), "and vague reports"
    assert len(a["serve_events"]) < len(a["kb_mentions"])
