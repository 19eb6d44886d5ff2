"""Incremental event resolution: each arriving article's mentions join existing events or start new ones.

Blocking is on the event type; within a block, a mention is compared with every member of each event and the
event's score is that of its best-agreeing member, unless half or more of the members contradict it outright.
An article's mentions are assigned together, best pair first, so that two events of one article never land in
one canonical event.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from nkwatch.resolve.match import SAME_AT, UNSURE_AT, Comparison, compare
from nkwatch.resolve.mentions import EventMention


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


class EventResolver:
    """Holds the events resolved so far; ``add_article`` places one article's mentions and returns the decisions.

    Candidate events are found through indexes (type; country, with events of unknown country; year ±1, with
    undated events; a sanction's instrument number), so placing a mention does not scan every event.
    """

    def __init__(self) -> None:
        self._clusters: dict[int, Cluster] = {}
        self._index: dict[tuple, set[int]] = {}
        self._of: dict[str, Cluster] = {}
        self._docs: dict[str, list[str]] = {}
        self._next = 0

    def cluster_of(self, mention_id: str) -> Cluster:
        return self._of[mention_id]

    def clusters(self) -> list[Cluster]:
        return list(self._clusters.values())

    @staticmethod
    def _keys(m: EventMention) -> list[tuple]:
        keys = [("type", m.type), ("country", m.type, m.country), ("year", m.type, m.date.year if m.date else None)]
        if m.instrument:
            keys.append(("instrument", m.type, m.instrument))
        return keys

    def _index_member(self, c: Cluster, m: EventMention) -> None:
        for k in self._keys(m):
            self._index.setdefault(k, set()).add(c.key)
        self._of[m.mention_id] = c
        self._docs.setdefault(m.doc_id, []).append(m.mention_id)

    def _unindex(self, c: Cluster) -> None:
        for m in c.members:
            for k in self._keys(m):
                self._index.get(k, set()).discard(c.key)

    def seed(self, members: Iterable[EventMention]) -> Cluster:
        """Add an event already resolved (read back from the store) without judging it again."""
        c = Cluster(self._next, [])
        self._next += 1
        self._clusters[c.key] = c
        for m in members:
            self._join(c, m)
        return c

    def _join(self, c: Cluster, m: EventMention) -> None:
        c.members.append(m)
        self._index_member(c, m)

    def forget(self, doc_id: str) -> None:
        """Take one article's mentions out (before its new extraction is placed)."""
        for mid in self._docs.pop(doc_id, []):
            c = self._of.pop(mid, None)
            if c is None or c.key not in self._clusters:
                continue
            self._unindex(c)
            c.members = [m for m in c.members if m.mention_id != mid]
            if not c.members:
                del self._clusters[c.key]
                continue
            for m in c.members:
                for k in self._keys(m):
                    self._index.setdefault(k, set()).add(c.key)

    def candidates(self, m: EventMention) -> list[Cluster]:
        """Events of the mention's type that its country and year do not rule out, oldest first."""
        keys = set(self._index.get(("type", m.type), ()))
        if m.country:
            keys &= self._index.get(("country", m.type, m.country), set()) | \
                self._index.get(("country", m.type, None), set())
        if m.date:
            near = set(self._index.get(("year", m.type, None), ()))
            for y in (m.date.year - 1, m.date.year, m.date.year + 1):
                near |= self._index.get(("year", m.type, y), set())
            if m.instrument:   # an instrument number matches whatever dates sources attach to it
                near |= self._index.get(("instrument", m.type, m.instrument), set())
            keys &= near
        return [self._clusters[k] for k in sorted(keys)]

    def score(self, m: EventMention, cluster: Cluster) -> tuple[Comparison, EventMention] | None:
        comparisons = [(compare(m, other), other) for other in cluster.members]
        vetoed = [c for c, _ in comparisons if c.veto]
        if any(o.doc_id == m.doc_id for o in cluster.members) or len(vetoed) * 2 >= len(comparisons) and vetoed:
            return None
        best = max((p for p in comparisons if not p[0].veto), key=lambda p: p[0].score, default=None)
        return best

    def add_article(self, mentions: list[EventMention]) -> list[Decision]:
        """Place every mention of one article; returns a machine judgement for each link and each near-miss."""
        candidates = []
        for i, m in enumerate(mentions):
            for cluster in self.candidates(m):
                scored = self.score(m, cluster)
                if scored and scored[0].score >= UNSURE_AT:
                    candidates.append((scored[0].score, -i, cluster.key, i, cluster, scored))
        # Best pair first; ties go to the article's earlier event and the older canonical event.
        candidates.sort(key=lambda t: (-t[0], -t[1], t[2]))
        decisions, taken_m, taken_c = [], set(), set()
        for score, _, _, i, cluster, (comp, other) in candidates:
            m = mentions[i]
            if comp.verdict == "same" and i not in taken_m and cluster.key not in taken_c:
                taken_m.add(i)
                taken_c.add(cluster.key)
                self._join(cluster, m)
                decisions.append(Decision(m.mention_id, other.mention_id, "same", round(score, 2), comp.reason()))
            elif comp.verdict in ("same", "unsure") and UNSURE_AT <= score:
                decisions.append(Decision(m.mention_id, other.mention_id, "unsure", round(score, 2), comp.reason()))
        for i, m in enumerate(mentions):
            if i not in taken_m:
                self.seed([m])
        return decisions


__all__ = ["EventResolver", "Decision", "Cluster", "SAME_AT"]
