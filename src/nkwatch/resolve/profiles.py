"""Mentions grouped by what the matcher can tell apart, so a new mention is scored once per group, not per member.

``compare`` reads a mention's profile (``match.profile``) and, of its article, only the publication date (through
``match.published_relation``), the source group and the doc_id. Members of one profile are therefore kept in
publication-date order: against a new mention, every member in one stretch of that order between the new
mention's cut days has the same score, found by bisection.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Iterator

from nkwatch.resolve.match import LATE_DAYS, PUBLISHED_WINDOW_DAYS, RECENT_DAYS
from nkwatch.resolve.mentions import EventMention


def day_of(d) -> int | None:
    """A PartialDate's first day as an ordinal (None for no date)."""
    return d.ordinal() if d is not None else None


def cut_days(published: int | None, date: int | None, other_dated: bool) -> list[int]:
    """Days where ``published_relation`` can change as the other mention's publication day moves.

    ``published``/``date``: the new mention's publication day and event date; ``other_dated``: whether the
    members it is compared with carry an event date (then their publication day only counts through the window).
    """
    cuts = []
    if published is not None:
        cuts += [published - PUBLISHED_WINDOW_DAYS, published + PUBLISHED_WINDOW_DAYS + 1]
    if date is not None and not other_dated:
        cuts += [date - LATE_DAYS, date, date + RECENT_DAYS + 1]
    return sorted(cuts)


class ByPublished:
    """Mentions of one profile: those with a publication day in day order, the others in arrival order."""

    __slots__ = ("days", "entries", "undated")

    def __init__(self) -> None:
        self.days: list[int] = []
        self.entries: list[tuple[int, EventMention]] = []      # (arrival seq, mention), aligned with days
        self.undated: list[tuple[int, EventMention]] = []

    def __len__(self) -> int:
        return len(self.entries) + len(self.undated)

    def add(self, seq: int, m: EventMention, day: int | None) -> None:
        if day is None:
            self.undated.append((seq, m))
            return
        i = bisect_right(self.days, day)
        self.days.insert(i, day)
        self.entries.insert(i, (seq, m))

    def remove(self, seq: int, day: int | None) -> None:
        if day is None:
            self.undated = [e for e in self.undated if e[0] != seq]
            return
        for i in range(bisect_left(self.days, day), bisect_right(self.days, day)):
            if self.entries[i][0] == seq:
                del self.days[i], self.entries[i]
                return

    def stretches(self, cuts: list[int]) -> Iterator[tuple[list, int, int, int | None]]:
        """(entries, lo, hi, day) for each non-empty stretch between cuts: entries[lo:hi] look alike to the
        matcher; ``day`` is their first publication day (None for the members without one)."""
        if self.undated:
            yield self.undated, 0, len(self.undated), None
        days, lo = self.days, 0
        n = len(days)
        if not n:
            return
        for cut in cuts:
            hi = bisect_left(days, cut, lo)
            if hi > lo:
                yield self.entries, lo, hi, days[lo]
            lo = hi
        if n > lo:
            yield self.entries, lo, n, days[lo]
