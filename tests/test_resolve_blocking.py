"""The profile resolver: a mention meets an event's agreed values and variants, found through blocking keys; the
transitive pass ties events one mention links; near misses stay bounded per event; forgetting, seeding and the
store's path keep working."""

from __future__ import annotations

import json
import random

import pytest

from nkwatch.resolve.batch import assign_clusters
from nkwatch.resolve.events import MAX_UNSURE_PER_EVENT, EventResolver
from nkwatch.resolve.match import compare, compare_profile
from nkwatch.resolve.mentions import EventMention
from nkwatch.resolve.profiles import EventProfile


def mention(doc, i=0, published=None, group=None, **event):
    return EventMention.from_event({"type": "defection", **event}, doc, i, published=published, source_group=group)


def test_a_day_inside_a_month_and_a_number_inside_a_range_agree_at_the_coarser_precision():
    a = mention("a", count=3, female=3, date="2016-05-10", workplace={"country": "CN"})
    b = mention("b", count=2, count_max=3, female=2, date="2016-05", workplace={"country": "CN"})
    c = compare(a, b)
    assert "count 3 within 2-3" in c.reason() and "female 3~2-3 overlap" in c.reason()
    assert "same month" in c.reason() and c.verdict == "same"


def test_a_hedged_head_count_agrees_with_numbers_near_it_and_an_exact_one_does_not():
    hedged = mention("a", count=20, approx=True, date="2019-09", workplace={"city": "Vladivostok", "country": "RU"})
    exact = mention("b", count=22, date="2019-09", workplace={"city": "Vladivostok", "country": "RU"})
    assert "count 22 within" in compare(exact, hedged).reason() and compare(exact, hedged).verdict == "same"
    plain = mention("c", count=20, date="2019-09", workplace={"city": "Vladivostok", "country": "RU"})
    assert "counts 22≠20" in compare(exact, plain).reason()


def test_a_conflict_on_an_inferred_value_costs_points_and_a_stated_one_vetoes():
    base = dict(count=13, workplace={"city": "Ningbo", "country": "CN"})
    old = mention("old", date="2014-04", **base)
    stated = mention("new", date="2021-04", **base)
    inferred = mention("new", date="2021-04", inferred=["date"], **base)
    assert compare(stated, old).veto and "date" in compare(stated, old).veto
    soft = compare(inferred, old)
    assert soft.veto is None and "inferred" in soft.reason() and soft.verdict == "same"


def test_a_named_participant_is_strong_evidence():
    a = mention("a", participants=["Thae Yong-ho"], workplace={"country": "GB"}, published="2016-08-17")
    b = mention("b", participants=["Yong Ho Thae"], workplace={"country": "GB"}, published="2016-08-20")
    assert compare(a, b).verdict == "same" and "participant Thae Yong-ho named by both" in compare(a, b).reason()
    c = mention("c", participants=["Ri Il-gyu"], workplace={"country": "GB"}, published="2016-08-20")
    assert compare(a, c).verdict != "same"


def test_a_mention_meets_the_events_variants_and_only_a_majority_vetoes():
    ningbo = {"city": "Ningbo", "country": "CN"}
    members = [mention(f"m{k}", count=13, date="2016-04", workplace=ningbo) for k in range(3)] + \
        [mention("odd", count=12, date="2016-04", workplace={"country": "MY"})]
    p = EventProfile.of(*members)
    # one report in four placed it in Malaysia: that minority neither vetoes a Chinese report nor lends its
    # values full weight
    c = compare_profile(mention("new", count=12, date="2016-04-07", workplace=ningbo), p)
    assert c.veto is None and "count 12 agrees (a minority of 1 of 4)" in c.reason()
    assert "city ningbo agrees (3 of 4 reports)" in c.reason()
    assert compare_profile(mention("my", count=13, date="2016-04", workplace={"country": "MY"}), p).veto
    lone = mention("lone", count=13, date="2016-04", workplace={"country": "MY"})
    assert compare_profile(lone, EventProfile.of(members[0])).veto


def test_two_events_that_one_mention_links_become_one_with_a_judgement_saying_why():
    r = EventResolver()
    r.add_article([mention("a", count=13, date="2016-04")])
    r.add_article([mention("b", workplace={"city": "Ningbo", "country": "CN"}, published="2016-04-20")])
    assert len(r.clusters()) == 2
    decisions = r.add_article([mention("c", count=13, date="2016-04-07", published="2016-04-09",
                                       workplace={"city": "Ningbo", "country": "CN"})])
    assert len(r.clusters()) == 1
    assert [d.verdict for d in decisions] == ["same", "same"]
    assert "joins two events" in decisions[1].reason


def test_events_that_contradict_each_other_are_not_joined_through_a_vague_mention():
    r = EventResolver()
    r.add_article([mention("a", count=13, date="2016-04", workplace={"country": "CN"})])
    r.add_article([mention("b", count=13, date="2016-04", workplace={"country": "RU"})])
    r.add_article([mention("c", count=13, date="2016-04-07")])
    assert len(r.clusters()) == 2


def test_a_near_miss_is_judged_again_against_the_grown_event():
    """An undated 'UN sanctions' report published before three outlets covered the measure: no single report
    matches it, the widely reported measure does."""
    r = EventResolver(near_misses=False)
    sanction = lambda doc, pub, **kw: EventMention.from_event(  # noqa: E731
        {"type": "sanction", "issuer": "UN", **kw}, doc, 0, published=pub)
    r.add_article([sanction("s1", "2019-06-30", instrument="UNSCR 2397")])
    r.add_article([sanction("vague", "2019-09-05")])
    assert len(r.clusters()) == 2
    r.add_article([sanction("s2", "2019-12-12", instrument="UNSCR 2397", date="2017-12")])
    r.add_article([sanction("s3", "2019-12-21", date="2017-12-22")])
    [event] = r.clusters()
    assert {m.doc_id for m in event.members} == {"s1", "vague", "s2", "s3"}


def test_a_mention_with_every_slot_empty_links_to_nothing_and_says_so():
    r = EventResolver()
    r.add_article([mention("a", published="2019-07-01")])
    [d] = r.add_article([mention("b", published="2019-07-01")])
    assert d.verdict == "different" and "links to nothing" in d.reason and len(r.clusters()) == 2


def test_near_misses_are_bounded_per_event_not_per_pair():
    r = EventResolver()
    r.add_article([mention("e", date="2019-07", workplace={"city": "Vientiane", "country": "LA"})])
    unsure = 0
    for k in range(5 * MAX_UNSURE_PER_EVENT):
        unsure += sum(d.verdict == "unsure" for d in
                      r.add_article([mention(f"v{k}", workplace={"city": "Vientiane", "country": "LA"})]))
    # every vague report is a near miss of the first event (and of the events the vague ones start)
    assert 0 < unsure <= MAX_UNSURE_PER_EVENT * len(r.clusters())
    assert sum(c.unsure for c in r.clusters()) == unsure
    assert max(c.unsure for c in r.clusters()) <= MAX_UNSURE_PER_EVENT


def crowded(n_articles: int, seed: int) -> list[tuple[str, str, list[dict]]]:
    rnd = random.Random(seed)
    out = []
    for a in range(n_articles):
        evs = []
        for _ in range(rnd.choice((1, 1, 2))):
            evs.append({"type": rnd.choice(("defection", "closure")), "count": rnd.choice((None, 2, 9, 13)),
                        "date": rnd.choice((None, "2017", "2017-03", "2017-04", "2017-03-02")),
                        "workplace": {"city": rnd.choice((None, "Ningbo", "Dandong")),
                                      "country": rnd.choice((None, "CN", "CN", "LA"))}})
        out.append((f"d{a:03d}", f"2017-0{rnd.randint(3, 6)}-1{rnd.randint(0, 9)}", evs))
    return out


def groups(r: EventResolver) -> list[list[str]]:
    return sorted(sorted(m.mention_id for m in c.members) for c in r.clusters())


def test_forgetting_an_article_leaves_each_profile_as_if_it_had_never_come():
    batch = crowded(120, 3)
    r = EventResolver()
    for doc, pub, evs in batch:
        r.add_article([EventMention.from_event(e, doc, i, published=pub) for i, e in enumerate(evs)])
    for doc, _, _ in random.Random(4).sample(batch, 30):
        r.forget(doc)
    for c in r.clusters():
        rebuilt = EventProfile.of(*c.members)
        assert c.profile.size == rebuilt.size == len(c.members)
        assert c.profile.values == rebuilt.values and c.profile.docs == rebuilt.docs
        assert c.profile.pub_range() == rebuilt.pub_range()
        assert all(m.doc_id not in {d for d, _, _ in batch[:0]} for m in c.members)


def test_a_resolver_seeded_from_stored_events_places_new_articles_as_the_running_one_does():
    batch = crowded(150, 5)
    running = EventResolver()
    for doc, pub, evs in batch[:100]:
        running.add_article([EventMention.from_event(e, doc, i, published=pub) for i, e in enumerate(evs)])
    seeded = EventResolver()
    for c in sorted(running.clusters(), key=lambda c: c.key):
        seeded.seed(c.members)
    for doc, pub, evs in batch[100:]:
        ms = [EventMention.from_event(e, doc, i, published=pub) for i, e in enumerate(evs)]
        got = [(d.left, d.verdict) for d in seeded.add_article(ms) if d.verdict == "same"]
        want = [(d.left, d.verdict) for d in running.add_article(ms) if d.verdict == "same"]
        assert got == want, doc
    assert groups(seeded) == groups(running)


def test_batch_cluster_ids_name_each_event_after_its_first_mention():
    records = [{"doc_id": d, "events": [{"type": "defection", "count": 13, "date": dt, "evidence": []}]}
               for d, dt in (("a", "2016-04"), ("b", "2016-04-07"), ("c", "2016-04-08"))]
    assign_clusters(records)
    ids = {r["events"][0]["cluster"] for r in records}
    assert len(ids) == 1
    reversed_records = [dict(r, events=[dict(r["events"][0])]) for r in reversed(records)]
    assign_clusters(reversed_records)
    assert {r["events"][0]["cluster"] for r in reversed_records} != ids    # named after "c" now


@pytest.mark.parametrize("n", [1])
def test_compare_is_the_profile_judgement_of_a_one_mention_event(n):
    rnd = random.Random(n)
    for k in range(200):
        a, b = (mention(f"x{k}{s}", count=rnd.choice((None, 9, 13)), date=rnd.choice((None, "2017-03", "2017-03-02")),
                        published=rnd.choice((None, "2017-03-20", "2017-09-01")),
                        workplace={"city": rnd.choice((None, "Ningbo")), "country": rnd.choice((None, "CN", "LA"))})
                for s in "ab")
        pair, prof = compare(a, b), compare_profile(a, EventProfile.of(b))
        assert (pair.score, pair.veto, pair.reasons) == (prof.score, prof.veto, prof.reasons)


def test_a_minority_stating_a_contradicting_value_costs_points_and_a_stand_in_keeps_what_was_guessed():
    from nkwatch.resolve.events import Cluster, _agreed_mention

    def sanction(doc, published, **event):
        return EventMention.from_event({"type": "sanction", "issuer": "UN", **event}, doc, 0, published=published)
    # one report states 2375, two guess it: a stated 2397 does not veto the event but is no agreement either
    p = EventProfile.of(sanction("s", "2017-09-20", instrument="UNSCR 2375"), sanction("g1", "2017-10-02"),
                        sanction("g2", "2017-10-05"))
    c = compare_profile(sanction("x", "2017-12-28", instrument="UNSCR 2397"), p)
    assert c.veto is None and "2397≠2375 (stated by 1 of 3 reports)" in c.reason() and c.verdict != "same"
    guessed = [sanction("g1", "2018-01-10"), sanction("g2", "2018-01-20")]
    cluster = Cluster(0, {m.mention_id: (i, m) for i, m in enumerate(guessed)}, EventProfile.of(*guessed),
                      (0, guessed[0]))
    assert "instrument" in _agreed_mention(cluster).inferred


def test_a_vague_report_joins_the_event_it_tells_of_whatever_the_order_the_reports_came_in():
    def defection(doc, published, **event):
        return {"doc_id": doc, "published": published,
                "events": [{"type": "defection", "destination": "KR", **event}]}
    ningbo = {"kind": "restaurant", "city": "Ningbo", "country": "CN"}
    vague = defection("vague", "2016-05-01", workplace={"kind": "restaurant", "country": "CN"})
    full = [defection(f"r{k}", f"2016-04-{10 + k}", count=13, date="2016-04", workplace=ningbo) for k in range(3)]
    for records in ([*full, vague], [vague, *full]):
        records = [json.loads(json.dumps(r)) for r in records]
        assign_clusters(records, {r["doc_id"]: r for r in records})
        assert len({r["events"][0]["cluster"] for r in records}) == 1, records
    resolver = EventResolver()
    decisions = []
    for r in [vague, *full]:
        decisions += resolver.add_article([EventMention.from_event(e, r["doc_id"], 0, published=r["published"])
                                           for e in r["events"]])
    assert any("before this one was widely reported" in d.reason for d in decisions if d.verdict == "same")
