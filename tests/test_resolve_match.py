"""The event matcher and the batch resolver that `nkwatch extract` uses."""

from __future__ import annotations

import importlib.util
import json

import pytest

from nkwatch.resolve.batch import assign_clusters
from nkwatch.resolve.dates import compare_dates, parse_date
from nkwatch.resolve.match import compare, compare_profile
from nkwatch.resolve.mentions import EventMention
from nkwatch.resolve.profiles import EventProfile


def mention(doc, i=0, **event):
    return EventMention.from_event({"type": "defection", **event}, doc, i, published=event.pop("published", None))


def defection(count, city, country, date, **more):
    return {"type": "defection", "count": count, "workplace": {"kind": "restaurant", "city": city, "country": country},
            "date": date, "evidence": [{"start": 0, "end": 5}], **more}


def test_partial_dates_agree_at_the_coarser_precision():
    assert compare_dates(parse_date("2019-07"), parse_date("2019-07-21")).level == "month"
    assert compare_dates(parse_date("2019-07-20"), parse_date("2019-07-21")).level == "near"
    assert compare_dates(parse_date("2019-06-02"), parse_date("2019-07-21")).level == "conflict"
    assert compare_dates(parse_date("2018"), parse_date("2019-07")).level == "conflict"
    assert parse_date("2019-02-30").precision == "month"     # an impossible day is dropped, not trusted


def test_same_group_from_two_outlets_is_one_event_and_the_reason_says_why():
    a = mention("a", count=9, workplace={"city": "Vientiane", "country": "LA"}, date="2019-07")
    b = mention("b", count=9, workplace={"city": "Vientiane", "country": "LA"}, date="2019-07-21")
    c = compare(a, b)
    assert c.verdict == "same"
    assert "count 9 agrees" in c.reason() and "city vientiane agrees" in c.reason()


def test_place_alone_is_not_enough_and_a_country_conflict_vetoes():
    a = mention("a", workplace={"city": "Vientiane", "country": "LA"})
    b = mention("b", workplace={"city": "Vientiane", "country": "LA"})
    assert compare(a, b).verdict != "same"
    x = mention("x", count=9, date="2019-07", workplace={"country": "LA"})
    y = mention("y", count=9, date="2019-07", workplace={"country": "MN"})
    assert compare(x, y).verdict == "different" and "country" in compare(x, y).veto


def test_different_head_counts_or_instruments_keep_events_apart():
    assert compare(mention("a", count=9, date="2019-07"), mention("b", count=4, date="2019-07")).verdict == "different"
    s1 = EventMention.from_event({"type": "sanction", "issuer": "UN", "instrument": "UNSCR 1718"}, "a", 0)
    s2 = EventMention.from_event({"type": "sanction", "issuer": "UN", "instrument": "resolution 1874"}, "b", 0)
    s3 = EventMention.from_event({"type": "sanction", "issuer": "UN", "instrument": "Resolution 1718"}, "c", 0)
    assert compare(s1, s2).verdict == "different" and compare(s1, s3).verdict == "same"


def test_one_states_undated_measures_reported_weeks_apart_are_one_the_councils_are_not():
    def sanction(doc, issuer, published):
        return EventMention.from_event({"type": "sanction", "issuer": issuer}, doc, 0, published=published)
    assert compare(sanction("a", "NP", "2019-09-16"), sanction("b", "NP", "2019-12-01")).verdict == "same"
    assert compare(sanction("a", "UN", "2019-09-16"), sanction("b", "UN", "2019-12-01")).verdict == "unsure"
    assert compare(sanction("a", "NP", "2016-09-16"), sanction("b", "NP", "2019-12-01")).verdict == "unsure"


def test_a_council_sanction_dated_to_a_month_is_the_resolution_adopted_then():
    def sanction(doc, **event):
        return EventMention.from_event({"type": "sanction", "issuer": "UN", **event}, doc, 0, published="2018-02-01")
    numbered = sanction("a", instrument="UNSCR 2397")
    assert compare(sanction("b", date="2017-12"), numbered).verdict == "same"
    assert compare(sanction("c", date="2017-09"), numbered).verdict != "same"     # that month's is 2375
    assert sanction("d", date="2017").instrument is None                        # a year names no one resolution


def test_a_group_told_with_or_without_one_person_can_still_be_one_event():
    a = mention("a", count=13, workplace={"city": "Ningbo", "country": "CN"}, date="2016-04")
    b = mention("b", count=12, workplace={"city": "Ningbo", "country": "CN"}, date="2016-04-07")
    c = compare(a, b)
    assert c.verdict == "same" and "differ by one" in c.reason()
    # a small group is not: two people and three are two happenings
    assert compare(mention("x", count=3, date="2016-05"), mention("y", count=2, date="2016-05")).verdict != "same"


def test_spelling_variants_of_a_city_and_brand_agree():
    a = mention("a", count=2, workplace={"name": "Pyongyang Okryu-gwan", "city": "Saigon", "country": "VN"})
    b = mention("b", count=2, workplace={"name": "Okryugwan restaurant", "city": "Ho Chi Minh City", "country": "VN"})
    c = compare(a, b)
    assert c.verdict == "same" and "restaurant okryugwan agrees" in c.reason()


def test_batch_links_mentions_across_articles_but_never_two_events_of_one_article():
    records = [
        {"doc_id": "a", "events": [defection(9, "Vientiane", "LA", "2019-07"), defection(4, "Vientiane", "LA", "2019-07")]},
        {"doc_id": "b", "events": [defection(9, "Vientiane", "LA", "2019-07-21")]},
        {"doc_id": "c", "events": [defection(9, "Ulaanbaatar", "MN", "2019-07")]},
    ]
    assign_clusters(records)
    (a9, a4), (b9,), (c9,) = ([e["cluster"] for e in r["events"]] for r in records)
    assert a9 == b9 and a9 != a4 and c9 != a9
    again = json.loads(json.dumps(records))
    assign_clusters(again)
    assert again == records   # deterministic ids


def _scorer(shared_dir):
    spec = importlib.util.spec_from_file_location("nk_score", shared_dir / "eval" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _first(v):
    return v[0] if isinstance(v, list) else v


def gold_as_predictions(gold: list[dict]) -> list[dict]:
    """The dev gold with its clusters removed and each alternative list reduced to its first value."""
    out = []
    for g in json.loads(json.dumps(gold)):
        for e in g["events"]:
            e.pop("cluster", None)
            e.pop("optional", None)
            for k in list(e):
                if k == "workplace":
                    e[k] = {kk: _first(vv) for kk, vv in e[k].items()}
                elif k not in ("transit", "evidence"):
                    e[k] = _first(e[k])
        for f in g["claims"] + g["restaurants"]:
            for k in list(f):
                if k != "evidence":
                    f[k] = _first(f[k])
        for f in g["events"] + g["claims"] + g["restaurants"]:
            f.setdefault("evidence", [{"start": 0, "end": 1}])   # the seed gold carries no spans
        out.append(g)
    return out


@pytest.fixture
def dev(shared_dir):
    d = shared_dir / "eval" / "dev"
    articles = [json.loads(line) for line in (d / "dev.articles.jsonl").open(encoding="utf-8")]
    gold = [json.loads(line) for line in (d / "dev.gold.jsonl").open(encoding="utf-8")]
    return articles, gold, _scorer(shared_dir)


def test_batch_clusters_on_the_dev_gold_mentions_reach_the_floor(dev):
    articles, gold, scorer = dev
    pred = gold_as_predictions(gold)
    assign_clusters(pred, {a["doc_id"]: a for a in articles})
    report = scorer.score(articles, gold, pred)
    assert report["events"]["f1"] == 1.0
    assert report["clusters_pairwise"]["p"] >= 0.95
    assert report["clusters_pairwise"]["f1"] >= 0.95


def test_reprints_of_one_wire_story_match_on_less_evidence():
    vague = lambda doc: {"doc_id": doc, "events": [  # noqa: E731
        {"type": "closure", "workplace": {"country": "KH"}, "date": "2019-05", "evidence": [{"start": 0, "end": 1}]}]}
    apart = [vague("w1"), vague("w2")]
    assign_clusters(apart)
    assert apart[0]["events"][0]["cluster"] != apart[1]["events"][0]["cluster"]
    copies = [vague("w1"), vague("w2")]
    assign_clusters(copies, source_groups={"w1": "w1", "w2": "w1"})
    assert copies[0]["events"][0]["cluster"] == copies[1]["events"][0]["cluster"]


def test_near_misses_are_recorded_as_unsure_for_a_person_to_review():
    from nkwatch.resolve.events import EventResolver

    r = EventResolver()
    assert r.add_article([mention("a", workplace={"city": "Vientiane", "country": "LA"}, date="2019-07")]) == []
    [d] = r.add_article([mention("b", workplace={"city": "Vientiane", "country": "LA"})])
    assert d.verdict == "unsure" and "city vientiane agrees" in d.reason
    assert len(r.clusters()) == 2


def test_an_undated_council_sanction_weeks_after_a_resolution_is_that_resolution_softly():
    def sanction(doc, published, **event):
        return EventMention.from_event({"type": "sanction", "issuer": "UN", **event}, doc, 0, published=published)
    vague = sanction("a", "2018-02-07")
    assert vague.instrument == "2397" and "instrument" in vague.inferred      # adopted 2017-12-22
    assert compare(vague, sanction("b", "2019-12-04", instrument="UNSCR 2397")).verdict == "same"
    # the guess is soft: a source naming another number costs it points, vetoes nothing, and links nothing
    other = compare(vague, sanction("c", "2017-08-05", instrument="UNSCR 2371"))
    assert other.veto is None and "inferred" in other.reason() and other.verdict == "different"
    # long after the last resolution, "the UN sanctions" names none of them
    assert sanction("d", "2019-09-05").instrument is None
    assert sanction("e", "2018-02").instrument is None     # a month of publication is no day to count from


def test_undated_reports_years_apart_need_more_than_a_name_to_be_one_happening():
    def opening(doc, published):
        return EventMention.from_event({"type": "opening", "workplace": {"kind": "restaurant", "name": "Okryu-gwan",
                                                                         "country": "CN"}}, doc, 0, published=published)
    near, far = compare(opening("a", "2018-09-09"), opening("b", "2018-10-01")), \
        compare(opening("a", "2018-09-09"), opening("b", "2021-10-01"))
    assert near.verdict == "same"
    assert far.verdict == "unsure" and "neither dated" in far.reason()


def test_an_instrument_inferred_for_a_vague_report_decides_like_a_stated_one():
    # reports of 2397 dated by its repatriation deadline do not rule out a vague report weeks after its adoption
    def sanction(doc, published, **event):
        return EventMention.from_event({"type": "sanction", "issuer": "UN", **event}, doc, 0, published=published)
    p = EventProfile.of(*(sanction(d, "2019-12-01", instrument="UNSCR 2397", date="2019-12-22") for d in "abc"))
    c = compare_profile(sanction("x", "2018-02-07"), p)
    assert c.verdict == "same" and "the instrument decides" in c.reason()


def test_two_guessed_instruments_agree_at_half_weight_and_a_stated_one_wins():
    # "the UN sanctions" in two reports a fortnight after a resolution are both guessed to be it; a third report states
    # the number: the vague report joins the stated one, not the other guess, when both are offered
    def sanction(doc, published, i=0, **event):
        return EventMention.from_event({"type": "sanction", "issuer": "UN", **event}, doc, i, published=published)
    vague = sanction("a", "2017-09-29", date="2017-09-28", inferred=["date"])
    guessed = compare(vague, sanction("b", "2017-09-28", 0, date="2017-09-28", inferred=["date"]))
    stated = compare(vague, sanction("b", "2017-09-28", 1, instrument="UNSCR 2375", date="2017-09-12"))
    assert "both inferred" in guessed.reason() and "guessed from them" in guessed.reason()
    assert stated.score > guessed.score and "the instrument decides" in stated.reason()
    records = [{"doc_id": "a", "events": [{"type": "sanction", "issuer": "UN", "date": "2017-09-28",
                                           "inferred": ["date"]}]},
               {"doc_id": "b", "events": [{"type": "sanction", "issuer": "UN", "date": "2017-09-28", "inferred": ["date"]},
                                          {"type": "sanction", "issuer": "UN", "instrument": "UNSCR 2375",
                                           "date": "2017-09-12"}]}]
    assign_clusters(records, {"a": {"published": "2017-09-29"}, "b": {"published": "2017-09-28"}})
    assert records[0]["events"][0]["cluster"] == records[1]["events"][1]["cluster"]


def test_a_vague_report_meets_an_event_one_of_whose_reports_was_as_vague():
    # one report puts a month's mass return in China, another in Beijing; a third, weeks later, again only in China
    def ret(doc, published, **event):
        return EventMention.from_event({"type": "return", "destination": "KP", "date": "2023-10", "inferred": ["date"],
                                        **event}, doc, 0, published=published)
    vague = ret("c", "2023-12-07", workplace={"country": "CN"})
    both = EventProfile.of(ret("a", "2023-10-11", workplace={"country": "CN"}),
                           ret("b", "2023-10-13", workplace={"city": "Beijing", "country": "CN"}))
    city_only = EventProfile.of(ret("b", "2023-10-13", workplace={"city": "Beijing", "country": "CN"}))
    assert "reported" in compare_profile(vague, both).reason() and compare_profile(vague, both).verdict == "same"
    # an event told only with its city stays a more specific happening than a country-wide report of that month
    assert "reported" not in compare_profile(vague, city_only).reason()


def test_an_undated_closure_reported_months_after_a_dated_one_in_its_city_supports_it():
    def closure(doc, published, **event):
        return EventMention.from_event({"type": "closure", "workplace": {"kind": "restaurant", "city": "Yangon",
                                                                         "country": "MM"}, **event},
                                       doc, 0, published=published)
    dated = closure("a", "2019-07-08", date="2018-03")
    c = compare(closure("b", "2018-06"), dated)
    assert c.verdict == "same" and "undated report 92 days after 2018-03" in c.reason()
    # an escape is news for days: three months on, an undated report of one is not drawn to it by time alone
    def escape(doc, published, **event):
        return EventMention.from_event({"type": "defection", "workplace": {"kind": "restaurant", "city": "Yangon",
                                                                           "country": "MM"}, **event},
                                       doc, 0, published=published)
    assert "undated report" not in compare(escape("b", "2018-06"), escape("a", "2019-07-08", date="2018-03")).reason()


def test_a_timeless_report_of_a_states_measure_joins_its_one_fitting_measure():
    # a page with no publication day says a Gulf state stopped issuing visas; two dated reports tell of the halt
    def record(doc, issuer, **event):
        return {"doc_id": doc, "events": [{"type": "sanction", "issuer": issuer, **event}]}
    records = [record("a", "AE"), record("b", "AE", date="2017-10-12", inferred=["date"]), record("c", "AE")]
    assign_clusters(records, {"b": {"published": "2017-10-12"}, "c": {"published": "2017-10-13"}})
    assert len({r["events"][0]["cluster"] for r in records}) == 1
    # two measures of the state fit: nothing tells which the timeless report means
    records = [record("b", "AE", date="2017-10-12"), record("d", "AE", date="2020-03-02"), record("a", "AE")]
    assign_clusters(records, {"b": {"published": "2017-10-12"}, "d": {"published": "2020-03-02"}})
    assert len({r["events"][0]["cluster"] for r in records}) == 3
    # the Council adopts several measures a year: a timeless "UN sanctions" is not placed by being the only one here
    records = [record("a", "UN"), record("b", "UN", date="2017-10-12")]
    assign_clusters(records, {"b": {"published": "2017-10-12"}})
    assert records[0]["events"][0]["cluster"] != records[1]["events"][0]["cluster"]
    from nkwatch.resolve.events import EventResolver
    r = EventResolver(near_misses=True)
    r.add_article([EventMention.from_event({"type": "sanction", "issuer": "QA"}, "a", 0)])
    [d] = r.add_article([EventMention.from_event({"type": "sanction", "issuer": "QA"}, "b", 0, published="2017-10-12")])
    assert d.verdict == "same" and "the only measure it nearly matches" in d.reason


def test_a_report_stamped_only_with_a_year_long_after_a_states_measure_is_not_placed_on_it():
    # a state's visa halt, reported in 2016; a page stamped only "2022" says the state still restricts the North's trade
    def record(doc, **event):
        return {"doc_id": doc, "events": [{"type": "sanction", "issuer": "MY", **event}]}
    records = [record("a", date="2016-05"), record("b")]
    assign_clusters(records, {"a": {"published": "2016-05-20"}, "b": {"published": "2022"}})
    assert records[0]["events"][0]["cluster"] != records[1]["events"][0]["cluster"]
    # stamped with the year after the measure's news, the page may still tell of it: placed as before
    records = [record("a", date="2016-05"), record("b")]
    assign_clusters(records, {"a": {"published": "2016-05-20"}, "b": {"published": "2017"}})
    assert records[0]["events"][0]["cluster"] == records[1]["events"][0]["cluster"]


def test_a_flight_told_as_under_way_is_not_one_dated_years_before_its_report():
    old = {"count": 2, "male": 1, "female": 1, "workplace": {"kind": "embassy"}, "date": "2004-03",
           "published": "2015-06-01"}
    p = EventProfile("defection")
    p.add(mention("a", **old))
    hiding = mention("b", count=2, male=1, female=1, workplace={"kind": "embassy", "country": "AT"}, status="pending",
                     published="2021-02-10")
    assert compare_profile(hiding, p).veto and "under way" in compare_profile(hiding, p).veto
    # told as done, the same report is weighed, not ruled out
    done = mention("c", count=2, male=1, female=1, workplace={"kind": "embassy", "country": "AT"}, status="confirmed",
                   published="2021-02-10")
    assert not compare_profile(done, p).veto


def test_an_undated_report_years_after_an_event_and_its_reports_needs_more_than_a_generic_escape():
    # a lone man who reached the South through China, told in 1998, and an undated report of such a flight in 2021
    old = EventProfile("defection")
    for doc, pub in (("a", "1998-03-02"), ("b", "1998-04-11")):
        old.add(EventMention.from_event({"type": "defection", "count": 1, "male": 1, "transit": ["CN"],
                                          "destination": "KR", "date": "1998-02"}, doc, 0, published=pub))
    late = EventMention.from_event({"type": "defection", "count": 1, "male": 1, "transit": ["CN"],
                                    "destination": "KR"}, "c", 0, published="2021-06-01")
    soon = EventMention.from_event({"type": "defection", "count": 1, "male": 1, "transit": ["CN"],
                                    "destination": "KR"}, "d", 0, published="1998-05-01")
    assert compare_profile(late, old).verdict != "same" and "over a year after its date" in compare_profile(late, old).reason()
    assert compare_profile(soon, old).verdict == "same"


def test_a_lone_persons_closeness_in_time_is_counted_once():
    # a lone diplomat named in London, undated, reported days after a lone student placed nowhere was dated: one
    # person and one closeness in time are no link
    student = EventProfile("defection")
    student.add(mention("a", count=1, date="2016-07-16", destination="KR", published="2016-07-29"))
    diplomat = mention("b", count=1, workplace={"kind": "embassy", "city": "London", "country": "GB"},
                       destination="KR", published="2016-08-01")
    c = compare_profile(diplomat, student)
    assert c.verdict != "same" and "undated report" in c.reason() and "days apart" not in c.reason()
    # a group of nine is a rarer coincidence: its closeness in time still counts for both reasons
    group = EventProfile("defection")
    group.add(mention("a", count=9, date="2016-07-16", published="2016-07-29"))
    c = compare_profile(mention("b", count=9, published="2016-08-01"), group)
    assert "undated report" in c.reason() and "days apart" in c.reason()


def test_the_united_states_measures_come_too_often_for_the_issuer_and_a_month_to_link_them():
    # two US measures on the North's IT workers, reported weeks apart, neither dated: not one measure by the issuer alone
    def record(doc, issuer):
        return {"doc_id": doc, "events": [{"type": "sanction", "issuer": issuer}]}
    records = [record("a", "US"), record("b", "US")]
    assign_clusters(records, {"a": {"published": "2025-07-08"}, "b": {"published": "2025-08-27"}})
    assert records[0]["events"][0]["cluster"] != records[1]["events"][0]["cluster"]
    # a state that adopts a measure on them every few years is still linked that way
    records = [record("a", "MY"), record("b", "MY")]
    assign_clusters(records, {"a": {"published": "2025-07-08"}, "b": {"published": "2025-08-27"}})
    assert records[0]["events"][0]["cluster"] == records[1]["events"][0]["cluster"]


def test_a_measure_dated_only_by_the_month_its_report_came_out_brings_no_undated_report_closer():
    # the extractor guessed a US measure the lede told as news to be of the month published; an undated report of
    # another US measure weeks later is not "shortly after" it: that closeness is only the publications'
    records = [{"doc_id": "a", "events": [{"type": "sanction", "issuer": "US", "date": "2025-07", "inferred": ["date"]}]},
               {"doc_id": "b", "events": [{"type": "sanction", "issuer": "US"}]}]
    assign_clusters(records, {"a": {"published": "2025-07-08"}, "b": {"published": "2025-08-27"}})
    assert records[0]["events"][0]["cluster"] != records[1]["events"][0]["cluster"]
    # a date the text states still does
    measure = EventProfile("sanction")
    measure.add(mention("a", type="sanction", issuer="US", date="2025-07", published="2025-07-08"))
    c = compare_profile(mention("b", type="sanction", issuer="US", published="2025-08-27"), measure)
    assert "undated report" in c.reason()


def test_a_vague_report_matching_a_crowds_return_and_a_lone_womans_does_not_make_them_one():
    def back(count, **more):
        return {"type": "return", "count": count, "destination": "KP", "workplace": {"country": "CN"},
                "date": "2023-10", "evidence": [{"start": 0, "end": 5}], **more}
    records = [{"doc_id": "crowd", "events": [back(500)]},
               {"doc_id": "woman", "events": [back(1, female=1)]},
               {"doc_id": "vague", "events": [back(None)]}]
    articles = {"crowd": {"published": "2023-10-14"}, "woman": {"published": "2023-10-20"},
                "vague": {"published": "2023-10-25"}}
    assign_clusters(records, articles)
    crowd, woman, vague = (r["events"][0]["cluster"] for r in records)
    assert crowd != woman and vague in (crowd, woman)


def test_an_undated_report_of_the_un_sanctions_years_after_a_resolution_is_the_regime_not_that_resolution():
    """A 2024 piece on ships "possibly breaking UN sanctions" speaks of the Council's measures as a whole: it joins no
    resolution of 2016, however widely reported, not even through a later piece that names that resolution and
    nearly matches it."""
    def sanction(doc, published, **event):
        return {"doc_id": doc, "events": [{"type": "sanction", "issuer": "UN", "evidence": [{"start": 0, "end": 5}],
                                           **event}]}, published
    told = [sanction(d, p, instrument="UNSCR 2321") for d, p in (("r1", "2019-04"), ("r2", "2019-10"), ("r3", "2024-07-09"))]
    late = sanction("late", "2024-03")
    named = sanction("named", "2024-06-27", instrument="UNSCR 2321", date="2016", inferred=["instrument"])
    records = [r for r, _ in told + [late, named]]
    assign_clusters(records, {r["doc_id"]: {"published": p} for r, p in told + [late, named]})
    clusters = {r["doc_id"]: r["events"][0]["cluster"] for r in records}
    assert clusters["r1"] == clusters["r2"] == clusters["r3"] == clusters["named"]
    assert clusters["late"] != clusters["r1"]


def test_lone_people_with_no_place_or_name_in_common_are_one_only_on_the_same_day():
    """Two reports each of one soldier who crossed to the South in August, neither saying where: two soldiers as
    likely as one, so a person decides (unsure); the same day makes them one."""
    def lone(doc, published, date):
        return EventMention.from_event({"type": "defection", "count": 1, "destination": "KR", "date": date,
                                        "workplace": {"kind": "other"}}, doc, 0, published=published)
    month = compare(lone("a", "2024-08-09", "2024-08-06"), lone("b", "2024-08-28", "2024-08"))
    assert month.verdict == "unsure" and "lone people" in month.reason()
    day = compare(lone("a", "2024-08-09", "2024-08-06"), lone("b", "2024-08-28", "2024-08-06"))
    assert day.verdict == "same"
    placed = compare(EventMention.from_event({"type": "defection", "count": 1, "date": "2024-08",
                                              "workplace": {"kind": "embassy", "country": "CU"}}, "a", 0,
                                             published="2024-08-20"),
                     EventMention.from_event({"type": "defection", "count": 1, "date": "2024-08-02",
                                              "workplace": {"kind": "embassy", "country": "CU"}}, "b", 0,
                                             published="2024-08-21"))
    assert placed.verdict == "same"     # the embassy in one country is a place in common


def test_a_lone_persons_state_passed_through_in_one_report_and_placed_in_by_the_other_is_a_place_in_common():
    """An interpreter who fled to a mission "during a visit to Chad" (the state on the route) and one who fled in
    N'Djamena (the workplace), the same month: one person, not two lone people as likely as one."""
    visit = EventMention.from_event({"type": "defection", "count": 1, "destination": "KR", "date": "2024-05",
                                     "transit": ["TD"], "workplace": {}}, "a", 0, published="2024-07-01")
    there = EventMention.from_event({"type": "defection", "count": 1, "destination": "KR", "date": "2024-05",
                                     "workplace": {"city": "N'Djamena", "country": "TD"}}, "b", 0, published="2024-07-03")
    assert compare(visit, there).verdict == "same"
    elsewhere = EventMention.from_event({"type": "defection", "count": 1, "destination": "KR", "date": "2024-05",
                                         "workplace": {"country": "NE"}}, "c", 0, published="2024-07-03")
    assert compare(visit, elsewhere).verdict != "same"


def test_sanctions_as_a_whole_link_to_no_measure_and_say_why():
    from nkwatch.resolve.events import EventResolver
    regime = EventMention.from_event({"type": "sanction", "issuer": "UN", "regime": True}, "a", 0,
                                     published="2016-03-20")
    assert regime.instrument is None      # no guess of the resolution adopted weeks before
    resolver = EventResolver()
    resolver.add_article([EventMention.from_event({"type": "sanction", "issuer": "UN", "instrument": "UNSCR 2270"},
                                                  "b", 0, published="2016-03-03")])
    [decision] = resolver.add_article([regime])
    assert decision.verdict == "different" and "as a whole" in decision.reason
    later = EventMention.from_event({"type": "sanction", "issuer": "UN", "regime": True}, "c", 0, published="2016-04-02")
    resolver.add_article([later])
    assert len({resolver.cluster_of(m).key for m in (regime.mention_id, later.mention_id)}) == 2


def test_a_frequent_issuers_undated_measure_is_its_latest_only_while_that_is_weeks_old():
    # a treasury lists firms every few weeks: an undated report months after one of its measures may tell of another
    def sanction(doc, published, **event):
        return EventMention.from_event({"type": "sanction", "issuer": "US", **event}, doc, 0, published=published)
    dated = sanction("a", "2017-06-02", date="2017-06-01")
    assert compare(dated, sanction("b", "2017-06-20")).verdict == "same"
    assert compare(dated, sanction("c", "2017-08-25")).verdict != "same"


# --- the second session of 2026-12-07: time and support read where the event's reports are, not over its whole life


def test_an_event_told_for_years_is_close_in_time_only_where_its_reports_are():
    """Three outlets report a trio's flight the week it happens and three more retell it, dated, years later: an
    undated trio from the same country published in between, far from every report, is not "reported 0 days apart"
    nor told around the time the event was widely reported; a person decides (unsure). One published the week of
    the first reports still joins."""
    def trio(doc, published, date=None):
        return EventMention.from_event({"type": "defection", "count": 3, "destination": "KR", "date": date,
                                        "workplace": {"country": "CN"}}, doc, 0, published=published)
    event = EventProfile.of(*(trio(f"then{k}", f"2016-05-{10 + k}", "2016-05-08") for k in range(3)),
                            *(trio(f"later{k}", f"2019-05-{10 + k}", "2016-05") for k in range(3)))
    between = compare_profile(trio("between", "2017-11-20"), event)
    assert between.verdict == "unsure"
    assert "days apart" not in between.reason() and "widely reported" not in between.reason()
    assert compare_profile(trio("week", "2016-05-14"), event).verdict == "same"


def test_agreeing_with_a_value_most_of_the_events_reports_contradict_is_no_evidence():
    """A flight of thirteen that eight reports count as thirteen and one (wrongly placed) as one: a lone man's
    undated report from the same country weeks later agrees only with that one, and is not the thirteen."""
    def report(doc, published, **event):
        return EventMention.from_event({"type": "defection", "destination": "KR", "workplace": {"country": "CN"},
                                        **event}, doc, 0, published=published)
    event = EventProfile.of(*(report(f"r{k}", f"2016-04-{10 + k}", count=13, male=1, female=12, date="2016-04-07")
                              for k in range(8)), report("odd", "2016-04-20", count=1, male=1, date="2016-04-07"))
    lone = compare_profile(report("lone", "2016-05-03", count=1, male=1), event)
    assert lone.verdict != "same" and "most reports disagree" in lone.reason()


def test_two_lone_people_who_only_passed_through_one_state_share_no_place():
    """Two women each told as having crossed into China in one year, one named and one not: the usual road is no
    place in common, and an undated lone return told weeks after a story of a return years before is not drawn to
    it by the closeness of the two stories."""
    named = EventMention.from_event({"type": "defection", "count": 1, "female": 1, "transit": ["CN"],
                                     "date": "2002", "participants": ["Ok-ran Cha"]}, "a", 0, published="2036-03-01")
    other = EventMention.from_event({"type": "defection", "count": 1, "transit": ["CN"], "date": "2002"}, "b", 0,
                                    published="2036-04-20")
    assert compare(named, other).verdict != "same"
    old = EventMention.from_event({"type": "return", "count": 1, "destination": "KP", "date": "2005",
                                   "workplace": {"country": "CN"}}, "c", 0, published="2036-04-20")
    undated = EventMention.from_event({"type": "return", "count": 1, "destination": "KP",
                                       "workplace": {"country": "CN"}}, "d", 0, published="2036-03-01")
    for c in (compare(undated, old), compare(old, undated)):      # (whichever was told first)
        assert c.verdict != "same" and "days apart" not in c.reason()
