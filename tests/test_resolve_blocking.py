"""The indexed event resolver decides exactly what comparing every mention with every member would decide.

The reference below scores a new mention against every member of every event (only the country block is kept,
which the resolver has always applied); the resolver under test reaches the same decisions through profile
groups, date and country blocks and cached comparisons. The synthetic batches share few countries, years,
counts and names, so blocks are crowded, events grow large, vetoes split events and scores tie.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

import nkwatch.resolve.events as events
from nkwatch.resolve.batch import assign_clusters
from nkwatch.resolve.events import EventResolver
from nkwatch.resolve.match import SAME_AT, UNSURE_AT, compare
from nkwatch.resolve.mentions import EventMention


class AllPairs:
    """The resolver without indexes: every event of the batch, every member compared."""

    def __init__(self) -> None:
        self.clusters: list[list[EventMention]] = []

    def score(self, m, members):
        if m.country and not any(o.country in (m.country, None) for o in members):
            return None
        comparisons = [(compare(m, o), o) for o in members]
        vetoed = [c for c, _ in comparisons if c.veto]
        if any(o.doc_id == m.doc_id for o in members) or vetoed and len(vetoed) * 2 >= len(comparisons):
            return None
        return max((p for p in comparisons if not p[0].veto), key=lambda p: p[0].score, default=None)

    def add_article(self, mentions):
        candidates = []
        for i, m in enumerate(mentions):
            for key, members in enumerate(self.clusters):
                if not members or members[0].type != m.type:
                    continue
                scored = self.score(m, members)
                if scored and scored[0].score >= UNSURE_AT:
                    candidates.append((scored[0].score, i, key, scored))
        candidates.sort(key=lambda t: (-t[0], t[1], t[2]))
        decisions, taken_m, taken_c = [], set(), set()
        for score, i, key, (comp, other) in candidates:
            m = mentions[i]
            if comp.verdict == "same" and i not in taken_m and key not in taken_c:
                taken_m.add(i)
                taken_c.add(key)
                self.clusters[key].append(m)
                decisions.append((m.mention_id, other.mention_id, "same", round(score, 2), comp.reason()))
            elif comp.verdict in ("same", "unsure"):
                decisions.append((m.mention_id, other.mention_id, "unsure", round(score, 2), comp.reason()))
        for i, m in enumerate(mentions):
            if i not in taken_m:
                self.clusters.append([m])
        return decisions

    def forget(self, doc_id):
        self.clusters = [[m for m in c if m.doc_id != doc_id] for c in self.clusters]

    def groups(self):
        return [[m.mention_id for m in c] for c in self.clusters if c]


TYPES = ("defection", "closure", "sanction", "return")
BASE = date(2017, 3, 1)
OFFSETS = (-400, -121, -120, -33, -32, -31, -30, -1, 0, 1, 30, 31, 32, 33, 88, 119, 120, 121, 122, 151, 152, 153)


def crowded_batch(n_articles: int, seed: int) -> list[tuple[str, str | None, str, list[dict]]]:
    """(doc_id, published, source group, events): few values per field, so most pairs meet."""
    rnd = random.Random(seed)
    pick = lambda *vals: rnd.choice(vals)  # noqa: E731
    batch, templates = [], []
    for a in range(n_articles):
        doc = f"doc{a:04d}"
        # Publication days on and beside the matcher's edges (reported 120 days apart, 31 days before/after)
        published = None if rnd.random() < 0.1 else (BASE + timedelta(days=rnd.choice(OFFSETS))).isoformat()
        group = f"doc{rnd.randrange(a + 1):04d}" if rnd.random() < 0.15 else doc    # some reprints
        evs = []
        for _ in range(rnd.choice((0, 1, 1, 2, 3))):
            t = pick(*TYPES)
            when = pick(None, None, "2017", "2016", f"2017-{rnd.randint(1, 12):02d}",
                        f"{rnd.randint(2016, 2018)}-{rnd.randint(1, 12):02d}", "2017-03-01", "2017-02", "2017-03",
                        f"2017-{rnd.randint(1, 3):02d}-{rnd.randint(1, 28):02d}", "2017-12-30", "2018-01-02")
            count = pick(None, None, 1, 2, 9, 13)
            ev = {"type": t, "date": when, "status": pick(None, "confirmed", "pending", "reported"),
                  "workplace": {"name": pick(None, "Pyongyang Okryu-gwan", "Okryugwan", "Haedanghwa"),
                                "city": pick(None, "Ningbo", "Dandong", "Shenyang", "Vientiane"),
                                "region": pick(None, "Shanxi", "Shaanxi", "Zhejiang"),
                                "country": pick(None, "CN", "CN", "LA", "KH")},
                  "transit": rnd.sample(["TH", "LA", "MY"], rnd.randint(0, 2)),
                  "destination": pick(None, "KR", "KR", "KP")}
            if count:
                ev.update(count=count, count_max=pick(None, count, count + 3))
            if rnd.random() < 0.2:
                ev.update(male=pick(0, 1, 2), female=pick(9, 12, 13))
            if t == "sanction":
                ev.update(issuer=pick(None, "UN", "UN", "US", "KR"),
                          instrument=pick(None, None, "UNSCR 2270", "Resolution 2321", "EO 13722"))
            # Many reports repeat one of a few events word for word: one profile, many publication days.
            evs.append(dict(templates[rnd.randrange(len(templates))]) if templates and rnd.random() < 0.5 else ev)
            if len(templates) < 8:
                templates.append(ev)
        batch.append((doc, published, group, evs))
    return batch


def mentions(doc, published, group, evs):
    return [EventMention.from_event(e, doc, i, published=published, source_group=group) for i, e in enumerate(evs)]


def as_tuples(decisions):
    return [(d.left, d.right, d.verdict, d.score, d.reason) for d in decisions]


def members(resolver):
    return [[m.mention_id for m in c.members] for c in resolver.clusters()]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_indexed_resolver_makes_every_decision_of_all_pairs_matching(seed):
    batch = crowded_batch(260, seed)
    ref, fast = AllPairs(), EventResolver()
    decided = 0
    for doc, published, group, evs in batch:
        expected = ref.add_article(mentions(doc, published, group, evs))
        assert as_tuples(fast.add_article(mentions(doc, published, group, evs))) == expected, doc
        decided += len(expected)
    assert members(fast) == ref.groups()
    big = max(len(c) for c in ref.groups())
    assert decided > 200 and big >= 5       # the batch really is crowded


@pytest.mark.parametrize("seed", [4, 5])
def test_batch_mode_links_the_same_clusters_and_keeps_every_same_decision(seed):
    batch = crowded_batch(260, seed)
    ref, fast = AllPairs(), EventResolver(near_misses=False)
    for doc, published, group, evs in batch:
        expected = [d for d in ref.add_article(mentions(doc, published, group, evs)) if d[3] >= SAME_AT]
        got = as_tuples(fast.add_article(mentions(doc, published, group, evs)))
        assert [d for d in got if d[2] == "same"] == [d for d in expected if d[2] == "same"], doc
        assert all(d[3] >= SAME_AT for d in got)
    assert members(fast) == ref.groups()


def test_forgetting_and_replacing_an_article_matches_the_reference():
    """The store's path: an article re-extracted is taken out and placed again among the others."""
    batch = crowded_batch(200, 7)
    ref, fast = AllPairs(), EventResolver()
    for doc, published, group, evs in batch:
        ref.add_article(mentions(doc, published, group, evs))
        fast.add_article(mentions(doc, published, group, evs))
    rnd = random.Random(8)
    for doc, published, group, evs in rnd.sample(batch, 40):
        changed = [dict(e, date=None) if rnd.random() < 0.5 else e for e in evs][:2]
        ref.forget(doc)
        fast.forget(doc)
        assert as_tuples(fast.add_article(mentions(doc, published, group, changed))) == \
            ref.add_article(mentions(doc, published, group, changed)), doc
    assert sorted(members(fast)) == sorted(ref.groups())


def test_a_seeded_resolver_places_new_articles_as_the_reference_does():
    batch = crowded_batch(200, 9)
    ref = AllPairs()
    for doc, published, group, evs in batch[:150]:
        ref.add_article(mentions(doc, published, group, evs))
    seeded = EventResolver()
    for group_members in ref.groups():
        seeded.seed(group_members_of(ref, group_members))
    for doc, published, group, evs in batch[150:]:
        assert as_tuples(seeded.add_article(mentions(doc, published, group, evs))) == \
            ref.add_article(mentions(doc, published, group, evs)), doc


def group_members_of(ref, ids):
    by_id = {m.mention_id: m for c in ref.clusters for m in c}
    return [by_id[i] for i in ids]


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
        records.append({"doc_id": f"d{len(records):06d}", "published": f"20{rnd.randint(15, 19)}-0{rnd.randint(1, 9)}-1{rnd.randint(0, 9)}",
                        "events": evs})
    return records


def test_batch_clustering_work_grows_linearly_not_with_the_square(monkeypatch):
    """Comparisons made for 4x the events stay well under 16x (all-pairs) — counted, not timed."""
    calls = 0
    real = events.compare

    def counting(a, b):
        nonlocal calls
        calls += 1
        return real(a, b)

    monkeypatch.setattr(events, "compare", counting)
    work = {}
    for n in (1000, 4000):
        calls = 0
        records = synthetic_records(n)
        assign_clusters(records, {r["doc_id"]: r for r in records})
        work[n] = calls
    assert work[4000] < 6 * work[1000], work


@pytest.mark.parametrize("order", ["shuffled", "oldest first", "newest first"])
def test_every_publication_day_around_the_matchers_edges_scores_as_member_by_member(order):
    """An event whose undated members were published on every day around a new report's date and publication:
    the best member, its score and the veto count come out as when each member is compared in turn. Ties go to
    the earliest member, so arrival in publication order (either way) puts an edge day first."""
    rnd = random.Random(11)
    offsets = list(range(-170, 200))
    if order == "shuffled":
        rnd.shuffle(offsets)
    elif order == "newest first":
        offsets.reverse()
    members = []
    for k, off in enumerate(offsets):
        city, country = rnd.choice((("Ningbo", "CN"), ("Ningbo", "CN"), ("Dandong", "CN"), ("Phnom Penh", "KH")))
        members += mentions(f"old{k:03d}", (BASE + timedelta(days=off)).isoformat(), f"old{k:03d}",
                            [{"type": "defection", "count": 9, "workplace": {"city": city, "country": country}}])
    checked = 0
    for date_off in (-40, -32, -31, -1, 0, 1, 31, 32, 60):
        for pub_off in (-121, -120, 0, 31, 32, 120, 121, 150):
            when = (BASE + timedelta(days=date_off)).isoformat()
            new = mentions("new", (BASE + timedelta(days=pub_off)).isoformat(), "new",
                           [{"type": "defection", "count": 9, "date": when,
                             "workplace": {"city": "Ningbo", "country": "CN"}}])
            ref, fast = AllPairs(), EventResolver()
            ref.clusters.append(list(members))
            fast.seed(members)
            expected = ref.add_article(new)
            assert as_tuples(fast.add_article(new)) == expected, (date_off, pub_off)
            checked += bool(expected)
    assert checked > 20
