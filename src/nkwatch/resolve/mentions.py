"""Event mentions: one event of one extraction record, with what the matcher needs from its article."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from importlib import resources

import yaml

from nkwatch.model import stable_id
from nkwatch.resolve.dates import PartialDate, parse_date
from nkwatch.resolve.names import city_key, name_key, person_key, region_key

_DIGITS = re.compile(r"\d+")


def _int(v) -> int | None:
    if isinstance(v, bool) or v is None:
        return None
    if isinstance(v, (int, float)):
        return int(v)
    return None


@lru_cache(maxsize=1)
def _adopted() -> tuple[tuple[date, str], ...]:
    """The Security Council's resolutions on North Korea as (day adopted, number), oldest first."""
    data = yaml.safe_load(resources.files("nkwatch").joinpath("data/un_resolutions.yaml").read_text("utf-8"))
    out = []
    for number, adopted in (data.get("resolutions") or {}).items():
        out.append((adopted if isinstance(adopted, date) else date.fromisoformat(str(adopted)), str(number)))
    return tuple(sorted(out))


@lru_cache(maxsize=1)
def _resolutions() -> dict[tuple[int, int], list[str]]:
    out: dict[tuple[int, int], list[str]] = {}
    for day, number in _adopted():
        out.setdefault((day.year, day.month), []).append(number)
    return out


@lru_cache(maxsize=1)
def _adopted_on() -> dict[str, date]:
    return {number: day for day, number in _adopted()}


def adopted_on(number: str | None) -> date | None:
    """The day the Council adopted resolution ``number`` on North Korea (None for one not listed)."""
    return _adopted_on().get(number) if number is not None else None


def reported_before_adopted(published: "PartialDate | None", number: str | None) -> bool:
    """Whether a report published on ``published`` (at its precision: every day it can mean) came out before the
    Council adopted resolution ``number``, so cannot tell of it (False when either is unknown)."""
    adopted = adopted_on(number)
    return adopted is not None and published is not None and published.last_ordinal() < adopted.toordinal()


def resolution_adopted_in(year: int, month: int | None) -> str | None:
    """The number of the Security Council's resolution on North Korea adopted in that month (None if none or two)."""
    found = _resolutions().get((year, month)) if month else None
    return found[0] if found and len(found) == 1 else None


# A measure stays news for months (match.RECENT_SANCTION_DAYS): within this many days of its adoption, a report of
# "the UN sanctions" that names no resolution and no date most likely means the latest one.
LATEST_RESOLUTION_DAYS = 120


def latest_resolution_before(published: "PartialDate | None") -> str | None:
    """The number of the Council's resolution on North Korea adopted last before a day-dated publication, if that was
    within LATEST_RESOLUTION_DAYS (None otherwise)."""
    if published is None or published.precision != "day":
        return None
    day = published.ordinal()
    before = [(d, n) for d, n in _adopted() if d.toordinal() <= day]
    if not before or day - before[-1][0].toordinal() > LATEST_RESOLUTION_DAYS:
        return None
    return before[-1][1]


def _iso2(v) -> str | None:
    return v.upper() if isinstance(v, str) and len(v) == 2 else None


def instrument_number(v) -> str | None:
    """``'UNSCR 2270'`` → ``'2270'``: the part of an instrument that names it."""
    if not isinstance(v, str):
        return None
    nums = _DIGITS.findall(v)
    return max(nums, key=len) if nums else None


def _slot_name(s: str) -> str:
    """``'workplace.country'`` → ``'country'``: the mention's name for a contract slot."""
    return s.rsplit(".", 1)[-1]


def event_mention_id(doc_id: str, ordinal: int) -> str:
    """An event mention's id: its article and its place among the article's events (stable across re-runs)."""
    return stable_id("em", doc_id, "event", ordinal)


@dataclass
class EventMention:
    mention_id: str
    doc_id: str
    ordinal: int
    type: str | None
    count: int | None = None
    count_max: int | None = None
    approx: bool = False
    male: int | None = None
    female: int | None = None
    kind: str | None = None
    name: str | None = None
    city: str | None = None
    region: str | None = None
    country: str | None = None
    transit: tuple[str, ...] = ()
    destination: str | None = None
    date: PartialDate | None = None
    status: str | None = None
    issuer: str | None = None
    instrument: str | None = None
    published: PartialDate | None = None
    source_group: str = ""            # copies of one wire story share it; independent sources differ
    # Slots whose value the extractor inferred rather than read (``"inferred": ["date", "workplace.country"]`` on
    # the event): a conflict on one of them costs points but vetoes nothing.
    inferred: frozenset = frozenset()
    participants: tuple[str, ...] = ()   # named people (a defector, a diplomat), folded for comparison
    # Sanctions told only as rules broken or binding ("in violation of UN sanctions"; ``"regime": true`` on the
    # event): the measures as a whole, no one measure, so the mention links to none.
    regime: bool = False
    raw: dict = field(default_factory=dict, repr=False)

    @classmethod
    def from_event(cls, event: dict, doc_id: str, ordinal: int, *, published=None,
                   source_group: str | None = None, mention_id: str | None = None) -> "EventMention":
        wp = event.get("workplace") if isinstance(event.get("workplace"), dict) else {}
        m = cls._read(event, wp, doc_id, ordinal, published, source_group, mention_id)
        if m.type == "sanction" and m.issuer == "UN" and m.instrument is None and not m.regime:
            # "the resolution adopted in December 2017": the one the Council adopted that month, if one; "the UN
            # sanctions" in a report weeks after a resolution: that resolution
            number = resolution_adopted_in(m.date.year, m.date.month) if m.date is not None \
                and m.date.precision != "year" else latest_resolution_before(m.published) if m.date is None else None
            if number is not None:
                m = replace(m, instrument=number, inferred=m.inferred | {"instrument"})
        return m

    @classmethod
    def _read(cls, event: dict, wp: dict, doc_id: str, ordinal: int, published, source_group, mention_id) \
            -> "EventMention":
        return cls(
            mention_id=mention_id or event_mention_id(doc_id, ordinal),
            doc_id=doc_id, ordinal=ordinal, type=event.get("type"),
            count=_int(event.get("count")), count_max=_int(event.get("count_max")), approx=event.get("approx") is True,
            male=_int(event.get("male")), female=_int(event.get("female")),
            kind=wp.get("kind") if isinstance(wp.get("kind"), str) else None,
            name=name_key(wp.get("name")) if isinstance(wp.get("name"), str) else None,
            city=city_key(wp.get("city")) if isinstance(wp.get("city"), str) else None,
            region=region_key(wp.get("region")) if isinstance(wp.get("region"), str) else None,
            country=_iso2(wp.get("country")),
            transit=tuple(sorted({t.upper() for t in event.get("transit") or [] if isinstance(t, str)})),
            destination=_iso2(event.get("destination")),
            date=parse_date(event.get("date")),
            status=event.get("status") if isinstance(event.get("status"), str) else None,
            issuer=event.get("issuer").upper() if isinstance(event.get("issuer"), str) else None,
            instrument=instrument_number(event.get("instrument")),
            # Anything but an ISO string or a PartialDate (a number, a dict) is no usable publication date.
            published=parse_date(published) if isinstance(published, str) else
            published if isinstance(published, PartialDate) else None,
            source_group=source_group or doc_id,
            inferred=frozenset(_slot_name(s) for s in event.get("inferred") or [] if isinstance(s, str)),
            participants=tuple(sorted({k for k in (person_key(p) for p in event.get("participants") or []) if k})),
            regime=event.get("regime") is True,
            raw=event,
        )

    def sex_range(self, slot: str) -> tuple[int, int] | None:
        """``male``/``female`` at the precision of the head count: in a group of "two or three" with two women
        named, the women may be two or three."""
        v = getattr(self, slot)
        if v is None:
            return None
        r = self.count_range
        return (v, v + (r[1] - r[0])) if r else (v, v)

    @property
    def count_range(self) -> tuple[int, int] | None:
        """The head count at its precision: a range as given, and a hedged number ("about 20") as a range a fifth
        either side of it."""
        if self.count is None:
            return None
        lo, hi = self.count, self.count_max if self.count_max and self.count_max >= self.count else self.count
        if self.approx:
            return (lo - max(1, lo // 5) if lo > 1 else lo, hi + max(1, (hi + 4) // 5))
        return (lo, hi)
