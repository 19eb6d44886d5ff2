"""An event's profile: what its mentions say, slot by slot, as values with the number of mentions saying each.

A new mention is compared with the profile (``match.compare_profile``), not with every member, so placing it costs
the same whether the event has two reports or twenty thousand. The most common value of a slot is the event's
agreed value; the others are its variants (an early report's wrong city, "12 waitresses" beside "13 workers").
A value the extractor marks as inferred rather than stated is counted apart, so it never vetoes on its own.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from itertools import accumulate

from nkwatch.resolve.mentions import EventMention

# Slots held as values with their support; transit and participants are sets, publication a day count.
SLOTS = ("count", "male", "female", "country", "city", "region", "name", "date", "destination", "status",
         "issuer", "instrument", "kind")
MAX_VARIANTS = 8     # a slot with more values than this is compared through its best-supported ones only


def day_of(d) -> int | None:
    """A publication's day as an ordinal: its first day when only the month is known; None for no date, or a year
    alone (an article stamped "2018" is not from January 1st: days counted from it would link and veto by chance)."""
    return d.ordinal() if d is not None and d.precision != "year" else None


def place_precision(m: EventMention) -> int:
    """How precisely a mention places its event: 3 a city, 2 a region, 1 a country, 0 nowhere."""
    return 3 if m.city else 2 if m.region else 1 if m.country else 0


def _bump(counter: Counter, key, step: int) -> None:
    counter[key] += step
    if counter[key] <= 0:
        del counter[key]


def slot_values(m: EventMention) -> dict:
    """The mention's value of every slot a profile holds (None when the mention leaves it empty)."""
    return {"count": m.count_range, "male": m.sex_range("male"), "female": m.sex_range("female"),
            "country": m.country, "city": m.city, "region": m.region, "name": m.name, "date": m.date,
            "destination": m.destination, "status": m.status, "issuer": m.issuer, "instrument": m.instrument,
            "kind": m.kind}


class EventProfile:
    """Values of one event's mentions with their support; ``add``/``remove`` keep it in step with the members."""

    __slots__ = ("type", "size", "values", "inferred", "transit", "participants", "published", "_pub_range",
                 "docs", "source_groups", "places", "_memo")

    def __init__(self, type_: str | None) -> None:
        self.type = type_
        self.size = 0
        self.values: dict[str, Counter] = {s: Counter() for s in SLOTS}
        self.inferred: dict[str, Counter] = {s: Counter() for s in SLOTS}
        self.transit: Counter = Counter()
        self.participants: Counter = Counter()
        self.published: Counter = Counter()          # publication day → mentions
        self._pub_range: tuple[int, int] | None = None
        self.docs: Counter = Counter()
        self.source_groups: Counter = Counter()
        self.places: Counter = Counter()             # how precisely its mentions place it (``place_precision``)
        # What is read of the profile, worked out once per state of it: a profile is compared with many mentions
        # between two changes (every candidate of every arriving report), so its variants and agreed values are
        # kept until the next add, remove or absorb clears them.
        self._memo: dict = {}

    @classmethod
    def of(cls, *mentions: EventMention) -> "EventProfile":
        p = cls(mentions[0].type if mentions else None)
        for m in mentions:
            p.add(m)
        return p

    def _apply(self, m: EventMention, step: int) -> None:
        self._memo.clear()
        self.size += step
        for slot, v in slot_values(m).items():
            if v is None:
                continue
            _bump(self.values[slot], v, step)
            if slot in m.inferred:
                _bump(self.inferred[slot], v, step)
        for t in m.transit:
            _bump(self.transit, t, step)
        for name in m.participants:
            _bump(self.participants, name, step)
        day = day_of(m.published)
        if day is not None:
            _bump(self.published, day, step)
            if step < 0:
                self._pub_range = None
            elif self._pub_range is not None:
                lo, hi = self._pub_range
                self._pub_range = (min(lo, day), max(hi, day))
        _bump(self.docs, m.doc_id, step)
        _bump(self.source_groups, m.source_group, step)
        _bump(self.places, place_precision(m), step)

    def add(self, m: EventMention) -> None:
        self._apply(m, 1)

    def remove(self, m: EventMention) -> None:
        self._apply(m, -1)

    def absorb(self, other: "EventProfile") -> None:
        """Add every mention of another profile (two events found to be one)."""
        self._memo.clear()
        self.size += other.size
        for slot in SLOTS:
            self.values[slot].update(other.values[slot])
            self.inferred[slot].update(other.inferred[slot])
        for mine, theirs in ((self.transit, other.transit), (self.participants, other.participants),
                             (self.published, other.published), (self.docs, other.docs),
                             (self.source_groups, other.source_groups), (self.places, other.places)):
            mine.update(theirs)
        self._pub_range = None

    def remembered(self, key, make):
        """``make()``, computed once per state of the profile (``key`` names what it is)."""
        try:
            return self._memo[key]
        except KeyError:
            value = self._memo[key] = make()
            return value

    def variants(self, slot: str) -> list[tuple[object, int, int]]:
        """(value, mentions saying it, of which inferred) for the best-supported values of a slot (the list is
        shared: read it, do not change it)."""
        try:
            return self._memo[slot]
        except KeyError:
            value = self._memo[slot] = self._variants(slot)
            return value

    def variants_filled(self, slot: str) -> int:
        """How many mentions give one of ``variants(slot)``."""
        key = ("filled", slot)
        try:
            return self._memo[key]
        except KeyError:
            value = self._memo[key] = sum(n for _, n, _ in self.variants(slot))
            return value

    def _variants(self, slot: str) -> list[tuple[object, int, int]]:
        counter = self.values[slot]
        if not counter:
            return []
        items = counter.most_common(MAX_VARIANTS) if len(counter) > MAX_VARIANTS else counter.items()
        inferred = self.inferred[slot]
        return [(v, n, inferred.get(v, 0)) for v, n in items]

    def filled(self, slot: str) -> int:
        """How many mentions fill the slot."""
        return sum(self.values[slot].values())

    def agreed(self, slot: str):
        """The slot's most common value (None when no mention fills it)."""
        key = ("agreed", slot)
        try:
            return self._memo[key]
        except KeyError:
            counter = self.values[slot]
            value = self._memo[key] = counter.most_common(1)[0][0] if counter else None
            return value

    def pub_range(self) -> tuple[int, int] | None:
        """First and last publication day of the mentions (None when none is dated)."""
        if self._pub_range is None and self.published:
            self._pub_range = (min(self.published), max(self.published))
        return self._pub_range

    def _days(self) -> tuple[list[int], list[int]]:
        """The publication days in order and the running count of reports up to each (once per state)."""
        def make():
            days = sorted(self.published)
            return days, list(accumulate(self.published[d] for d in days))
        return self.remembered("days", make)

    def pub_gap(self, day: int) -> int | None:
        """Days from ``day`` to the nearest report's publication (None when none is dated): an event reported over
        years is close in time to a new report only where one of its reports is."""
        days, _ = self._days()
        if not days:
            return None
        i = bisect_left(days, day)
        return min(abs(days[j] - day) for j in (i - 1, i) if 0 <= j < len(days))

    def reports_near(self, day: int, window: int) -> int:
        """Reports published within ``window`` days of ``day``."""
        days, running = self._days()
        lo, hi = bisect_left(days, day - window), bisect_right(days, day + window)
        return (running[hi - 1] if hi else 0) - (running[lo - 1] if lo else 0)

    @property
    def sources(self) -> int:
        """Independent sources: copies of one wire story count once."""
        return len(self.source_groups)
