"""Incremental event resolution: each arriving article's mentions join existing events or start new ones.

A mention is scored against an event through the event's best-agreeing member, unless half or more of the
members contradict it outright (a veto). An article's mentions are assigned together, best pair first, so that
two events of one article never land in one canonical event.

Finding the events worth scoring is exact, not a heuristic: the decisions are those of comparing the mention
with every member of every event of its type (``tests/test_resolve_blocking.py`` holds an all-pairs reference).
What makes it near-linear in the number of mentions:

- Members are grouped by profile (every field ``compare`` reads, ``match.profile``). Within a profile, members
  are kept in publication-date order; all members in one stretch between the new mention's cut days
  (``profiles.cut_days``) score alike, so a stretch costs one comparison, and the comparison itself is cached by
  (profile, profile, ``published_relation``) across the whole run.
- Profiles are blocked by type, date (month ±1, the same year for year-only dates, undated ones always; an
  undated mention sees all of its type) and the field that vetoes when it differs (country; for a sanction, whose
  place the matcher ignores, the instrument number), the same or unknown; a sanction's instrument number also
  reaches across dates. Only a profile with a
  stretch that scores at least the threshold without a veto brings its events in as candidates.
- ``near_misses=False`` (the batch path: ``assign_clusters``) raises that threshold from UNSURE_AT to SAME_AT.
  Only "same" pairs ever join, so the clusters are the same; the unsure judgements, which can grow with the square
  of the batch (a vague report is a near-miss of every vague report like it), are not produced.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Iterable

from nkwatch.resolve.match import (PUBLISHED_POINTS_MAX, SAME_AT, UNSURE_AT, Comparison, compare, profile,
                                   published_relation)
from nkwatch.resolve.mentions import EventMention
from nkwatch.resolve.profiles import ByPublished, cut_days, day_of

_OTHER = "\x00another article"   # doc id and source group of the stand-in that a profile's score is taken from
_UNSCORED = object()


@dataclass
class Decision:
    """A machine judgement: ``left`` (the new mention) and ``right`` (the member it matched best)."""

    left: str
    right: str
    verdict: str          # same / different / unsure
    score: float
    reason: str


@dataclass
class Cluster:
    key: int
    members: list[EventMention] = field(default_factory=list)
    # (arrival seq, profile id, publication day) of each member, aligned with ``members``
    placed: list[tuple[int, int, int | None]] = field(default_factory=list, repr=False)
    groups: dict[int, ByPublished] = field(default_factory=dict, repr=False)     # profile id → its members here
    docs: Counter = field(default_factory=Counter, repr=False)
    source_groups: Counter = field(default_factory=Counter, repr=False)
    countries: Counter = field(default_factory=Counter, repr=False)


@dataclass
class _Profile:
    pid: int
    type: str | None
    date_key: object
    date_day: int | None
    bare: EventMention          # a member with no publication date, article or story: the profile alone
    members: ByPublished = field(default_factory=ByPublished)
    clusters: Counter = field(default_factory=Counter)        # cluster key → members of this profile in it


@dataclass
class _Probe:
    """What placing one mention needs again and again: its profile id, its days and its cut days."""

    pid: int
    day: int | None
    date_day: int | None
    cuts_dated: list[int]
    cuts_undated: list[int]


def _veto_key(m: EventMention) -> str | None:
    """The field whose disagreement vetoes a match for the mention's type: a sanction's instrument number, else
    the country. Mentions that leave it unknown meet everyone."""
    return m.instrument if m.type == "sanction" else m.country


def _date_key(d) -> object:
    return None if d is None else d.year * 12 + d.month if d.month else ("year", d.year)


def _near_date_keys(d) -> list:
    """Date keys of the profiles a dated mention does not veto on dates (``compare_dates``)."""
    if d.month:
        ym = d.year * 12 + d.month
        return [ym - 1, ym, ym + 1, ("year", d.year), None]
    return [("year", d.year), *range(d.year * 12 + 1, d.year * 12 + 13), None]


class EventResolver:
    """Holds the events resolved so far; ``add_article`` places one article's mentions and returns the decisions.

    ``near_misses=False`` skips the pairs that can only be "unsure" (see the module docstring): same clusters,
    fewer decisions, much faster on large batches.
    """

    def __init__(self, *, near_misses: bool = True) -> None:
        self.threshold = UNSURE_AT if near_misses else SAME_AT
        self._clusters: dict[int, Cluster] = {}
        self._of: dict[str, Cluster] = {}
        self._docs: dict[str, list[str]] = {}
        self._next = 0
        self._seq = 0
        self._pids: dict[tuple, int] = {}
        self._profiles: list[_Profile] = []
        self._by_date: dict[tuple, dict[str | None, set[int]]] = {}     # (type, date key) → veto key → profiles
        self._by_instrument: dict[tuple, set[int]] = {}
        self._by_source_group: dict[str, Counter] = {}                   # source group → cluster key → members
        self._scores: dict[tuple, float | None] = {}
        self._hopeless: dict[tuple[int, int], bool] = {}
        self._of_type: dict[str | None, list[int]] = {}                  # type → profiles, oldest first
        self._within_reach: dict[int, tuple[int, list[int]]] = {}       # profile → (profiles looked at, reachable)

    def cluster_of(self, mention_id: str) -> Cluster:
        return self._of[mention_id]

    def clusters(self) -> list[Cluster]:
        return list(self._clusters.values())

    # -- profiles and the cached matcher --------------------------------------------------------------------

    def _probe(self, m: EventMention) -> _Probe:
        key = profile(m)
        pid = self._pids.get(key)
        if pid is None:
            pid = self._pids[key] = len(self._profiles)
            bare = replace(m, doc_id=f"{_OTHER} {pid}", source_group=f"{_OTHER} {pid}", published=None)
            p = _Profile(pid, m.type, _date_key(m.date), day_of(m.date), bare)
            self._profiles.append(p)
            self._by_date.setdefault((m.type, p.date_key), {}).setdefault(_veto_key(m), set()).add(pid)
            self._of_type.setdefault(m.type, []).append(pid)
            if m.instrument:
                self._by_instrument.setdefault((m.type, m.instrument), set()).add(pid)
        day, date_day = day_of(m.published), day_of(m.date)
        return _Probe(pid, day, date_day, cut_days(day, date_day, True), cut_days(day, date_day, False))

    def _score(self, m: EventMention, probe: _Probe, b: EventMention, bpid: int, bday: int | None,
               same_story: bool = False) -> float | None:
        """``compare(m, b).score`` (None for a veto) for b from another article, cached by what decides it."""
        key = (probe.pid, bpid, published_relation(probe.day, probe.date_day, bday, self._profiles[bpid].date_day),
               same_story)
        s = self._scores.get(key, _UNSCORED)
        if s is _UNSCORED:
            if b.doc_id == m.doc_id or (b.source_group == m.source_group) != same_story:
                b = replace(b, doc_id=_OTHER, source_group=m.source_group if same_story else _OTHER)
            c = compare(m, b)
            s = self._scores[key] = None if c.veto else c.score
        return s

    # -- candidates -------------------------------------------------------------------------------------------

    def _reachable_profiles(self, mpid: int, type_: str | None) -> list[int]:
        """Every profile of the type that the dates cannot rule out (what an undated mention faces), less those
        out of reach whatever the dates; kept per profile and extended as profiles appear."""
        looked, reachable = self._within_reach.get(mpid, (0, []))
        of_type = self._of_type.get(type_, [])
        for pid in of_type[looked:]:
            if pid == mpid or not self._out_of_reach(mpid, pid):
                reachable.append(pid)
        self._within_reach[mpid] = (len(of_type), reachable)
        return reachable

    def _candidate_profiles(self, m: EventMention, probe: _Probe) -> Iterable[int]:
        if m.date is None:
            return self._reachable_profiles(probe.pid, m.type)
        keys = _near_date_keys(m.date)
        veto = _veto_key(m)
        pids: set[int] = set()
        for dk in keys:
            block = self._by_date.get((m.type, dk))
            if not block:
                continue
            for v in (block if veto is None else (veto, None)):
                pids |= block.get(v, set())
        if m.date is not None and m.instrument:   # an instrument number matches whatever dates sources attach to it
            pids |= self._by_instrument.get((m.type, m.instrument), set())
        return pids

    def _out_of_reach(self, mpid: int, bpid: int) -> bool:
        """True when no publication dates can lift the pair of profiles to the threshold: vetoed without them
        (a veto that no date causes), or short of it by more than the points dates can add."""
        key = (mpid, bpid)
        hopeless = self._hopeless.get(key)
        if hopeless is None:
            c = compare(self._profiles[mpid].bare, self._profiles[bpid].bare)
            hopeless = self._hopeless[key] = bool(c.veto) or c.score + PUBLISHED_POINTS_MAX < self.threshold
        return hopeless

    def _may_reach(self, m: EventMention, probe: _Probe, p: _Profile) -> bool:
        if p.pid != probe.pid and self._out_of_reach(probe.pid, p.pid):
            return False
        cuts = probe.cuts_dated if p.date_day is not None else probe.cuts_undated
        for entries, lo, _, day in p.members.stretches(cuts):
            s = self._score(m, probe, entries[lo][1], p.pid, day)
            if s is not None and s >= self.threshold:
                return True
        return False

    def _candidate_keys(self, m: EventMention, probe: _Probe) -> list[int]:
        keys: set[int] = set()
        for pid in self._candidate_profiles(m, probe):
            p = self._profiles[pid]
            if p.clusters and self._may_reach(m, probe, p):
                keys.update(p.clusters)
        keys.update(self._by_source_group.get(m.source_group, ()))   # copies of one story score higher
        if m.type == "sanction" and m.country:
            # Events are blocked on country for every type (the matcher itself ignores a sanction's place).
            keys = {k for k in keys if self._clusters[k].countries[m.country] or self._clusters[k].countries[None]}
        return sorted(keys)

    def candidates(self, m: EventMention) -> list[Cluster]:
        """Events that may score at least the threshold against the mention, oldest first."""
        return [self._clusters[k] for k in self._candidate_keys(m, self._probe(m))]

    # -- scoring an event -------------------------------------------------------------------------------------

    def score(self, m: EventMention, cluster: Cluster) -> tuple[Comparison, EventMention] | None:
        """The mention against every member of the event: its best-agreeing member, or None when the event is
        ruled out (a member from the same article, or half or more of the members veto)."""
        comparisons = [(compare(m, other), other) for other in cluster.members]
        vetoed = [c for c, _ in comparisons if c.veto]
        if any(o.doc_id == m.doc_id for o in cluster.members) or len(vetoed) * 2 >= len(comparisons) and vetoed:
            return None
        best = max((p for p in comparisons if not p[0].veto), key=lambda p: p[0].score, default=None)
        return best

    def _judge(self, m: EventMention, probe: _Probe, c: Cluster) -> tuple[Comparison, EventMention] | None:
        """``score`` computed stretch by stretch; None also when the best score is below the threshold."""
        if c.docs[m.doc_id]:
            return None
        if c.source_groups[m.source_group]:
            scored = self.score(m, c)      # rare: a copy of this story is in the event; compare member by member
            return scored if scored and scored[0].score >= self.threshold else None
        vetoes, best, where = 0, None, []
        for pid, group in c.groups.items():
            p = self._profiles[pid]
            cuts = probe.cuts_dated if p.date_day is not None else probe.cuts_undated
            for entries, lo, hi, day in group.stretches(cuts):
                s = self._score(m, probe, entries[lo][1], pid, day)
                if s is None:
                    vetoes += hi - lo
                elif best is None or s > best:
                    best, where = s, [(entries, lo, hi)]
                elif s == best:
                    where.append((entries, lo, hi))
        if vetoes and vetoes * 2 >= len(c.members) or best is None or best < self.threshold:
            return None
        # Ties go to the earliest member, as when scanning the members in order.
        _, other = min(min(entries[lo:hi]) for entries, lo, hi in where)
        return compare(m, other), other

    # -- placing ----------------------------------------------------------------------------------------------

    def seed(self, members: Iterable[EventMention]) -> Cluster:
        """Add an event already resolved (read back from the store) without judging it again."""
        c = Cluster(self._next, [])
        self._next += 1
        self._clusters[c.key] = c
        for m in members:
            self._join(c, m)
        return c

    def _join(self, c: Cluster, m: EventMention, probe: _Probe | None = None) -> None:
        probe = probe or self._probe(m)
        seq, self._seq = self._seq, self._seq + 1
        c.members.append(m)
        c.placed.append((seq, probe.pid, probe.day))
        c.groups.setdefault(probe.pid, ByPublished()).add(seq, m, probe.day)
        c.docs[m.doc_id] += 1
        c.source_groups[m.source_group] += 1
        c.countries[m.country] += 1
        p = self._profiles[probe.pid]
        p.members.add(seq, m, probe.day)
        p.clusters[c.key] += 1
        self._by_source_group.setdefault(m.source_group, Counter())[c.key] += 1
        self._of[m.mention_id] = c
        self._docs.setdefault(m.doc_id, []).append(m.mention_id)

    def _unplace(self, c: Cluster, m: EventMention, placed: tuple[int, int, int | None]) -> None:
        seq, pid, day = placed
        group = c.groups[pid]
        group.remove(seq, day)
        if not len(group):
            del c.groups[pid]
        for counter, k in ((c.docs, m.doc_id), (c.source_groups, m.source_group), (c.countries, m.country),
                           (self._profiles[pid].clusters, c.key), (self._by_source_group[m.source_group], c.key)):
            counter[k] -= 1
            if counter[k] <= 0:
                del counter[k]
        self._profiles[pid].members.remove(seq, day)

    def forget(self, doc_id: str) -> None:
        """Take one article's mentions out (before its new extraction is placed)."""
        for mid in self._docs.pop(doc_id, []):
            c = self._of.pop(mid, None)
            if c is None or c.key not in self._clusters:
                continue
            kept = []
            for m, placed in zip(c.members, c.placed):
                if m.mention_id == mid:
                    self._unplace(c, m, placed)
                else:
                    kept.append((m, placed))
            c.members = [m for m, _ in kept]
            c.placed = [p for _, p in kept]
            if not c.members:
                del self._clusters[c.key]

    def add_article(self, mentions: list[EventMention]) -> list[Decision]:
        """Place every mention of one article; returns a machine judgement for each link and each near-miss."""
        candidates = []
        probes = [self._probe(m) for m in mentions]
        for i, (m, probe) in enumerate(zip(mentions, probes)):
            for key in self._candidate_keys(m, probe):
                cluster = self._clusters[key]
                scored = self._judge(m, probe, cluster)
                if scored and scored[0].score >= self.threshold:
                    candidates.append((scored[0].score, -i, cluster.key, i, cluster, scored))
        # Best pair first; ties go to the article's earlier event and the older canonical event.
        candidates.sort(key=lambda t: (-t[0], -t[1], t[2]))
        decisions, taken_m, taken_c = [], set(), set()
        for score, _, _, i, cluster, (comp, other) in candidates:
            m = mentions[i]
            if comp.verdict == "same" and i not in taken_m and cluster.key not in taken_c:
                taken_m.add(i)
                taken_c.add(cluster.key)
                self._join(cluster, m, probes[i])
                decisions.append(Decision(m.mention_id, other.mention_id, "same", round(score, 2), comp.reason()))
            elif comp.verdict in ("same", "unsure") and UNSURE_AT <= score:
                decisions.append(Decision(m.mention_id, other.mention_id, "unsure", round(score, 2), comp.reason()))
        for i, m in enumerate(mentions):
            if i not in taken_m:
                c = Cluster(self._next, [])
                self._next += 1
                self._clusters[c.key] = c
                self._join(c, m, probes[i])
        return decisions


__all__ = ["EventResolver", "Decision", "Cluster", "SAME_AT"]
