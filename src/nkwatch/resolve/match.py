"""The explainable event matcher: a mention and an event's profile → a score, a verdict and the reasons behind it.

Mentions only meet events of their type (blocking, in ``events.py``). Each slot adds or takes log-odds-like points
and says why. A slot is judged against each value the event's mentions give it (its agreed value and variants) at
the coarser precision of the two (a day inside a month agrees at month level, a count inside "two or three" agrees
as a range): the best-agreeing value gives the points. A hard contradiction (different country, issuer,
instrument, dates far apart) vetoes the match when the values it contradicts are held by half or more of the
event's mentions; a value the extractor inferred rather than read only costs points (a soft veto), and any
disagreement resting on one costs half; contradicting values held by too few mentions to veto cost points too. Two
instruments the resolver guessed from their dates agree at half weight (a report stating the number is better evidence).
A country on either side's route (one report names where a group was caught on the way, another where it set out
from) neither vetoes nor agrees; two days of which one was inferred are compared as months, and a later inferred date
in its own report's month of publication (a relative date read against the publication) costs half a soft veto. A
report naming one person and counting one does not contradict a couple (a man and a woman) another report counts.
Two lone people's reports with no place, route, name or day in common are at most unsure (lone people flee every
month), and an undated report of "the UN sanctions" years after a resolution is none of them.
The weights are set so that one strong agreement (a distinctive head count, a restaurant or person name, an
instrument number) plus one supporting agreement (date or place) makes a match, and place or date alone does not.

``compare(a, b)`` is the same judgement with ``b`` as an event of one mention.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Callable

from nkwatch.resolve.dates import PartialDate, compare_dates
from nkwatch.resolve.mentions import EventMention, adopted_on, reported_before_adopted
from nkwatch.resolve.names import confusable, person_key
from nkwatch.resolve.profiles import EventProfile, day_of, place_precision
from rapidfuzz import fuzz

SAME_AT = 2.5      # score from which a mention belongs to an event
NEAR_COUNT_FROM = 5    # groups this large whose counts differ by one may be one group told with or without someone
BIG_NEAR_COUNT_FROM = 10    # ... and from this size such counts are nearly as good evidence as one count
CLOSE_COUNT_FROM = 50    # crowds this large whose counts are a tenth apart (CLOSE_COUNT_SHARE) may be one crowd
CLOSE_COUNT_SHARE = 10
UNSURE_AT = 1.5    # scores in [UNSURE_AT, SAME_AT) are recorded as "unsure" for a person to look at
PUBLISHED_WINDOW_DAYS = 120
PENDING_DAYS = 365     # an undated happening told as under way is not one dated more than this before its report
RECENT_DAYS = 31
# A measure stays news for months: an undated report of a sanction mostly means the issuer's latest one; so does a
# restaurant's closure or opening (a state that lasts), an escape does not.
RECENT_SANCTION_DAYS = 120
REGIME_AFTER_DAYS = 5 * 365   # an undated "UN sanctions" this long after a resolution is the regime, not that one
LASTING_TYPES = ("sanction", "closure", "opening")
LATE_DAYS = 31     # a dated event more than this after an undated report's publication is another happening
RECENT_POINTS = 0.5
STATE_ISSUER_POINTS = 2.0
WINDOW_POINTS = 0.5
FAR_APART_DAYS = 365
FAR_APART_POINTS = -0.5
SOFT_VETO = -1.5   # a contradiction resting on an inferred value
INFERRED_WEIGHT = 0.5    # the share of its points a disagreement keeps when it rests on an inferred value
WIDELY_REPORTED = 3    # independent sources from which an event is what a vague report most likely means
WIDELY_REPORTED_POINTS = 0.5
# Slots the resolver itself guesses from a date (``mentions.EventMention.from_event``: "the UN sanctions" weeks after a
# resolution is that resolution): two such guesses agree whenever their dates are close.
GUESSED_FROM_DATES = ("instrument",)


@dataclass
class Comparison:
    score: float = 0.0
    veto: str | None = None
    decided: bool = False     # a feature settled the match; later features are not consulted
    reasons: list[str] = field(default_factory=list)
    doubt: str | None = None  # why no score makes this comparison more than unsure

    def add(self, points: float, reason: str) -> None:
        self.score += points
        self.reasons.append(f"{reason} ({points:+g})")

    @property
    def verdict(self) -> str:
        if self.veto:
            return "different"
        if self.score >= SAME_AT and not self.doubt:
            return "same"
        return "unsure" if self.score >= UNSURE_AT else "different"

    def reason(self) -> str:
        head = f"veto: {self.veto}; " if self.veto else ""
        tail = f"; at most unsure: {self.doubt}" if self.doubt else ""
        return head + "; ".join(self.reasons) + tail


# A judge reads the mention's value and one value of the event: (points, reason, hard) where ``hard`` marks a
# contradiction that vetoes (points are then ignored).
Judge = Callable[[object, object], tuple[float, str, bool]]


def _slot(c: Comparison, m: EventMention, p: EventProfile, slot: str, value, judge: Judge,
          judge_inferred: Judge | None = None) -> None:
    """Judge the mention's value against every value the event gives the slot; add the best, or veto.
    ``judge_inferred`` (when given) judges a pair of which one value was inferred, at the precision it is known."""
    if value is None:
        return
    variants = p.variants(slot)
    if not variants:
        return
    filled = p.variants_filled(slot)
    vetoing, veto, best, most = 0, None, None, None     # most: (mentions, points) of the best-supported value
    for v, n, inferred in variants:
        guessed = slot in m.inferred or inferred == n
        pts, reason, hard = (judge_inferred if guessed and judge_inferred else judge)(value, v)
        if hard:
            if guessed:
                pts, reason = SOFT_VETO, f"{reason}, inferred"
            else:
                vetoing += n - inferred
                veto = veto or reason
                continue
        elif pts > 0 and slot in GUESSED_FROM_DATES and slot in m.inferred and inferred == n:
            # two guesses made by one rule from nearby dates agree by construction: their agreement is half the
            # evidence of a number a source states
            pts, reason = pts * INFERRED_WEIGHT, f"{reason}, both inferred"
        elif guessed and pts < 0:
            # a value the extractor took from the article around the event, not its own sentences, disagrees at
            # half weight (where it agrees, the discourse was mostly right: it keeps its points)
            pts, reason = pts * INFERRED_WEIGHT, f"{reason}, inferred"
        if most is None or n > most[0]:
            most = (n, pts)
        if best is None or pts > best[0]:
            best = (pts, reason, n)
        elif pts == best[0]:
            best = (pts, best[1], best[2] + n)     # values that agree as well count as support
    if vetoing and vetoing * 2 >= p.size:
        c.veto = veto
        return
    if best is None:
        if veto:
            # every value the event gives contradicts, but too few of its reports state one to veto
            c.add(SOFT_VETO, f"{veto} (stated by {vetoing} of {p.size} reports)")
        return
    pts, reason, n = best
    if p.size > 1:
        if pts > 0 and n * 2 < filled and most is not None and most[1] < 0 and most[0] * 2 >= filled:
            # a value most of the event's reports contradict, held by a few: those few were likely placed here
            # wrongly, and agreeing with them is no evidence
            pts, reason = 0.0, f"{reason} (a minority of {n} of {filled}; most reports disagree)"
        elif pts > 0 and n * 2 < filled:
            # a minority's value: another report may have been placed here wrongly
            pts, reason = pts / 2, f"{reason} (a minority of {n} of {filled})"
        else:
            reason = f"{reason} ({n} of {p.size} reports)"
    c.add(pts, reason)


def _range_text(r: tuple[int, int]) -> str:
    return f"{r[0]}" + (f"-{r[1]}" if r[1] != r[0] else "")


def _judge_count(ra, rb) -> tuple[float, str, bool]:
    if ra == rb:
        # A group of 13 is a much rarer coincidence than a lone defector.
        return (1.5 if ra[1] <= 1 else 2.5 if ra[1] >= 5 else 2.0), f"count {_range_text(ra)} agrees", False
    if rb[0] <= ra[0] and ra[1] <= rb[1] or ra[0] <= rb[0] and rb[1] <= ra[1]:
        # one source gives the number, the other a range holding it ("three" within "two or three")
        return 1.5, f"count {_range_text(ra)} within {_range_text(rb)}", False
    if ra[0] <= rb[1] and rb[0] <= ra[1]:
        return 1.0, f"counts {ra}~{rb} overlap", False
    if min(ra[0], rb[0]) >= CLOSE_COUNT_FROM and abs(ra[0] - rb[0]) * CLOSE_COUNT_SHARE <= max(ra[1], rb[1]):
        # a crowd is counted as it is caught or sent off ("159 arrested", later "175"): a tenth apart is one crowd
        return 0.5, f"counts {ra[0]}~{rb[0]} within a tenth", False
    if min(ra[0], rb[0]) >= BIG_NEAR_COUNT_FROM and abs(ra[0] - rb[0]) <= 1:
        # a group this large told with or without one person is as rare a coincidence as a number within a range
        return 1.5, f"counts {ra[0]}~{rb[0]} differ by one", False
    if min(ra[0], rb[0]) >= NEAR_COUNT_FROM and abs(ra[0] - rb[0]) <= 1:
        # "12 waitresses" and "12 waitresses and their manager": one source leaves out one person
        return 0.5, f"counts {ra[0]}~{rb[0]} differ by one", False
    return -3.0, f"counts {ra[0]}≠{rb[0]}", False


def _judge_sex(slot: str) -> Judge:
    def judge(ra, rb):
        if ra == rb:
            return 0.5, f"{slot} {_range_text(ra)} agrees", False
        if ra[0] <= rb[1] and rb[0] <= ra[1]:
            return 0.25, f"{slot} {_range_text(ra)}~{_range_text(rb)} overlap", False
        return -1.0, f"{slot} {ra[0]}≠{rb[0]}", False
    return judge


def _judge_country(a, b):
    return (0.5, f"country {a} agrees", False) if a == b else (0.0, f"country {a}≠{b}", True)


def _country_judge(m: EventMention, p: EventProfile) -> Judge:
    """The country judge for this mention and event: a country on the other side's route (one report places a group
    where it was caught on the way, another where it set out from) is no contradiction, and no agreement either."""
    if not m.transit and not p.transit:
        return _judge_country

    def judge(a, b):
        if a != b and (a in m.transit or b in m.transit or p.transit[a] or p.transit[b]):
            return 0.0, f"country {a}≠{b}, on the route", False
        return _judge_country(a, b)
    return judge


def _judge_city(a, b):
    if a == b:
        return 1.5, f"city {a} agrees", False
    if fuzz.ratio(a, b) >= 90:
        return 1.0, f"city {a}~{b}", False
    # Early reports often place a restaurant wrongly; other agreement can outweigh this.
    return -1.5, f"city {a}≠{b}", False


def _judge_region(a, b):
    if a == b:
        return 1.0, f"region {a} agrees", False
    if confusable(a, b):
        return -0.5, f"regions {a}/{b} are often confused", False
    return -1.5, f"region {a}≠{b}", False


def _judge_name(a, b):
    if a == b or fuzz.ratio(a, b) >= 88:
        return 2.0, f"restaurant {a} agrees", False
    return -2.0, f"restaurant {a}≠{b}", False


# A state keeps one embassy in a country: the embassy in one country is a workplace as precise as a city (diplomats
# defect from one post years apart, and the dates tell those apart).
ONE_POST_KINDS = ("embassy",)


def _judge_kind_in(country: str) -> Judge:
    def judge(a, b):
        if a == b and a in ONE_POST_KINDS:
            return 1.5, f"the {a} in {country} agrees", False
        return _judge_kind(a, b)
    return judge


def _judge_destination(a, b):
    # Nearly every defector goes south: agreement is weak evidence, disagreement strong.
    return (0.25, f"destination {a} agrees", False) if a == b else (-1.0, f"destination {a}≠{b}", False)


def _judge_kind(a, b):
    # Most reports are of restaurant staff: agreement is weak evidence; a restaurant is no embassy.
    return (0.25, f"workplace {a} agrees", False) if a == b else (-1.0, f"workplace {a}≠{b}", False)


# Issuers whose measures on the North's workers come several a year: the Security Council, the EU, and the United
# States (its Treasury's designations and its Justice Department's indictments of the North's IT workers come months
# apart, often weeks)
FREQUENT_ISSUERS = ("UN", "EU", "US")


def _judge_issuer(a, b):
    # One issuer adopts few measures a year: the same issuer is itself good evidence; a single state's measures on
    # the North's restaurants and workers come years apart, the frequent issuers' more often.
    if a != b:
        return 0.0, f"issuer {a}≠{b}", True
    return (1.5 if a in FREQUENT_ISSUERS else STATE_ISSUER_POINTS), f"issuer {a} agrees", False


def _judge_instrument(a, b):
    # The number names the measure; the dates around it (adoption, deadlines, enforcement) vary by source.
    return (4.0, f"instrument {a} agrees", False) if a == b else (0.0, f"instrument {a}≠{b}", True)


def _judge_date(a: PartialDate, b: PartialDate):
    agreement = compare_dates(a, b)
    pts = _LEVEL_POINTS.get(agreement.level)
    return (0.0, f"date {agreement.detail}", True) if pts is None else (pts, f"date {agreement.detail}", False)


def _month_of(d: PartialDate) -> PartialDate:
    return PartialDate(d.year, d.month) if d.day else d


def _judge_date_inferred(a: PartialDate, b: PartialDate):
    # A day the extractor took from the article around the event (the day of a related happening, of a statement)
    # is known to its month at best: two such dates are compared as months.
    if a.day and b.day and compare_dates(a, b).level == "conflict":
        pts, reason, hard = _judge_date(_month_of(a), _month_of(b))
        return pts, f"{reason} (days {a.iso()}, {b.iso()})", hard
    return _judge_date(a, b)


def _couple(count, male, female) -> bool:
    """Two people, a man and a woman (a diplomat and his wife)."""
    return count == (2, 2) and male == (1, 1) and female == (1, 1)


def _count_judge(m: EventMention, p: EventProfile) -> Judge:
    """The count judge for this mention and event: a report that names one person and counts one may tell of one of
    a couple another report counts (a diplomat named alone, "with his wife" left out or read as no one): that count
    is no contradiction, and no agreement either (``_people`` weighs the name)."""
    named_one = bool(m.participants) and m.count_range == (1, 1) and \
        p.values["count"][(2, 2)] and p.values["male"][(1, 1)] and p.values["female"][(1, 1)]
    couple_named = _couple(m.count_range, m.sex_range("male"), m.sex_range("female")) and \
        bool(p.participants) and p.values["count"][(1, 1)]
    if not (named_one or couple_named):
        return _judge_count

    def judge(ra, rb):
        if named_one and ra == (1, 1) and rb == (2, 2) or couple_named and ra == (2, 2) and rb == (1, 1):
            return 0.0, "count 1 a named person of a couple (a man and a woman) counted 2", False
        return _judge_count(ra, rb)
    return judge


def _month_overlaps(d: PartialDate, first: int, last: int) -> bool:
    """Whether the days ``d`` can mean (its month, or its year) overlap the days [first, last]."""
    start = d.ordinal()
    end = PartialDate(d.year + (d.month == 12), d.month % 12 + 1).ordinal() if d.month else PartialDate(d.year + 1).ordinal()
    return start <= last and first < end


def _publication_month(d: PartialDate, first: int, last: int) -> bool:
    """Whether an inferred date is only the month (or year) its reports were published in, the extractor's guess for a
    measure the lede tells as news: the time of the telling, so an undated report published soon after it is no
    closer to the happening than the publication dates already say."""
    return d.precision != "day" and _month_overlaps(d, first, last)


def _reporting_time_judge(m: EventMention, p: EventProfile) -> Judge:
    """The judge of two dates of which one was inferred: as ``_judge_date_inferred``, and a conflict whose later date
    was inferred and falls in the month its own report was published costs half a soft veto:
    the extractor read a relative date ("this week", "in June") against the publication, not the story's time, as
    a later report of an earlier escape does ("the 13 who fled in April" in a June article)."""
    mine = day_of(m.published)
    pubs = p.pub_range()

    def judge(a, b):
        pts, reason, hard = _judge_date_inferred(a, b)
        if not hard:
            return pts, reason, hard
        if a.ordinal() > b.ordinal():
            at_publication = "date" in m.inferred and mine is not None and _month_overlaps(a, mine, mine)
        else:
            at_publication = pubs is not None and p.inferred["date"][b] > 0 and _month_overlaps(b, *pubs)
        if at_publication:
            # (no veto: ``_slot`` halves a disagreement resting on an inferred value)
            return SOFT_VETO, f"{reason}, the later in its report's month of publication", False
        return pts, reason, hard
    return judge


def _count(m: EventMention, p: EventProfile, c: Comparison) -> None:
    _slot(c, m, p, "count", m.count_range, _count_judge(m, p))
    for slot in ("male", "female"):
        if not c.veto and getattr(m, slot) is not None:    # (``_slot`` passes over an empty value)
            _slot(c, m, p, slot, m.sex_range(slot), _judge_sex(slot))


def _place(m: EventMention, p: EventProfile, c: Comparison) -> None:
    _slot(c, m, p, "country", m.country, _country_judge(m, p))
    if c.veto:
        return
    placed = False
    if m.city and p.values["city"]:
        _slot(c, m, p, "city", m.city, _judge_city)
        placed = True
    elif m.region and p.values["region"]:
        _slot(c, m, p, "region", m.region, _judge_region)
        placed = True
    _slot(c, m, p, "name", m.name, _judge_name)
    one_post = not placed and m.country is not None and p.values["country"][m.country] * 2 >= p.size
    _slot(c, m, p, "kind", m.kind, _judge_kind_in(m.country) if one_post else _judge_kind)


def _people(m: EventMention, p: EventProfile, c: Comparison) -> None:
    """Named participants: one named defector reported by two outlets is strong evidence of one happening."""
    shared = [name for name in m.participants if p.participants[name]]
    if shared:
        # (the reason names the person as this report writes the name, not the folded key it was compared by)
        written = next((n for n in m.raw.get("participants") or () if isinstance(n, str) and person_key(n) == shared[0]),
                       shared[0])
        c.add(2.5, f"participant {written} named by both")


def _recent_days(m: EventMention) -> int:
    # a measure, and a restaurant closed or opened, stay as they are for months and are reported so ("the restaurant
    # in Yangon has closed"); an escape is news for days; and a state's treasury lists firms every few weeks, so its
    # undated measure is its latest only while that is weeks old (the Council's resolutions are months apart)
    if m.type == "sanction" and m.issuer not in (None, "UN"):
        return RECENT_DAYS
    return RECENT_SANCTION_DAYS if m.type in LASTING_TYPES else RECENT_DAYS


def _date(m: EventMention, p: EventProfile, c: Comparison) -> None:
    mine = day_of(m.published)
    pubs = p.pub_range()
    recent = False      # an undated report came shortly after the event's date
    if m.date and p.values["date"]:
        _slot(c, m, p, "date", m.date, _judge_date, _reporting_time_judge(m, p))
        if c.veto:
            return
        level = _best_level(m.date, p)
        # Within one month, publication dates only help two equally vague reports ("restaurants closed in
        # March"); a report naming the city is a different, more specific happening. An event one of whose reports
        # is as vague as this one (one names Beijing, another only China) was itself told that vaguely: the
        # reports it holds are compared, not the most precise of them.
        if level not in ("year", "month") or level == "month" and not p.places[place_precision(m)]:
            return
    elif m.date and pubs:
        # The event has no date: its reports' publication days bound when it can have happened.
        day = m.date.ordinal()
        if pubs[1] - day < -LATE_DAYS:
            why = f"date {m.date.iso()} after the other reports (last {date.fromordinal(pubs[1]).isoformat()})"
            if "date" not in m.inferred:
                c.veto = why
                return
            c.add(SOFT_VETO, f"{why}, inferred")      # a date the extractor guessed only costs points
        if 0 <= pubs[0] - day and pubs[0] - m.date.last_ordinal() <= _recent_days(m) and not (
                "date" in m.inferred and mine is not None and _publication_month(m.date, mine, mine)):
            c.add(RECENT_POINTS, f"undated report {pubs[0] - day} days after {m.date.iso()}")
            recent = True
    elif p.values["date"] and mine is not None:
        recent = _undated_against_dates(m, p, c, mine)
        if c.veto:
            return
    # A coarse date or none: reports published close together more likely tell of one happening; reports years
    # apart with no date between them may well tell of two (a restaurant reopens, a state orders again).
    if mine is not None and pubs:
        gap = p.pub_gap(mine)
        if gap <= PUBLISHED_WINDOW_DAYS and recent and m.count_range == (1, 1):
            pass     # (a lone person's undated report shortly after the event's date was published near its reports:
            #          one closeness in time, counted once -- a lone defector is no rare coincidence)
        elif gap <= PUBLISHED_WINDOW_DAYS and m.count_range == (1, 1) and (
                m.date is None and p.values["date"]
                and all(mine - v.last_ordinal() > FAR_APART_DAYS for v, _, _ in p.variants("date"))
                or m.date is not None and not p.values["date"] and pubs[0] - m.date.last_ordinal() > FAR_APART_DAYS):
            pass     # (a lone person's undated report beside a report of a lone person's flight years before, either
            #          way round: life stories retell old flights, and two told in one season need not be one)
        elif gap <= PUBLISHED_WINDOW_DAYS:
            c.add(WINDOW_POINTS, f"reported {gap} days apart")
        elif gap > FAR_APART_DAYS and m.date is None and not p.values["date"]:
            c.add(FAR_APART_POINTS, f"reported {gap} days apart, neither dated")
        elif gap > FAR_APART_DAYS and m.date is None and all(mine - v.ordinal() > FAR_APART_DAYS
                                                              for v, _, _ in p.variants("date")):
            # an undated report years after the event's date and its reports: as likely another happening like it
            c.add(FAR_APART_POINTS, f"undated, reported {gap} days after the event's reports and over a year after "
                                    f"its date")


_LEVEL_POINTS = {"day": 2.0, "month": 1.5, "near": 0.75, "year": 0.5}


def _lone_and_unplaced(m: EventMention, p: EventProfile) -> bool:
    """Whether a lone person's report and a lone person's event share no place and no name: two soldiers who crossed
    the border in one month are as likely as one, and only the same day makes them one."""
    # (a state one report passes through and the other places the person in is a place in common: "defected at the
    # embassy during a visit to Mongolia" and "defected in Ulaanbaatar"; a state both only pass through is one too,
    # but not for a flight dated by its year alone: the usual road in a year, "swam to China in 1997", is told of
    # many)
    road = any(p.transit[c] for c in m.transit) and not (m.date is not None and m.date.precision == "year")
    return m.count_range == (1, 1) and p.agreed("count") == (1, 1) \
        and not (m.country and (p.values["country"][m.country] or p.transit[m.country])) \
        and not any(p.values["country"][c] for c in m.transit) and not road \
        and not any(p.participants[n] for n in m.participants)


def _best_level(d: PartialDate, p: EventProfile) -> str | None:
    """The agreement level of the event's date that agrees best with ``d``."""
    levels = [compare_dates(d, v).level for v, _, _ in p.variants("date")]
    return max((lv for lv in levels if lv in _LEVEL_POINTS), key=_LEVEL_POINTS.get, default=None)


def _undated_against_dates(m: EventMention, p: EventProfile, c: Comparison, mine: int) -> bool:
    """An undated mention against the event's dates: a date well after the report rules it out (when half the
    event's mentions give such dates; inferred ones only cost points); one shortly before it supports the link
    (True then)."""
    dated = [v for v, _, _ in p.variants("date")]
    if m.status == "pending" and dated and all(mine - v.ordinal() > PENDING_DAYS for v in dated):
        # still under way when reported: not a happening of more than a year before ("the envoy has gone into hiding"
        # in 2019 is no flight of 1998)
        c.veto = f"under way when reported ({m.published.iso()}), the event dated {min(dated, key=PartialDate.ordinal).iso()}"
        return False
    late, guessed, recent = 0, 0, None
    for v, n, inferred in p.variants("date"):
        lag = mine - v.ordinal()
        if lag < -LATE_DAYS:
            late += n - inferred
            guessed += inferred
        elif 0 <= lag and mine - v.last_ordinal() <= _recent_days(m) and (recent is None or lag < recent[0]) and not (
                inferred == n and _publication_month(v, *p.pub_range())):
            recent = (lag, v)
    if late and late * 2 >= p.size:
        first = min((v for v, _, _ in p.variants("date")), key=PartialDate.ordinal)
        c.veto = f"date {first.iso()} after the other report ({m.published.iso()})"
        return False
    if guessed and (late + guessed) * 2 >= p.size:
        # dates the extractor guessed only cost points
        c.add(SOFT_VETO, f"dates after the other report ({m.published.iso()}), inferred")
        return False
    if recent:
        c.add(RECENT_POINTS, f"undated report {recent[0]} days after {recent[1].iso()}")
    return recent is not None


def _route(m: EventMention, p: EventProfile, c: Comparison) -> None:
    shared = sorted(t for t in m.transit if p.transit[t])
    if shared:
        c.add(0.5, f"route via {','.join(shared)} agrees")
    _slot(c, m, p, "destination", m.destination, _judge_destination)
    # Someone still waiting to defect is not yet the same happening as a completed escape.
    statuses = p.values["status"]
    if m.status in ("pending", "confirmed") and statuses:
        other = "confirmed" if m.status == "pending" else "pending"
        if statuses[other] * 2 >= p.filled("status"):
            c.add(-0.5, "pending vs confirmed")


def _told_before_adopted(m: EventMention, p: EventProfile) -> str | None:
    """A report of the Council's measures published before a resolution was adopted does not tell of it: the
    mention's against the event's resolution, and the event's first report against the mention's resolution."""
    if m.issuer != "UN":
        return None
    theirs = p.agreed("instrument")
    if m.instrument is None and reported_before_adopted(m.published, theirs):
        return f"reported before resolution {theirs} was adopted"
    adopted = adopted_on(m.instrument) if theirs is None else None
    pubs = p.pub_range()
    if adopted and pubs and pubs[0] < adopted.toordinal():
        return f"the event was reported before resolution {m.instrument} was adopted"
    return None


def _regime_long_after(m: EventMention, p: EventProfile) -> str | None:
    """An undated report of "the UN sanctions" published years after a resolution was adopted speaks of the
    Council's measures as a whole, not of that resolution (weeks or months after, it most likely means the new one;
    while the measure's deadlines run, that one)."""
    if m.issuer != "UN":
        return None
    theirs = p.agreed("instrument")
    if m.instrument is None and m.date is None and theirs is not None:
        adopted, told = adopted_on(theirs), day_of(m.published)
    elif m.instrument is not None and theirs is None and not p.filled("date") and p.pub_range():
        adopted, told = adopted_on(m.instrument), p.pub_range()[0]
    else:
        return None
    if adopted is not None and told is not None and told - adopted.toordinal() > REGIME_AFTER_DAYS:
        return "an undated report of the UN's sanctions years after the resolution: the measures as a whole"
    return None


def _sanction(m: EventMention, p: EventProfile, c: Comparison) -> None:
    _slot(c, m, p, "issuer", m.issuer, _judge_issuer)
    if c.veto:
        return
    c.veto = _told_before_adopted(m, p)
    if c.veto:
        return
    c.veto = _regime_long_after(m, p)
    if c.veto:
        return
    _slot(c, m, p, "instrument", m.instrument, _judge_instrument)
    if not c.veto and m.instrument and p.values["instrument"][m.instrument]:
        if "instrument" in m.inferred and p.inferred["instrument"][m.instrument] == p.values["instrument"][m.instrument]:
            # both numbers were guessed from the dates: comparing the dates again would count them twice
            c.reasons.append("dates not compared: both instruments were guessed from them")
        else:
            c.reasons.append("dates not compared: the instrument decides")
        c.decided = True


def _prominence(m: EventMention, p: EventProfile, c: Comparison) -> None:
    """A vague report most likely tells of the event many independent sources reported around its time."""
    mine = day_of(m.published)
    if mine is None:
        return
    # the reports around this one's time, not over the event's whole life: an event told for years is what a vague
    # report means only where it was news (copies of one story count once, as far as the sources tell)
    near = min(p.reports_near(mine, PUBLISHED_WINDOW_DAYS), p.sources) - (1 if p.source_groups[m.source_group] else 0)
    if near >= WIDELY_REPORTED:
        c.add(WIDELY_REPORTED_POINTS, f"widely reported ({near} independent sources around its time)")


def compare_profile(m: EventMention, p: EventProfile) -> Comparison:
    """How strongly a mention speaks of the event whose profile is ``p``, and why."""
    c = Comparison()
    if m.type != p.type:
        c.veto = f"type {m.type}≠{p.type}"
        return c
    if p.docs[m.doc_id]:
        c.veto = "two events of one article"
        return c
    steps = (_sanction, _date) if m.type == "sanction" else (_count, _place, _people, _date, _route)
    for step in steps:
        step(m, p, c)
        if c.veto:
            return c
        if c.decided:
            break
    if not c.decided:
        _prominence(m, p, c)
    if p.source_groups[m.source_group]:
        c.add(1.0, "copies of one story")
    elif _lone_and_unplaced(m, p) and not (m.date and _best_level(m.date, p) == "day"):
        c.doubt = "one person each, with no place or name in common and no day: lone people flee every month"
    return c


def sure_veto(m: EventMention, p: EventProfile) -> str | None:
    """The veto ``compare_profile(m, p)`` is sure to give, found by its cheap steps alone: the country, then the
    date. None when they find none (the whole comparison decides then).

    A resolver drops vetoed comparisons unread, and most of its candidates are vetoed (99 in 100 in the serving
    benchmark's stories at 10,000: three in four by their country, big events of the same month elsewhere, and
    most of the rest by their date): this spares scoring their counts and places first. The answer is the whole
    comparison's, because neither step reads what the steps before it found, and the steps before them (counts,
    places, people) veto only by the country. Not for a sanction, whose instrument can settle the match before
    its dates are read, nor where the type or the article vetoes (``compare_profile`` does that at once)."""
    if m.type != p.type or m.type == "sanction" or p.docs[m.doc_id]:
        return None
    c = Comparison()
    if _country_may_veto(m, p):
        _slot(c, m, p, "country", m.country, _country_judge(m, p))     # as ``_place`` begins
        if c.veto:
            return c.veto
    _date(m, p, c)
    return c.veto


def _country_may_veto(m: EventMention, p: EventProfile) -> bool:
    """False when ``_slot`` cannot veto on the country (the reports stating another country, not guessing it, are
    fewer than half the event's): counted without making the reasons. True says only "ask ``_slot``"."""
    if m.country is None:
        return False
    guessed = "country" in m.inferred
    vetoing = sum(n - inferred for v, n, inferred in p.variants("country")
                  if v != m.country and not (guessed or inferred == n))
    return vetoing > 0 and vetoing * 2 >= p.size


def compare(a: EventMention, b: EventMention) -> Comparison:
    """How strongly two mentions of one type speak of one real-world event, and why."""
    return compare_profile(a, EventProfile.of(b))
