"""The explainable event matcher: two mentions → a score, a verdict and the reasons behind it.

Mentions only meet when they share a type (blocking, in ``events.py``). Each feature adds or takes log-odds-like
points and says why; a hard contradiction (different country, issuer, instrument, dates far apart) vetoes the
match whatever else agrees. The weights are set so that one strong agreement (a distinctive head count, a
restaurant name, an instrument number) plus one supporting agreement (date or place) makes a match, and place
or date alone does not.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from nkwatch.resolve.dates import compare_dates
from nkwatch.resolve.mentions import EventMention
from nkwatch.resolve.names import confusable
from rapidfuzz import fuzz

SAME_AT = 2.5      # score from which two mentions are one event
NEAR_COUNT_FROM = 5    # groups this large whose counts differ by one may be one group told with or without someone
UNSURE_AT = 1.5    # scores in [UNSURE_AT, SAME_AT) are recorded as "unsure" for a person to look at
PUBLISHED_WINDOW_DAYS = 120
RECENT_DAYS = 31
LATE_DAYS = 31     # a dated event more than this after an undated report's publication is another happening
# The only points that depend on publication dates (in ``_date``); the resolver bounds a pair's score with them.
RECENT_POINTS = 0.5
WINDOW_POINTS = 0.5
PUBLISHED_POINTS_MAX = RECENT_POINTS + WINDOW_POINTS


@dataclass
class Comparison:
    score: float = 0.0
    veto: str | None = None
    decided: bool = False     # a feature settled the match; later features are not consulted
    reasons: list[str] = field(default_factory=list)

    def add(self, points: float, reason: str) -> None:
        self.score += points
        self.reasons.append(f"{reason} ({points:+g})")

    @property
    def verdict(self) -> str:
        if self.veto:
            return "different"
        if self.score >= SAME_AT:
            return "same"
        return "unsure" if self.score >= UNSURE_AT else "different"

    def reason(self) -> str:
        head = f"veto: {self.veto}; " if self.veto else ""
        return head + "; ".join(self.reasons)


def _count(a: EventMention, b: EventMention, c: Comparison) -> None:
    ra, rb = a.count_range, b.count_range
    if ra and rb:
        if ra == rb:
            # A group of 13 is a much rarer coincidence than a lone defector.
            pts = 1.5 if ra[1] <= 1 else 2.5 if ra[1] >= 5 else 2.0
            c.add(pts, f"count {ra[0]}" + (f"-{ra[1]}" if ra[1] != ra[0] else "") + " agrees")
        elif ra[0] <= rb[1] and rb[0] <= ra[1]:
            c.add(1.0, f"counts {ra}~{rb} overlap")
        elif min(ra[0], rb[0]) >= NEAR_COUNT_FROM and abs(ra[0] - rb[0]) <= 1:
            # "12 waitresses" and "12 waitresses and their manager": one source leaves out one person
            c.add(0.5, f"counts {ra[0]}~{rb[0]} differ by one")
        else:
            c.add(-3.0, f"counts {ra[0]}≠{rb[0]}")
    for slot in ("male", "female"):
        va, vb = getattr(a, slot), getattr(b, slot)
        if va is not None and vb is not None:
            c.add(0.5, f"{slot} {va} agrees") if va == vb else c.add(-1.0, f"{slot} {va}≠{vb}")


def _place(a: EventMention, b: EventMention, c: Comparison) -> None:
    if a.country and b.country:
        if a.country != b.country:
            c.veto = f"country {a.country}≠{b.country}"
            return
        c.add(0.5, f"country {a.country} agrees")
    if a.city and b.city:
        if a.city == b.city:
            c.add(1.5, f"city {a.city} agrees")
        elif fuzz.ratio(a.city, b.city) >= 90:
            c.add(1.0, f"city {a.city}~{b.city}")
        else:
            # Early reports often place a restaurant wrongly; other agreement can outweigh this.
            c.add(-1.5, f"city {a.city}≠{b.city}")
    elif a.region and b.region:
        if a.region == b.region:
            c.add(1.0, f"region {a.region} agrees")
        elif confusable(a.region, b.region):
            c.add(-0.5, f"regions {a.region}/{b.region} are often confused")
        else:
            c.add(-1.5, f"region {a.region}≠{b.region}")
    if a.name and b.name:
        if a.name == b.name or fuzz.ratio(a.name, b.name) >= 88:
            c.add(2.0, f"restaurant {a.name} agrees")
        else:
            c.add(-2.0, f"restaurant {a.name}≠{b.name}")


def _specificity(m: EventMention) -> int:
    return 3 if m.city else 2 if m.region else 1 if m.country else 0


def _date(a: EventMention, b: EventMention, c: Comparison) -> None:
    if a.date and b.date:
        agreement = compare_dates(a.date, b.date)
        pts = {"day": 2.0, "month": 1.5, "near": 0.75, "year": 0.5}.get(agreement.level)
        if pts is None:
            c.veto = f"date {agreement.detail}"
            return
        c.add(pts, f"date {agreement.detail}")
        # Within one month, publication dates only help two equally vague reports ("restaurants closed in
        # March"); a report naming the city is a different, more specific happening.
        if agreement.level not in ("year", "month") or \
                agreement.level == "month" and _specificity(a) != _specificity(b):
            return
    else:
        # No date on one side: the article's publication date bounds when the event can have happened.
        dated, other = (a, b) if a.date else (b, a)
        if dated.date and other.published:
            lag = other.published.ordinal() - dated.date.ordinal()
            if lag < -LATE_DAYS:
                c.veto = f"date {dated.date.iso()} after the other report ({other.published.iso()})"
                return
            if 0 <= lag <= RECENT_DAYS:
                # an undated mention mostly refers to something that happened shortly before the report
                c.add(RECENT_POINTS, f"undated report {lag} days after {dated.date.iso()}")
    # A coarse date or none: reports published close together more likely tell of one happening.
    if a.published and b.published:
        gap = abs(a.published.ordinal() - b.published.ordinal())
        if gap <= PUBLISHED_WINDOW_DAYS:
            c.add(WINDOW_POINTS, f"reported {gap} days apart")


def _route(a: EventMention, b: EventMention, c: Comparison) -> None:
    if a.transit and b.transit:
        shared = set(a.transit) & set(b.transit)
        if shared:
            c.add(0.5, f"route via {','.join(sorted(shared))} agrees")
    if a.destination and b.destination and a.destination != b.destination:
        c.add(-1.0, f"destination {a.destination}≠{b.destination}")
    # Someone still waiting to defect is not yet the same happening as a completed escape.
    if {a.status, b.status} == {"pending", "confirmed"}:
        c.add(-0.5, "pending vs confirmed")


def _sanction(a: EventMention, b: EventMention, c: Comparison) -> None:
    if a.issuer and b.issuer:
        if a.issuer != b.issuer:
            c.veto = f"issuer {a.issuer}≠{b.issuer}"
            return
        # One issuer adopts few measures a year: the same issuer is itself good evidence.
        c.add(1.5, f"issuer {a.issuer} agrees")
    if a.instrument and b.instrument:
        if a.instrument != b.instrument:
            c.veto = f"instrument {a.instrument}≠{b.instrument}"
            return
        # The number names the measure; the dates around it (adoption, deadlines, enforcement) vary by source.
        c.add(4.0, f"instrument {a.instrument} agrees")
        c.reasons.append("dates not compared: the instrument decides")
        c.decided = True


def profile(m: EventMention) -> tuple:
    """Every field of a mention that ``compare`` reads, except its article (doc_id, source_group, published).

    Two mentions with one profile get the same comparison with any third mention from another article and story
    whose publication dates stand in the same ``published_relation``: the resolver scores them once. A new field
    read by ``compare`` must be added here.
    """
    return (m.type, m.count_range, m.male, m.female, m.country, m.city, m.region, m.name, m.date, m.transit,
            m.destination, m.status, m.issuer, m.instrument)


def published_relation(pa: int | None, da: int | None, pb: int | None, db: int | None) -> tuple:
    """What ``compare`` reads from publication dates, in classes: (reported within the window; where an undated
    report stands against the other's date: later than LATE_DAYS after it, or within RECENT_DAYS before it).

    ``pa``/``pb`` are the publication days and ``da``/``db`` the event dates (day ordinals, None when unknown).
    """
    gap = None if pa is None or pb is None else abs(pa - pb) <= PUBLISHED_WINDOW_DAYS
    lag = None
    if da is None or db is None:
        d = pb - da if da is not None and pb is not None else pa - db if db is not None and pa is not None else None
        if d is not None:
            lag = (d < -LATE_DAYS, 0 <= d <= RECENT_DAYS)
    return gap, lag


def compare(a: EventMention, b: EventMention) -> Comparison:
    """How strongly two mentions of one type speak of one real-world event, and why."""
    c = Comparison()
    if a.type != b.type:
        c.veto = f"type {a.type}≠{b.type}"
        return c
    if a.doc_id == b.doc_id:
        c.veto = "two events of one article"
        return c
    steps = (_sanction, _date) if a.type == "sanction" else (_count, _place, _date, _route)
    for step in steps:
        step(a, b, c)
        if c.veto:
            return c
        if c.decided:
            break
    if a.source_group == b.source_group:
        c.add(1.0, "copies of one story")
    return c
