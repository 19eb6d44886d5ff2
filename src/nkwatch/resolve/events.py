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
    """Holds the events resolved so far; ``add_article`` places one article's mentions and returns the decisions."""

    def __init__(self) -> None:
        self._blocks: dict[str | None, list[Cluster]] = {}
        self._of: dict[str, Cluster] = {}
        self._next = 0

    def cluster_of(self, mention_id: str) -> Cluster:
        return self._of[mention_id]

    def clusters(self) -> list[Cluster]:
        return [c for block in self._blocks.values() for c in block]

    def seed(self, members: Iterable[EventMention]) -> Cluster:
        """Add an event already resolved (read back from the store) without judging it again."""
        members = list(members)
        c = Cluster(self._next, members)
        self._next += 1
        self._blocks.setdefault(members[0].type, []).append(c)
        for m in members:
            self._of[m.mention_id] = c
        return c

    def forget(self, doc_id: str) -> None:
        """Take one article's mentions out (before its new extraction is placed)."""
        for block in self._blocks.values():
            for c in block:
                c.members = [m for m in c.members if m.doc_id != doc_id]
            block[:] = [c for c in block if c.members]
        self._of = {k: c for k, c in self._of.items() if c.members and any(m.mention_id == k for m in c.members)}

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
            for cluster in self._blocks.get(m.type, []):
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
                cluster.members.append(m)
                self._of[m.mention_id] = cluster
                decisions.append(Decision(m.mention_id, other.mention_id, "same", round(score, 2), comp.reason()))
            elif comp.verdict in ("same", "unsure") and UNSURE_AT <= score:
                decisions.append(Decision(m.mention_id, other.mention_id, "unsure", round(score, 2), comp.reason()))
        for i, m in enumerate(mentions):
            if i not in taken_m:
                self.seed([m])
        return decisions


__all__ = ["EventResolver", "Decision", "Cluster", "SAME_AT"]
