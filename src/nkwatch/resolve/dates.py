"""Partial ISO dates (``2016``, ``2016-04``, ``2016-04-07``): precision codes and agreement at the coarser precision."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
PRECISIONS = ("year", "month", "day")


@dataclass(frozen=True)
class PartialDate:
    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def ordinal(self) -> int:
        """Days since year 1 at the first day the date can mean."""
        return _first_day(self.year, self.month, self.day)

    def last_ordinal(self) -> int:
        """Days since year 1 at the last day the date can mean."""
        if self.day:
            return self.ordinal()
        if self.month and self.month < 12:
            return _first_day(self.year, self.month + 1, None) - 1
        return _first_day(self.year + 1, None, None) - 1

    def iso(self) -> str:
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"


@lru_cache(maxsize=1 << 16)
def _first_day(year: int, month: int | None, day: int | None) -> int:
    # The matcher asks for the same few thousand dates millions of times in a large batch.
    return date(year, month or 1, day or 1).toordinal()


def parse_date(value) -> PartialDate | None:
    """``'2016-04'`` → PartialDate(2016, 4); anything unreadable → None (a missing date, not an error)."""
    if not isinstance(value, str):
        return None
    m = _DATE.match(value.strip())
    if not m:
        return None
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    if y < 1:       # year 0 has no calendar day to count from
        return None
    try:
        month = int(mo) if mo and 1 <= int(mo) <= 12 else None
        day = int(d) if d and month else None
        if day:
            date(y, month, day)
    except ValueError:
        day = None
    return PartialDate(y, month, day)


def precision_of(value) -> str | None:
    d = parse_date(value)
    return d.precision if d else None


@dataclass(frozen=True)
class DateAgreement:
    level: str          # "day", "month", "year", "near" (close but not equal), "conflict"
    detail: str


def compare_dates(a: PartialDate, b: PartialDate, *, day_window: int = 7) -> DateAgreement:
    """Agreement at the coarser of the two precisions.

    Reports of one happening drift by a day or two (time zones, announcement vs adoption), so day-level dates a
    few days apart are "near"; adjacent months are "near" too when one source dates the end of a month and
    another the start of the next.
    """
    if a.year != b.year:
        if abs(a.year - b.year) == 1 and a.month and b.month and abs((a.year * 12 + a.month) - (b.year * 12 + b.month)) == 1:
            return DateAgreement("near", f"{a.iso()}~{b.iso()} adjacent months")
        return DateAgreement("conflict", f"{a.iso()}≠{b.iso()}")
    if not a.month or not b.month:
        return DateAgreement("year", f"{a.iso()}~{b.iso()} same year")
    if a.month != b.month:
        if abs(a.month - b.month) == 1:
            if a.day and b.day and abs(a.ordinal() - b.ordinal()) > day_window:
                return DateAgreement("conflict", f"{a.iso()}≠{b.iso()}")
            return DateAgreement("near", f"{a.iso()}~{b.iso()} adjacent months")
        return DateAgreement("conflict", f"{a.iso()}≠{b.iso()}")
    if not a.day or not b.day:
        return DateAgreement("month", f"{a.iso()}~{b.iso()} same month")
    gap = abs(a.ordinal() - b.ordinal())
    if gap == 0:
        return DateAgreement("day", f"{a.iso()} same day")
    if gap <= day_window:
        return DateAgreement("near", f"{a.iso()}~{b.iso()} {gap} days apart")
    return DateAgreement("conflict", f"{a.iso()}≠{b.iso()} {gap} days apart")
