"""One article analysed once: sentences, clauses, places, numbers, dates and restaurant mentions, all with offsets.

Every extractor (events, claims, restaurants) reads this; nothing is re-scanned per rule.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

from nkwatch.extract.dates import DateMention, find_dates
from nkwatch.extract.numbers import NumberMention, find_numbers
from nkwatch.extract.places import PlaceMention, capital_mentions, gazetteer, settle_districts, settle_shared_names
from nkwatch.extract.restaurants import RestaurantMention, find_restaurants
from nkwatch.extract.sentences import Sentence, is_hard_wrapped, split_sentences


class _Span(Protocol):
    start: int
    end: int


M = TypeVar("M", bound=_Span)   # a mention type: callers get their own type back (compiled: typed attribute access)

MEDIA_NAME_AFTER = re.compile(r"\s+(?:[A-Z][\w]+\s+)?(?:News|Times|Post|Daily|Herald|Today|Tribune|Observer|Wire|"
                              r"Agency|Press|TV|Radio|Broadcasting|Journal|Gazette|Mail|Telegraph|Star|Weekly|Monitor|"
                              r"Centre|Center|University|Institute|Foundation|Council|Society|Association)\b")
# (a publisher or an organisation named after a place: "China Daily", "Leiden Asia Centre")
# (", making him the highest-ranking diplomat to defect since X in 2016": a comparison with another happening)
LOWER_WORD_NEXT = re.compile(r"[ \t]+[a-z]")
OPENING_TOWN_MIN = 500_000     # people in a town that may open a sentence named nowhere else ("Dandong residents say")
COMPARISON_OPENS = re.compile(r"making\s+(?:him|her|them|it|this|the\s+\w+)\s+(?:the|one\s+of\s+the)\s+")
CLAUSE_BREAK = re.compile(r";\s+|,\s+(?:and|but|while|whereas|though|although|where)\s+|:\s+(?=[A-Z])|"
                          r",\s+(?=" + COMPARISON_OPENS.pattern + ")")
# "... and Tonga repatriated": "and", then a state's name and a verb in the past (the state: a capitalised name the
# gazetteer knows as a country; see Document._state_clauses)
STATE_CLAUSE = re.compile(r"\s+and\s+(?:the\s+)?(?=(?P<state>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+"
                          r"(?:(?:also|later|then|itself|in\s+turn)\s+)?[a-z]+ed\b)")
STATE_CLAUSE_AFTER = 40     # characters of a clause before it
# "A cyclist defected in 2002 and a wrestler defected at a meet in Italy in 2005": "and", then one more person and a
# deed of leaving, after a clause that told such a deed itself, opens that person's own clause (but "a man and a woman
# fled" is one subject)
LEFT_VERB = (r"(?:defected|fled|escaped|vanished|disappeared|went\s+missing|"
             r"(?:was|were)\s+(?:repatriated|deported|sent\s+home))")
PERSON_CLAUSE = re.compile(r"\s+and\s+(?=(?:a|an|another)\s+(?:[\w'’-]+\s+){1,3}?" + LEFT_VERB + r"\b)")
LEFT_BEFORE = re.compile(r"\b" + LEFT_VERB + r"\b")
_CLOSED_LINE = re.compile(r"[.!?][\"”’)]*$|[.!?]\s*\(\w+\)$")   # a line that ends as a sentence does ("… disappears’" is a headline)
AGENCY_DATELINE_REACH = 1000    # characters at the top where "City (Agency) -" still opens the story
_LINK_LINE = re.compile(r"(?i)(?:read\s+(?:more|also)|also\s+read|see\s+also|"
                        r"related(?:\s+(?:stories|articles|news))?)\s*:")     # a link to another story
HEADING_REACH = 400     # characters at the top of a text where its headline, dateline and kicker lines stand
_LIST_ITEM = re.compile(r"[-•*–]\s|\d+[.)]\s")
# "SHENYANG, China, Jan. 10 -", "Phnom Penh – ..."
_DATELINE = re.compile(r"(?m)^\s*(?P<city>[A-Z][A-Za-z'’ .-]{2,40}?)(?:,\s*[A-Z][\w .]+?)*\s*"
                       r"(?P<agency>\([A-Z][\w .]{1,20}\)\s*)?"     # ("SEOUL (Reuters) -", "Kuala Lumpur (VNA) -")
                       r"(?:(?<=\s)-|[–—]|,\s*(?:\w+\.?\s+\d|\d)|(?<=[A-Z]{3}):\s)")     # (and "KUCHING: ...")


@dataclass(unsafe_hash=True, slots=True)   # a value, never changed; not frozen=True, which costs 1 µs per object
class Clause:
    start: int
    end: int
    sentence: int


@dataclass
class Document:
    doc_id: str
    text: str                 # the text evidence points into, cut parts blanked (same length as the input text)
    published: str | None
    title: str | None = None
    sentences: list[Sentence] = field(default_factory=list)
    wrapped: bool = False     # lines hard-wrapped at a fixed width (set from the text)

    # The analyses below are computed on first use and kept.
    def __post_init__(self) -> None:
        self.wrapped = is_hard_wrapped(self.text)
        self.sentences = split_sentences(self.text, self.wrapped)
        self._starts: dict[int, list[int]] = {}
        self._places: list[PlaceMention] | None = None
        self._numbers: list[NumberMention] | None = None
        self._dates: list[DateMention] | None = None
        self._restaurants: list[RestaurantMention] | None = None
        self._body_sentences: set[int] | None = None
        self._headline: set[int] | None = None
        self._dateline: PlaceMention | None = None
        self._dateline_read = False
        self._clauses: list[Clause] | None = None
        self._clause_starts: list[int] | None = None
        self._sentence_starts: list[int] = [s.start for s in self.sentences]
        self.memo: dict = {}    # the extractors' per-document results of pure functions (several events per sentence)

    @property
    def places(self) -> list[PlaceMention]:
        """Place mentions, with "the Cambodian capital" read as the capital city and a district named beside its city
        (Deira beside Dubai, here or in the title) read as that city."""
        if self._places is None:
            found = settle_shared_names(gazetteer().find(self.text))
            capitals = capital_mentions(self.text, found)
            if capitals:
                spans = [(c.start, c.end) for c in capitals]
                found = sorted([p for p in found if not any(a <= p.start < b for a, b in spans)] + capitals,
                               key=lambda p: p.start)
            titled = gazetteer().find(self.title) if self.title else []
            districts = settle_districts(found + [PlaceMention(-1 - i, -1, t.surface, t.candidates)
                                                  for i, t in enumerate(titled)])
            self._places = [PlaceMention(p.start, p.end, p.surface, districts[p.start].candidates + p.candidates)
                            if p.start in districts else p for p in found
                            if not MEDIA_NAME_AFTER.match(self.text, p.end)   # "Pakistan Point News", "China Daily"
                            and not self._opening_word(p, found)]
        return self._places

    def _opening_word(self, p: PlaceMention, found: list[PlaceMention]) -> bool:
        """ "Normal recruits are turned away": a one-word town that only opens a sentence, before a word in lower
        case, is the word capitalised there when the town is small."""
        if " " in p.surface or any(c.kind != "city" for c in p.candidates) or not LOWER_WORD_NEXT.match(self.text, p.end):
            return False
        i = bisect.bisect_left(self._sentence_starts, p.start)
        if i >= len(self._sentence_starts) or self._sentence_starts[i] != p.start:
            return False
        if any(q is not p and q.surface.lower() == p.surface.lower() for q in found):
            return False        # named again: the town
        return max(c.population for c in p.candidates) < OPENING_TOWN_MIN   # (a big city opens sentences: "Hanoi has")

    @property
    def numbers(self) -> list[NumberMention]:
        if self._numbers is None:
            self._numbers = find_numbers(self.text)
        return self._numbers

    @property
    def dates(self) -> list[DateMention]:
        if self._dates is None:
            self._dates = find_dates(self.text, self.published)
        return self._dates

    @property
    def restaurants(self) -> list[RestaurantMention]:
        if self._restaurants is None:
            self._restaurants = find_restaurants(self.text, self.places)
        return self._restaurants

    @property
    def body_sentences(self) -> set[int]:
        if self._body_sentences is None:
            self._body_sentences = self._find_body_sentences()
        return self._body_sentences

    @property
    def headline(self) -> set[int]:
        """The sentences of the article's headline: the line at the top of the text that the record's title is (or,
        without a title, the text's first line), when it is not body text. A headline tells the article's news."""
        if self._headline is None:
            self._headline = self._find_headline()
        return self._headline

    @property
    def dateline(self) -> PlaceMention | None:
        if not self._dateline_read:
            self._dateline = self._find_dateline()
            self._dateline_read = True
        return self._dateline

    @property
    def clauses(self) -> list[Clause]:
        if self._clauses is None:
            self._clauses = self._find_clauses()
        return self._clauses

    def _find_body_sentences(self) -> set[int]:
        """Sentences of the article body: not headline, byline or dateline lines (short, no closing punctuation; a line
        cut off at a comma is a sentence whose end the page lost)."""
        out = set()
        for i, s in enumerate(self.sentences):
            line_start = self.text.rfind("\n", 0, s.start) + 1
            line_end = self.text.find("\n", s.end)
            line = self.text[line_start:line_end if line_end >= 0 else len(self.text)].strip()
            if self.wrapped and "\n" not in self.text[max(0, s.start - 2):s.start] or "\n" in s.text:
                line = " ".join(s.text.split())   # a sentence inside a wrapped paragraph, or wrapped over lines by
                #                                    hand ("... extend\n their contracts."): its own words tell
            if _LINK_LINE.match(line):
                continue    # ("Read more: … restaurants reopen …"): a link to another story, not this one's body
            if len(line) < 160 and not _CLOSED_LINE.search(line) and not _LIST_ITEM.match(line) \
                    and not line.endswith((",", ";")) \
                    and (line_start < HEADING_REACH or "|" in line or len(line.split()) < 5):
                continue
            out.add(i)
        return out

    def _find_headline(self) -> set[int]:
        title = " ".join((self.title or "").split()).lower()
        pos = 0
        while pos < min(HEADING_REACH, len(self.text)):
            end = self.text.find("\n", pos)
            end = len(self.text) if end < 0 else end
            line = " ".join(self.text[pos:end].split()).lower()
            if line and (line == title or not title):
                out = {i for i, s in enumerate(self.sentences) if pos <= s.start < end}
                return set() if out & self.body_sentences else out
            pos = end + 1
        return set()

    def _find_dateline(self) -> PlaceMention | None:
        """The place a dateline names ("SHENYANG, China, Jan. 10 -", "Phnom Penh – ..."), if any: the first line at the
        top that opens with a city and a dash or a date (a headline's "Sanctions-Busting ..." is not one)."""
        for m in _DATELINE.finditer(self.text, 0, AGENCY_DATELINE_REACH):
            if m.start() >= 300 and not m.group("agency"):
                continue    # (below a repeated headline and a photo's caption, only an agency's dateline is sure)
            found = self._dateline_city(m)
            if found is not None:
                return found
        return None

    def _dateline_city(self, m: re.Match) -> PlaceMention | None:
        name = m.group("city").strip()
        for p in self.places:     # the whole line's opening is the city: not "Helena" of a byline's "Helena Grech Friday,"
            if p.start == m.start("city") and p.surface == name and p.place.kind == "city":
                return p
            if p.start > m.end():
                break
        name = name.title()
        for p in self.places:
            if p.surface.lower() == name.lower() and p.place.kind == "city":
                return p
        from nkwatch.extract.places import fold
        cands = gazetteer().index.get(fold(name))
        if cands and cands[0].kind == "city":
            return PlaceMention(m.start("city"), m.start("city") + len(name), name, tuple(cands))
        return None

    def _find_clauses(self) -> list[Clause]:
        out = []
        for i, s in enumerate(self.sentences):
            pos = s.start
            breaks = list(CLAUSE_BREAK.finditer(self.text, s.start, s.end))
            if " and " in self.text[s.start:s.end]:
                breaks = sorted(breaks + self._state_clauses(s) + [
                    m for m in PERSON_CLAUSE.finditer(self.text, s.start, s.end)
                    if LEFT_BEFORE.search(self.text, max([s.start] + [b.end() for b in breaks if b.end() <= m.start()]),
                                          m.start())], key=lambda m: m.start())
            for m in breaks:
                if m.start() > pos:
                    out.append(Clause(pos, m.start(), i))
                pos = m.end()
            if s.end > pos:
                out.append(Clause(pos, s.end, i))
        return out

    def _state_clauses(self, s: Sentence) -> list[re.Match]:
        """ "Fiji sent home 2,000 of the North's workers in 2018 and Tonga repatriated half of them": "and" before a
        state and a verb in the past opens that state's own clause (after a clause of its own length: "Fiji and Tonga
        expelled them" is one subject)."""
        out = []
        for m in STATE_CLAUSE.finditer(self.text, s.start, s.end):
            if m.start() - s.start >= STATE_CLAUSE_AFTER and any(
                    p.start == m.end() and p.end == m.end() + len(m.group("state")) and p.place.kind == "country"
                    for p in self.within(self.places, m.end(), m.end() + len(m.group("state")) + 1)):
                out.append(m)
        return out

    def sentence_of(self, offset: int) -> int:
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].end:
            return i
        return -1

    def clause_of(self, offset: int) -> Clause | None:
        clauses = self.clauses
        if self._clause_starts is None:
            self._clause_starts = [c.start for c in clauses]
        i = bisect.bisect_right(self._clause_starts, offset) - 1
        if i >= 0 and clauses[i].start <= offset < clauses[i].end:
            return clauses[i]
        return None

    def within(self, items: list[M], start: int, end: int) -> tuple[M, ...]:
        """The items (sorted by start) lying inside text[start:end]."""
        starts = self._starts.get(id(items))
        if starts is None or len(starts) != len(items):
            starts = self._starts[id(items)] = [x.start for x in items]
        lo = bisect.bisect_left(starts, start)
        hi = bisect.bisect_left(starts, end)
        return tuple(x for x in items[lo:hi] if x.end <= end)
