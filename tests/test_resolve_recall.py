"""Link recall rules of the matcher: values that agree at different precision or along one journey are no
contradiction. Every mention here is invented."""

from __future__ import annotations

from nkwatch.resolve.batch import assign_clusters
from nkwatch.resolve.match import compare, compare_profile, sure_veto
from nkwatch.resolve.mentions import EventMention
from nkwatch.resolve.profiles import EventProfile


def mention(doc, i=0, type_="return", **event):
    return EventMention.from_event({"type": type_, **event}, doc, i, published=event.pop("published", None))


def test_a_country_on_the_other_reports_route_does_not_veto():
    # one report places a group where it was caught on the way, the other where it set out from
    caught = mention("a", count=7, workplace={"country": "MN"}, destination="KP", published="2015-03-02")
    left = mention("b", count=7, workplace={"country": "VN"}, transit=["MN"], destination="KP",
                   published="2015-03-05")
    c = compare(caught, left)
    assert c.veto is None and c.verdict == "same"
    assert "on the route" in c.reason()
    assert sure_veto(caught, EventProfile.of(left)) is None
    # a country on neither report's route still vetoes
    elsewhere = mention("c", count=7, workplace={"country": "TH"}, destination="KP", published="2015-03-05")
    assert compare(caught, elsewhere).verdict == "different" and "country" in compare(caught, elsewhere).veto
    assert sure_veto(caught, EventProfile.of(elsewhere)) == compare(caught, elsewhere).veto


def test_route_countries_link_whatever_the_order_of_the_reports():
    def record(doc, country, transit, published):
        return {"doc_id": doc, "published": published,
                "events": [{"type": "return", "count": 7, "workplace": {"country": country}, "transit": transit,
                            "destination": "KP", "evidence": [{"start": 0, "end": 5}]}]}
    recs = [record("a", "MN", [], "2015-03-02"), record("b", "VN", ["MN"], "2015-03-05"),
            record("c", "VN", [], "2015-03-09")]
    for order in (recs, recs[::-1], [recs[0], recs[2], recs[1]]):
        batch = [dict(r, events=[dict(e) for e in r["events"]]) for r in order]
        assign_clusters(batch)
        assert len({r["events"][0]["cluster"] for r in batch}) == 1


def test_inferred_days_are_compared_as_months():
    # each report dates the group by a day taken from the article around it (an arrest, a statement)
    a = mention("a", count=6, workplace={"country": "MN"}, date="2014-08-03", inferred=["date"], type_="defection")
    b = mention("b", count=6, workplace={"country": "MN"}, date="2014-08-21", inferred=["date"], type_="defection")
    c = compare(a, b)
    assert c.verdict == "same" and "same month" in c.reason() and "2014-08-03" in c.reason()
    # days the reports state are a contradiction
    x = mention("x", count=6, workplace={"country": "MN"}, date="2014-08-03", type_="defection")
    y = mention("y", count=6, workplace={"country": "MN"}, date="2014-08-21", type_="defection")
    assert compare(x, y).verdict == "different"
    # an inferred day in another month is still no agreement
    z = mention("z", count=6, workplace={"country": "MN"}, date="2014-11-21", inferred=["date"], type_="defection")
    assert compare(a, z).verdict != "same"


def test_a_large_group_told_with_or_without_one_person_is_one_group():
    a = mention("a", count=11, workplace={"kind": "restaurant"}, date="2012-06-04", destination="KR",
                type_="defection", inferred=["date"])
    b = mention("b", count=12, workplace={"kind": "restaurant", "country": "MN"}, date="2012", destination="KR",
                type_="defection")
    c = compare(a, b)
    assert c.verdict == "same" and "counts 11~12 differ by one (+1.5)" in c.reason()
    # a small group one apart stays weak evidence
    x = mention("x", count=6, workplace={"kind": "restaurant"}, date="2012-06-04", destination="KR", type_="defection",
                inferred=["date"])
    y = mention("y", count=7, workplace={"kind": "restaurant", "country": "MN"}, date="2012", destination="KR",
                type_="defection")
    assert compare(x, y).verdict != "same"


def test_crowds_counted_a_tenth_apart_are_one_crowd():
    a = mention("a", count=210, workplace={"country": "MN"}, date="2011-02-14", type_="defection",
                inferred=["date"])
    b = mention("b", count=228, workplace={"city": "Ulaanbaatar", "country": "MN"}, date="2011-02-14",
                type_="defection", inferred=["date"])
    c = compare(a, b)
    assert c.verdict == "same" and "within a tenth" in c.reason()
    far = mention("c", count=120, workplace={"country": "MN"}, date="2011-02-14", type_="defection", inferred=["date"])
    assert compare(far, b).verdict == "different"


def test_the_embassy_in_one_country_is_one_workplace():
    def record(doc, kind, published, **more):
        return {"doc_id": doc, "published": published,
                "events": [{"type": "defection", "workplace": {"kind": kind, "country": "SE"}, "destination": "KR",
                            "evidence": [{"start": 0, "end": 5}], **more}]}
    a = record("a", "embassy", "2020-02-01", date="2019-07", inferred=["date"])
    b = record("b", "embassy", "2020-02-04")
    ma, mb = (EventMention.from_event(r["events"][0], r["doc_id"], 0, published=r["published"]) for r in (a, b))
    c = compare(mb, ma)
    assert c.verdict == "same" and "the embassy in SE agrees" in c.reason()
    # found by the resolver's blocking though they share no date, count or city
    assign_clusters([a, b])
    assert a["events"][0]["cluster"] == b["events"][0]["cluster"]
    # restaurants are many in a country: the same kind there stays weak evidence
    x = record("x", "restaurant", "2020-02-01", date="2019-07", inferred=["date"])
    y = record("y", "restaurant", "2020-02-04")
    assign_clusters([x, y])
    assert x["events"][0]["cluster"] != y["events"][0]["cluster"]


def test_an_inferred_date_after_the_other_report_costs_points_but_does_not_veto():
    early = mention("a", count=14, workplace={"city": "Ulaanbaatar", "country": "MN"}, published="2013-02-01")
    stated = mention("b", count=14, workplace={"city": "Ulaanbaatar", "country": "MN"}, date="2013-09",
                     published="2013-10-01")
    guessed = mention("c", count=14, workplace={"city": "Ulaanbaatar", "country": "MN"}, date="2013-09",
                      inferred=["date"], published="2013-10-01")
    # a date the report states, months after the other report was published: another happening
    assert "after the other report" in (compare(stated, early).veto or "")
    assert "after the other report" in (compare(early, stated).veto or "")
    # the same date guessed from the article around it only costs points, either way round
    for c in (compare(guessed, early), compare(early, guessed)):
        assert c.veto is None and "inferred (-1.5)" in c.reason()
        assert c.verdict == "same"     # 14 people in one city (+4.5), less the guessed date (-1.5)
    assert sure_veto(guessed, EventProfile.of(early)) is None


def test_a_named_person_counted_alone_is_one_of_the_couple_another_report_counts():
    # one report names the diplomat and counts him alone; another counts him and his wife (a man and a woman)
    named = mention("a", count=1, workplace={"kind": "embassy", "country": "PE"}, destination="KR", date="2021-03",
                    inferred=["date"], participants=["Pak Chol Ung"], type_="defection", published="2022-05-02")
    couple = mention("b", count=2, male=1, female=1, workplace={"kind": "embassy", "city": "Lima", "country": "PE"},
                     destination="KR", type_="defection", published="2022-05-09")
    dated = mention("c", workplace={"kind": "embassy", "country": "PE"}, destination="KR", date="2021-03",
                    inferred=["date"], type_="defection", published="2022-05-05")
    for c in (compare(named, couple), compare(couple, named)):
        assert c.verdict != "different" and "counts" not in c.reason()
        assert "a named person of a couple" in c.reason()
    # the event the couple and an undated report make, met by the named report
    c = compare_profile(named, EventProfile.of(couple, dated))
    assert c.verdict == "same" and "a named person of a couple" in c.reason()
    # a count of one that names no one still contradicts the couple
    anonymous = mention("d", count=1, workplace={"kind": "embassy", "country": "PE"}, destination="KR", date="2021-03",
                        inferred=["date"], type_="defection", published="2022-05-02")
    assert "counts 1≠2" in compare_profile(anonymous, EventProfile.of(couple, dated)).reason()
    assert compare_profile(anonymous, EventProfile.of(couple, dated)).verdict == "different"
    # two people who are not a man and a woman stay two
    pair = mention("e", count=2, male=2, workplace={"kind": "embassy", "city": "Lima", "country": "PE"},
                   destination="KR", type_="defection", published="2022-05-09")
    assert "counts 2≠1" in compare(pair, named).reason()


def test_an_inferred_date_in_its_own_reports_month_of_publication_costs_half():
    # two reports date the escape in March; a May report's relative date was read against its own publication
    march = [mention(d, count=8, workplace={"kind": "restaurant", "country": "BD"}, destination="KR", date="2019-03",
                     type_="defection", published=pub) for d, pub in (("a", "2019-03-20"), ("b", "2019-03-24"))]
    may = mention("c", count=8, workplace={"kind": "restaurant", "country": "BD"}, destination="KR", date="2019-05",
                  inferred=["date"], type_="defection", published="2019-05-21")
    event = EventProfile.of(*march)
    c = compare_profile(may, event)
    assert c.verdict == "same" and "in its report's month of publication" in c.reason()
    # either way round: the event holds the inferred date, the report states the earlier one
    back = compare_profile(march[0], EventProfile.of(may))
    assert back.verdict == "same" and "in its report's month of publication" in back.reason()
    # an inferred date months before its report was published is the story's time: a full soft veto
    august = mention("d", count=8, workplace={"kind": "restaurant", "country": "BD"}, destination="KR",
                     date="2019-05", inferred=["date"], type_="defection", published="2019-08-02")
    assert compare_profile(august, event).verdict != "same"
    assert "2019-05≠2019-03, inferred (2 of 2 reports) (-1.5)" in compare_profile(august, event).reason()
    # the earlier of the two dates inferred at publication is no such case
    early = mention("e", count=8, workplace={"kind": "restaurant", "country": "BD"}, destination="KR", date="2019-01",
                    inferred=["date"], type_="defection", published="2019-01-15")
    assert compare_profile(early, event).verdict != "same"


def test_a_measure_nearly_matching_only_one_articles_measure_told_twice_joins_its_first():
    # an undated page tells one state's halt on the North's workers twice (two events of one article stay apart)
    def sanction():
        return {"type": "sanction", "issuer": "PL", "evidence": [{"start": 0, "end": 5}]}
    undated = {"doc_id": "a", "events": [sanction(), {**sanction(), "issuer": "UN"}, sanction()]}
    dated = {"doc_id": "b", "published": "2020-03-02", "events": [sanction()]}
    assign_clusters([undated, dated])
    first, _, second = (e["cluster"] for e in undated["events"])
    assert dated["events"][0]["cluster"] == first != second
    # measures of one issuer from two articles (two years' halts): which one is meant is not known, so neither
    older = {"doc_id": "c", "published": "2012-05-01", "events": [{**sanction(), "date": "2012-04"}]}
    newer = {"doc_id": "d", "published": "2020-05-01", "events": [{**sanction(), "date": "2020-04"}]}
    vague = {"doc_id": "e", "events": [sanction()]}
    assign_clusters([older, newer, vague])
    assert len({r["events"][0]["cluster"] for r in (older, newer, vague)}) == 3


def test_a_report_of_council_measures_published_before_a_resolution_was_adopted_is_not_that_resolution():
    # Security Council resolution 2397 was adopted on 22 December 2017 (data/un_resolutions.yaml)
    later = [mention(d, type_="sanction", issuer="UN", instrument="UNSCR 2397", published=p)
             for d, p in (("a", "2018-01-10"), ("b", "2018-02-03"), ("c", "2018-03-01"))]
    profile = EventProfile.of(later[0])
    for m in later[1:]:
        profile.add(m)
    before = mention("d", type_="sanction", issuer="UN", published="2017-10")
    assert compare_profile(before, profile).veto == "reported before resolution 2397 was adopted"
    after = mention("e", type_="sanction", issuer="UN", published="2018-01")
    assert compare_profile(after, profile).veto is None
    # the other way round: a mention naming 2397 against an event first reported before its adoption
    early = EventProfile.of(mention("f", type_="sanction", issuer="UN", published="2017-11"))
    assert compare_profile(later[0], early).veto == "the event was reported before resolution 2397 was adopted"
