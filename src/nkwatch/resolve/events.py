"""Incremental event resolution: each arriving article's mentions join existing events or start new ones.

A mention is compared with an event's profile (``profiles.EventProfile``: its agreed values and their variants,
``match.compare_profile``), never with each member, so placing a mention costs the same for an event of two
reports and one of twenty thousand. Candidate events come from blocking keys (date month, count, city, region,
embassy, restaurant, instrument, issuer, named people, story, publication month): an event that shares none of
them with the mention cannot reach the threshold in practice, and the number of candidates does not grow with an
event's size.

An article's mentions are assigned together, best pair first, so that two events of one article never land in
one canonical event. A mention that matches two events joins the better one and then ties the two together when
their profiles agree (no vetoing slot, no article in both): the transitive pass, recorded as one more "same"
judgement, so the store's judgements give the same groups. An event that becomes widely reported is judged, as a
whole, against the vague events under its weak keys that came before it (``_vague_before``), so that a vague report
joins the event it tells of whatever order the reports arrive in. Near-miss ("unsure") judgements are bounded per
event (``MAX_UNSURE_PER_EVENT``), not per pair.

``comparisons`` counts profile comparisons made, for the growth tests and benchmarks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Iterable

from nkwatch.resolve.dates import PartialDate
from nkwatch.resolve.match import ONE_POST_KINDS, PUBLISHED_WINDOW_DAYS, SAME_AT, STATE_ISSUER_POINTS, UNSURE_AT, \
    Comparison, compare_profile, sure_veto
from nkwatch.resolve.mentions import EventMention
from nkwatch.resolve.profiles import SLOTS, EventProfile, day_of

MAX_UNSURE_PER_EVENT = 10     # near-miss judgements recorded against one event; more add nothing to review
MAX_BLOCK = 16     # events under one blocking key from which only its widely reported ones are candidates
BIG_EVENT = 3      # independent sources that make an event widely reported
ONLY_FIT_POINTS = 1.0   # (``_only_fit``) enough to lift a state issuer's agreement alone to a link
_WEAK = ("published",)
_MONTH_DAYS = 30


@dataclass
class Decision:
    """A machine judgement: ``left`` (the new mention) and ``right`` (a member of the event it was judged with)."""

    left: str
    right: str
    verdict: str          # same / different / unsure
    score: float
    reason: str


@dataclass
class Cluster:
    key: int
    # mention id → (arrival seq, mention): a dict, so that taking one mention out of a large event costs O(1)
    placed: dict[str, tuple[int, EventMention]] = field(default_factory=dict, repr=False)
    profile: EventProfile = field(default_factory=lambda: EventProfile(None), repr=False)
    anchor: tuple[int, EventMention] | None = field(default=None, repr=False)   # (arrival seq, first mention)
    keys: set = field(default_factory=set, repr=False)       # blocking keys it is indexed under
    unsure: int = 0

    @property
    def members(self) -> list[EventMention]:
        """The event's mentions in arrival order."""
        return [m for _, m in sorted(self.placed.values(), key=lambda p: p[0])]

    @property
    def size(self) -> int:
        return len(self.placed)

    @property
    def first(self) -> EventMention:
        """The event's first mention (by arrival), which names it."""
        return self.anchor[1]


def _month(day: int) -> int:
    return day // _MONTH_DAYS


def _date_keys(d) -> list[tuple]:
    return [] if d is None else [("month", d.year * 12 + d.month) if d.month else ("year", d.year)]


def _date_probes(d) -> list[tuple]:
    """Date keys of events whose dates do not contradict ``d`` (``compare_dates``)."""
    if d is None:
        return []
    if d.month:
        ym = d.year * 12 + d.month
        return [("month", ym - 1), ("month", ym), ("month", ym + 1), ("year", d.year)]
    return [("year", d.year), *(("month", d.year * 12 + k) for k in range(1, 13))]


def _facets(m: EventMention, counts: Iterable[int]) -> list[tuple]:
    """The mention's values that a date or publication month narrows down (composite keys)."""
    out = [("count", n) for n in counts]
    for slot in ("city", "region", "name", "country", "issuer"):
        if getattr(m, slot):
            out.append((slot, getattr(m, slot)))
    return out


def _keys(m: EventMention, dates: list[tuple], counts: Iterable[int], months: list[int]) -> set[tuple]:
    counts = list(counts)
    facets = _facets(m, counts)
    keys: set[tuple] = set(dates) | set(facets)
    if m.instrument:
        keys.add(("instrument", m.instrument))
    keys.update(("person", p) for p in m.participants)
    if m.kind in ONE_POST_KINDS and m.country:
        keys.add(("post", m.kind, m.country))     # one embassy in a country: a workplace as precise as a city
    keys.add(("story", m.source_group))
    # composite keys stay small where a single value (a common count, a busy month) gathers thousands of events
    keys.update((*d, *f) for d in dates for f in facets)
    keys.update(("published", mo, "country", m.country) for mo in months)
    keys.update(("published", mo) for mo in months)
    return keys


def blocking_keys(m: EventMention) -> set[tuple]:
    """The keys an event holding this mention is found under (none for the sanctions as a whole: no measure)."""
    if m.regime:
        return set()
    day = day_of(m.published)
    return _keys(m, _date_keys(m.date), [m.count] if m.count is not None else [],
                 [_month(day)] if day is not None else [])


def probe_keys(m: EventMention) -> set[tuple]:
    """The keys under which events that may match this mention are indexed."""
    r = m.count_range
    # counts within the range, and one either side (a group told with or without one person)
    counts = range(max(r[0] - 1, 0), min(r[1], r[0] + 50) + 2) if r else []
    day = day_of(m.published)
    reach = PUBLISHED_WINDOW_DAYS // _MONTH_DAYS + 1
    months = [_month(day) + k for k in range(-reach, reach + 1)] if day is not None else []
    return _keys(m, _date_probes(m.date), counts, months)


class EventResolver:
    """Holds the events resolved so far; ``add_article`` places one article's mentions and returns the decisions.

    ``near_misses=False`` (the batch path, ``assign_clusters``) records no "unsure" judgements: same clusters,
    fewer decisions (near misses are still judged again in the transitive pass).
    """

    def __init__(self, *, near_misses: bool = True) -> None:
        self.near_misses = near_misses
        self.threshold = UNSURE_AT
        self._clusters: dict[int, Cluster] = {}
        self._of: dict[str, Cluster] = {}
        self._docs: dict[str, list[str]] = {}
        self._index: dict[tuple, set[int]] = {}        # (type, blocking key) → event keys
        self._big: dict[tuple, set[int]] = {}          # the same, widely reported events only
        self._next = 0
        self._seq = 0
        self._became_big: list[int] = []      # events that became widely reported while placing one article
        self.comparisons = 0

    def cluster_of(self, mention_id: str) -> Cluster:
        return self._of[mention_id]

    def clusters(self) -> list[Cluster]:
        return list(self._clusters.values())

    # -- candidates and scoring -------------------------------------------------------------------------------

    def candidates(self, m: EventMention) -> list[Cluster]:
        """Events sharing a blocking key with the mention, oldest first. A key shared by more than MAX_BLOCK events
        (a common count, a busy month) only brings in its widely reported events; a more specific key (a count in
        that month) brings in the rest. Keys too weak to link on (a country, a publication month) only ever bring in
        widely reported events: what a vague report most likely tells of."""
        found: set[int] = set()
        for k in probe_keys(m):
            block = self._index.get((m.type, k))
            if not block:
                continue
            if len(block) > MAX_BLOCK or k[0] in _WEAK or k[0] == "country":
                block = self._big.get((m.type, k), ())
                if len(block) > MAX_BLOCK:
                    continue
            found.update(block)
        return [self._clusters[k] for k in sorted(found) if k in self._clusters]

    def score(self, m: EventMention, cluster: Cluster) -> Comparison:
        """The mention against the event's profile."""
        self.comparisons += 1
        return weigh(m, cluster.profile)

    # -- placing ----------------------------------------------------------------------------------------------

    def _new_cluster(self, type_: str | None) -> Cluster:
        c = Cluster(self._next, {}, EventProfile(type_))
        self._next += 1
        self._clusters[c.key] = c
        return c

    def _index_keys(self, c: Cluster, keys: Iterable[tuple]) -> None:
        big = c.profile.sources >= BIG_EVENT
        for k in keys:
            if k not in c.keys:
                c.keys.add(k)
                self._index.setdefault((c.profile.type, k), set()).add(c.key)
                if big:
                    self._big.setdefault((c.profile.type, k), set()).add(c.key)

    def _unindex(self, c: Cluster) -> None:
        for k in c.keys:
            self._index.get((c.profile.type, k), set()).discard(c.key)
            self._big.get((c.profile.type, k), set()).discard(c.key)

    def _grown(self, c: Cluster, was_big: bool) -> None:
        """An event that has just become widely reported is listed among the big events of each of its keys."""
        if not was_big and c.profile.sources >= BIG_EVENT:
            for k in c.keys:
                self._big.setdefault((c.profile.type, k), set()).add(c.key)
            self._became_big.append(c.key)

    def seed(self, members: Iterable[EventMention]) -> Cluster:
        """Add an event already resolved (read back from the store) without judging it again."""
        members = list(members)
        c = self._new_cluster(members[0].type if members else None)
        for m in members:
            self._join(c, m)
        return c

    def _join(self, c: Cluster, m: EventMention) -> None:
        seq, self._seq = self._seq, self._seq + 1
        c.placed[m.mention_id] = (seq, m)
        was_big = c.profile.sources >= BIG_EVENT
        c.profile.add(m)
        self._grown(c, was_big)
        if c.anchor is None:
            c.anchor = (seq, m)
        self._index_keys(c, blocking_keys(m))
        self._of[m.mention_id] = c
        self._docs.setdefault(m.doc_id, []).append(m.mention_id)

    def _merge(self, a: Cluster, b: Cluster) -> Cluster:
        """Join two events (the smaller into the larger); returns the one that remains."""
        keep, gone = (a, b) if a.size >= b.size else (b, a)
        keep.placed.update(gone.placed)
        was_big = keep.profile.sources >= BIG_EVENT
        keep.profile.absorb(gone.profile)
        self._grown(keep, was_big)
        if gone.anchor and (keep.anchor is None or gone.anchor[0] < keep.anchor[0]):
            keep.anchor = gone.anchor
        keep.unsure += gone.unsure
        for mid in gone.placed:
            self._of[mid] = keep
        self._unindex(gone)
        self._index_keys(keep, gone.keys)
        del self._clusters[gone.key]
        return keep

    def forget(self, doc_id: str) -> None:
        """Take one article's mentions out (before its new extraction is placed)."""
        for mid in self._docs.pop(doc_id, []):
            c = self._of.pop(mid, None)
            if c is None or c.key not in self._clusters:
                continue
            placed = c.placed.pop(mid, None)
            if placed:
                c.profile.remove(placed[1])
            if c.anchor and c.anchor[1].mention_id == mid:
                c.anchor = min(c.placed.values(), key=lambda p: p[0]) if c.placed else None
            if not c.placed:
                self._unindex(c)
                del self._clusters[c.key]

    def add_article(self, mentions: list[EventMention]) -> list[Decision]:
        """Place every mention of one article; returns a machine judgement for each link and each near-miss."""
        scored, decisions = [], []
        self._became_big.clear()
        for i, m in enumerate(mentions):
            alone = _links_to_nothing(m)
            if alone:
                decisions.append(Decision(m.mention_id, m.mention_id, "different", 0.0, alone))
                continue
            fits = []
            for cluster in self.candidates(m):
                comp = self.score(m, cluster)
                if not comp.veto and comp.score >= self.threshold:
                    fits.append((cluster, comp))
            _only_fit(m, fits)
            scored.extend((comp.score, -i, cluster.key, i, cluster, comp) for cluster, comp in fits)
        # Best pair first; ties go to the article's earlier event and the older canonical event.
        scored.sort(key=lambda t: (-t[0], -t[1], t[2]))
        joined, taken_c, others = {}, set(), []
        for score, _, _, i, cluster, comp in scored:
            m = mentions[i]
            if comp.verdict == "same" and i not in joined and cluster.key not in taken_c:
                joined[i] = cluster
                taken_c.add(cluster.key)
                self._join(cluster, m)
                decisions.append(Decision(m.mention_id, cluster.first.mention_id, "same", round(score, 2),
                                          comp.reason()))
                continue
            others.append((i, cluster, comp))      # another event this mention matches or nearly matches
        for i, m in enumerate(mentions):
            if i not in joined:
                self._join(self._new_cluster(m.type), m)
        decisions.extend(self._transitive(mentions, others))
        decisions.extend(self._vague_before(mentions))
        if self.near_misses:
            for i, cluster, comp in others:
                m = mentions[i]
                if self._of[m.mention_id] is not cluster and cluster.key in self._clusters and \
                        cluster.unsure < MAX_UNSURE_PER_EVENT:
                    cluster.unsure += 1
                    decisions.append(Decision(m.mention_id, cluster.first.mention_id, "unsure", round(comp.score, 2),
                                              comp.reason()))
        return decisions

    def _transitive(self, mentions: list[EventMention], others: list) -> list[Decision]:
        """Events that a placed mention matched or nearly matched, judged again against the event it joined.

        Two events one mention matches are one event when their agreed values agree; an event that was a near
        miss of a mention is judged as a whole against the grown event (now perhaps widely reported), which it
        may match though no single report did. Either way the link is one more "same" judgement.
        """
        decisions = []
        for i, other, comp in others:
            m = mentions[i]
            home = self._of[m.mention_id]
            if other.key not in self._clusters or other.key == home.key or home.size < 2:
                continue
            small, big = (other, home) if other.size <= home.size else (home, other)
            if any(big.profile.docs[d] for d in small.profile.docs):
                continue
            self.comparisons += 1
            fit = weigh(_agreed_mention(small), big.profile)
            if fit.veto or (comp.verdict != "same" and fit.verdict != "same") or fit.score < 0:
                continue    # (a vague report that matches a lone woman's return and a crowd's is not both: their
                #             agreed values, one against one hundred, weigh against each other)
            why = "joins two events this mention matches" if comp.verdict == "same" else \
                "the event it joined, taken as a whole, matches an event this mention nearly matched"
            decisions.append(Decision(m.mention_id, other.first.mention_id, "same", round(max(comp.score, fit.score), 2),
                                      f"{comp.reason()}; {why}: {fit.reason()} ({fit.score:+.2f})"))
            self._merge(home, other)
        return decisions


    def _vague_before(self, mentions: list[EventMention]) -> list[Decision]:
        """Events that this article made widely reported, judged against the vague events that came before them.

        A vague report (a country and a month, no count or name) meets only widely reported events (``candidates``):
        what it most likely tells of. One that arrived before the event it tells of was widely reported met nothing;
        when the event crosses the line, the events under its weak keys (country, publication month) are judged as
        wholes against it, so the links do not depend on the order the articles came in. A key holding more than
        MAX_BLOCK events is passed over, as in ``candidates``: the work stays bounded per event.
        """
        decisions = []
        for key in list(self._became_big):
            big = self._clusters.get(key)
            if big is None:
                continue
            found: set[int] = set()
            for k in sorted(_weak_probes(big.profile), key=repr):
                block = self._index.get((big.profile.type, k), ())
                if len(block) <= MAX_BLOCK:
                    found.update(block)
            here = next((m for m in mentions if self._of.get(m.mention_id) is big), big.first)
            for other_key in sorted(found - {big.key}):
                other = self._clusters.get(other_key)
                big = self._clusters.get(key)
                if other is None or big is None or other.size > big.size or \
                        any(big.profile.docs[d] for d in other.profile.docs):
                    continue
                self.comparisons += 1
                fit = weigh(_agreed_mention(other), big.profile)
                if fit.veto or fit.verdict != "same":
                    continue
                decisions.append(Decision(here.mention_id, other.first.mention_id, "same", round(fit.score, 2),
                                          f"an event reported before this one was widely reported, judged again as a "
                                          f"whole: {fit.reason()}"))
                key = self._merge(big, other).key
        return decisions


def weigh(m: EventMention, p: EventProfile) -> Comparison:
    """``compare_profile(m, p)`` as the resolver reads it: a comparison sure to be vetoed comes back with its veto
    alone, unscored (the resolver reads nothing else of a vetoed comparison; ``match.sure_veto``)."""
    veto = sure_veto(m, p)
    return Comparison(veto=veto) if veto else compare_profile(m, p)


def _weak_probes(p: EventProfile) -> set[tuple]:
    """The weak keys (country, publication month, both) under which a vague report the event may have been told by is
    indexed: the months of its reports and those a publication window around them."""
    reach = PUBLISHED_WINDOW_DAYS // _MONTH_DAYS + 1
    months = {_month(day) + k for day in p.published for k in range(-reach, reach + 1)}
    countries = list(p.values["country"])
    return {("published", mo) for mo in months} | {("published", mo, "country", c) for mo in months
                                                   for c in countries} | {("country", c) for c in countries}


def _timeless(m: EventMention) -> bool:
    return m.date is None and day_of(m.published) is None


def _timeless_event(p: EventProfile) -> bool:
    return not p.values["date"] and not p.published


def _only_fit(m: EventMention, fits: list[tuple[Cluster, Comparison]]) -> None:
    """A report of a state's measure that nothing places in time (no date, no publication day: a fifth of the pages
    scraped), or an event of such reports, nearly matching one measure and no other: that measure. A state adopts few
    measures on the North's workers and restaurants (``match.STATE_ISSUER_POINTS``); the Council and the EU adopt
    several a year, and a place or a head count is shared by happenings years apart, so neither is placed this way.
    Measures of one article only, each an event of its own, are that article's one measure told twice: the first.
    The points are added to the comparison, whose reasons say why."""
    if m.type != "sanction" or not fits:
        return
    told = "the only measure it nearly matches"
    if len(fits) > 1:
        # events of one article only, all one article's: that article told one measure twice (two events of one
        # article are never one event, so each stays apart): its first is the measure
        docs = {d for cluster, _ in fits for d in cluster.profile.docs}
        if len(docs) != 1 or any(cluster.size != 1 for cluster, _ in fits):
            return
        fits = sorted(fits, key=lambda f: (-f[1].score, f[0].first.ordinal))[:1]
        told = "the only measure it nearly matches (one article's, told twice)"
    cluster, comp = fits[0]
    if comp.verdict == "unsure" and comp.score >= STATE_ISSUER_POINTS and \
            (_timeless(m) or _timeless_event(cluster.profile)) and not _years_apart(m, cluster.profile):
        comp.add(ONLY_FIT_POINTS, f"{told}, and no date or publication day tells them apart")


def _years_apart(m: EventMention, p: EventProfile) -> bool:
    """Whether a report stamped with its year alone came out more than a year after every report of the event: a
    state's measure told again years on ("China continues to restrict ...") is its measure of then, not the one whose
    news is years old."""
    if m.published is None or not p.published:
        return False
    return m.published.year - date.fromordinal(max(p.published)).year > 1


def _links_to_nothing(m: EventMention) -> str | None:
    """Why a mention can be no report of an event another article tells, or None."""
    if not _has_slots(m):
        return "no slot filled: a mention that says only its type links to nothing"
    if m.regime:
        return "sanctions told only as rules broken or binding: the measures as a whole, no one measure to link to"
    return None


def _has_slots(m: EventMention) -> bool:
    return any(v is not None for v in (m.count, m.city, m.region, m.country, m.name, m.date, m.issuer, m.instrument,
                                       m.destination)) or bool(m.transit or m.participants)


def _low(r: tuple[int, int] | None) -> int | None:
    return r[0] if r else None


def _agreed_mention(c: Cluster) -> EventMention:
    """A stand-in mention holding the event's agreed value of every slot (for event-to-event comparison); made
    once per state of the event (an event is judged as a whole again by every big event near it)."""
    return c.profile.remembered(("agreed mention", c.first.mention_id), lambda: _make_agreed_mention(c))


def _make_agreed_mention(c: Cluster) -> EventMention:
    p = c.profile
    count = p.agreed("count")
    first = c.first
    pubs = p.pub_range()
    published = None
    if pubs:
        d = date.fromordinal(pubs[0])
        published = PartialDate(d.year, d.month, d.day)
    return EventMention(
        mention_id=f"{first.mention_id}/agreed", doc_id="\x00agreed", ordinal=0, type=p.type,
        count=count[0] if count else None, count_max=count[1] if count else None,
        male=_low(p.agreed("male")), female=_low(p.agreed("female")), kind=p.agreed("kind"),
        participants=tuple(sorted(p.participants)),
        country=p.agreed("country"), city=p.agreed("city"), region=p.agreed("region"), name=p.agreed("name"),
        date=p.agreed("date"), issuer=p.agreed("issuer"), instrument=p.agreed("instrument"),
        destination=p.agreed("destination"), status=p.agreed("status"), published=published,
        source_group="\x00agreed",
        # an agreed value no report states is as soft as the guesses it rests on
        inferred=frozenset(s for s in SLOTS if p.values[s] and p.inferred[s][p.agreed(s)] == p.values[s][p.agreed(s)]))


__all__ = ["EventResolver", "Decision", "Cluster", "SAME_AT", "MAX_UNSURE_PER_EVENT"]
