"""One article analysed once: sentences, clauses, places, numbers, dates and restaurant mentions, all with offsets.

Every extractor (events, claims, restaurants) reads this; nothing is re-scanned per rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from nkwatch.extract.dates import DateMention, find_dates
from nkwatch.extract.numbers import NumberMention, find_numbers
from nkwatch.extract.places import PlaceMention, gazetteer
from nkwatch.extract.restaurants import RestaurantMention, find_restaurants
from nkwatch.extract.sentences import Sentence, split_sentences

CLAUSE_BREAK = re.compile(r";\s+|,\s+(?:and|but|while|whereas|though|although)\s+|\s+-\s+(?=[a-z])|:\s+(?=[A-Z])")


@dataclass(frozen=True)
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

    def __post_init__(self) -> None:
        self.sentences = split_sentences(self.text)

    @cached_property
    def places(self) -> list[PlaceMention]:
        return gazetteer().find(self.text)

    @cached_property
    def numbers(self) -> list[NumberMention]:
        return find_numbers(self.text)

    @cached_property
    def dates(self) -> list[DateMention]:
        return find_dates(self.text, self.published)

    @cached_property
    def restaurants(self) -> list[RestaurantMention]:
        return find_restaurants(self.text, self.places)

    @cached_property
    def clauses(self) -> list[Clause]:
        out = []
        for i, s in enumerate(self.sentences):
            pos = s.start
            for m in CLAUSE_BREAK.finditer(self.text, s.start, s.end):
                if m.start() > pos:
                    out.append(Clause(pos, m.start(), i))
                pos = m.end()
            if s.end > pos:
                out.append(Clause(pos, s.end, i))
        return out

    def sentence_of(self, offset: int) -> int:
        for i, s in enumerate(self.sentences):
            if s.start <= offset < s.end:
                return i
        return -1

    def clause_of(self, offset: int) -> Clause | None:
        for c in self.clauses:
            if c.start <= offset < c.end:
                return c
        return None

    @staticmethod
    def within(items, start: int, end: int):
        return [x for x in items if x.start >= start and x.end <= end]
