"""Events: trigger phrases per type (data/lexicon/events.yaml) found clause by clause, their slots filled from the
clause and sentence around them, then mentions of one happening in the article folded into one event.

Folding is explainable: two mentions of a type fold when no slot contradicts (count, city, name, date at the shared
precision, issuer, instrument) and they share an anchor (a slot value) or the later one carries no anchor of its own
and follows closely (an anaphor: "the women", "the group").
"""

from __future__ import annotations
from typing import Any

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from nkwatch.extract.dates import DateMention, parse_published
from nkwatch.extract.document import COMPARISON_OPENS, Clause, Document
from nkwatch.extract.groups import EXCEPTED_BEFORE, HELPING, Group, find_groups, sex_of_noun
from nkwatch.extract.lexicon import by_first_letter, expand_lemmas, fold_ascii, load, phrase_regex
from nkwatch.extract.numbers import VAGUE_VALUES, NumberMention
from nkwatch.extract.places import PlaceMention, gazetteer
from nkwatch.extract.restaurants import (CUISINE_AFTER, actor_possessive, city_inside, in_dateline_sentence, listed_after,
                                         place_restaurant, same_restaurant_name, SMALL_COUNTS, told_at_home,
                                         the_chains_placed, the_norths_by_discourse)
from nkwatch.extract.sentences import Sentence
from nkwatch.extract.sources import hedged, teller_status
from nkwatch.extract.syntax import one_who_goes
from nkwatch.resolve.dates import parse_date
from nkwatch.resolve.mentions import adopted_on, instrument_number, reported_before_adopted, resolution_adopted_in
from nkwatch.resolve.names import person_key

EVENT_TYPES = ("defection", "return", "closure", "opening", "sanction")
HOME = {"KR", "KP"}
# Patterns searched over a long stretch (a sentence without breaks can be the whole text) are read in windows around
# the trigger or number they serve (SENTENCE_WINDOW, NEAR, ISSUER_REACH), so an article costs time in its length.
DEPARTURE = re.compile(r"(?i)\b(?:fled|flee|escap|left\b|leave|slipped|walked|vanished|disappeared|ran\s+away|defected)")
DEPARTED_ON = re.compile(r"(?i)\b(?:fled|left|escaped|slipped\s+(?:out|away)|walked\s+(?:out|away|off)|vanished|disappeared|"
                         r"ran\s+away|went\s+missing)\s+(?:[\w-]+\s+){0,3}?(?:on|in|at|last)\s+$")
FLEEING_ON = re.compile(r"(?i)\b(?:after|since|having)\s+"
                        r"(?:fleeing|escaping|leaving|defecting\s+from|fled|escaped|left)\s+"
                        r"(?:[\w'’-]+\s+){0,3}?(?:on\s+|in\s+|at\s+)?$")
STATISTIC_COUNT = 500     # no single defection moves this many people: a larger count is a statistic
FAMILY = 8                # a lone person's household that later sentences may count with them
ANAPHOR_WINDOW = 4   # sentences an anchorless mention may reach back
BACK_REF = re.compile(r"(?i)\b(?:the|this|that|its|their|these|those)\s+(?:(?:mass|forced|forcible|alleged|apparent|reported|"
                      r"supposed|so-called|high-profile|high-level)\s+)?$")
# ("the alleged defection was notable", "advertising the high-profile defections": the ones told before)
SPEECH_BEFORE = re.compile(r"(?i)\b(?:said|says|told|acknowledged|confirmed|reported|announced|added|stated|noted|"
                           r"disclosed|revealed|showed|shows|unveiled|made\s+public|came\s+to\s+light|emerged|surfaced|"
                           r"demanded|demands|claimed|claims|calls|called|insisted|denied|accused|urged|broke\s+the\s+(?:news|story)|"
                           r"aired|broadcast|published|"
                           r"(?:stepped|ramped)\s+up\s+(?:its|their|his|her)\s+(?:calls|demands|pressure))"
                           # ("told Yonhap on Monday", "reported to The Daily on May 3": who was told, between)
                           r"(?:\s+(?:to\s+)?(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2})?"
                           r"(?:,(?=\s+on\s))?\s+(?:on\s+|last\s+|this\s+|late\s+|early\s+|in\s+)?$")     # ("demanded Tuesday that Seoul return them")
# "Media reports in South Korea Thursday quote officials as saying": the day of the reports
REPORTS_BEFORE = re.compile(r"(?i)\b(?:media|news|press|newspaper|television|TV|local|wire)\s+reports\s+"
                            r"(?:(?:in|from)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?\s+)?"
                            r"(?:on\s+|last\s+|this\s+|late\s+|early\s+)?$")
SPEECH_AFTER = re.compile(r"(?i)^\s*,?\s*(?:[\w.’'-]+\s+){0,4}(?:said|says|told|acknowledged|confirmed|reported|announced|"
                          r"added|stated|disclosed|revealed)\b")
SPEECH_RIGHT_AFTER = re.compile(r"(?i)^\s*(?:said|says|told|acknowledged|confirmed|reported|announced|added|stated|"
                                r"disclosed|revealed)\b")     # "Seoul on Tuesday acknowledged": the telling's date
DEADLINE = re.compile(r"(?i)(?:\b(?:by|until|ahead\s+of|before|deadline(?:\s+(?:of|on|set\s+for|(?:later|earlier)))?|approaches\s+on|expires?\s+on)\s+(?:the\s+)?$)")
DEADLINE_AFTER = re.compile(r"(?i)^\s*(?:deadline|cut-off|cutoff)")
# after a date: the year named as the happening's ("stayed on till 2001, the year she fled", "in 2004, the year when
# she was sent back"): its date, whatever stands before it
THE_YEAR_AFTER = re.compile(r"(?i)\s*,?\s*(?:(?:which|that)\s+(?:is|was)\s+(?:also\s+)?the|the)\s+(?:year|month|day)"
                            r"(?:\s+(?:when|that|in\s+which|on\s+which))?\s")
# before a date: a birth ("born in Hamhung in 1979"), no date of a flight or return
BORN_BEFORE = re.compile(r"(?i)\bborn\s+(?:[\w,'’-]+\s+){0,5}?(?:in|on)\s+$")
NOT_UNTIL_BEFORE = re.compile(r"(?i)(?:\bnot|n['’]t)\s+(?:\w+\s+)?until\s+$")
CITY_REFERENCE = re.compile(r"(?i)\b(?:this|the)\s+(?:[\w-]+\s+){0,2}?(?:city|capital|town)\b|\bin\s+town\b")
WORKPLACE_CONTEXT = re.compile(r"(?i)\b(?:had\s+been\s+|have\s+been\s+|had\s+|were\s+|was\s+)?(?:(?:work(?:ed|ing)|employed|"
                         r"waiting\s+tables|staffed|serv(?:ed|ing))\s+(?:at|in|for)\b|(?:managed|ran|run)\s+the\b)")
# "The incident took place in Dalian, in Liaoning, last May": where and when the happening told before was
INCIDENT_CONTEXT = re.compile(r"(?i)\b(?:the|this|that)\s+(?:case|incident)\s+(?:happened|took\s+place|occurred)\s+(?:in|at)\b")
ROUTE_BEFORE = re.compile(r"(?i)\b(?:via|through|by\s+way\s+of|to|into|towards?)\s+(?:the\s+)?$")
DEFINITE_WORKPLACE = re.compile(r"(?i)\b(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:restaurant|hotel|eatery|establishment|"
                          r"staff|employees|workers|waitresses|colleagues)\b|\bits\s+(?:[\w-]+\s+){0,2}?(?:staff|employees|workers|waitresses)")
PARTITIVE = re.compile(r"(?i)\b(?:one|some|many|several|two|three|none|each|any|all|most|another)\s+(?:of\s+the\s+)?(?:[\w-]+\s+){0,1}$")
ROUTE_CONTEXT = re.compile(r"(?i)\b(?:route|took\s+them|reached|crossing\s+into|crossed\s+into|flew\s+to|travell?ed\s+(?:to|through|overland)|"
                     r"via|by\s+way\s+of|through)\b")
ADOPTION = re.compile(r"(?i)\b(?:adopt\w*|pass(?:ed|es)?|approv\w*|announc\w*|impos\w*|issu\w*|unveil\w*|order\w*|gave|"
                      r"discourag\w*|strengthen\w*|tighten\w*|toughen\w*|expand\w*|broaden\w*|slap\w*|"
                r"told|advis\w*|urg\w*|asked|instruct\w*|introduc\w*|agreed|voted|revok\w*|cancel\w*|halt\w*|stopped|"
                r"suspend\w*|refus\w*|levi\w*|blacklist\w*|(?:put|placed)\s+(?:new\s+|fresh\s+|more\s+)?sanctions)\b")
NK_MARK = re.compile(r"(?i)\bNorth\s+Korea|\bN\.\s*Korea|\bDPRK\b|\bPyongyang\b(?!-style)|\bthe\s+North['’]s\b|\bstate-run\b")
STATISTIC = re.compile(r"(?i)\s+(?:a|per|each|every)\s+year\b|\s+annually\b")
GENERIC_ROUTE = re.compile(r"(?i)\b(?:route|path|way)\s+(?:used|taken|followed)\s+by\b[^.;]{0,80}$")
MEASURE_OF = re.compile(r"(?i)\b(?:(?<!\ba\s)numbers?|flow|influx|total|share|proportion|rate)\s+of\s+(?:\d[\d,]*\s+(?:[\w-]+\s+)?|(?!\d)(?:[\w-]+\s+){0,3}(?:who\s+|that\s+)?(?:have\s+|had\s+|has\s+)?)$")
# "several in South-east Asia have shut this year": a tally of restaurants, not one closure
SEVERAL_SHUT = re.compile(r"(?i)\b(?:several|many|some|dozens|scores|a\s+number|most)\b(?:\s+of\s+(?:them|these|those|the\s+[\w-]+))?"
                          r"(?:\s+(?:in|across)\s+[\w\s-]{1,30}?)?\s+(?:have\s+|had\s+|has\s+)?(?:now\s+|since\s+|already\s+)?$")



@lru_cache(maxsize=1)
def anaphor() -> re.Pattern:
    """ "the women", "the diplomat", "the group", "she": words that point back to people told of before (the people
    nouns of data/lexicon/events.yaml, group_nouns)."""
    nouns = {w for sg, pl, _ in load("events")["group_nouns"] for w in (sg, pl)} | {"group", "escape", "defection",
                                                                                    "case", "staff", "family"}
    return re.compile(r"(?i)\b(?:the|these|those)\s+(?:[\w-]+\s+){0,2}?(?:"
                      + "|".join(sorted(map(re.escape, nouns), key=len, reverse=True))
                      + r")\b|\b(?:she|they|her|their|them|he|him|his)\b")


@dataclass
class EventMention:
    type: str
    sentence: int
    clause: Clause
    trigger: tuple[int, int]
    count: int | None = None
    count_max: int | None = None
    approx: bool = False
    male: int | None = None
    female: int | None = None
    kind: str | None = None
    name: str | None = None
    city: PlaceMention | None = None
    region: str | None = None
    country: str | None = None
    transit: list[str] = field(default_factory=list)
    destination: str | None = None
    date: DateMention | None = None
    departure: bool = False
    statuses: set[str] = field(default_factory=set)
    issuer: str | None = None
    instrument: str | None = None
    evidence: list[tuple[int, int]] = field(default_factory=list)
    anaphoric: bool = False
    nk: bool = False                # the sentence or the workplace ties it to North Korea
    back_reference: bool = False    # "the closure", "the escape": points back, names nothing new
    lone: bool = False              # its count is one person named by a role ("a diplomat"), who may travel with family
    member: bool = False            # its one person is picked out of a group ("Jin, one worker who fled")
    vague_group: bool = False       # its people are counted only vaguely ("several hundred North Koreans have escaped")
    group_told: int | None = None   # the sentence before, whose one counted group "they" points back to
    arrival: bool = False           # its trigger tells the arrival ("reached Seoul"), not the leaving
    future: bool = False            # a return announced for later ("Russia will send them home"): pending
    headline: bool = False          # told in the headline, whose words are capitalised and whose tone is not the body's
    context: bool = False           # a sentence of context (a workplace, a route) that joined the event: no trigger
    adopting: bool = False          # a measure whose trigger is its adopting verb ("the Council passed a resolution")
    decision: bool = False          # "made the decision to defect": the defection told as its motive, a telling again
    told_as: str | None = None      # the Council's resolution its sentence tells by what it did, when it has no number
    others: bool = False            # its people are "three other fishermen", "another 20 workers": not a group told before
    out_of_north: bool = False      # they fled the North itself; the land named is where they went, not a post abroad
    by_trade: bool = False          # its subject is one of the North's people named by a trade ("a North Korean pilot")
    news: str | None = None         # a measure the lede tells as just taken ("have imposed sanctions"): the month published

    def anchors(self) -> int:
        date = self.date if self.date is not None and not self.date.guessed else None    # a guess anchors nothing
        return sum(x is not None for x in (self.count, self.name, self.city, self.region, date, self.instrument))


@lru_cache(maxsize=1)
def lexicon():
    lex = load("events")
    trig = {t: re.compile(r"(?<![\w-])(?:" + by_first_letter([expand_lemmas(p) for p in lex["triggers"][t]]) + r")(?![\w-])",
                          re.IGNORECASE)
            for t in EVENT_TYPES}
    # one alternation: "does any blocker match" in one search instead of one per blocker
    # (each alternation split by letters, as the triggers': the same matches)
    block_all = [re.compile(by_first_letter([f"(?:{p})" for p in lex["blockers"]["all"]]), re.IGNORECASE)] \
        if lex["blockers"].get("all") else []
    block = {t: re.compile(by_first_letter([expand_lemmas(b) for b in lex["blockers"][t]]), re.IGNORECASE)
             if lex["blockers"].get(t) else None
             for t in EVENT_TYPES}
    nouns = {t: re.compile(r"^(?:" + "|".join(v) + r")$", re.IGNORECASE) for t, v in lex["noun_triggers"].items()}
    status = {k: re.compile(r"(?<!\w)(?:" + by_first_letter(v) + r")", re.IGNORECASE) for k, v in lex["status"].items()}
    people = phrase_regex(lex["people"])
    female = {w.lower() for w in lex["female_words"]}
    male = {w.lower() for w in lex["male_words"]}
    transit = re.compile(r"(?<!\w)(?:" + by_first_letter(lex["transit_cues"]) + r")(?!\w)", re.IGNORECASE)
    kinds = {k: phrase_regex(v) for k, v in lex["workplace_kinds"].items()}
    return trig, block_all, block, nouns, status, people, female, male, transit, kinds


UNCOUNTED_FAMILY = re.compile(r"(?i)\bwith\s+(?:his|her|their)\s+(?:whole\s+|entire\s+)?(?:family|families|relatives|children|kids)\b|"
                              r"\b(?:wife|husband)\s+and\s+(?:children|kids|family)\b")
# "North Korea's ambassador", "Pyongyang's envoy", "the North's consul": the one holding the post
STATE_POSSESSIVE = r"(?-i:(?:North\s+Korea|Pyongyang|the\s+North|DPRK|N\.\s*Korea)['’]s)"
PEOPLE_AFTER = r"(?:[\w'’-]+\s+){0,4}?"
SPLIT_MF = re.compile(r"(?i)\b(?P<m>a|one|\d+|two|three)\s+(?:male\s+)?(?:man|men|manager|managers)\s+and\s+(?P<f>[\w,]+)\s+(?:\w+\s+){0,2}?(?:female\s+\w+|women|waitresses|girls)\b")
SPLIT_FM = re.compile(r"(?i)\b(?P<f>[\w,]+)\s+(?:\w+\s+){0,2}?(?:waitresses|women|female\s+\w+|girls)\s+and\s+(?:their|a|one|the)\s+(?:male\s+)?(?:manager|man|male\s+\w+)\b")
WOMEN_WORDS = ("women", "waitresses", "female", "girls")


def folded(doc: Document) -> str | None:
    """The text folded (fold_ascii), once per document."""
    f = doc.memo.get("folded", False)
    if f is False:
        f = doc.memo["folded"] = fold_ascii(doc.text)
    return f


def has_word(doc: Document, words: tuple[str, ...], a: int, b: int) -> bool:
    """Whether text[a:b] may hold one of the (lower-case ASCII) words as a case-insensitive pattern reads it: an exact
    prefilter for a pattern every match of which has one of them (in the folded text; True when it cannot tell)."""
    f = folded(doc)
    return f is None or any(f.find(w, a, b) >= 0 for w in words)


def split_search(doc: Document, rx: re.Pattern, a: int, b: int) -> re.Match | None:
    """``rx.search(doc.text, a, b)`` for SPLIT_MF or SPLIT_FM, not run where it cannot match: each needs "and" and a
    word of WOMEN_WORDS in text[a:b] (the same result on any text)."""
    f = folded(doc)
    if f is not None and (f.find("and", a, b) < 0 or all(f.find(w, a, b) < 0 for w in WOMEN_WORDS)):
        return None
    return rx.search(doc.text, a, b)


# "Jo's daughter", "his wife" before the verb: one relative of someone named (the noun gives the sex)
KIN_ONE = re.compile(r"(?:\b(?i:his|her)|\b[A-Z][a-z]+['’]s)\s+(?P<noun>(?i:daughter|son|wife|husband|mother|father|sister|"
                     r"brother))\b(?!['’])")


# "she fled", "he later escaped": one person, the pronoun right before the verb its subject
PRONOUN_SUBJECT = re.compile(r"\b(?P<noun>[Hh]e|[Ss]he)\s+(?:(?:had|has|was|first|later|eventually|finally|then|also|"
                             r"successfully|reportedly|allegedly|once|secretly|managed\s+to|was\s+able\s+to|decided\s+to|"
                             r"chose\s+to)\s+){0,3}$")


@lru_cache(maxsize=1)
def singular_people_nouns() -> list[str]:
    """The singular nouns of people (data/lexicon/events.yaml, group_nouns) that name one of them, but not "person"
    nor the nationality itself."""
    return [sg for sg, _, _ in load("events")["group_nouns"] if sg.lower() not in ("person", "north korean")]


@lru_cache(maxsize=1)
def single_person() -> re.Pattern:
    """ "a waitress", "a North Korean soldier", "one of its cooks": one person, whose noun (data/lexicon/events.yaml,
    group_nouns) may give the sex."""
    nouns = singular_people_nouns()
    # ("a North Korean who defected in 2001", "a North Korean (named here as B)": the nationality as the noun, before
    # who is told of it -- but not "a North Korean restaurant")
    return re.compile(r"(?i)\b(?:a|an|one\s+of\s+(?:its|their|the)|another|" + STATE_POSSESSIVE + r")\s+(?:[\w-]+\s+){0,3}?(?P<noun>"
                      + "|".join(sorted(map(re.escape, nouns), key=len, reverse=True))
                      + r"|North\s+Korean(?=\s+(?:who|whose)\b|\s*,|\s+\((?!\s*[A-Za-z-]+\s*\)\s+[a-z])))\b(?!\s*(?:'s|’s))")


@lru_cache(maxsize=1)
def headline_one() -> re.Pattern:
    """A headline's subject, one of the North's people told without an article ("North Korean soldier crosses …",
    "DPRK waitress flees …"): headlines drop the article, and the singular noun is one person."""
    nouns = singular_people_nouns()
    return re.compile(r"\s*[\"'“‘]?(?:North\s+Korean|N\.\s*Korean|DPRK)\s+(?:[\w-]+\s+){0,2}?(?P<noun>"
                      + "|".join(sorted(map(re.escape, nouns), key=len, reverse=True)) + r")\b(?!\s*(?:'s|’s))")


@lru_cache(maxsize=1)
def one_of_the_norths_by_trade() -> re.Pattern:
    """ "A North Korean seamstress was sent to Dalian. She fled ...": one of the North's people, named by a trade
    (data/lexicon/events.yaml, person_nouns), whom a pronoun next takes up ("guards held the elderly North Korean
    welder. He had hoped to ...": the one the story is about, named again)."""
    nouns = load("events").get("person_nouns") or ()
    return re.compile(r"(?i)\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:North\s+Korean|DPRK|N\.\s*Korean)\s+(?:[\w-]+\s+)?(?P<noun>"
                      + "|".join(sorted(map(re.escape, nouns), key=len, reverse=True)) + r")\b(?!\s*(?:'s|’s))")


INSTRUMENT = re.compile(r"(?i)\bresolutions?\s+(?:Nos?\.\s*)?(?P<n>\d{3,4})\b|\bUNSCR\s+(?P<n2>\d{3,4})\b|"
                        r"(?<![\d,.])(?P<n3>1[0-8]\d\d|19[0-3]\d|20[4-9]\d|2[1-9]\d\d)\s+resolution\b")   # (never a year: "the 2017 resolution")     # ("the UN's 2371 Resolution")
INSTRUMENT_WORDS = ("resolution", "unscr")     # (one in every match of INSTRUMENT)
# ("resolution 2397, approved in 2017 by the Security Council", "Resolution 2375, which was adopted in September"):
# the measure named with its adoption right after it
ADOPTED_AFTER = re.compile(r"(?i)\s*,?\s*(?:which\s+(?:was|had\s+been)\s+|that\s+was\s+)?(?:unanimously\s+)?"
                           r"(?:adopted|approved|passed|imposed|enacted)\s+(?:by\s+(?:the\s+)?(?:[\w.-]+\s+){0,3}?"
                           r"(?:Council|Nations|UN|U\.N\.)\s+)?(?:on|in)\s+(?:the\s+)?(?:\d|(?-i:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|"
                           r"Oct|Nov|Dec)[a-z]*)\b|(?:early|late|mid)\b)")     # (a date: not "imposed on that country")
# "Resolutions 2375 and 2397": the numbers after the first, each its own measure
# (each may carry its year in prose: "resolutions 2087 of 2013 and 2094 of 2013"; a list of citations, "1718 (2006),
# 1874 (2009), ...", is the Council's history, not measures the article tells of)
MORE_INSTRUMENTS = re.compile(r"(?:\s+of\s+(?:19|20)\d\d)?(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)(?P<n>\d{3,4})\b")
# (but two, each cited with its year, are the pair the sentence tells of: "Resolutions 2087 (2013) and 2094 (2013)
# forbid ...", each dated by its own year)
CITED_PAIR = re.compile(r"\s*\((?:19|20)\d\d\)\s+(?:and|&)\s+(?P<n>\d{3,4})\s*\((?P<year>(?:19|20)\d\d)\)(?!\s*,\s*\d)")
UN_WORDS = re.compile(r"(?i)(?<![\w.])(?:UN|U\.N\.|United\s+Nations|Security\s+Council|UNSC|UNSCR)(?![\w])")
EU_WORDS = re.compile(r"\b(?:EU|European\s+Union|(?:2[5-8]|twenty-\w+)-(?:member|nation)\s+bloc)\b")   # ("the 27-nation bloc")
OWN_WORDS = re.compile(r"(?i)\b(?:unilateral|its\s+own|their\s+own|independent)\b")
KIND_WORDS = ("restaurant", "embassy", "trading_company", "other")
# a noun trigger ("defectors") is an event only after a number or a group determiner ("the 13", "the group of"), or a
# possessive ("his defection": a happening only when it says when, POSSESSIVE_DETERMINER)
# (the words between are the noun's own: "the return of defectors" names no group of defectors)
GROUP_DETERMINER = re.compile(r"(?i)(?:\b(?:the|these|those|my|his|her|their|our|whose|\d+|[a-z]+teen|three|two|four|"
                              r"five|six|seven|eight|"
                              r"nine|ten|twelve|first|second|third)\s+(?:suspected\s+|alleged\s+|apparent\s+)?"
                              r"(?:(?!(?:of|for|to|from|with|about|by|on|at|against|over)\s)[\w-]+\s+){0,2}|"
                              r"\b(?:group|mass)\s+(?:of\s+)?(?:[\w-]+\s+){0,2}|"
                              # ("a group of North Korean defectors"; "a massive repatriation in October": one of its size)
                              r"\ban?\s+(?:massive|large(?:-scale)?|major|huge|sweeping)\s+(?:forced\s+|forcible\s+)?)"
                              r"(?:would-be\s+)?$")     # ("23 North Korean would-be defectors")
# ("a daring defection by eleven North Koreans", "an escape of 12 refugees"): one flight, its people counted
PEOPLE_COUNTED_BY = re.compile(expand_lemmas(r"(?i)\s+(?:by|of)\s+(?:about\s+|some\s+|at\s+least\s+|nearly\s+)?"
                                             r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                                             r"[a-z]+teen|twenty|thirty|dozens\s+of)\s+(?:[\w-]+\s+){0,2}?{NK_PEOPLE}"
                                             r"|\s+(?:by|of)\s+an?\s+(?:[\w-]+\s+){0,2}?(?:North\s+Korean|DPRK)\s+"
                                             r"(?:[\w-]+\s+){0,2}?(?:diplomat|envoy|ambassador|official|officer|"
                                             r"soldier|worker|waitress|defector|man|woman|student|engineer|scientist|"
                                             r"manager)\b"))
#                                            (or by one: "the defection of a North Korean diplomat")
# (but "her second escape": one of several, told as its own)
PLACE_THEN_DATE = re.compile(r"\s+(?:from|in|to|out\s+of)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:in|on)\s+")
POSSESSIVE_DETERMINER = re.compile(r"(?i)(?:my|his|her|their|our)\b(?!\s+(?:first|second|third|last|final)\b)")
QUESTION_END = re.compile(r"\?[\"'”’)]*\s*$")
SPRUNG_UP = re.compile(r"(?i)(?:sprung|sprang|springs?|springing|pop(?:s|ped|ping)?)\s+up")
TRADE_SUBJECT = re.compile(r"(?i)\b(?:industry|industries|sector|market|trade|economy|scheme|business\s+model)\b")
NONBINDING_BODY = re.compile(r"(?i)\b(?:General\s+Assembly|UNGA|Human\s+Rights\s+Council|Third\s+Committee)\b")
# (a caption run into the question after it: "the dining roomWas it a place run by exiles?": asked all the same)
GLUED_QUESTION = re.compile(r"(?<=[a-z])(?:Has|Have|Had|Did|Do|Does|Is|Are|Was|Were|Will|Would|Could|Can)\s+"
                            r"(?:it|they|he|she|there|this|that|these|those|the|a|an)\b")
YES_NO_QUESTION = re.compile(r"(?:Q\s*:\s*)?[\"“‘']?(?:Has|Have|Had|Did|Do|Does|Is|Are|Was|Were|Will|Would|Could|Can|Should|Might|May)\b")
# who goes is no one fleeing the North's control: suspects of a crime, or a vessel ("the 6,700-ton Mu ..."), before the verb
# (nor the dead: "the remains of soldiers killed in the war were returned home"; but "whose family remains in the
# North": the verb)
NOT_PEOPLE_WHO_GO = re.compile(r"(?i)\b(suspects?|assassins?|killers?|hit\s*men|(?:[\d,]+-ton(?:ne)?)|freighter|vessel|ship|tanker|"
                               r"cargo\s+ship|plane|aircraft|jet|(?<=\bthe\s)remains|(?<=\btheir\s)remains|"
                               r"remains(?=\s+of\b)|bodies|corpses|ashes|boat|schooner|trawler)\b(?:(?!\b(?:and|but|while|who|as)\b)[^.;]){0,80}$")


def nearest_goer(text: str, lo: int, hi: int) -> re.Match | None:
    """The last thing not a person that goes before text[hi:] ("fishermen on a trawler that Fiji held once the boat
    had crossed": the boat, not the trawler they were on)."""
    last, lo0 = None, lo
    while (m := NOT_PEOPLE_WHO_GO.search(text, lo, hi)) is not None:
        last, lo = m, m.end(1)
    if last is not None and last.group(1).lower() in CRAFT and (PEOPLE_ABOARD.search(text, last.end(1), hi)
                                                                  or PEOPLE_IN_CRAFT_BEFORE.search(text, lo0, last.start(1))):
        return None     # "a boat carrying five North Koreans crossed", "four men on a rowing boat crossed":
        #                 the people aboard went
    return last


PEOPLE_IN_CRAFT_BEFORE = re.compile(r"(?i)\b(?:North\s+Koreans?|people|crew|fishermen|sailors|defectors|soldiers|men|women|"
                                    r"passengers|civilians)\s+(?:(?:who\s+)?(?:were|was)\s+)?(?:in|on|aboard|on\s+board)\s+"
                                    r"(?:a|an|the|their|one|two|three)\s+(?:[\w-]+\s+){0,3}$")
CRAFT = {"vessel", "ship", "boat", "schooner", "trawler", "freighter", "tanker", "cargo ship", "plane", "aircraft", "jet"}
PEOPLE_ABOARD = re.compile(r"(?i)\b(?:carrying|with|aboard|on\s+board|people|North\s+Koreans?|crew|fishermen|sailors|"
                           r"defectors|soldiers|men|women|passengers)\b")


# a crossing trigger that ends in a state on the way South ("crossed the Mekong into Thailand"; the states are the
# lexicon's), not in the South itself
CROSSING_INTO = re.compile(r"(?i).*(?:\bcross\w*|\bacross)\s.*\binto\s+(?!South\b|Seoul\b)\w+")
SOUTHS_PEOPLE_BEFORE = re.compile(r"(?i)\b(?:South\s+Korean|Seoul['’]s)\s+(?:[\w-]+\s+)?(?:staff|workers|employees|managers|"
                                  r"officials|nationals|citizens|businessmen|businesspeople|people|firms|companies)\s+"
                                  r"(?:(?:had|have|has|all|then)\s+)?$")
# a South Korean named by role, as the subject right before a trigger ("a South Korean customs inspector had
# vanished"), or taken up again ("The official, Mr Park, went missing")
SOUTHERN_ROLES = (r"(?:official|man|woman|inspector|worker|employee|fisherman|citizen|national|businessman|"
                  r"businesswoman|missionary|pastor|tourist|engineer|manager|owner|journalist|executive)")
SOUTHERNER_SUBJECT = re.compile(r"(?i)\b(?:a|an|the)\s+South\s+Korean\s+(?:[\w-]+\s+){0,2}?" + SOUTHERN_ROLES
                                + r"\s+(?:(?:had|has|was|then|later|reportedly)\s+)?$")
TAKEN_UP_SUBJECT = re.compile(r"\b[Tt]he\s+(?P<noun>" + SOUTHERN_ROLES + r")\s*(?:,[^,.;]{1,40},\s*)?"
                              r"(?:(?:had|has|was|then|later|reportedly)\s+)?$")


def southerner_taken_up(text: str, a: int, t0: int) -> bool:
    """Whether the trigger's subject is a South Korean, named so right there or taken up again ("a South Korean
    fisheries official ... The official went missing": the last time the text named that noun, it was the South's)."""
    if SOUTHERNER_SUBJECT.search(text, a, t0):
        return True     # ("a South Korean customs inspector had vanished"): named as the South's right there
    m = TAKEN_UP_SUBJECT.search(text, a, t0)
    if m is None:
        return False
    last = None
    for last in re.compile(rf"(?i)\b{m.group('noun')}\b").finditer(text, 0, m.start("noun")):
        pass
    return last is not None and bool(re.search(r"(?i)\bSouth\s+Korean\s+(?:[\w-]+\s+){0,2}$",
                                               text[max(0, last.start() - 40):last.start()]))


# ("Park, a South Korean plant manager, said he was forced to flee"): one of the South's people, his own words
SOUTHERNER_SAID_BEFORE = re.compile(r"(?i)\b(?:a|the)\s+South\s+Korean\s+(?:[\w-]+\s+){0,2}?" + SOUTHERN_ROLES
                                    + r"\s*,\s*(?:said|says|recalled|recalls)\s+"
                                    r"(?:he|she)\s+(?:(?:was|had|had\s+been|has\s+been)\s+)?(?:[\w-]+\s+){0,2}?$")
# "Jin, one worker who fled", "one escapee who reached": a person picked out of a group (not "a worker", not "one day")
ONE_OF_A_GROUP_BEFORE = re.compile(r"(?i)(?<![\w-])one\s+(?:[\w-]+\s+)?(?:worker|labou?rer|defector|escapee|refugee|woman|man|"
                                   r"waitress|employee|member|soldier|diplomat|student|fisherman|sailor)\s*,?\s+(?:who|that)\s+"
                                   r"(?:had\s+|has\s+|later\s+|eventually\s+)?$")
# ("with many of Russia's men killed or having fled the country"): a foreign state's own people, not the North's
STATES_PEOPLE_BEFORE = re.compile(r"\b(?P<state>[A-Z][a-z]+)['’]s\s+(?:own\s+|young\s+|working-age\s+|male\s+)?(?:men|people|"
                                  r"citizens|nationals|population|youth|labou?r\s+force)\b[^.;]{0,60}$")
# ("fishermen, saved by a tanker of the Pacific Fleet, are on their way home"): the vessel is not who goes
OBJECT_OF_PREPOSITION = re.compile(r"(?i)\b(?:by|on|aboard|from|of|with|onto|into)\s+(?:a|an|the|its|their|another)?\s*(?:[\w-]+\s+){0,2}$")
# ("five North Koreans used a fishing boat to defect", "stole a patrol boat and sailed south"): the craft the people
# took, not a thing that went
CRAFT_TAKEN_BEFORE = re.compile(r"(?i)\b(?:used|took|boarded|stole|seized|hijacked|commandeered|rowed|sailed|piloted|"
                                r"steered)\s+(?:a|an|the|its|their|his|her)?\s*(?:[\w-]+\s+){0,2}$")
ATTRIBUTIVE = re.compile(r"(?i)fleeing|escaping|defecting|escaped")
KIND_OF_PEOPLE_AFTER = re.compile(r"(?i)\s+(?:North\s+Koreans?|refugees|defectors|people|workers|women|men|soldiers|migrants|"
                                  r"citizens|civilians|families|children|escapees)\b")
# ... told as a kind, after a preposition ("a blow for fleeing North Koreans", "help to escaping refugees"); but
# "detained fleeing North Koreans", "three fleeing North Koreans were caught" tell of people
KIND_BEFORE = re.compile(r"(?i)\b(?:for|of|to|among|with|by|on|about|against|protect\w*|help\w*)\s+$")
# people named by a bare plural before a participle, said to be treated or seen as something: a kind of people
BARE_PEOPLE_BEFORE = re.compile(r"(?i)(?:^|[^\w\s]\s*|\b(?:treats?|treated|treating|sees?|saw|seen|regards?|regarded|consider\w*|"
                                r"views?|viewed|calls?|called|labels?|labell?ed|brands?|branded)\s+)(?:North\s+Koreans|defectors|"
                                r"refugees|people|migrants)\s+$")
TREATED_AS = re.compile(r"(?i)\s[^.;]{0,60}?\bas\s+(?:illegal|economic|criminals?|migrants?|refugees?|defectors?|traitors?)\b")
# a restaurant of those just spoken of, as the subject: "one struggled and closed", "another opened in Doha"
ONE_OF_THEM_SUBJECT = re.compile(r"(?i)(?:\n|[–—,;:]\s*|\s-\s+|\b(?:though|but|and|while|of\s+which)\s+)(?:one|another|two|three|"
                                 r"some|several)(?:\s+of\s+them)?\s+(?:[\w-]+\s+(?:and|but)\s+)?(?:(?:has|have|had|was|were)\s+)?"
                                 r"(?:since\s+|later\s+|also\s+|just\s+|recently\s+)?$")
RESTAURANT_NOUN_WORD = re.compile(r"(?i)\b(?:restaurants?|branch(?:es)?|outlets?|eater(?:y|ies))\b")
TO_SOUTH = re.compile(r"(?i)\b(?:to|in|reached|reach|reaching|entered|entering|for|into|surfaced\s+in|"
                      r"(?<=and\s)then)\s+(?:Seoul|South\s+Korea|South\s+Korean\s+(?:waters|territory|soil)|"
                      r"the\s+South|the\s+Republic\s+of\s+Korea|the\s+ROK)\b")     # (as Beijing's ministry names it)
DEFECT_SOUTH = re.compile(r"(?i)\bdefect(?:ed|ing|ors?|ion)?\b[^.]{0,30}(?:Seoul|South)")
TO_NORTH = re.compile(r"(?i)\b(?:to|into|entered|reached)\s+(?:North\s+Korean?|the\s+North|Pyongyang|the\s+DPRK)\b")


def number_to_int(n: NumberMention) -> int:
    return int(round(n.value))


NOT_PEOPLE_UNIT = re.compile(r"\s*(?:%|per\s*cent|percent|km|kilomet|metres|meters|miles|years?|days?|months?|weeks?|"
                             r"hours?|minutes|tables|countries|restaurants|stars|won|yuan|dollars|"
                             # ("a defection of one family", "two families"): households, not a headcount
                             r"(?:(?!(?:and|or|with)\s)[\w-]+\s+){0,3}?(?:family|families|households?)\b(?!\s+members)|"
                             # "Three North Korean restaurants": what the adjective modifies is counted, not people
                             r"(?:[\w-]+\s+){1,2}?(?:restaurants|eateries|outlets|branches|companies|firms|factories|"
                             r"countries|ships|vessels)\b)", re.IGNORECASE)
AGE_BEFORE = re.compile(r"(?i)aged\s*$|,\s*$")
AT_AGE_BEFORE = re.compile(r"(?i)\bage\s+(?:of\s+)?$")
AGE_AFTER = re.compile(r"\s*[,)]")
WORD_TOKEN = re.compile(r"[\w'’-]+")
POSSESSIVE_AFTER = re.compile(r"\s*(?:'s|’s)")
PEOPLE_OF_PLACE = re.compile(r"\s+(?:citizens|visitors|residents|nationals|expatriates|travellers)")
TARGET_BEFORE = re.compile(r"(?i)\b(?:on|against|to|from|in|of)\s+$")     # "sanctions on X": X is no route
BACK_REF_NOUN = re.compile(r"(?i)closures?|defections?|escapes?|case|returns?|opening|deportations?|repatriations?")   # "the 13 who fled" etc.
PRESENT_THIRD = re.compile(r"(?i)[^s]s$|(?:ch|sh|ss|x)es$")
COMPARED_FIGURE = re.compile(r"(?i)\b(?:(?:drop|decline|fall|decrease|rise|increase|jump|up|down|fell|rose|dropped)\s+from|"
                             r"compared\s+(?:with|to)(?:\s+the\s+(?:[\w-]+\s+){1,3}\()?)\s*(?:about\s+|around\s+|some\s+|nearly\s+)?\d[\d,]*\s+(?:[\w-]+\s+){0,4}$")
# ("compared to the two years before (41 defectors in one year": the figures compared with, in brackets)
# "after arriving in", "upon arrival in": an arrival told as the moment of a procedure, not told as one
ON_ARRIVAL_BEFORE = re.compile(r"(?i)\b(?:after|upon|on)\s+(?:their\s+)?$")
# "the screening North Korean defectors go through", "on arrival, defectors from the North are put under custody": what
# every newcomer goes through, told of them all in the present
GENERIC_PROCEDURE = re.compile(r"(?i)\b(?:defectors|refugees|escapees|North\s+Koreans|newcomers)\s+(?:(?:from|of)\s+(?:[\w-]+\s+){1,3}?)?"
                               r"(?:go\s+through|undergo|must|have\s+to|spend|are\s+(?:\w+ly\s+)?(?:put|placed|held|kept|taken|"
                               r"questioned|screened|interrogated|sent|given|required|housed|detained))\b")
PRESENT_PASSIVE = re.compile(r"(?i)\b(?:are|is|get|gets)\s+(?:\w+ly\s+)?$")
HABIT_WORDS = (r"usually|typically|generally|often|routinely|normally|tends?\s+to|every\s+year|each\s+year|always|"
               r"commonly|regularly")
HABIT_ADVERB = re.compile(rf"(?i)\b(?:{HABIT_WORDS}|frequently)\b")
HABITUAL = re.compile(rf"(?i)\b(?:most|{HABIT_WORDS})\b")
# "opens only for dinner", "closes at 10pm on weekdays": the hours it keeps, not an opening or a closure
SCHEDULE_AFTER = re.compile(r"(?i)\s+(?:only\s+|just\s+|again\s+)?(?:for\s+(?:lunch|dinner|supper|breakfast|brunch)\b|at\s+\d|"
                            r"(?:from|between)\s+\d|daily\b|nightly\b|every\s+(?:day|night|evening|morning|week)\b|"
                            r"on\s+(?:weekends|weekdays|(?:mon|tues|wednes|thurs|fri|satur|sun)days)\b|(?:early|late)\s+(?:on\s+)?\w+days\b)")
OVER_A_SPAN = re.compile(r"(?i)\b(?:over\s+the\s+(?:years|decades|past\s+(?:\w+\s+)?(?:years|decades))|for\s+(?:years|decades)|"
                         r"in\s+recent\s+(?:years|decades)|since\s+the\s+(?:19|20)\d0s|(?:have|has)\s+(?:[\w-]+\s+){0,2}?(?:defected|fled|escaped|"
                         r"arrived)\b[^.;]{0,60}?\bsince)\b")     # ("thousands have defected to the South since famine ...")
WHO_BEFORE = re.compile(r"(?i)\b(?:who|that)\s+(?:had\s+|have\s+)?$")
IN_THE_PAST_AFTER = re.compile(r"(?i)[^.;]{0,60}?\bin\s+the\s+past\b(?!\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?|decades?)\b)")
RATE = re.compile(r"(?i)\s+(?:[\w-]+\s+){0,3}?(?:every|each|a|per)\s+(?:day|week|month)\b"
                  r"(?!\s+(?:later|earlier|after|before|ago|afterwards|off|out|trip)\b)")    # ("a day later", "a day off": not how often)
# "hundreds of thousands of refugees have escaped the North": a vague multitude as the subject of a perfect, a tally
VAGUE_PERFECT_BEFORE = re.compile(r"(?i)\b(?:thousands|hundreds|tens\s+of\s+thousands|hundreds\s+of\s+thousands)\s+of\s+"
                                  r"(?:[\w-]+\s+){0,3}?(?:North\s+Koreans|defectors|refugees|escapees|people)\s+"
                                  r"(?:have|had)\s+(?:\w+ly\s+)?$")
PART_OF_MANY = re.compile(r"(?i)\b(?:most|many|all|some|none|half)\s+of\s+(?:the\s+)?(?:tens\s+of\s+|hundreds\s+of\s+)?"
                          r"(?:thousands|hundreds)\s+of\b[^.;]{0,60}$")
# a group whose size is not told, as the subject ("a group of North Korean kitchen staff escaped to the South"):
# one happening, not a kind of person
# ("a group of", "the first group of": people of untold number, one happening)
A_GROUP_OF = re.compile(r"(?i)\b(?:a|another|the\s+(?:first|second|third|next|latest|last|final))\s+(?:small\s+|large\s+|new\s+)?"
                        r"group\s+of\s+(?:[\w'’-]+\s+){0,6}$")
# "deported a large number of North Koreans": the people sent, counted only as many
LARGE_NUMBER_AFTER = re.compile(r"(?i)\s+(?:back\s+)?(?:a\s+(?:large|great|huge|significant|big)\s+number|hundreds|thousands|scores)\s+of\s")
# "the ship's crew were freed and sent home": a ship's whole crew, a group the text knows, not counted
THE_CREW_BEFORE = re.compile(r"(?i)\bthe\s+(?:[\w-]+\s+){0,2}?(?:crew|crewmen|crew\s+members|sailors|seamen)\s+"
                             r"(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:all\s+)?(?:[\w-]+\s+(?:and|then)\s+)?$")
VAGUE_GROUP = re.compile(r"(?i)\b(?:thousands|hundreds|tens\s+of\s+thousands|scores|countless|many)\s+(?:of\s+)?")
# a wire's stamp heading its first sentence: "SEOUL, Nov. 1 (UPI) --", "Hanoi, May 2 (VNA) Vietnam said"
DATELINE_HEAD = re.compile(r"[A-Z][A-Za-z.'’ -]{2,40},[^\n]{0,40}?(?:\([A-Z][\w ]{1,20}\)\s*)?(?:--|—|–|\s-\s)|"
                           r"[A-Z][A-Za-z.'’ -]{2,40},[^\n(]{0,40}?\([A-Z][\w ]{1,20}\)(?=\s+[A-Z])")
# ("the first defector elected to parliament", "the only escapee to win a medal"): after a people noun, a feat
FEAT_AFTER = re.compile(r"(?i)\s+(?:ever\s+)?(?:(?:to\s+(?:be\s+|have\s+been\s+)?)?(?:elected|appointed|named|awarded|admitted|"
                        r"hired|ordained|chosen)|to\s+(?:win|serve|hold|become|run|earn|graduate|publish|receive|lead|head|"
                        r"sit|stand|compete|play|perform|teach|open|start|found|launch))\b")
# "the top-ranking DPRK defector", "its most senior defector": a person by rank
RANK_BEFORE = re.compile(r"(?i)\b(?:highest|top|most\s+senior|senior-most|highest-profile|most\s+prominent|best-known|"
                         r"most\s+famous)(?:-ranking|-level)?\s+(?:[\w-]+\s+){0,3}?$")
SUPERLATIVE_BEFORE = re.compile(r"(?i)\b(?:largest|biggest|first|latest|worst|most\s+\w+|highest-profile|"
                                r"highest-ranking|only|last)\s+(?:[\w-]+\s+)?$")
RECORD_TO_HAVE = re.compile(r"(?i)\b(?:first|highest[\w-]*|most\s+senior|most\s+high[\w-]*|only|biggest|largest|top|"
                            r"senior-most)\s+(?:[\w-]+\s+){0,3}?(?:known\s+|reported\s+)?to\s+(?:have\s+)?$")
SINCE_NEAR = re.compile(r"(?i)[^.;]{0,40}?\bsince\s+(?:(?:19|20)\d\d|the\s+(?:19|20)\d0s|(?:January|February|March|April|May|June|July|August|September|October|November|December|last|the\s+end)\b)")
DENIED_BEFORE = re.compile(r"(?i)\b(?:den(?:y|ies|ied|ying)|dismiss(?:es|ed|ing)?|reject(?:s|ed|ing)?|blast(?:s|ed|ing)?|refut(?:es|ed|ing)|"
                           r"debunk(?:s|ed|ing)?)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:reports?|rumou?rs?|claims?|speculation)\s+"
                           r"(?:that\s+)?[^.;]{0,80}$")
RUMOUR_AFTER = re.compile(r"(?i)\s+(?:rumou?rs?|hoax|speculation)\b")
# the victims of a killing are no one's group: "confessed to killing 16 fellow crew members"
VICTIMS_BEFORE = re.compile(r"(?i)\b(?:kill(?:ed|ing)?|murder(?:ed|ing)?|slain|slew|shot|injur(?:ed|ing)|wound(?:ed|ing)?)\s+"
                            r"(?:at\s+least\s+|some\s+|about\s+)?$")
FOUNDED_BEFORE = re.compile(r"(?i)\b(?:founded|established|built|set\s+up|opened|launched|created)\s+(?:in\s+|on\s+)?$")
HE_SHE_SUBJECT = re.compile(r"(?i)\b(?:he|she|the\s+(?:soldier|man|woman|diplomat|waitress|worker|envoy|ambassador|official|"
                            r"prisoner|captive|defector))\b(?=(?:[^.;]|\.(?=\w)|(?<=\b[A-Z])\.){0,80}$)")     # (an initialism's dots: "a U.S. official")
# a flight's own subject or owner told by a pronoun ("he later escaped to China", "details his subsequent escape"): one
# person, the one a sentence before named (``named_before``)
PRONOUN_OWNER = re.compile(r"\b(?:(?P<he>[Hh]e|[Ss]he)\s+(?:[a-z]+\s+){0,3}"
                           r"|(?P<his>[Hh]is|[Hh]er)\s+(?:[a-z]+\s+){0,2})$")
# "Five fishermen were rescued. All were sent back": a plural subject opening its sentence, who they are told just before
THEY_AUXILIARIES = r"(?:(?:were|was|have|had|been|then|later|eventually|also|all|both|[a-z]+ly)\s+){0,3}"
THEY_SUBJECT = re.compile(r"(?:They|All(?:\s+of\s+them)?|Both(?:\s+of\s+them)?)\s+" + THEY_AUXILIARIES)
NO_PEOPLE_AFTER = re.compile(r"\s+(?:case|instance|example|occasion|time|way|day|week|month|year)s?\b")
THEY_RIGHT_BEFORE = re.compile(r"\b(?:and|but|so|then|when|after|as)\s+they\s+" + THEY_AUXILIARIES + "$")
RECORD_FIGURE = re.compile(r"(?i)\b(?:the\s+)?(?:highest|lowest|largest|smallest|biggest|record)\s+(?:annual\s+|yearly\s+)?"
                           r"(?:figure|number|tally|total|level|count)\b")
# ("the first such defection by a North Korean in the former colony in 20 years")
RECORD_SPAN_AFTER = re.compile(r"(?i)[^.;]{0,80}?\bin\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|many|"
                               r"several)\s+)?(?:years|decades)\b")
SINCE_AFTER = re.compile(r"(?i)\s+(?:of\s+(?!(?:its|the)\s+kind\b)(?:[\w'’-]+\s+){1,3}?)?"    # ("the first deportation of North
                         r"(?:since|in\s+(?:years|decades|a\s+decade|history)|ever|of\s+(?:its|the)\s+kind)\b")   # Koreans since")
# after another land's name as an adjective: its people ("Saudi sisters who sought asylum", "Vietnamese workers were
# deported"): another state's nationals, whose flight or return the tool does not follow
NATIONALS_AFTER = re.compile(r"[ \t]+(?:[\w-]+[ \t]+)?(?:sisters|brothers|nationals|citizens|women|men|girls|boys|"
                             r"teenagers|students|workers|migrants|couple|family|families|dissidents|activists|"
                             r"woman|man|girl|boy|teenager|student|worker|migrant|dissident|activist)\b")


def others_nationals(doc: Document, start: int, trigger: int) -> bool:
    """Whether a flight's or a return's clause tells of another land's people, by that land's adjective before
    them, and never names the North near its trigger ("a Japanese man who fled North Korea" fled the North)."""
    text = doc.text
    if NORTH_NAMED.search(text, start, min(len(text), trigger + 40)):
        return False
    return any(start <= p.start < trigger and p.place.kind == "country" and p.place.country not in HOME
               and text[p.start:p.end][:1].isupper() and text[p.start:p.end] != p.place.name     # (its adjective)
               and NATIONALS_AFTER.match(text, p.end) for p in doc.places)


OTHER_PEOPLE_BEFORE = re.compile(r"(?i)(?<!\bthe\s)(?<!\band\s)(?<!\bwith\s)\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                                 r"several|some|dozens\s+of)\s+other\s+|\banother\s+(?:\d[\d,]*|two|three|four|five|six|"
                                 r"seven|eight|nine|ten|eleven|twelve|group)\b")
GENERIC_PEOPLE_BEFORE = re.compile(r"(?i)(?:^|[,;:]\s+|\b(?:said|say|says|that|and|of|for)\s+)(?:North\s+Korean\s+)?"
                                   r"(?:people|North\s+Koreans|defectors|refugees|escapees|women|anyone|those)\s+"
                                   r"(?:who\s+are\s+|who\s+have\s+been\s+)?(?:forcibly\s+)?$")
FATE_AFTER = re.compile(r"(?i)[^.;]{0,120}?\b(?:can|could|may|might|face|faces|risk|risks|are\s+(?:often|routinely|usually|"
                        r"typically|then|subjected))\b")
INDEFINITE_BEFORE = re.compile(r"(?i)\b(?:a|an)\s+(?:[\w-]+\s+){0,3}?$")
WISH_TO_GO = re.compile(r"(?i)\b(?:desire|wish|willingness|intention|wanted|wished)\s+to\s+(?:return|go\s+back|be\s+)")
# (a tally: "a total of", "so far", "this year" -- not "had tried on three occasions before he fled")
_SOME_OCCASIONS = (r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|numerous)\s+"
                   r"(?:separate\s+|different\s+)?occasions\b")
OCCASIONS = re.compile(r"(?i)\bon\s+a\s+total\s+of\s+" + _SOME_OCCASIONS + r"|\bon\s+" + _SOME_OCCASIONS
                       + r"[^.;]{0,40}?\b(?:so\s+far|this\s+year|in\s+total|since)\b")
# a sentence opening on a condition ("If ...,", "In case ...,") whose verbs are in the present: what is done whenever
CONDITION_OPENING = re.compile(r"(?i)\W*(?:if|in\s+case|in\s+the\s+event\s+(?:that\s+)?|whenever|unless)\b[^.;]{3,160}?,\s")
PAST_IN = re.compile(r"(?i)\b(?:was|were|had|did|would|could|might)\b|\b\w+ed\s+(?!alive\b|by\b)\w")
RETURN_NOUN = re.compile(r"(?i)(?:repatriations?|deportations?|expulsions?)")
KIND_ONLY = re.compile(r"(?i)(?:group|mass)\s+$")
# plural nouns a trigger can be ("when the UN passed additional sanctions"): not a verb in the present, so no habit
PEOPLE_NOUN_TRIGGER = re.compile(r"(?i)(?:defectors?|escapees?|deserters?)")   # nouns for the people, not the happening
WHO_DID = re.compile(r"(?i)\s+(?:who|that)\s+(?:had\s+|have\s+|has\s+)?(?:(?:\w+ly|later|then|first|all)\s+)?")   # (a relative clause's verb)
# ("a group of defectors now living in the South testified"): people who once fled, told as who they are now
# ("refugees who settle in the South"): people at large, doing it in the present
BARE_PLURAL_WHO = re.compile(r"(?i)(?<!\bthe\s)(?<!\bthese\s)(?<!\bthose\s)(?<!\d\s)\b(?:North\s+Koreans|defectors|"
                             r"refugees|escapees|people|workers|women|men)\s+who\s+$")
PRESENT_BASE = re.compile(r"(?i)(?!(?:fled|came|ran|left|went|made|got|sought|took|won|slipped|crept|swam|stole)$)"
                          r"[a-z]+(?<!ed)(?<!s)")
AUX_AFTER = re.compile(r"(?i)\s*(?:(?:have|has|had|were|was|are|been|being|later|also|reportedly|since|"
                       r"voluntarily)\s+)*")
COUNTED_BEFORE_NOUN = re.compile(r"(?i)(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|"
                                 r"\w+ty|dozen))\b[\w\s'’-]*$")
AGENT_BEFORE = re.compile(r"(?i)\b(?:run|owned|operated|managed|staffed|founded|set\s+up|opened|started|led)\s+by\s+"
                          r"(?:an?\s+|the\s+)?(?:group\s+of\s+)?(?:[\w-]+\s+){0,2}$")
RESIDENTS_AFTER = re.compile(r"(?i)\s+(?:who\s+(?:are|were)\s+)?(?:now\s+)?(?:living|resettled|settled|residing)\s+in\b")
# ("about 150 defectors live in Canada", "a dozen defectors call Ohio home"): those who live
# there now, a standing number of people and no flight told
LIVE_THERE_NOW = re.compile(r"(?i)\s+(?:now\s+)?(?:live|reside|call)\s+(?:in\b|(?:the\s+|a\s+)?(?-i:[A-Z]))")
THE_PEOPLE_BEFORE = re.compile(r"(?i)\b(?:the|these|those)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                               r"twelve|thirteen)?\s*(?:North\s+Korean\s+)?(?:(?:female|male|women|young|former)\s+)?$")
PLURAL_NOUN_TRIGGER = re.compile(r"(?i)sanctions|resolutions|defections|defectors|repatriations|deportations|closures|"
                                 r"openings|escapes|returns|advisories|ultimatums|boycotts")
# ("the plants here told their partners they would stop taking workers from the North"): firms that
# stop hiring the North's workers choose so; no state's measure
FIRMS_REFUSE_BEFORE = re.compile(r"(?i)\b(?:factories|companies|firms|businesses|employers|plants|enterprises)\s+"
                                 r"(?:(?:here|there|in|of|across|around)\s+(?:[\w-]+\s+){0,3}?)?(?:(?:have|has|had)\s+)?"
                                 r"(?:(?:notified|told|informed|said|announced|decided|warned)\s+(?:[\w-]+\s+){0,5}?(?:that\s+)?"
                                 r"(?:they|it)\s+)?(?:will|would|could|have|had|has|are|were|say|said)\s+$")
UNTIL_BEFORE = re.compile(r"(?i)\b(?:until|till|unless)\s+(?:[\w'’-]+\s+){0,4}$")
PAST_FORM = re.compile(r"(?i)ed\b|\b(?:shut|was|were|had|has|have)\b")    # ("until it closed in 2017", "until it was shut")
TEMPORAL_BEFORE = re.compile(r"(?i)\b(?:after|before|when|whenever|until|till|once|while)\s+(?:[\w'’-]+\s+){0,4}$")
DOCUMENT_AFTER = re.compile(r"(?i)\s+(?:[\w.-]+\s+){0,4}?(?:report|statement|survey|white\s+paper|study|census|"
                            r"yearbook|review|submission)s?\b|\s+(?:[A-Z][\w-]+\s+){0,3}(?:Convention|Treaty|Protocol|Act|Law|Accord|"
                            r"Agreement|Charter)\b")     # ("its 1951 Refugee Convention": a law's year)
METADATA_BEFORE = re.compile(r"(?i)\b(?:date|published|updated|posted|modified)\s*:?\s*$")   # a page's own stamp
HE = re.compile(r"\b(?:he|his|him)\b")
SHE = re.compile(r"\b(?:she|her|hers)\b")
LANGUAGE_BEFORE = re.compile(r"(?i)\b(?:languages?|fluent\s+in|speaks?|spoke|speaking|translat\w*)\b[^.;]*$")
POSTED_TO = re.compile(r"(?i)\b(?:ambassador|envoy|diplomat|embassy|consul|charg[eé]\s+d['’]affaires|mission|attach[eé])"
                       r"\s+(?:[\w-]+\s+){0,2}?(?:to|in)\s+(?:the\s+)?$")
OWN_MISSION_BEFORE = re.compile(r"(?i)(?:(?:North\s+Korea(?:n|['’]s)|N\.\s*Korea(?:n|['’]s)|Pyongyang['’]s|DPRK|"
                                r"(?:his|her|their|the)\s+(?:[\w-]+\s+)?(?:country['’]s|nation['’]s|state['’]s|regime['’]s|"
                                r"kingdom['’]s))\s+(?:[\w-]+\s+){0,2}?|"     # ("the reclusive state's embassy in Stockholm")
                                # "a North Korean diplomat at the embassy in London": the post of the diplomat just named
                                r"(?:diplomat|envoy|ambassador|attach[ée]|consul|counsell?or|official|staffer)s?\s+"
                                r"(?:at|of|in|from)\s+(?:the|its|their|his|her)\s+)"
                                r"(?:embassy|consulate|mission)\s+(?:in|to)\s+(?:the\s+)?$")
STATES_OWN_BEFORE = re.compile(r"(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?['’]s?\s+(?:(?:forcible|forced|mass|latest|"
                               r"recent|continued|illegal)\s+){0,2}$")
STATE_PRONOUN_BEFORE = re.compile(r"\bit\s+(?:had\s+|has\s+|have\s+)?(?:already\s+|\w+ly\s+)?$")
THE_COUNTRY = re.compile(r"(?i)\b(?:the|this)\s+country\b")
COUNTRY_REFERENCE_REACH = 1500     # characters back in which "the country" finds the country it means
FRONTED_REACH = 50     # a date this close to its clause's start, before every trigger, frames the whole clause
SPEAKS_AFTER = re.compile(r"(?i)\s*,?\s*(?:who\s+\w+\s+)?(?:said|says|told|tells|confirmed|added|reported|explained|hinted|"
                          r"hints|suggested|suggests|noted|notes|insisted|stressed|argued|admitted|warned|disclosed|"
                          r"revealed|claimed|claims|stated|announced)\b")
TELLERS_WORKPLACE = re.compile(r"(?i)\b(?:according\s+to|told\s+by)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}"
                               r"(?:at|of|from)\s+(?:the\s+)?$")
# "the opening of a branch", "the defection en masse of 13 restaurant workers": the noun's own complement tells a new
# happening, not one told before
NEW_COMPLEMENT = re.compile(r"(?i)(?:\s+(?:en\s+masse|itself|last\s+\w+|this\s+\w+))?\s+of\s+(?:(?:around|about|some|nearly|over|more\s+than|"
                            r"at\s+least|up\s+to|as\s+many\s+as)\s+)?(?:a|an|another|\d[\d,]*|two|three|four|five|six|"
                            r"seven|eight|nine|ten|eleven|twelve|thirteen|its\s+(?:first|second|third|new)|"
                            r"the\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:branch|outlet)|"   # ("the opening of the Phnom Penh branch")
                            # ("the defection of the embassy's No. 2 official", "the escape of Ri Song Il"): someone's own
                            r"the\s+(?:[\w.'’-]+\s+){0,4}?(?:official|diplomat|envoy|ambassador|minister|counsell?or|"
                            r"secretary|attach[eé]|consul|officer|deputy)|"
                            # ("the deportation of North Korean refugees hiding in Laos"): the North's people, told
                            # with the land they are sent from
                            r"(?:North\s+Korean|DPRK|N\.\s*Korean)\s+(?:[\w-]+\s+)?(?:defectors|refugees|escapees|workers|"
                            r"labou?rers|nationals|citizens|women)\s+(?:staying|living|hiding|held|detained|working)\s+"
                            r"(?:in|from)\s+(?-i:[A-Z])\w+|"
                            # ("the defection of DPRK cooks from a hotel in Laos"): the North's
                            # people, told with the workplace they left
                            r"(?:North\s+Korean|DPRK|N\.\s*Korean)\s+(?:[\w-]+\s+)?(?:waitress(?:es)?|workers|"
                            r"employees|staff|women|labou?rers|diplomats|officials|cooks|chefs|waiters)\s+from\s+"
                            r"(?:a|an|the|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:restaurant|embassy|consulate|mission|"
                            r"factory|hotel|work\s*site)s?|"
                            r"(?!North\b|South\b)(?-i:[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}))\b")
# a verb that tells the happening goes on or begins ("Beijing resumed its repatriations of ...", "the police carried
# out the deportations"): the noun after it is that happening, asserted, not one told before
ASPECT_BEFORE = re.compile(r"(?i)\b(?:resum|restart|began|begun|begin|start|launch|continu|carr(?:y|ied|ies)\s+out|conduct|"
                           r"complet|step(?:ped|s)?\s+up|stag)\w*\s+(?:the|its|their)\s+(?:(?:mass|forced|forcible)\s+)?$")
# ... or the happening told after it ("the expulsion of the loggers, which began last spring")
ASPECT_AFTER = re.compile(r"(?i)(?:\s+of\s+[^.;:()]{1,80}?)?,?\s+(?:which|that)\s+(?:has\s+|had\s+)?(?:started|began|begun|"
                          r"took\s+place|happened|got\s+under\s+way)\b")
POSSESSIVE_ANAPHOR = re.compile(r"(?i)\b(?:its|their)\b")
# "... with his wife and a child": family, by the possessive ("with another two": others)
COMPANIONS_BEFORE = re.compile(r"(?i)\bwith\s+(?:another\s+)?$")
FELLOW_NATIONALS = re.compile(r"(?i)\s+(?:other\s+|fellow\s+)?(?:compatriots|countrymen|countrywomen|North\s+Koreans|"
                              r"(?:North\s+Korean\s+)?(?:colleagues|co-workers|workers|labou?rers|women|waitresses)|"
                              r"(?:of\s+(?:his|her)\s+)?(?:family\s+members|relatives|kin))\b")
POSSESSIVE_START = re.compile(r"(?i)(?:his|her|their)\b")
# "51-year-old Kim Song-il, along with his wife and three children, defected", "Ri fled North Korea with his wife": the
# named one and those with them
NAMED_WITH = re.compile(r"\b(?P<name>[A-Z][a-z]+(?:\s[A-Z][a-z]+|-[A-Z]?[a-z]+){1,2})\s*,?\s+"
                        r"(?:(?:has\s+|had\s+|have\s+)?(?:[a-z]+ed|fled|left|came|went|ran|slipped)\s+"
                        r"(?:(?:to|into|from|out\s+of)\s+)?"
                        r"(?:(?:North|South)\s+Korea\s+|China\s+|Seoul\s+|the\s+(?:North|South)\s+)?)?"
                        r"(?:along\s+|together\s+)?with\s+$")
NOT_A_NAME_BEFORE = re.compile(r"(?:\b(?:in|to|from|at|of)|[A-Z][\w'’-]*)\s+$")     # ("in Salt Lake City with")
PAIR = re.compile(r"(?i)(?:a|the)\s+(?:[\w-]+\s+){0,2}?couple\b(?!\s+of\s+(?:days|weeks|months|years|hours|minutes|times|"
                  r"decades|miles|kilomet\w+|dollars|things)\b)")     # ("a couple of North Koreans"; not "a couple of weeks")
HOTEL = re.compile(r"(?i)\bhotel\b")


@lru_cache(maxsize=1)
def count_patterns() -> dict[str, re.Pattern]:
    """The patterns built from lexicons (tying a number to the people it counts, a route cue before a place),
    compiled once."""
    people = lexicon()[5].pattern
    return {
        "attached": re.compile(r"\s+" + PEOPLE_AFTER + r"(?:" + people + r")", re.IGNORECASE),
        "the_before": re.compile(r"(?i)\bthe\s+(?:other\s+|remaining\s+)?$"),     # ("the other three were deported")
        "anaphoric_after": re.compile(r"\s+(?:who|were|had|have|arrived|in|-|–|felt|[a-z]+ed\b)"),
        "subject": re.compile(r"\s+(?:have|had|has|were|are)\s+(?:now\s+|since\s+|already\s+)?"
                              r"(?:gone|left|returned|fled|defected|arrived|been)"),
        # ("two of the five sailors": the part that went; "six of the 30 have been sent back": of a group counted before)
        "of_group": re.compile(r"\s+of\s+(?:the|their|its)\s+(?:(?:\d+\s+|[a-z]+\s+)?" + PEOPLE_AFTER + r"(?:" + people + r")|"
                               r"\d[\d,]*\s+(?:who\s+)?(?:have|had|has|were|are)\b)", re.IGNORECASE),
        "noun": re.compile(r"\s+" + PEOPLE_AFTER + r"(?P<p>" + people + r")", re.IGNORECASE),
        "route_lead": re.compile(r"(?:" + lexicon()[8].pattern + r")\s+(?:[\w'’-]+\s+){0,3}?$", re.IGNORECASE),
        # ("After questioning, the fishermen voiced a wish to defect"): a definite plural subject, named by noun
        "the_subject": re.compile(r"\b(?:the|these|those)\s+(?P<p>" + people + r")\s+" + THEY_AUXILIARIES
                                  + r"(?:(?:expressed|voiced|stated|conveyed)\s+(?:a|an|their)\s+"
                                  + r"(?:strong\s+|clear\s+)?)?$", re.IGNORECASE),
    }


def find_count(doc: Document, a: int, b: int, trigger: tuple[int, int]):
    """(count, count_max, approx, male, female) of the people an event in text[a:b] concerns."""
    key = ("count", a, b, trigger)
    if key not in doc.memo:
        doc.memo[key] = _find_count(doc, a, b, trigger)
    return doc.memo[key]


HELPERS_NAMED = re.compile(rf"(?i)\s+(?:[\w-]+\s+){{1,2}}?{HELPING}")     # (the number's noun, then who they helped)
RELATED_PEOPLE = re.compile(r"(?i)\s+(?:[\w'’-]+\s+){0,2}?(?:colleagues|co-?workers|relatives|families|family\s+members|"
                            r"friends|parents|children|lawyers|classmates|acquaintances)\s+of\s+(?:the|these|those|their|"
                            r"his|her)\b")


PARTITIVE_SUBJECT = re.compile(r"(?i)\b(?:some|many|most|several|others|all|few|none)\s+of\s+(?:the|these|those|them|their)\b")
A_DOZEN = re.compile(r"(?i)(?:a\s+)?dozen")
PARTS_NAMED_BEFORE = re.compile(r"(?i)\b(?:including|among\s+them|among\s+whom|of\s+whom)\s+$")
HEAD_NOUN_GAP = re.compile(r"(?:\s+[\w'’.-]+){1,4}\s*,?\s*")     # ("13 DPRK nationals, ")


def whole_of(doc: Document, g: Group, lo: int) -> Group | None:
    """A group whose parts are named after "including" is the whole counted before them ("five escapees, including a
    boy and a pregnant woman" are five; "the nine, including eight cooks and their chef", nine, the sexes of its parts);
    parts with no whole counted are no group; any other group is itself."""
    text = doc.text
    m = PARTS_NAMED_BEFORE.search(text, max(lo, g.start - 20), g.start)
    if m is None:
        return g
    head = next((n for n in reversed(doc.within(doc.numbers, max(lo, m.start() - 60), m.start()))
                 if HEAD_NOUN_GAP.fullmatch(text, n.end, m.start())), None)
    if head is None or head.approx or head.value_max is not None or head.value >= STATISTIC_COUNT:
        return None
    count = int(head.value)
    whole = g.count == count
    return Group(head.start, g.end, count, g.male if whole else None, g.female if whole else None, g.items)


# "escaped to China in 2001, leaving his wife and two sons behind": those who stayed are none of the flight's people
LEFT_BEHIND_BEFORE = re.compile(r"(?i)\b(?:leaving|left|leave|leaves|abandoning|abandoned)\s+(?:behind\s+)?$")
BEHIND_AFTER = re.compile(r"(?i)\s+behind\b")


def left_behind(text: str, g: Group) -> bool:
    return bool(LEFT_BEHIND_BEFORE.search(text, max(0, g.start - 20), g.start) or BEHIND_AFTER.match(text, g.end))


# "After he defected, his wife and one daughter were sent to a camp": a sentence opened by a clause of time, the
# trigger in it; the people after its comma are the main clause's, not the flight's
TIME_CLAUSE_OPENING = re.compile(r"(?i)\s*(?:[\w-]+\s+){0,2}?(?:after|when|before|once|since|until|as\s+soon\s+as)\s+"
                                 r"[^,;]*$")


def in_main_clause(text: str, lo: int, trigger: tuple[int, int], g: Group) -> bool:
    return bool(TIME_CLAUSE_OPENING.match(text, lo, trigger[0])) and "," in text[trigger[1]:g.start]


def _find_count(doc: Document, a: int, b: int, trigger: tuple[int, int]):
    trig, block_all, block, nouns, status, people, female_w, male_w, transit, kinds = lexicon()
    text = doc.text
    si = doc.sentence_of(a)
    lo, hi = (doc.sentences[si].start, doc.sentences[si].end) if si >= 0 else (a, b)
    # over the sentence: a group phrase runs across clause breaks ("12 waitresses, and their manager")
    key = ("groups", lo, hi)
    if key not in doc.memo:
        doc.memo[key] = find_groups(text, lo, hi)
    composed = [whole_of(doc, g, lo) for g in doc.memo[key] if g.start < b and g.end > a
                and g.count is not None and (g.items >= 2 or PAIR.match(text, g.start)) and g.count < STATISTIC_COUNT
                and not tellers(text, g.start, g.end) and not left_behind(text, g)
                and not in_main_clause(text, lo, trigger, g)]
    composed = [g for g in composed if g is not None]
    companions = [g for g in doc.memo[key] if g.start < b and g.end > a and g.count is not None
                  and COMPANIONS_BEFORE.search(text, max(lo, g.start - 8), g.start)
                  and POSSESSIVE_START.match(text, g.start)]
    if companions:
        # "the diplomat arrived in Seoul with his wife and a child": the lone person and those with them
        g = companions[0]
        before = [x for x in doc.memo[key] if x.end <= g.start and x.count == 1 and x.items == 1]
        lone = before[-1] if before else None      # "the diplomat", "a waitress": the one the companions are with
        named = NAMED_WITH.search(text, max(lo, g.start - 60), g.start)
        if named and ("Korea" in named.group("name") or NOT_A_NAME_BEFORE.search(text, max(0, named.start() - 20),
                                                                                   named.start())):
            named = None
        if (lone and not tellers(text, lone.start, lone.end)) or named:
            his = text[g.start:g.start + 4].lower().startswith("his")
            her = text[g.start:g.start + 4].lower().startswith("her")
            return (g.count + 1, None, False, (g.male or 0) + his or None, (g.female or 0) + her or None)
    lone = single_person().search(text, a, trigger[1]) or one_of_the_norths_by_trade().search(text, a, trigger[0]) \
        or PRONOUN_SUBJECT.search(text, a, trigger[0])
    if lone is not None and not tellers(text, lone.start(), lone.end()):
        for n in doc.within(doc.numbers, lone.end(), b):
            if COMPANIONS_BEFORE.search(text, max(a, n.start - 20), n.start) and FELLOW_NATIONALS.match(text, n.end) \
                    and not n.approx and n.value_max is None and n.value < STATISTIC_COUNT:
                # "a North Korean labourer queued with 40 compatriots for a flight home", "she decided to escape
                # with another two North Korean workers": the one and the others
                return int(n.value) + 1, None, False, None, None
    if composed:   # "a diplomat, his wife and two sons", "eight waitresses and their manager", "the couple"
        g = min(composed, key=lambda g: abs(g.start - trigger[0]))
        # "about 20 ... and two cooks" is hedged; "a manager and a dozen women" is not (a dozen among the parts counts twelve)
        hedged_group = any(n.approx and not A_DOZEN.fullmatch(text, n.start, n.end)
                           for n in doc.numbers if n.end > g.start and n.start < g.end)
        return g.count, None, hedged_group, g.male, g.female
    male = female = None
    m = split_search(doc, SPLIT_MF, a, b)
    if m:
        male = 1 if m.group("m").lower() in ("a", "one") else _int(m.group("m"))
        female = _int(m.group("f"))
    else:
        m = split_search(doc, SPLIT_FM, a, b)
        if m:
            female, male = _int(m.group("f")), 1
    candidates = []
    whole_first = False
    for n in doc.within(doc.numbers, a, b):
        if n.is_year or n.money or n.value >= 100000 or n.hedge in ("thousands", "hundreds", "dozens", "tens of thousands"):
            continue
        if any(d.start <= n.start < d.end for d in doc.dates):
            continue
        after = text[n.end:n.end + 60]
        before = text[max(a, n.start - 12):n.start]
        if NOT_PEOPLE_UNIT.match(after):
            continue
        if across_semicolon(text, (n.start, n.end), trigger):
            continue  # "three men held on shore were jailed; the crew were deported": another clause's people
        if AGE_BEFORE.search(before) and AGE_AFTER.match(after):
            continue  # an age: "Kim, 23," / "aged 29"
        if AT_AGE_BEFORE.search(before):
            continue  # "who fled at age 14", "at the age of 15": an age
        if tellers(text, n.start, n.end):
            continue  # "according to two people with knowledge of the case": who tells, not who fled
        if RELATED_PEOPLE.match(after):
            continue  # "seven former colleagues of the defectors": people known by their tie to them, not them
        if HELPERS_NAMED.match(after):
            continue  # "14 escapees and two men who were guiding them": the guides, not who fled
        if EXCEPTED_BEFORE.search(text[max(a, n.start - 20):n.start]):
            continue  # "all women except for one male manager": a part of the group, not who went
        if ONE_OF_BEFORE.search(before) and n.end < trigger[0] and THEIR_DOING.match(text, n.end, trigger[0]):
            # "one of the 13 workers who took part in the group defection": the group's doing, and its size
            candidates.append((False, False, abs(n.start - trigger[0]), n, None))
            continue
        if ONE_OF_BEFORE.search(before) or PART_OF_BEFORE.search(before) or VICTIMS_BEFORE.search(before):
            continue  # "one of the two soldiers captured", "90 of their 192 workers": the part the event is of
        if MANY_OF_BEFORE.search(before) and not (n.end < trigger[0] and THEIR_CLAUSE.match(text, n.end, trigger[0])):
            continue  # "many of the 1,000 or so workers there have gone home": some of them, how many untold (but
            #           "most of the 200 defectors who were sent back": the 200 were)
        if SUBSET_BEFORE.search(before):
            continue  # "all men, including two soldiers": some of the group, not its size
        if WHOLE_FIRST.fullmatch(text, lo, n.start) and "," in text[n.end:trigger[0]]:
            whole_first = True
            continue  # "Of the 900 defectors in Tonga, 12 went back": the whole, told first; the part went
        if whole_first and n.end <= trigger[0] and not text[n.end:trigger[0]].strip():
            candidates.append((False, False, abs(n.start - trigger[0]), n, None))
            continue  # (the part, the verb's bare subject: "..., 12 went back")
        rx = count_patterns()
        attached = bool(rx["attached"].match(after)) \
            or bool(GROUP_OF_BEFORE.search(text, max(a, n.start - 40), n.start)) and not rx["noun"].match(after)
        anaphoric = bool(rx["the_before"].search(before)) and bool(rx["anaphoric_after"].match(after))
        subject = bool(rx["subject"].match(after))
        of_group = bool(rx["of_group"].match(after))
        if attached or anaphoric or subject or of_group:
            noun = rx["noun"].match(after)
            candidates.append((belongs_elsewhere(doc, a, b, n, trigger), not attached, abs(n.start - trigger[0]), n,
                               noun.group("p").lower() if noun else None))
    count = count_max = None
    approx = False
    if candidates:
        candidates.sort(key=lambda t: (t[0], t[1] if t[0] else False, t[2]))
        n = candidates[0][3]
        count = number_to_int(n)
        count_max = int(round(n.value_max)) if n.value_max else None
        approx = n.approx
        words_after = WORD_TOKEN.findall(text[n.end:n.end + 45].lower())[:5]
        if female is None and male is None and any(w in female_w for w in words_after) \
                and not any(w in male_w for w in words_after):
            female = count
        elif female is None and male is None and MEN_AFTER.match(text, n.end) \
                and not any(w in female_w for w in words_after):
            male = count    # "two North Korean men had fled"
    else:
        s = single_person().search(text, a, b) or KIN_ONE.search(text, a, trigger[0]) \
            or (headline_one().match(text, lo, trigger[0]) if si in doc.headline else None)
        if s and (tellers(text, s.start(), s.end()) or SPEAKS_AFTER.match(text, s.end())):
            s = None    # "a ministry official told Yonhap": who tells, not who fled
        if s and across_semicolon(text, s.span(), trigger):
            s = None    # ("a fourth man pleaded guilty; the crew were deported": another clause's one)
        if s and KIN_OF_BEFORE.search(text, max(a, s.start() - 30), s.start()):
            s = None    # "relatives of a trade envoy have gone missing": he is whose they are, not who went
        if s and s.end() <= trigger[0] and PARTITIVE_SUBJECT.search(text, s.end(), trigger[0]):
            s = None    # "a worker must hold a permit to stay, and some of the workers had left": the some, not the one
        if s and s.start() >= trigger[1] \
                and OTHER_PARTY_BEFORE.search(text, max(trigger[1], s.start() - 40), s.start()):
            s = None    # "she escaped but was sold to a farmer", "was caught by a guard": the other party, not who went
        if s:
            count = 1
            sex = sex_of_noun(s.group("noun"))
            if sex is None:     # "a North Korean soldier ... as he defected": the pronoun that takes him up
                he, she = HE.search(text, s.end(), b), SHE.search(text, s.end(), b)
                sex = "m" if he and not she else "f" if she and not he else None
            if sex == "f":
                female = 1
            elif sex == "m" and s.group("noun").lower() != "manager":
                male = 1
    if male is not None and female is not None:
        total = male + female
        if count is None or count in (male, female) or count == total:
            count = total
    return count, count_max, approx, male, female


def across_semicolon(text: str, span: tuple[int, int], trigger: tuple[int, int]) -> bool:
    """Whether a semicolon stands between a phrase and the trigger: the phrase is another clause's."""
    return ";" in text[min(span[1], trigger[0]):max(span[0], trigger[1])]


# the one a verb after the flight hands its subject to, or whose deed it is: not the one who went
OTHER_PARTY_BEFORE = re.compile(r"(?i)\b(?:(?:sold|married|wed|given|handed|promised|betrothed|resold|trafficked)\s+"
                                r"(?:off\s+|on\s+)?to|by)\s+$")
# the people counted named as men ("two men", "three young North Korean men"), no one else in the group
MEN_AFTER = re.compile(r"(?i)\s+(?:(?!and\b|or\b|with\b)[\w-]+\s+){0,3}?(?:men|males|boys)\b(?!\s+and\b|\s*,)")
KIN_OF_BEFORE = re.compile(r"(?i)\b(?:members|relatives|famil(?:y|ies)|children|kids|sons|daughters|staff|employees|"
                           r"colleagues|associates|dependants|dependents)\s+of\s+$")
# the people counted, then a relative clause the trigger ends ("... cooks from the North who joined the escape")
THEIR_DOING = re.compile(r"(?i)\s+(?:[\w-]+\s+){1,8}?(?:who|that)\s+(?!(?:[\w-]+\s+){0,6}?(?:was|were|is|are)\b)"
                         r"(?:[\w-]+\s+){0,6}$")
# a group's size told bare after its noun ("a family of 17, the biggest group yet, arrived"): the people counted
GROUP_OF_BEFORE = re.compile(r"(?i)\b(?:a|an|the|this|that)\s+(?:[\w-]+\s+)?(?:family|group|band|party)\s+of\s+$")
ONE_OF_BEFORE = re.compile(r"(?i)\bone\s+of\s+(?:the|its|their|these|those)\s+$")
PART_OF_BEFORE = re.compile(r"(?i)\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty)\s+"
                            r"of\s+(?:the|its|their|these|those)\s+$")     # ("three of the five sailors")
# the people counted, then a relative clause the trigger is in ("most of the 40 workers that Laos had deported")
THEIR_CLAUSE = re.compile(r"(?i)\s+(?:[\w-]+\s+){0,8}?(?:who|that)\s+(?:[\w-]+\s+){0,4}$")
MANY_OF_BEFORE = re.compile(r"(?i)\b(?:most|many|some|several|half|a\s+few|a\s+number|dozens|hundreds|thousands)\s+"
                            r"of\s+(?:the|its|their|these|those)\s+$")
WHOLE_FIRST = re.compile(r"(?i)\s*[\"“]?\s*of\s+(?:the|its|their|these|those|all\s+the)\s+(?:(?:over|more\s+than|about|some|"
                         r"nearly|around|roughly|almost|at\s+least)\s+)?")
SUBSET_BEFORE = re.compile(r"(?i)\b(?:including|among\s+them|among\s+whom)\s+$")
TELLERS_BEFORE = re.compile(r"(?i)\b(?:according\s+to|citing|cited|quoting|told|sources?\s+said)\s+(?:some\s+|at\s+least\s+)?$")
TELLERS_AFTER = re.compile(r"(?i)^\s+(?:[\w-]+\s+){0,2}?(?:with\s+(?:knowledge|direct\s+knowledge)|familiar\s+with|"
                           r"close\s+to|briefed\s+on|who\s+(?:declined|spoke|asked))")


# "..., a diplomat said", "according to an embassy official": the role of who tells it, not the event's workplace
ROLE_TELLS_AFTER = re.compile(r"(?i)\s+(?:(?!who\b|that\b|which\b)[\w-]+\s+){0,3}?(?:said|says|told|tells|added|noted|"
                              r"explained|confirmed|claimed)\b")
ROLE_TELLS_BEFORE = re.compile(r"(?i)\b(?:according\s+to|citing|quoting|told\s+by)\s+(?:an?\s+|the\s+|one\s+)?"
                               r"(?:[\w-]+\s+){0,2}$")


# "Fiji starts sending North Korean labourers home — envoy": a headline's teller, after a dash at its end
ROLE_AFTER_DASH = re.compile(r"\s[—–-]\s*(?:[\w'’-]+\s+){0,2}$")
LINE_ENDS = re.compile(r"[ \t]*(?:\n|$)")


def teller_role(text: str, m: re.Match) -> bool:
    """Whether a workplace word names the role of who tells the story ("a diplomat said"), not where it happened."""
    return bool(ROLE_TELLS_AFTER.match(text, m.end(), m.end() + 60)
                or ROLE_TELLS_BEFORE.search(text, max(0, m.start() - 40), m.start())
                or ROLE_AFTER_DASH.search(text, max(0, m.start() - 30), m.start()) and LINE_ENDS.match(text, m.end()))


def workplace_word(text: str, rx: re.Pattern, start: int, end: int) -> bool:
    """Whether ``rx`` finds a workplace word in text[start:end] that is not the role of who tells the story."""
    x = rx.search(text, start, end)
    while x is not None and (teller_role(text, x) or OTHER_STATES_MISSION.search(text, max(0, x.start() - 30), x.start())
                             or refuge_mission(text, x)
                             or PRESS_BEFORE.search(text, max(0, x.start() - 12), x.start())
                             or HANDED_TO_BEFORE.search(text, max(0, x.start() - 50), x.start())
                             or EVADED_BEFORE.search(text, max(0, x.start() - 40), x.start())):
        x = rx.search(text, x.end(), end)
    return x is not None


# "will be passed to North Korean envoys": those who receive the people sent home, not where they worked
HANDED_TO_BEFORE = re.compile(r"(?i)\b(?:" + expand_lemmas("{hand}|{turn}|{transfer}|{deliver}") + r")\s+"
                              r"(?:(?:them|him|her|over)\s+){0,2}to\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}$")
# "evaded border guards", "slipped past the troops": those the one who fled got away from, not where he worked
EVADED_BEFORE = re.compile(r"(?i)\b(?:evad\w+|elud\w+|dodg\w+|avoid\w+|(?:slip\w*|got|gets|getting|sneak\w*|snuck)"
                           r"\s+past)\s+"
                           r"(?:the\s+|(?:North|South)\s+Korean\s+|armed\s+)*$")
PRESS_BEFORE = re.compile(r"(?i)\b(?:news|media|press)\s+$")    # "news outlets reported": the press, no workplace
REFUGE_IN = re.compile(r"(?i)\b(?:South\s+Korean|South\s+Korea['’]s|the\s+South['’]s|Seoul['’]s|U\.?S\.?|American|Japanese|"
                       r"Thai|foreign|a\s+third\s+country['’]s)\s+(?:embassy|consulate|mission)\s+in\s+$")
# (a refuge gone to: "ran to the South Korean embassy in Tonga")
# the states whose missions take in those who flee ("the South Korean embassy", "a third country's consulate")
REFUGE_STATES = (r"South\s+Korean|South\s+Korea['’]s|the\s+South['’]s|Seoul['’]s|U\.?S\.?|American|Japanese|Thai|foreign|"
                 r"a\s+third\s+country['’]s")
TO_REFUGE = re.compile(r"(?i)\bto\s+(?:the\s+|a\s+)?(?:" + REFUGE_STATES + r")\s+(?:embassy|consulate|mission)\s+in\s+$")
# "sought asylum at the South Korean consulate in Vladivostok": another state's mission is a refuge, not the workplace
OTHER_STATES_MISSION = re.compile(r"(?i)\b(?:" + REFUGE_STATES + r"|Chinese|Russian|British|"
                                  # ("China's mission wrote to the Council": a state's own mission, named by its possessive)
                                  r"(?<!North\s)(?!DPRK|Pyongyang|Korea['’]s\s|North['’]s\s)(?-i:[A-Z])[a-z]+['’]s)\s+$")
# ("the Danish embassy", "the Swiss consulate"): any state's adjective but a Korean one (the South's is named above)
# before a mission's noun
FOREIGN_ADJECTIVE = re.compile(r"\b(?!Korean\b)[A-Z][a-z]+(?:an|ish|ese|ic|ss|ch)\s+$")
MISSION_WORD = re.compile(r"(?i)embass(?:y|ies)|consulates?|missions?")
# "barged into the embassy", "scaled the walls of a consulate", "holed up inside the mission": people who got into a
# mission to ask for refuge there, not staff who worked in it
INTO_MISSION_BEFORE = re.compile(r"(?i)\b(?:into|inside|entered|enters|entering|stormed|storming|scaled|scaling|climbed|"
                                 r"climbing|jumped|jumping|holed\s+up\s+(?:in|at)|(?:refuge|asylum|shelter)\s+(?:in|at))\s+"
                                 r"(?:the\s+|a\s+|an\s+)?(?:(?:walls?|fences?|gates?|grounds)\s+(?:of|at)\s+"
                                 r"(?:the\s+|a\s+|an\s+)?)?(?:main\s+|same\s+|nearby\s+|new\s+)?$")
#                                ("had got into the main embassy building": its main building, a refuge too)


def refuge_mission(text: str, x: re.Match) -> bool:
    """Whether a mission's noun names a refuge its people went into, not their post: another state's ("the Danish
    embassy") or one they got into ("barged into the embassy")."""
    return bool(MISSION_WORD.fullmatch(x.group(0)) and (FOREIGN_ADJECTIVE.search(text, max(0, x.start() - 30), x.start())
                                                        or INTO_MISSION_BEFORE.search(text, max(0, x.start() - 60), x.start())))


# '..., an Austrian official said': a state's teller after its adjective
STATES_TELLER_AFTER = re.compile(r"(?i)\s+(?:(?:foreign|interior|justice|government|ministry|embassy|police|"
                                 r"immigration)\s+){0,2}(?:officials?|spokes(?:man|woman|person)|diplomats?|sources?|"
                                 r"ministers?|ministry)\s+(?:(?:[A-Z][\w.-]*\s+){1,3})?(?:said|says|told)\b")
# "a Danish government compound": the state whose mission it is, after its adjective
MISSION_AFTER = re.compile(r"(?i)(?:['’]s)?\s+(?:(?:government|diplomatic|consular|embassy)\s+)?(?:embassy|embassies|consulates?|"
                           r"consulate-general|missions?|compounds?|legation|school|residence)\b")
SAYS_AFTER = re.compile(r"(?i)\s+(?:says|said|reports|reported|claims|claimed)\s+(?:that\s+)?(?:the\s+)?")
# "as the reports by Suva and Tonga to the Council said": a state (or its capital) that reports, not a
# place of the event
# the place a telling was given in ("told journalists in", "a news conference in")
TELLING_PLACE_BEFORE = re.compile(r"(?i)\b(?:told|telling|briefed|briefing|addressed|addressing)\s+(?:journalists|"
                                  r"reporters|correspondents|the\s+press|the\s+media|a\s+(?:news|press)\s+"
                                  r"(?:conference|briefing))\s+in\s+$|\b(?:news|press)\s+(?:conference|briefing)"
                                  r"\s+in\s+$")
REPORTED_BY_BEFORE = re.compile(r"(?i)\b(?:reports?|statements?|letters?|submissions?|filings?|figures|data|notes?)\s+"
                                r"(?:(?:submitted|sent|filed|made|released|written|issued)\s+)?(?:by|from)\s+(?:the\s+)?"
                                r"(?:(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s*(?:,|and|or)\s+(?:the\s+)?)?$")


def tellers(text: str, start: int, end: int) -> bool:
    """Whether a number or group phrase names who tells the story ("two people with knowledge of the case")."""
    return bool(TELLERS_BEFORE.search(text, max(0, start - 20), start) or TELLERS_AFTER.match(text, end, end + 60))


def belongs_elsewhere(doc: Document, a: int, b: int, n: NumberMention, trigger: tuple[int, int]) -> bool:
    """Whether another event trigger stands between a number and this trigger, nearer to the number."""
    trig = lexicon()[0]
    lo, hi = (n.end, trigger[0]) if n.end <= trigger[0] else (trigger[1], n.start)
    mine = trigger[0] - n.end if n.end <= trigger[0] else n.start - trigger[1]
    for rx in trig.values():
        for m in rx.finditer(doc.text, lo, hi):
            if m.span() != trigger and abs(m.start() - n.end) < mine:
                return True
    return False


def _int(word: str) -> int | None:
    from nkwatch.extract.numbers import words_to_int
    w = word.replace(",", "")
    if w.isdigit():
        return int(w)
    return words_to_int(w)


MEDIA_AFTER = re.compile(r"(?i)\s+(?:[\w-]+\s+)?(?:news\s+(?:site|website|agency|outlet|service|portal|channel)|newspaper|daily|"
                         r"media|broadcaster|magazine|website|television|TV\s+(?:channel|station|network)|radio)\b|"
                         r"['’]s\s+(?:[\w'’-]+\s+){0,2}?(?-i:Daily|Times|News|Post|Herald|Tribune|Gazette|Journal|Television|TV|Radio)\b")
# ("China's People's Daily describe these defectors as lumberjacks": who tells it)


QUOTED = re.compile(r"[“\"][^“”\"]+[”\"]")
FACILITY_NAME_AFTER = re.compile(r"\s+(?:Museum|Hotel|Tower|Stadium|Palace|Gallery|Theatre|Theater)\b")
MEDIA_BEFORE = re.compile(r"(?i)\b(?:newspaper|daily|outlet|media|broadcaster|website|magazine|news\s+agency|paper)\s+"
                          r"(?:[\w-]+\s+){0,2}?(?:published|printed|issued)\s+in\s+$")


REGIONS_LISTED = re.compile(r"(?:\s*,\s*|\s+and\s+)(?:[A-Z][\w'’-]+\s+){1,2}(?i:provinces|regions|oblasts)\b")


TELLERS_OWN_CLAUSE = re.compile(r"\b(?:according\s+to|(?i:said|told|says))\s+(?:(?i:Mr|Ms|Dr)\.?\s+)?[A-Z][\w'’-]+"
                                r"(?:\s+[A-Z][\w'’-]+){0,3}\s*,\s+(?i:who|a|an|the)\b[^.;,]*$")
OFFICIAL_AFTER = re.compile(r"(?i)\s+(?:officials?|diplomats?|envoys?|agents?|representatives?|consuls?|officers?)\b")
MET_BEFORE = re.compile(r"(?i)\b(?:meet|meets|meeting|met|contact(?:s|ed|ing)?|approach(?:es|ed|ing)?|see|saw|seeing)\s+"
                        r"(?:with\s+)?(?:an?|the|some)\s+$")
COMMENTER_AFTER = re.compile(r"(?i)\s*(?:\([A-Z.]{2,5}\)\s*)?(?:(?:government|officials?|State\s+Department|foreign\s+ministry)\s+)?"
                             r"(?:(?:says|said|has\s+said)\s+(?:it|they)\s+)?(?:is|was|were|are|has\s+been|have\s+been)?\s*"
                             r"(?:very\s+|deeply\s+|extremely\s+|gravely\s+|also\s+)?(?:concerned|dismayed|alarmed|worried|"
                             r"condemned|condemns|criticised|criticized|criticises|criticizes|protested|deplored)\b")


AT_ODDS_WITH_BEFORE = re.compile(r"(?i)\b(?:wars?|tensions?|conflicts?|hostilit(?:y|ies)|rivalry|standoff|"
                                 r"confrontation|"
                                 r"feud|dispute|talks|summit|relations|ties|diplomacy)\s+(?:[\w-]+\s+){0,2}?"
                                 r"(?:with|against|between)\s+(?:the\s+)?$")


def place_slots(doc: Document, a: int, b: int, exclude_countries: set[str]):
    """Workplace (city mention, region, country) named in text[a:b], away from home countries and routes."""
    key = ("place", a, b, frozenset(exclude_countries))
    if key not in doc.memo:
        doc.memo[key] = _place_slots(doc, a, b, exclude_countries)
    return doc.memo[key]


IN_BETWEEN = re.compile(r",?\s+in\s+")


def _place_slots(doc: Document, a: int, b: int, exclude_countries: set[str]):
    city = region = country = None
    for p in doc.within(doc.places, a, b):
        pl = p.place
        if pl.country in HOME or pl.country in exclude_countries or actor_possessive(doc.text, p):
            continue
        if LANGUAGE_BEFORE.search(doc.text, max(a, p.start - 40), p.start) and pl.kind == "country":
            continue  # "fluent in languages including Italian, French": a tongue, not a place
        if ROUTE_BEFORE.search(doc.text[max(a, p.start - 20):p.start]) \
                and not POSTED_TO.search(doc.text, max(a, p.start - 40), p.start):
            continue  # "flew out via Hanoi": a waypoint, not the workplace (but "ambassador to Kuwait" is a post)
        if REFUGE_IN.search(doc.text, max(a, p.start - 50), p.start):
            continue  # "sought asylum at the South Korean consulate in Vladivostok": a refuge, not the workplace
        if pl.kind == "country" and MISSION_AFTER.match(doc.text, p.end):
            continue  # "climbed into a Danish government compound": whose mission it is, not where it stands
        if pl.kind == "country" and STATES_TELLER_AFTER.match(doc.text, p.end):
            continue  # '..., an Austrian official said': who tells it, not where it happened
        if QUOTED.fullmatch(doc.text, max(0, p.start - 1), min(len(doc.text), p.end + 1)):
            continue  # 'the nearby “Sunrise” restaurant': a name in quotes, not a place
        if FACILITY_NAME_AFTER.match(doc.text, p.end):
            continue  # "the Grand Panorama Museum", "the Koryo Hotel": a name, not where it is
        if CUISINE_AFTER.match(doc.text, p.end) and p.surface[-1:] in "nehi":
            continue  # "North Korea's first Italian restaurant": a cuisine, not a place
        if MEDIA_AFTER.match(doc.text, p.end) or MEDIA_BEFORE.search(doc.text, max(a, p.start - 60), p.start):
            continue  # "an American news site has reported", "a newspaper published in Japan": who tells it, not where
        if TELLERS_OWN_CLAUSE.search(doc.text, max(a, p.start - 140), p.start):
            continue  # "according to Tae Yong Ho, who was North Korea's deputy ambassador to Britain": the teller's post
        if COMMENTER_AFTER.match(doc.text, p.end):
            continue  # "The US says it is concerned by reports that China has repatriated ...": who deplores it
        if REPORTED_BY_BEFORE.search(doc.text, max(a, p.start - 60), p.start):
            continue  # "according to reports by Fiji and Tonga to the Council": the states that report it
        if TELLING_PLACE_BEFORE.search(doc.text, max(a, p.start - 60), p.start):
            continue  # "the spokesman told reporters in Oslo": where it was told, not where it happened
        if (says := SAYS_AFTER.match(doc.text, p.end)) and any(
                q.start == says.end() and q.place.kind == "country" and q.place.country != pl.country
                for q in doc.within(doc.places, says.end(), says.end() + 60)):
            continue  # "Fiji says Tonga repatriated half of them": who tells of another state's deed
        if AT_ODDS_WITH_BEFORE.search(doc.text, max(a, p.start - 40), p.start):
            continue  # "would have a war with the United States", "tensions between Washington and": a rival, not
            #           a place
        if OFFICIAL_AFTER.match(doc.text, p.end) and MET_BEFORE.search(doc.text, max(a, p.start - 30), p.start):
            continue  # "had gone to see a U.K. envoy": whom they went to meet, not where they were
        if pl.kind != "country" and heading_only(doc, p):
            continue  # "Navy Officer Held in ...": a capitalised word of a headline names a town only
            #           when the body names it too
        if pl.kind == "city" and GOVERNMENT_ACTS_AFTER.match(doc.text, p.end):
            country = country or pl.country
            continue  # "Beijing had forcibly returned about 400", "Moscow will send home its migrant workers": the capital
            #           for its government, the state's act, not where the people were
        nxt = doc.text[p.end:p.end + 12].lower()
        # ("Shanxi province", "the Kursk region", "Russia's Kursk and Bryansk oblasts": the region, not its city)
        region_word = nxt.startswith((" province", " region", " oblast", " krai")) or bool(REGIONS_LISTED.match(doc.text, p.end))
        # ("Yanji in Jilin": a city's "in" names its province, where a name is both)
        region_word = region_word or any(q.place.kind == "city" and q.end < p.start and IN_BETWEEN.fullmatch(
            doc.text, q.end, p.start) for q in doc.within(doc.places, max(a, p.start - 40), p.start))
        if region_word and pl.kind == "city" and not any(c.kind == "region" for c in p.candidates):
            continue
        if pl.kind == "region" or (region_word and any(c.kind == "region" for c in p.candidates)):
            reg = pl if pl.kind == "region" else next(c for c in p.candidates if c.kind == "region")
            if region is None and (country is None or country == reg.country):
                region, country = reg.name, reg.country
        elif pl.kind == "city":
            if city is None and (country is None or country == pl.country):
                city, country = p, pl.country
        elif pl.kind == "country" and country is None:
            country = pl.country
    if city is not None and region is not None and city.place.region != region \
            and doc.dateline is not None and city.start == doc.dateline.start:
        city = None     # "Kuala Lumpur (VNA) - All workers in Malaysia's Sarawak state": the dateline's city is where
        #                 the story was filed, the region the text names is where they were
    return city, region, country


def heading_only(doc: Document, p: PlaceMention) -> bool:
    """Whether the place is named in the headline and nowhere in the body."""
    if doc.sentence_of(p.start) not in doc.headline:
        return False
    if "body places" not in doc.memo:
        body = doc.body_sentences
        doc.memo["body places"] = {q.place for q in doc.places if doc.sentence_of(q.start) in body}
    return p.place not in doc.memo["body places"]


def transit_countries(doc: Document, a: int, b: int, workplace_country: str | None) -> list[str]:
    """Countries the people passed through, named after a route cue in text[a:b], in text order."""
    key = ("transit", a, b, workplace_country)
    if key not in doc.memo:
        doc.memo[key] = tuple(_transit_countries(doc, a, b, workplace_country))
    return list(doc.memo[key])


def _transit_countries(doc: Document, a: int, b: int, workplace_country: str | None) -> list[str]:
    trig, block_all, block, nouns, status, people, female_w, male_w, transit, kinds = lexicon()
    out: list[str] = []
    for p in doc.within(doc.places, a, b):
        cc = p.place.country
        if cc in HOME or cc == workplace_country or cc in out:
            continue
        if p.place.kind == "region":
            continue
        before = doc.text[max(a, p.start - 45):p.start]
        if p.surface.lower().endswith(("ese", "ian", "ish")) or POSSESSIVE_AFTER.match(doc.text[p.end:p.end + 3]):
            continue  # "Thai police", "Thailand's": an adjective or possessor, not a route
        if OWN_MISSION_BEFORE.search(before):
            continue  # "the attaché at North Korea's embassy in London": the post they left, not a stop on the way
        if GENERIC_ROUTE.search(doc.text, max(a, p.start - 90), p.start):
            continue  # "a route used by thousands of North Koreans who escape through China": not theirs
        if REPORTED_BY_BEFORE.search(doc.text, max(a, p.start - 60), p.start):
            continue  # (nor a state that reports it)
        lead = count_patterns()["route_lead"].search(before)
        chained = out and re.search(r"(?:,|\bor|\band|\bthen|\bon\s+to)\s+(?:to\s+|on\s+to\s+)?$", before)
        if lead or chained or THEN_ON.match(doc.text, p.end, b):     # ("made his way to Laos and then Seoul")
            out.append(cc)
    return out


THEN_ON = re.compile(r"\s*,?\s+and\s+then\s+(?:on\s+)?(?:to\s+)?(?:the\s+)?(?-i:[A-Z])")


def detect_status(doc: Document, spans: list[tuple[int, int]]) -> set[str]:
    status = lexicon()[4]
    found: set[str] = set()
    for a, b in spans:
        key = ("status", a, b)
        hit = doc.memo.get(key)
        if hit is None:
            hit = doc.memo[key] = frozenset(k for k, rx in status.items() if rx.search(doc.text, a, b))
        found |= hit
    return found


# what a relative clause's verb is said of: the words before "that"/"which" right before the trigger
RELATIVE_BEFORE = re.compile(r"(?P<head>(?:[\w'’-]+\s+){1,6}?)(?:that|which)(?:\s*,[^,.;]{1,40},)?\s+(?:had\s+|has\s+|have\s+|"
                             r"was\s+|were\s+|first\s+|only\s+|recently\s+|just\s+)*$")   # (an aside between: "a gown
#                                                                              that, from the hips, opens out")
WORKPLACE_WORD = re.compile(r"(?i)\b(?:restaurants?|eater(?:y|ies)|outlets?|branch(?:es)?|business(?:es)?|establishments?|"
                            r"cafés?|cafes?|bars?|hotels?|shops?|venues?|diners?|it|one|[A-Z][\w'’-]*\s+(?:Gwan|Kwan|Restaurant))\b")
SANCTION_DEMAND = re.compile(r"(?i)\b(?:demand|requir|recommend|call(?:s|ed)?\s+on|urg|ask|oblig|mandat|order|instruct)\w*\s+"
                             r"(?:that\s+)?(?:all\s+)?(?:(?:UN|U\.N\.)\s+)?(?:member\s+(?:states|countries|nations)|countries|"
                             r"nations|states|governments)\b[^.;]{0,40}$")
# a measure's content, told as what it requires ("sanctions which required the repatriation of North Koreans working
# abroad", "new UN sanctions ... ban ..., cap ... and order all North Koreans working abroad to be sent back"): the measure
SANCTION_CONTENT = re.compile(r"(?i)\b(?:sanctions?|resolutions?|UNSCR\s*\d+|measures?)\b(?:(?:\s+[\w'’-]+){0,12}?\s+|"
                              r"(?:\s+\d+)?\s*,[^.;]{0,160}?,\s+|[^.;]{0,160}?\band\s+)(?:requir|order|demand|mandat|oblig|call(?:s|ed|ing)?\s+for|stat(?:es|ed)\s+that|stipulat|specif)\w*\s+[^.;,]{0,60}$")
# "the UNSC barred fresh permits for them and ordered them sent home within two years": the Council's demand
COUNCIL_ORDERED = re.compile(r"\b(?:UNSC|(?i:U\.?N\.?\s+)?(?i:Security\s+Council))\s+(?:(?i:[\w-]+)\s+){0,2}?"
                             r"(?:(?i:banned|imposed|adopted|passed|voted|barred|prohibited)\b[^.;]{0,160}?\band\s+)?"
                             r"(?i:order|requir|demand|mandat|oblig)\w*\s+[^.;,]{0,60}$")
SECURITY_COUNCIL = re.compile(r"(?i)\b(?:Security\s+Council|UNSC|United\s+Nations|U\.?N\.?\s+(?:sanctions|resolution))\b")
OTHER_BODY_RESOLUTION = re.compile(r"(?i)\b(?:parliament|assembly|congress|senate|house|council\s+of\s+the\s+EU|"
                                   r"European|General\s+Assembly|Human\s+Rights\s+Council)\b")
SENT_ON_TO = re.compile(r"(?i)(?:deport\w*|sent|send\w*|handed\s+over|returned|transferred|expelled|repatriated)\s+"
                        r"(?:(?!to\b)[\w'’,-]+\s+){0,8}?(?<!according\s)to\s+(?:the\s+)?(?:(?-i:[a-z][\w-]*)\s+){0,3}?$")
GOVERNMENT_ACTS_AFTER = re.compile(r"(?i)\s+(?:(?:has|had|have|will|would|is|was|also|reportedly|forcibly|quietly|"
                                   r"recently|then|now|later)\s+){0,3}(?:deport\w*|return(?:ed|s)|sen[dt]s?\b|repatriat\w*|"
                                   r"expel\w*|compl(?:y|ies|ied|ying)|hand(?:ed|s)?\s+(?:over|back)|forc\w+|order\w*|"
                                   r"refus\w*|decid\w*|agree\w*)\b")
FIRST_LEG_THEN = re.compile(r"(?i)[^.;]{0,60}?\b(?:and|then|before|from\s+where|where)\b[^.;]{0,40}$")
HOME_ROUTE = re.compile(r"(?i)\b(?:via|through|by\s+way\s+of)\s+(?:the\s+)?(?:[\w-]+\s+)?$")
PLEDGED_TO = re.compile(r"(?i)\b(?:promis|pledg|vow|agre|decid|announc|resolv)\w*\s+to\s*$|"
                        # "South Korea said Thursday it will impose independent sanctions": the state's word on its measure
                        r"\b(?:said|says|announced)\s+(?:on\s+)?(?:\w+day\s+)?(?:that\s+)?(?:it|they)\s+(?:will|would)\s+"
                        r"(?:impose|slap|adopt|introduce)\s+(?:[\w-]+\s+){0,2}$")
# the ground a state's measure gives for itself ("cancelled the permits, in keeping with the Council's resolutions"): the
# Council's measures named as what the state complies with, not a measure of their own
COMPLIANCE = r"in\s+(?:line|accordance|compliance|keeping)\s+with|pursuant\s+to|(?:to\s+)?compl(?:y|ying|ied|ies)\s+with|as\s+(?:required|demanded)\s+by"
COMPLYING_WITH = re.compile(rf"(?i)\b(?:{COMPLIANCE})\s+(?:the\s+|its\s+)?(?:[\w'’.-]+\s+){{0,4}}?$")
# "... did not deport him. But once he moved to Tonga, the Tongan government did.": a verb denied, then done by another
DENIED_VERB = re.compile(r"(?i)\b(?:did\s+not|didn['’]t|would\s+not|wouldn['’]t|refused\s+to)\s+(?P<verb>[a-z]+)\b")
DID_INSTEAD = re.compile(r"\b[Bb]ut\b[^.;!?]{0,100}?\b(?:[A-Z][\w'’-]+\s+){1,3}(?:(?:government|authorities)\s+)?(?P<did>did)\s*[.;]")
DID_THE_SAME = re.compile(r"(?i)\b(?:did|does|do|has\s+done|had\s+done)\s+(?:the\s+same|likewise|so\s+too)\b|\b(?:followed|follows|follow)\s+suit\b")
# the people just told of, caught ("They waded the river and were detained on 9 March")
CAUGHT_AGAIN = re.compile(r"(?:\b(?:They|they)|\b(?:The|the)\s+group)\s+(?:(?!(?:who|that|which)\b)[\w,'’-]+\s+){0,10}?"
                          r"(?:were|had\s+been|have\s+been)\s+(?:\w+ly\s+)?(?P<verb>arrested|detained|apprehended|caught)\b")
# a span of years ("between 2011 and 2017", "from May 2009 to 2015")
YEAR_SPAN = re.compile(r"(?i)\b(?:from|between)\s+(?:(?:early|late|mid-?)\s*)?(?:\w+\s+)?(?:19|20)\d\d\s*(?:to|and|through|until|till|[-–])\s*"
                       r"(?:(?:early|late|mid-?|the\s+end\s+of)\s*)?(?:\w+\s+)?(?:19|20)\d\d\b")
TALLY_OVER_YEARS = re.compile(YEAR_SPAN.pattern + r",?\s+(?:a\s+total\s+of|some|about|around|over|more\s+than)\s+\d")
SEIZED_WORD = re.compile(r"(?i)\b(?:abduct|kidnap)")
# armed men, not a state, who seized the North's people: active ("gunmen have kidnapped a North Korean nurse") or
# passive ("kidnapped by the Tonga Liberation Front near ...")
ARMED_MEN = (r"(?:militants|gunmen|rebels|kidnappers|pirates|bandits|terrorists|jihadists|insurgents|(?-i:IS|ISIS|ISIL)|"
             r"Daesh|Islamic\s+State|al[- ]Qaeda|(?:armed|militant|Islamic|Islamist|rebel|terrorist|criminal|jihadist)\s+"
             r"(?:group|faction|militia|gang|men)|(?:[A-Z][\w-]*\s+){1,3}(?:Front|Army|Brigades?|Movement))")
ARMED_SEIZURE = re.compile(r"(?i)\b" + ARMED_MEN + r"(?:\s*[(\[][^)\]]{1,20}[)\]])?\s+(?:have\s+|has\s+|had\s+)?(?:abducted|kidnapped|"
                           r"seized)\b|\b(?:abducted|kidnapped|seized|held\s+hostage)\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
                           + ARMED_MEN + r"(?!\w)")
# a time before the North was founded ("By the late 19th century, Koreans fled the colonists", "in 1938"): a flight of
# history, not of the North's people
BEFORE_THE_NORTH = re.compile(r"(?i)\b(?:1[0-9]th|(?:eleven|twelf|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
                              r"nineteen)th)[\s-]+centur(?:y|ies)\b|\b(?:in|by|during|until|before)\s+(?:the\s+)?"
                              r"(?:early\s+|late\s+|mid-?)?(?:1[0-8]\d\d|19[0-3]\d)s?\b")
BACK_NORTH_AFTER = re.compile(r"(?i)\s+back\s+(?:home\b|to\s+(?:the\s+North|North\s+Korea|Pyongyang|the\s+DPRK)\b)")
# the North as the abductor ("citizens of Tonga abducted by North Korea", "the North's abductions of Fijians",
# "the Japanese abductees"): those it seized have not fled it
NORTH_ABDUCTS = re.compile(r"(?i)\b(?:abducted|kidnapped|seized|snatched)\s+by\s+(?:North\s+Korea(?:n\s+(?:agents|spies))?|"
                           r"the\s+North|Pyongyang)\b|\b(?:North\s+Korea|the\s+North|Pyongyang)['’]s\s+(?:abductions?|kidnapp\w+)\s+"
                           r"of\b|\b(?:Japanese|South\s+Korean)\s+abductees\b")
BANNED_FROM = re.compile(r"(?i)\b(?:bann|barr|prohibit|forb[ai]d|prevent|stopp|block)\w*\s+[^.;]{0,60}?from\s+$")
# how often something happens: the clause tells a habit, not one happening
HABIT_EVERY = re.compile(r"(?i)\b(?:each|every|per)\s+(?:single\s+)?(?:year|month|week|day|summer|winter|spring)\b|"
                         r"\b(?:annually|yearly)\b|\bevery\s+(?:few|other|two|three)\s+(?:years|months|weeks)\b")
# what follows "sent back" when no one was sent: his, her or their own thing, not a person
SENT_BACK_A_THING = re.compile(r"(?i)\s+(?:his|her|their|its)\s+(?!(?:\w+\s+)?(?:wife|husband|son|daughter|sons|daughters|"
                               r"children|family|families|workers|staff|men|women|employees|crews?|people|citizens|"
                               r"nationals|parents|mother|father|brother|sister|kids)\b)\w+")
# a count of people who "have" fled over a time up to now ("about 150 have defected in the past three years", "more
# than 240 have arrived this year") or set beside another time's ("312 sought asylum, up from 148 in 1999"): a tally
PAST_SPAN = r"(?:in|over|during|within)\s+the\s+(?:past|last)\s+(?:few\s+|several\s+|\w+\s+)?"     # "in the past three"
SO_FAR_AFTER = re.compile(r"(?i)[^.;]{0,80}?\b(?:" + PAST_SPAN + r"(?:years|decades|months)|so\s+far\s+this\s+year|"
                          r"this\s+year|"
                          r"since\s+(?:19|20)\d\d)\b")
HAVE_BEFORE = re.compile(r"(?i)\b(?:have|has)\s+(?:\w+ly\s+)?(?:been\s+)?$")
HAVE_TRIGGER = re.compile(r"(?i)(?:have|has)\s")
#  (or "90 came south last year, a data office says – a small drop from 95 a year earlier")
BESIDE_ANOTHER_AFTER = re.compile(expand_lemmas(
    r"(?i)[^.;]{0,140}?(?:,|\s[–—])\s+(?:a\s+)?(?:(?:slight|small|sharp|steep|big)\s+)?(?:up|down|dip|drop|fall|rise|"
    r"decline|decrease|increase)\s+(?:\w+ly\s+)?from\s+(?:about\s+|some\s+)?\d[\d,]*\s+"
    r"(?:in\s+(?:19|20)\d\d|{YEAR_BEFORE})\b"))
#  (or "250 fled south in 2030, almost twice the year before": set beside another year's count as a multiple)
TIMES_ANOTHER_AFTER = re.compile(
    r"(?i)[^.;]{0,140}?(?:,|\s[–—])\s+(?:(?:nearly|almost|about|roughly|around|some|more\s+than|over|just\s+under)\s+)?"
    r"(?:twice|double|triple|half|(?:two|three|four|five|\d+(?:\.\d+)?)\s+times)\s+(?:that\s+of\s+|as\s+many\s+as\s+)?"
    r"(?:the\s+(?:previous|prior|preceding)\s+year|the\s+year\s+before|a\s+year\s+(?:earlier|before)|"
    r"(?:in\s+)?(?:19|20)\d\d)\b")
TALLY_MIN = 20     # fewer than this who "have fled this year" may be one group
# the figure a change began from ("a jump from only 90 escapees in 2030"), its words before the number
CHANGE_FROM = (r"\b(?:up|down|uptick|rise|increase|jump|surge|drop|fall|decline|decrease|dip)\s+(?:\w+ly\s+)?from\s+"
               r"(?:just\s+|only\s+|about\s+|some\s+|around\s+|nearly\s+)?")
CHANGE_FROM_COUNT_BEFORE = re.compile(r"(?i)" + CHANGE_FROM + r"\d[\d,]*\s+(?:North\s+Korean\s+)?$")
ACCEPTED_TALLY = re.compile(r"(?i)\b(?:has|have|had)\s+(?:accepted|admitted|taken\s+in|resettled|received)\s+(?:more\s+than|over|"
                            r"about|around|some|nearly|almost|at\s+least)\s+[\d,]+\s+(?:[\w-]+\s+){0,2}$")
ORDERED_BACK = re.compile(r"(?i)\b(?:been|were|was|are|is)\s+(?:\w+ly\s+)?(?:ordered|told|instructed|forced|compelled|made)\s+to\s*$")
# people held for what they carried or did, not for crossing ("were detained in Tonga after carrying $90,000 in cash",
# "arrested on charges of smuggling"): no flight
ARREST_WORD = re.compile(r"(?i)\b(?:arrest|detain|apprehend)")
HELD_FOR_A_CRIME_AFTER = re.compile(r"(?i)\s+(?:[\w'’-]+\s+){0,4}?(?:after|for|while|on\s+(?:charges?|suspicion)\s+of)\s+"
                                    r"(?:allegedly\s+|illegally\s+)?(?:carrying|smuggling|trafficking|selling|possessing|"
                                    r"possession|transporting|laundering|stealing|theft|spying|espionage|murder\w*|killing|"
                                    r"assault\w*|fraud|counterfeit\w*|drugs?|narcotics|cash|weapons)\b")
# a state asked by another to take a measure ("Fiji asked Tonga on Monday to stop hiring ..."): asked for, not taken
# (but a state's order to its own firms or officials is its measure: "asked its companies to stop hiring", "urged
# local governments to stop approving permits")
ASKED_OF_ANOTHER = re.compile(r"(?i)\b(?:ask(?:s|ed|ing)?|urg(?:es|ed|ing|e)|press(?:es|ed|ing)?|call(?:s|ed|ing)?\s+on|"
                              r"lobb(?:y|ies|ied|ying)|push(?:es|ed|ing)?|appeal(?:s|ed|ing)?\s+to|request(?:s|ed|ing)?)\s+"
                              r"(?:(?!(?:its|their|own|local|regional|provincial|municipal)\b)[\w'’.-]+\s+){1,10}?to\s+$")


PERMITS = re.compile(r"(?i)\b(?:visas?|permits?|licen[cs]es?|authori[sz]ations?|(?:permitted|allowed)\s+(?:to\s+enter|into)|"
                     r"contracts?\s+with)\b")     # (and the contracts a host signed with the North's firms)
# a measure told by its verb ("halt ties with", "ban the hiring of", "expel"), not by a noun ("sanctions", "a resolution"):
# announced, it is the measure ("Uganda to halt military ties with Pyongyang"); a noun after "will" is only talked of
MEASURE_VERB = re.compile(r"(?i)(?:halt|end|suspend|cut|sever|stop|ceas|terminat|ban|bar|banish|expel|clos|shut|revok|refus|"
                          r"den[iy]|freez|forb[ai]d|prohibit|outlaw|order|demand|disengag|downgrad|block|restrict|cancel|"
                          r"phas|prevent|reject|no\s+longer)")
TRIED_TO = re.compile(r"(?i)\b(?:attempt\w*|tr(?:y|ies|ied|ying))\s+to\s*$")
PAST_RELATIVE = re.compile(r"(?i)\s(?:who|that)\s+(?:were|had\s+been|have\s+been)\s")
TRYING_TO = re.compile(r"(?i)\b(?:are|were|is|was)\s+(?:still\s+|now\s+)?(?:trying|attempting|seeking|hoping|planning|waiting)\s+to\s*$")
# "will send home", "must return", "were due to return", "have to leave": a return announced, told as pending
FUTURE_RETURN = re.compile(r"(?i)\b(?:will|would|must|(?:is|are|was|were)\s+(?:due|set|expected|scheduled)\s+to|"
                           # ("plans are underway to repatriate all of them by the end of 2019")
                           r"plans?\s+(?:is|are|was|were)\s+(?:underway|under\s+way|afoot|in\s+place)\s+to|"
                           r"(?:has|have|had)\s+to)\s+(?:(?:soon|also|all|now|eventually|be)\s+){0,2}"
                           # ("is due to speed up its deportations"): more of it, to come
                           r"(?:(?:(?:step|speed)\s+up|begin|start|resume|accelerate|expand)\s+(?:the\s+|their\s+|its\s+)?)?$|"
                           # "tracing 87 workers with expired permits for eventual deportation"
                           r"\bfor\s+(?:their\s+)?(?:eventual|possible|imminent|future|later)\s+$|"
                           # "the doctors still await deportation"
                           r"\bawait(?:s|ed|ing)?\s+(?:their\s+)?(?:(?:possible|imminent|likely|forced|forcible)\s+)?$|"
                           # "amid the impending repatriation of workers", "the possible mass deportation of defectors"
                           r"\b(?:impending|imminent|possible|potential|planned|looming|likely|expected)\s+(?:(?:mass|forced|"
                           r"forcible|forceful)\s+){0,2}$|"
                           # "has made preparations to repatriate its nationals", "plans to deport them"
                           r"\b(?:plan(?:s|ned|ning)?|prepar(?:e|es|ed|ing|ations?)|intend(?:s|ed)?|intentions?|threaten(?:s|ed)?|"
                           r"vow(?:s|ed)?)\s+to\s+$")
# a return threatened, or sought to be stopped: "face forced repatriation", "to stop Russia from deporting them"
THREATENED_RETURN = re.compile(r"(?i)\b(?:fac(?:e|es|ed|ing)(?:\s+(?:the|a)\s+(?:risk|threat|prospect)\s+of)?|threatened\s+with|"
                               r"(?:at|under)\s+(?:the\s+)?(?:risk|threat)\s+of|"
                               r"in\s+danger\s+of|avoid(?:s|ed|ing)?|escap(?:e|es|ed|ing)|resist(?:s|ed|ing)?)\s+(?:being\s+)?"
                               r"(?:(?:possible|likely|imminent|involuntary|forced|forcible|forcibly|certain)\s+)*$|"
                               r"\b(?:keep|stop|prevent|block|save|spare|protect)\w*\s+(?:[\w'’-]+\s+){0,3}?from\s+(?:being\s+)?$")
PASSIVE_FUTURE = re.compile(r"(?i)\b(?:will|are\s+to)\s+be\s+(?:\w+ly\s+)?$")     # ("… will be deported")
# an announced return has its time: "will soon return", "must return by the end of 2019", "within two weeks"
SOON_BEFORE = re.compile(r"(?i)\b(?:soon|shortly|now|eventually)\s+$")
WHEN_DUE = re.compile(r"(?i)\b(?:by|before|within|until)\s+(?:the\s+)?(?:end|early|late|mid|next|\d|January|February|"
                      r"March|April|May|June|July|August|September|October|November|December|(?:a|one|two|three|six)\s+"
                      r"(?:days?|weeks?|months?|years?))|\b(?:next|this)\s+(?:week|month|year)\b|\bsoon\b|"
                      r"\bat\s+the\s+(?:soonest|earliest)\b|\bas\s+soon\s+as\s+possible\b|\bimmediately\b")
# money sent home, its noun and its verb apart, whatever stands between but people as the subject ("with wages sent
# back to the state": or the participle right after the money)
MONEY_SENT = re.compile(expand_lemmas(r"(?i)\b(?:{MONEY})\b(?!-)(?:"
                                      r"(?:(?!\b(?:workers|labou?rers|people|women|men|they|them|he|she)\s+(?:were|was|are|is|had|have|been)\b)"
                                      r"[^.;]){0,80}?\b(?:is|are|was|were|being|been)\s+|\s+)$"))
# "Laos will deport 40 North Koreans": a state announcing whom, counted, it sends home (pending), with no time named
# a state's word on what it will do ("will", "plans to", "is allegedly planning to", "is preparing to")
STATE_WILL = r"(?:will|is\s+to|plans\s+to|(?:is|are)\s+(?:\w+ly\s+)?(?:planning|preparing|poised|set|about)\s+to)"
WILL_AFTER_STATE = re.compile(rf"(?i)^\s+{STATE_WILL}\s+(?:(?:soon|also|now)\s+)?$")
# ("Seoul will return on Friday its five North Korean seamen": the day may come first)
COUNTED_PEOPLE_AFTER = re.compile(expand_lemmas(r"(?i)\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                                                r"Sunday|today|tomorrow)\s+)?"
                                                # ("will send back to Pyongyang 40 North Koreans": where to first)
                                                r"(?:(?:back\s+)?(?:home\s+)?to\s+(?:Pyongyang|North\s+Korea|the\s+North|"
                                                r"their\s+(?:country|homeland))\s+)?(?:{COUNT_HEDGE}\s+|up\s+to\s+)?"
                                                r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                                                r"(?:[\w-]+\s+){0,2}?(?:{NK_PEOPLE}|workers|labou?rers|nationals|citizens|employees|fisherm[ae]n|"
                                                r"sailors|seam[ae]n|crew\s+members|crewm[ae]n)"
                                                # ("will send the North Korean nationals it detained back"): the North's
                                                # people it holds, named with the article as a group it knows
                                                r"|\s+(?:all\s+(?:of\s+)?)?(?:the|its)\s+(?:{NK_OWNER})\s+(?:[\w-]+\s+)?"
                                                r"(?:workers|labou?rers|nationals|citizens|employees)\b"))
# "raised concerns that China would send back the defectors": a fear, not an announcement
FEARED = re.compile(r"(?i)\b(?:concerns?|fears?|feared|fearing|worr(?:y|ies|ied)|warn(?:s|ed|ing)?|risk|danger|threat(?:en(?:s|ed)?)?)\b")
ANNOUNCED = {r"\bwill\b", r"\bwould(?!-be\b)", r"\bmust\b", r"\bshould\b",
             r"\bto(?<!\bprior\sto)(?<!\bsubsequent\sto)\s*$"}     # blockers, as the lexicon writes them


def state_announces(doc: Document, clause: Clause, t0: int, t1: int) -> bool:
    """A state named as the subject right before "will" and the trigger, its object people it counts (or a host state's
    own government, told as "the government will deport 50 North Koreans" by one of its ministers)."""
    states = [p for p in doc.within(doc.places, max(clause.start, t0 - 60), t0) if p.place.kind == "country"]
    subject_end = states[-1].end if states and states[-1].place.country != "KP" else None
    organ = OWN_GOVERNMENT.search(doc.text, max(clause.start, t0 - 60), t0)
    if organ is not None and (subject_end is None or organ.end() > subject_end):
        subject_end = organ.end()   # (the state's own, after it or holding its name: "the Chinese government will")
    verb_end = t0 + len(doc.text[t0:t1].split(maxsplit=1)[0])     # (a trigger may hold its object: "return ... fishermen")
    will = WILL_AFTER_STATE.match(doc.text[subject_end:t0]) if subject_end is not None else None
    if subject_end is not None and clause.sentence in doc.headline:
        will = will or HEADLINE_TO.match(doc.text, doc.sentences[clause.sentence].start, t0)    # ("Malaysia to deport 50")
    return will is not None \
        and any(COUNTED_PEOPLE_AFTER.match(doc.text, x, min(clause.end, x + 80)) for x in (t1, verb_end))


# "the government", "the authorities" (not the North's: "the North Korean government")
OWN_GOVERNMENT = re.compile(r"(?i)(?<!korean\s)(?<!pyongyang\s)(?<!north['’]s\s)\bthe\s+(?:[\w-]+\s+)?(?:government|authorities)\b"
                            rf"(?=\s+{STATE_WILL}\b)")


@lru_cache(maxsize=1)
def unannounced_blockers() -> re.Pattern:
    """The blockers of every type but those of a measure announced for the future: negation and possibility stay."""
    return re.compile("|".join(f"(?:{p})" for p in load("events")["blockers"]["all"] if p not in ANNOUNCED), re.IGNORECASE)


# verbs whose infinitive happened: "managed to escape", "were able to flee", "helped them to reach", "allowed 13
# workers to leave", "waded across the river at night to go home" (a crossing made for it), "began to deport" (under way)
# (past tense only: "workers are rarely allowed to leave" is a rule, not a happening); so does a way taken for it, past
# ("rowed across the estuary to defect", "used a fishing boat to flee": "used to flee" is a habit, "used Manila as a
# transit point to flee" a route of many)
IMPLICATIVE = re.compile(r"(?i)\b(?:managed|succeeded\s+in|helped|crossed|swam|climbed|waded|slipped|sneaked|snuck|began|started|"
                         r"rowed|sailed|boarded|trekked|hiked|walked|"
                         r"used(?=\s+(?!to\b)(?:(?!as\b)[\w'’-]+\s+){1,10}?to\s+$)|"
                         r"begun|(?<!\bare\s)(?<!\bis\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)allowed|"
                         r"(?<!\bare\s)(?<!\bis\s)permitted|enabled|was\s+able|were\s+able)\s+(?:[\w'’-]+\s+){0,10}?(?:to\s+)?$|"
                         # a superlative ("one of the most senior officials ever to defect", "the first diplomat ever to
                         # flee") and a past need ("she had to flee one night") say it happened too
                         r"\b(?:\w+est|first|last|only|most\s+[\w-]+|highest[\w-]*)\s+(?:[\w'’-]+\s+){0,6}?ever\s+to\s+$|"
                         r"\bhad\s+to\s+$|"
                         # and so does a cause that made them do it ("hunger drove one miner to escape", "the famine
                         # forced the family to flee", "famine had driven many to flee", "agents persuaded her to
                         # re-defect")
                         r"\b(?:drove|driven|prompted|propelled|spurred|forced|compelled|pushed|caused|"
                         r"persuaded|convinced|lured|enticed|induced)\s+"
                         r"(?:[\w'’-]+\s+){1,5}?to\s+$")
IMPLICATIVE_REACH = 100
NOBODY = re.compile(r"(?i)\b(?:none|no\s+one|nobody|neither|few)\b")     # ("none has managed to flee")


def implicative(doc: Document, clause: Clause, t0: int, block_all: list[re.Pattern]) -> bool:
    """Whether the trigger is the infinitive of a verb that says it happened, itself not negated or modal."""
    lo = max(clause.start, t0 - IMPLICATIVE_REACH)
    m = IMPLICATIVE.search(doc.text, lo, t0)
    if m is None or "," in m.group(0) or ";" in m.group(0):
        return False
    before = doc.text[max(clause.start, m.start() - 40):m.start()]
    return not any(rx.search(before) for rx in block_all) and not NOBODY.search(before)


# a modal or infinitive verb of inquiry or telling whose object is the happening, named by a noun after "the"
INQUIRY_INTO = re.compile(r"(?i)\b(?:will|would|could|may|might|must|should|to|plans?\s+to|seeks?\s+to)\s+(?:also\s+|now\s+)?"
                          r"(?:probe|investigate|examine|look\s+into|review|re-?examine|scrutini[sz]e|inquire\s+into|"
                          r"discuss|raise|revisit|clarify|explain|recount|describe|verify|question\s+\w+\s+(?:about|on|over))"
                          r"\s+(?:(?:into|about|on|over)\s+)?(?:the|its|their|this|that)\s+(?:[\w-]+\s+){0,2}$")

# a modal of the past ("may have played a role in", "could have prompted") whose object is the happening, named by a
# noun after "the" or a possessive: the modal weighs a cause, the happening it names is told as past
MODAL_PERFECT_INTO = re.compile(r"(?i)\b(?-i:may|might|could|must)\s+(?:well\s+|also\s+)?have\s+(?!been\s+(?:able|meant)\b)"
                                r"(?:[\w'’-]+\s+){1,6}?(?:the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}$")

ON_CONDITION_AFTER = re.compile(r"(?i)[^.;]{0,60}?\b(?:if|unless|should\s+(?:it|they|the|North|Pyongyang))\b")  # (measures threatened)
HEADLINE_TO = re.compile(r"(?i)\s*(?:[\w.'’-]+\s+){1,4}to\s+$")     # a headline's "X to do": announced


# a wish or plan no one voiced, however long the group named between ("none of the nine workers held in the port
# has made a request to")
NONE_VOICED = re.compile(r"(?i)\b(?:none|nobody|neither|no\s+one)\b[^.;]{0,80}?\b(?:has|have|had)\s+(?:\w+ly\s+|yet\s+|"
                         r"ever\s+)?(?:expressed|voiced|shown|stated|declared|indicated|made|signall?ed)\s+(?:an?\s+|any\s+)?$")
SUBJECT_REACH = 120     # characters before a trigger in which its clause's subject, however long, is read
# the host's firms, named by the North's people they hire, as the subject of a closure or opening
EMPLOYERS_OF_THE_NORTHS = re.compile(r"(?i)\b(?:firms|companies|businesses|employers|contractors|builders|factories|plants)\s+"
                                     r"(?:that|which|who)\s+(?:[\w-]+\s+){0,2}?(?:employ|employed|hire|hired|use|used|"
                                     r"relied\s+on|rely\s+on)\s+(?:[\w-]+\s+){0,3}?(?:North\s+Korean|DPRK|N\.\s*Korean)s?\b"
                                     r"[^.;,]{0,40}$")


def smuggling(text: str, t0: int) -> bool:
    """The trigger at ``t0`` is the lexicon's people "smuggled out of" a land (its subject is the smugglers)."""
    return text.startswith("smuggl", t0)


# an "if" or "unless" leading the words before a trigger, no stop between them (beyond the blockers' reach)
IF_LEADS = re.compile(r"(?i)\b(?:if|unless)\s+[^,;:.!?\"“”()]{0,80}$|"
                      # (or the condition told by "had" before its subject: "said that had the women gone back, prison
                      # awaited them")
                      r"(?:(?<![\w'’])(?-i:Had)|(?:\b(?:that|but|and|because)|,)\s+had)\s+"
                      r"(?:the|these|those|they|he|she|his|her|their)\b(?:\s+[\w'’-]+){0,2}?\s+(?:been\s+)?$")
STUDIED_BEFORE = re.compile(r"(?i)\b(?:study|studying|studies|examin\w+|review\w*|deal\w*\s+with|focus\w*\s+on|issues?\s+of)\s+"
                            r"[^,;:.!?]{0,80}$")


# the states on the way back to the North: one sent there is often handed on ("deported to China, then repatriated")
ON_THE_WAY_BACK = {"KP", "CN", "RU"}
TO_BEFORE = re.compile(r"(?i)\bto\s+(?:the\s+)?$")
BACK_WORD = re.compile(r"(?i)\b(?:back|home|repatriat\w*)\b")
BACK_TO_BEFORE = re.compile(r"(?i)\bback\s+to\s+(?:the\s+)?$")


def sent_on_elsewhere(doc: Document, clause: Clause, t1: int) -> str | None:
    """The other country a removal's words send the people on to, not back ("expelled them to the Philippines",
    "deported the nine to South Korea"), with no word of going back."""
    end = min(clause.end, t1 + 60)
    p = next((p for p in doc.within(doc.places, t1, end) if p.place.kind == "country"
              and TO_BEFORE.search(doc.text, max(t1, p.start - 8), p.start)), None)
    if p is None or p.place.country in ON_THE_WAY_BACK:
        return None
    # ("deported him back to Vietnam": back to the land he came through, which is no way home)
    if BACK_TO_BEFORE.search(doc.text, max(0, p.start - 12), p.start) or not BACK_WORD.search(doc.text, t1, end):
        return p.place.country
    return None



def tallied(doc: Document, clause: Clause, t0: int, t1: int) -> bool:
    """A count of the flights up to now, or beside another year's: no one flight."""
    sent = doc.sentences[clause.sentence]
    perfect = HAVE_BEFORE.search(doc.text, max(clause.start, t0 - 30), t0) or HAVE_TRIGGER.match(doc.text, t0, t1)
    if not (perfect and SO_FAR_AFTER.match(doc.text, t1, clause.end)
            or BESIDE_ANOTHER_AFTER.match(doc.text, t1, sent.end) or TIMES_ANOTHER_AFTER.match(doc.text, t1, sent.end)):
        return False
    return any(n.value >= TALLY_MIN for n in head_counts_before(doc, clause, t0))


def head_counts_before(doc: Document, clause: Clause, t0: int) -> list:
    """The numbers of people a clause's subject may give, before its trigger (no year, no sum of money)."""
    return [n for n in doc.within(doc.numbers, max(clause.start, t0 - SUBJECT_REACH), t0)
            if not n.is_year and not n.money]

def blocked(doc: Document, etype: str, clause: Clause, t0: int, t1: int) -> bool:
    trig, block_all, block, nouns, *_ = lexicon()
    window = doc.text[max(clause.start, t0 - 40):t0]
    if NONE_VOICED.search(doc.text, max(clause.start, t0 - SUBJECT_REACH), t0):
        return True     # "neither of the two captured soldiers has expressed a desire to defect": no one wished it
    if etype in ("closure", "opening") and EMPLOYERS_OF_THE_NORTHS.search(
            doc.text, max(clause.start, t0 - SUBJECT_REACH), t0):
        return True     # "local builders that employ North Korean labourers have suspended operations": the hosts' firms
    if etype == "return" and ORDERED_BACK.search(window) and not MODAL.search(window):
        pass      # "all 21 workers have been ordered to return home": an expulsion, told as done
    elif etype == "return" and FUTURE_RETURN.search(window) and not unannounced_blockers().search(window) \
            and not FEARED.search(doc.text, max(clause.start, t0 - 80), t0) and (
                SOON_BEFORE.search(window) or WHEN_DUE.search(doc.text, t1, min(clause.end, t1 + 80))
                or PASSIVE_FUTURE.search(window) and bool(head_counts_before(doc, clause, t0))):
        pass      # "Russia will send home all its North Korean workers by the end of 2019", "some 50 North Koreans
        #           who overstayed will be deported": a return announced, of a time or of people counted (pending)
    elif etype == "return" and MONEY_SENT.search(doc.text, doc.sentences[clause.sentence].start, t0):
        return True     # "most of the cash they made -- some 80 percent -- was sent back": money, not people, went home
    elif etype == "return" and (at_risk := THREATENED_RETURN.search(window)) and head_counts_before(doc, clause, t0) \
            and not any(rx.search(doc.text, max(clause.start, t0 - 80), max(clause.start, t0 - 40) + at_risk.start())
                        for rx in block_all):
        pass      # "a group of some 15 detained escapees are at risk of being forcibly returned": those people,
        #           counted, are held to be sent back (pending); not the risk all escapees run
    elif etype == "return" and state_announces(doc, clause, t0, t1) and not unannounced_blockers().search(window) \
            and not FEARED.search(doc.text, max(clause.start, t0 - 80), t0):
        pass      # "Laos will deport 40 North Koreans": the state's own word on whom it sends home (pending)
    elif etype == "defection" and TRYING_TO.search(window):
        if unannounced_blockers().search(window[:TRYING_TO.search(window).start()]):
            return True     # "as many as 150 are trying to defect": a defection under way (pending), told as such
    elif etype == "sanction" and (PERMITS.search(doc.text, t0, t1) or MEASURE_VERB.match(doc.text, t0, t1)):
        if unannounced_blockers().search(window):
            return True     # a visa halt announced ("would halt", "to stop issuing") is the measure; a possible one is not
        #                     (so is a state's act announced: "says it will end its defence ties with")
    elif etype == "sanction" and (PLEDGED_TO.search(doc.text, max(clause.start, t0 - 80), t0)
                                  and not ON_CONDITION_AFTER.match(doc.text, t1, clause.end)
                                  or MEMBER_STATES_TO_SEND.search(doc.text, t0, t1)):
        pass      # "Uganda promised to halt military cooperation with North Korea": the measure, announced ("the new
        #           rules will force every member state to send them home": the measure, by what it will make them do)
    elif etype == "sanction" and COMPLYING_WITH.search(doc.text, max(clause.start, t0 - 60), t0) and any(
            m.end() <= t0 for m in trig["sanction"].finditer(doc.text, doc.sentences[clause.sentence].start, t0)) \
            and not (INSTRUMENT.search(doc.text, t0, min(clause.end, t1 + 80))
                     or doc.within(doc.dates, t0, min(clause.end, t1 + 80))):
        return True     # the measure a state told of just before complies with these, named by no number or date: the
        #                 state's is the event ("in line with Resolution 2375, adopted on ...": the Council's one too)
    elif etype == "sanction" and clause.sentence in doc.headline and HEADLINE_TO.match(
            doc.text, doc.sentences[clause.sentence].start, t0):
        pass      # "Chinese city to penalize firms that hire North Korean workers": a headline's announced measure
    elif etype == "sanction" and INSTRUMENT.fullmatch(doc.text, t0, t1) and ADOPTED_AFTER.match(doc.text, t1, clause.end):
        pass      # "asked whether the move breaches resolution 2397, adopted by the Council in 2029": the measure, named
        #           with its adoption, whatever is asked of what it forbids
    elif (m := INQUIRY_INTO.search(window)) and etype in nouns and nouns[etype].match(doc.text[t0:t1]) \
            and not any(rx.search(window[:m.start()]) for rx in block_all):
        pass      # "will probe the murky defection of 12 workers": the modal is the inquiry's; the defection it looks
        #           into, named by the noun, happened
    elif etype in nouns and nouns[etype].match(doc.text[t0:t1]) \
            and (m := MODAL_PERFECT_INTO.search(doc.text, max(clause.start, t0 - 80), t0)) \
            and not any(rx.search(doc.text, max(clause.start, t0 - 80), m.start()) for rx in block_all):
        pass      # "debts may have had a part in the envoy's defection": the defection happened
    elif etype == "defection" and smuggling(doc.text, t0) and TRIED_TO.search(window):
        pass      # "jailed for trying to smuggle 31 North Korean refugees out of Mongolia": the try was the
        #           smugglers'; the people were on their way out (pending)
    elif etype == "defection" and CAUGHT_GROUP_NAMED.fullmatch(doc.text, t0, t1):
        pass      # "refused pleas not to deport 30 refugees arrested in May": the negation is the verb's before; the
        #           group named after it was caught
    elif etype == "defection" and PAST_RELATIVE.search(doc.text, t0, t1):
        pass      # "says it will expel 41 North Koreans who were detained near Johor": the modal is the main verb's;
        #           the people it speaks of were caught
    elif any(rx.search(window) for rx in block_all) and not (
            etype in ("defection", "return") and implicative(doc, clause, t0, block_all)):
        return True     # (but "two waitresses managed to escape", "China allowed 13 workers to leave": it happened)
    if etype in ("opening", "closure"):
        if SEVERAL_SHUT.search(doc.text, max(clause.start, t0 - 60), t0):
            return True
        if etype == "opening" and SPRUNG_UP.fullmatch(doc.text, t0, t1) \
                and (trade := TRADE_SUBJECT.search(doc.text, max(clause.start, t0 - SUBJECT_REACH), t0)) \
                and not WORKPLACE_WORD.search(doc.text, trade.start(), t0):
            return True     # "a whole brokering trade serving those visas has sprung up": a trade, no restaurant opened
        # (every match of it has "that" or "which", case-sensitive: not run where neither is)
        rel = RELATIVE_BEFORE.search(doc.text, max(0, t0 - 90), t0) if doc.text.find("that", max(0, t0 - 90), t0) >= 0 \
            or doc.text.find("which", max(0, t0 - 90), t0) >= 0 else None
        if rel and not WORKPLACE_WORD.search(rel.group("head")):
            return True   # "a pedestrian street for tourists that opened in September": the street, not a restaurant
    if etype == "return" and BANNED_FROM.search(doc.text, max(clause.start, t0 - 90), t0):
        return True     # "banned 200 of its nationals in Libya from returning home": a ban, nobody went
    if etype in ("defection", "return") and TALLY_OVER_YEARS.search(doc.text, max(clause.start, t0 - 160), t0):
        return True     # "from 2009 to May 2015 a total of 60 soldiers have crossed to the South": a tally, no one flight
    if etype in ("defection", "return") and BEFORE_THE_NORTH.search(
            doc.text, max(doc.sentences[clause.sentence].start, t0 - 160), t0):
        return True     # "by the 19th century many Koreans had fled the famine": no flight from the North
    if etype == "defection" and BACK_NORTH_AFTER.match(doc.text, t1):
        return True     # "fled back to the North": a return (the return triggers read it), no flight from it
    if etype == "defection" and SEIZED_WORD.search(doc.text, t0, t1) and (ARMED_SEIZURE.search(doc.text)
                                                                       or NORTH_ABDUCTS.search(doc.text)):
        return True     # "were abducted near the port", in a story of gunmen who seized them, or of those the North
        #                 seized: a kidnapping, no flight
    if etype == "defection" and ARREST_WORD.search(doc.text, t0, t1) and HELD_FOR_A_CRIME_AFTER.match(doc.text, t1, clause.end):
        return True     # "two North Koreans were detained after carrying cash": held for a crime, no flight
    if etype == "sanction" and ASKED_OF_ANOTHER.search(doc.text, max(doc.sentences[clause.sentence].start, t0 - 120), t0):
        return True     # "asked Tonga to stop hiring North Koreans": a measure asked for
    if etype == "defection" and CHANGE_FROM_COUNT_BEFORE.search(doc.text, max(clause.start, t0 - 60), t0):
        return True     # "a jump from only 90 escapees in 2030": the figure a change began from, no flight
    if etype == "defection" and tallied(doc, clause, t0, t1):
        return True     # (see SO_FAR_AFTER)
    if etype == "defection" and ACCEPTED_TALLY.search(doc.text, max(clause.start, t0 - 90), t0):
        return True     # "the U.S. has accepted more than 70 North Korean defectors": a tally (a claim)
    if etype in ("defection", "return") and (HABIT_EVERY.search(doc.text, max(clause.start, t0 - 60), t0)
                                            or HABIT_EVERY.search(doc.text, t1, min(clause.end, t1 + 50))):
        return True     # "hundreds flee across the river every year", "each year some are sent back": a habit, no event
    if etype == "return" and doc.text[t0:t1].lower().endswith("back") and SENT_BACK_A_THING.match(doc.text, t1):
        return True     # "a reporter sent back his notes": nobody went back
    if etype == "return" and any(m.start() < t0 and m.end() >= t1 for m in trig["sanction"].finditer(
            doc.text, max(clause.start, t0 - 200), min(clause.end, t1 + 2))):
        return True     # a return verb inside a measure's words ("demanded that all their workers be repatriated"):
        #                 asked for, not done (the measure is the event)
    if etype == "return" and (SANCTION_DEMAND.search(doc.text, max(clause.start, t0 - 90), t0) or SANCTION_CONTENT.search(
            doc.text, max(doc.sentences[doc.sentence_of(t0)].start, t0 - 240), t0) or COUNCIL_ORDERED.search(
            doc.text, max(doc.sentences[doc.sentence_of(t0)].start, t0 - 240), t0)):
        return True     # "a resolution demanded that all countries repatriate North Korean workers": the measure
    if etype in ("defection", "return", "opening", "closure") and COORDINATED_BEFORE.search(doc.text, max(0, t0 - 6), t0) \
            and bare_verb(doc.text[t0:t1]):
        start = max(doc.sentences[clause.sentence].start, t0 - LIST_REACH)
        for head in INFINITIVE_HEAD.finditer(doc.text, start, t0):
            h = head.end()
            if NEW_CLAUSE_WORD.search(doc.text, h, t0):
                continue
            window = doc.text[max(start, h - 40):h]
            if ORDERED_BACK.search(window) and not MODAL.search(window):
                continue
            if any(rx.search(window) for rx in block_all) and not implicative(doc, doc.clause_of(h) or clause, h, block_all):
                return True     # "asked countries to shut down firms, end flights and expel ambassadors": the last of
                #                 a list of things asked for shares its first one's "to" (but not "managed to", nor
                #                 "were ordered to leave the country and return home")
    if etype in ("defection", "return") and IF_LEADS.search(doc.text, max(clause.start, t0 - 90), t0):
        return True     # ("or if the police catch the group and send them back"): what would happen
    if etype == "defection" and STUDIED_BEFORE.search(doc.text, max(clause.start, t0 - 90), t0) \
            and re.fullmatch(r"(?i)defections", doc.text[t0:t1]):
        return True     # ("we are studying the situation in and defections from the North"): flights as a subject
    if etype == "defection" and ARRIVAL.match(doc.text, t0, t1) \
            and VISITING_PARTY.search(doc.text, max(clause.start, t0 - SUBJECT_REACH), t0):
        return True     # "the state's orchestra, in matching uniforms, arrived in Seoul on Monday": a visit, no flight
    if etype == "defection" and ARRIVAL.match(doc.text, t0, t1) \
            and ADJUNCT_BEFORE.search(doc.text, max(0, t0 - 12), t0) \
            and VISITING_OFFICE.search(doc.text, max(doc.sentences[clause.sentence].start, t0 - 240), t0):
        return True     # "the envoy said he had met some of the defectors after arriving in Seoul": the envoy's visit
    rx = block.get(etype)
    seg = doc.text[max(clause.start, t0 - 30):min(clause.end, t1 + 30)]
    return bool(rx and rx.search(seg))


ARRIVAL = re.compile(r"(?i)(?:arriv|reach|came|come|enter|cross)")
# a party the state sends on a visit, as the subject of an arrival (no word of flight between)
VISITING_PARTY = re.compile(r"(?i)\b(?:cheerleaders?|cheering\s+squad|delegations?|delegates|athletes|performers|"
                            r"orchestra|troupe|musicians|singers|choir|skaters|footballers)\b"
                            r"(?![^.;]*\b(?:defect|fle[de]|escap|asylum))[^.;]*$")
# an office whose holder visits, as the subject of an arrival told as an adjunct ("after arriving")
VISITING_OFFICE = re.compile(r"(?i)\b(?:rapporteur|envoy|investigators?|high\s+commissioner|secretary[\s-]general)\b"
                             r"(?![^.;]*\b(?:defect|fle[de]|escap|asylum))[^.;]*$")
ADJUNCT_BEFORE = re.compile(r"(?i)\b(?:after|upon|on|since|before|when)\s+$")
COORDINATED_BEFORE = re.compile(r"(?i)(?:,|\band|\bor)\s+$")
INFINITIVE_HEAD = re.compile(r"\bto\s+(?=[a-z])")
MODAL = re.compile(r"(?i)\b(?:will|would|could|may|might|must|should|if)\b")
NEW_CLAUSE_WORD = re.compile(r"(?i)\b(?:who|which|that|but|because|after|before|when|while|until|then)\b|[.;:]")
LIST_REACH = 250     # characters before a listed verb where the list's first verb may stand


def bare_verb(words: str) -> bool:
    """Whether a trigger opens with a verb's bare form ("expel", "shut down"), not a past, participle, -ing or -s form."""
    w = words.split(maxsplit=1)[0].lower() if words.strip() else ""
    return bool(w) and w in bare_forms()


@lru_cache(maxsize=1)
def bare_forms() -> frozenset[str]:
    """The bare forms of the verbs the event triggers are made of ({deport}, {flee} ...)."""
    found = set()
    for patterns in load("events")["triggers"].values():
        for p in patterns:
            found.update(LEMMA_NAME.findall(p))
    return frozenset(found)


LEMMA_NAME = re.compile(r"\{([a-z]+)\}")


# A state issues a sanction only when the text ties it to the measure: it modifies the noun ("Japan's own sanctions",
# "US sanctions"), or it is the subject of an issuing verb before it ("Seoul imposed ... sanctions"), or the measure
# is "by" it. A state merely named near a generic "sanctions" (where the restaurant is, who complies) issues nothing.
ISSUER_MODIFIER = re.compile(r"(?i)^(?:['’]s)?\s+(?:(?:own|new|fresh|unilateral|independent|additional|tough(?:er)?|"
                             r"harsh(?:er)?|latest|separate|financial|economic)\s+)*$")
# (the state's body may be named in full: "Canada's Department of Global Affairs and Trade Bureau announced")
ISSUING_VERB = re.compile(r"(?i)^(?:['’]s\s+(?:government|cabinet|treasury(?:\s+department)?|ministry(?:\s+of\s+\w+)?|"
                          r"parliament|foreign\s+ministry|president)\s+)?"
                          r"(?:['’]s)?(?:\s*(?-i:[A-Z][\w'’&-]*|of|for|and|on|the)(?=\s)){0,8}?(?:[^.;:]|\.(?=\s*\d)){0,40}?"
                          r"\b(?:(?:put|placed?)(?=\s+(?:(?:new|fresh|further|more|additional)\s+)?$)|impos|announc|adopt|introduc|"
                          r"unveil|slap|issu|pass|approv|blacklist|designat|advis|urg|order|ban|froze|freez|add|expand|"
                          r"tighten|toughen|strengthen|stiffen|extend|broaden|levi|discourag|warn|told|instruct|recommend|sanction|agre|decid|"
                          r"revok|refus|halt|stop|downgrad|ask|coordinat|launch|"
                          # ("the king signed into law on Monday fresh measures"): a law made by signing it
                          r"sign(?:s|ed|ing)?\s+(?:into\s+law|(?:an?\s+|the\s+)?(?:executive\s+order|bill|law|decree)))\w*\b[^.;:]{0,80}$")
GOVERNMENT_BODY = re.compile(r"(?i)\b(?:the\s+(?:\w+\s+)?(?:ministry|government|cabinet|treasury|authorities|department)|"
                             r"(?:the|its)\s+(?:foreign|finance|unification)\s+minist(?:ry|er)|"
                             r"authorities\s+there|(?:local|national)\s+authorities)\b")     # ("after authorities there took measures")
BODY_OF = re.compile(r"(?i)\b(?:(?:government|ministry|cabinet|parliament|president|nation|country|state|island|republic|"
                     r"kingdom)\s+of|(?:officials|authorities|government|administration|leaders)\s+in)\s+(?:the\s+)?$")
# ("the island nation of Malta refused the visas", "officials in the capital's government in Hanoi ordered")
# (nor "one Chinese and one North Korean firm": the measure's objects)
NOT_PEOPLE_AFTER = re.compile(r"(?i)(?:\s+(?:and|or)(?:\s+[\w-]+){1,3}?)?\s+(?:daily|newspaper|paper|media|outlet|broadcaster|"
                              r"agency|government|official|ministry|authorities|company|companies|firms?|entit(?:y|ies)|"
                              r"banks?|report|businessman|source)\b")
NATIONALS = re.compile(r"[A-Z][\w ]*?(?:ans|ese|ians|ish|is|s)\b")     # "South Koreans", "Japanese", "Thais"
SECURITY_COUNCIL_WORDS = re.compile(r"(?i)^\s*(?:['’]s\s+)?(?:Security\s+Council\s+|UNSC\s+)?(?:['’]s\s+)?(?:[\w-]+\s+){0,3}$")
ISSUER_REACH = 160
NEAR = 400      # characters around a trigger its sentence's restaurants are read in
SENTENCE_WINDOW = 600    # a sentence (or clause) longer than twice this is read this far either side of its trigger
SANCTION_NOUN = re.compile(r"(?i)(?:sanctions?|boycott|resolution\b[^.]*)$")
ISSUER_AFTER = re.compile(r"(?i)^\s+(?:(?:yet|so\s+far|ever|to\s+date|together|jointly|also)\s+)?(?:(?:[\w-]+\s+)?(?:imposed|announced|"
                          r"adopted|issued|passed|approved|agreed|published|released|circulated)\s+)?(?:by|from)\s+(?:the\s+)?$"
                          r"|^\s+(?:imposed|adopted|put\s+in\s+place)\s+under\s+(?:the\s+)?(?:a\s+)?$")
# ("the strongest sanctions yet by the UNSC", "measures imposed under the Council's Resolution 2087")
# the subject of a verb trigger ("Seoul has urged its citizens", "China's Commerce Ministry on 28 September gave"),
# an aside between them read past ("The Nepali government, under pressure from donors, has asked", "Hanoi -- tired of
# the delays -- has told")
ISSUER_SUBJECT = re.compile(r"(?i)^(?:\s*,\s*which\b)?(?:['’]s(?:\s+[\w-]+){0,3}?\s+(?:government|cabinet|treasury|ministry|department|"
                            r"office|parliament|president|authorities|agency|police))?(?:\s+[\"“]?(?:[\w-]+|\d+)){0,6}?"
                            r"(?:(?:\s*,[^,;.()]{1,80},|\s+(?:[—–]|--)\s*[^,;.()—–]{1,80}?\s*(?:[—–]|--))(?:\s+(?:has|have|had|also|then|later|now))*)?"
                            r"(?:\s*\([\w\s.,]{1,20}\))?(?:\s+(?:is|are|was|were|has|have|had|also|then|now))*\s*$")
#                           ("the US Treasury on Tuesday (Nov 21) added", "the Treasury's sanctions office (OFAC) is
#                           designating"; a quote opened inside: Tonga has "lately taken steps to ...")
# a state that says something of others ("South Korea says tightened sanctions ..."), not of its own acts ("Seoul said it
# would impose ...", "said on Monday it had ...")
TELLS_OF_OTHERS = re.compile(r"(?i)^\s*(?:says|said|say|claims|claimed|argues|argued|believes|believed|thinks|notes|noted)\s+"
                             r"(?:that\s+)?(?!(?:that\s+)?(?:it|its|they|their|the\s+government|the\s+country|on|in|last|this|earlier|"
                             r"today|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)")
NOT_ISSUER_BEFORE = re.compile(r"(?i)\b(?:in|into|on|against|to|from|with|of|at|near|through|via)\s+(?:the\s+)?$")


# "the cut-off set for member states to send the crews back": what only the Council asks of its members (not the EU's)
# ("every member state was obliged to send them back")
MEMBER_STATES_TO_SEND = re.compile(r"(?i)\bmember[\s-]+(?:states|countries|nations)\s+(?:(?:were|are|have\s+been|had\s+been)\s+"
                                   r"(?:required|obliged|obligated|ordered|told|asked)\s+)?to\s+(?:repatriate|send|expel|return)\b")


# (the words of compliance, and those of acting under a measure: "under", "citing", "implementing")
# the state that complied, and how: "Tonga has complied with the UN measures ... by raiding and shutting the firms"
COMPLIED_BY = re.compile(r"(?i)^\s+(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+)?compl(?:ied|ies|y)\s+with\b[^.;]{0,120}?\bby\s+"
                         r"(?:[\w-]+ing\s+(?:[\w-]+\s+)?(?:and|or)\s+)?$")
# "Fiji has complied with every resolution, shut down all DPRK businesses ...": the state that did the first of a
# list of deeds did the others (not a list of what it said: "has said the firms were ..., shut down")
COORDINATED_DEEDS = re.compile(r"(?i)^\s+(?:has|have|had)\s+(?:\w+ly\s+)?(?!(?:said|claimed|reported|alleged|argued|denied|"
                               r"insisted|noted|stated|told|warned|accused|added)\b)[a-z]+(?:ed|en|t)\s[^.;:]{0,120}?,\s+(?:and\s+)?$")
AUXILIARY = r"(?:was|were|is|are|been|being|be|get|got|gets)"     # (of a passive)
PASSIVE_BEFORE = re.compile(rf"(?i)\b{AUXILIARY}\s+(?:\w+ly\s+)?$")
PASSIVE_LEAD = re.compile(rf"(?i){AUXILIARY}\s")     # (a trigger may hold its auxiliary)
PASSIVE_BY = re.compile(r"(?i)\s+(?:[\w-]+\s+){0,3}?by\s+(?:the\s+)?(?-i:[A-Z])")
INTERNATIONAL_FOLLOWED = re.compile(rf"(?i)\b(?:{COMPLIANCE}|follow(?:s|ed|ing)?|abid(?:e|es|ed|ing)\s+by|"
                                    r"implement(?:s|ed|ing)?|enforc(?:e|es|ed|ing)|observ(?:e|es|ed|ing))\s+(?:the\s+)?"
                                    r"(?:international|multilateral|global)\s+$")
ABIDING_BY = re.compile(rf"(?i)\b(?:{COMPLIANCE}|under|citing|following|implementing)\s+(?:the\s+)?(?:(?:new|latest|tough|fresh)\s+)?$")


# "a resolution requiring the return of all the North's labourers": the Council's (no state's law demands
# that other states send workers home)
RESOLUTION_DEMANDS = re.compile(r"(?i)resolution\s+(?:requiring|demanding|ordering|mandating|obliging|calling\s+for)\s")


def sanction_issuer(doc: Document, a: int, b: int, t0: int, t1: int | None = None) -> str | None:
    """Who issued a sanction whose trigger is at t0 in text[a:b]: the UN, the EU, or the state the text ties to it;
    None when nothing does (then the mention is no event: see ``substantial``)."""
    t1 = t0 if t1 is None else t1
    seg = doc.text[max(a, t0 - 60):min(b, t1 + 40)]
    verb = not SANCTION_NOUN.match(doc.text, t0, t1)
    own = OWN_WORDS.search(seg)
    text = doc.text
    if (has_word(doc, INSTRUMENT_WORDS, max(a, t0 - 60), min(b, t1 + 40)) and INSTRUMENT.search(seg)
            or UN_WORDS.search(text, t0, t1)
            or MEMBER_STATES_TO_SEND.search(text, t0, t1) and not EU_WORDS.search(seg)
            or RESOLUTION_DEMANDS.match(text, t0, t1)) and not own:
        return "UN"     # "Resolution 2375", "the Security Council resolution": the measure names its issuer
    if not verb and INTERNATIONAL_FOLLOWED.search(text, max(a, t0 - 80), t0):
        return "UN"     # "Tonga has vowed to abide by international sanctions": the Council's, which the state obeys
    # the UN and the EU issue what they modify, what they are the subject of, or what is "by" them: "U.N. Security
    # Council sanctions", "the UN imposed ...", "sanctions adopted by the Security Council" -- not a "U.N. report"
    # saying something about "international sanctions"
    for words, issuer in ((UN_WORDS, "UN"), (EU_WORDS, "EU")):
        for w in words.finditer(text, max(a, t0 - 100), t0):
            between = text[w.end():t0]
            if verb and ABIDING_BY.search(text, max(a, w.start() - 30), w.start()):
                continue    # "Hanoi, under UN sanctions over the tests, has ordered ...": the frame
                #             of another's act, not its actor
            if any(p.place.kind == "country" and p.place.country != "KP" for p in doc.within(doc.places, w.end(), t0)) \
                    and not ISSUER_MODIFIER.match(between):
                continue    # "UNITED NATIONS - Singapore has revoked ...": the state named nearer is who acts
            if ISSUER_MODIFIER.match(between) or SECURITY_COUNCIL_WORDS.match(between) \
                    or ISSUING_VERB.match(between) or (verb and ISSUER_SUBJECT.match(between)):
                if not (issuer == "UN" and own):
                    return issuer
        for w in words.finditer(text, t1, min(b, t1 + 60)):
            if ISSUER_AFTER.match(text[t1:w.start()]):
                return issuer
    a, b = max(a, t0 - ISSUER_REACH), min(b, t1 + ISSUER_REACH)     # (a text without sentence breaks is one sentence)
    actors = [p for p in doc.within(doc.places, a, b) if p.place.country != "KP" and p.place.kind != "region"
              and not PEOPLE_OF_PLACE.match(text[p.end:p.end + 14])
              and (not NOT_ISSUER_BEFORE.search(text[max(a, p.start - 9):p.start])
                   or BODY_OF.search(text[max(a, p.start - 40):p.start]))]
    # ("Lee and Wu were sanctioned by the Treasury": the subject of the passive is whom the measure falls on)
    passive = verb and (PASSIVE_BEFORE.search(text, max(a, t0 - 20), t0) or PASSIVE_LEAD.match(text, t0, t1)) \
        and PASSIVE_BY.match(text, t1)
    if verb and PASSIVE_BY.match(text, t1):
        # "a trader blacklisted by Canberra": the agent after "by" issued it, whatever state stands before
        for p in actors:
            if p.start >= t1 and ISSUER_AFTER.match(text[t1:p.start]):
                return p.place.country
    for p in reversed([p for p in actors if p.end <= t0 and not passive]):
        between = text[p.end:t0]
        if TELLS_OF_OTHERS.match(between):
            continue    # "South Korea says economic reasons and tightened sanctions mean ...": who tells, not who acts
        if ISSUER_MODIFIER.match(between) or (t0 - p.end <= 100 and ISSUING_VERB.match(between)) \
                or (verb and (ISSUER_SUBJECT.match(between) or COMPLIED_BY.match(between)
                              or COORDINATED_DEEDS.match(between))):
            return p.place.country
    for p in actors:
        if p.start >= t1 and ISSUER_AFTER.match(text[t1:p.start]):
            return p.place.country
    if verb:
        # an advisory addresses the issuer's own people: "the government has asked South Koreans to refrain"
        for p in doc.within(doc.places, t0, min(b, t1 + 30)):
            if p.place.kind == "country" and p.place.country != "KP" and NATIONALS.match(text, p.start, p.end + 2) \
                    and not NOT_PEOPLE_AFTER.match(text, p.end):
                return p.place.country      # (but "a Japanese daily alleged": an outlet, not the issuer's people)
    for body, state in issuing_bodies(text, a, b):
        between = text[body.end():t0]
        if body.end() <= t0 and (ISSUING_VERB.match(between) or verb and ISSUER_SUBJECT.match(between)
                                 or ISSUER_MODIFIER.match(between)) \
                or body.start() >= t1 and ISSUER_AFTER.match(text[t1:body.start()]):
            return state    # "the Treasury blacklisted two firms", "guidance put out by the FBI": the organ's state
    if PERMITS.search(text, t0, t1):
        # only a state grants visas and permits, or holds the contracts its builders came under: the one its sentence
        # names ("Malta's government claimed that it is restricting new visas ...", "... work authorizations will not be
        # renewed, the Mongolian ministry said")
        states = [p for p in actors if p.place.kind == "country" and p.place.country not in HOME
                  and doc.sentence_of(p.start) == doc.sentence_of(t0)]
        before = [p for p in states if p.end <= t0]
        if before or states:
            return (before[-1] if before else states[0]).place.country
    return None


@lru_cache(maxsize=1)
def issuing_body_regex() -> tuple[re.Pattern, dict[str, str]]:
    """One regex of the state organs that issue measures, and each organ's state by its folded name."""
    organs = load("events")["issuing_bodies"]
    return (phrase_regex([name for names in organs.values() for name in names]),
            {fold_ascii(name).lower(): state for state, names in organs.items() for name in names})


def issuing_bodies(text: str, a: int, b: int) -> list[tuple[re.Match, str]]:
    """The state organs named in text[a:b] ("the Treasury", "the FBI"), each with its state, in order."""
    rx, bodies = issuing_body_regex()
    return [(m, bodies[" ".join(fold_ascii(m.group(0)).lower().split())]) for m in rx.finditer(text, a, b)]


ORDER_TO_GO = re.compile(r"(?i)\bto\s+(?:close|shut|wind\s+up|leave|cease)\b")
IN_STATE_BEFORE = re.compile(r"(?i)\b(?:in|from)\s+$")
HOST_REACH = 600     # characters back in which "North Korean investors in Nepal" names the state they are in


def title_state(doc: Document) -> str | None:
    """The one foreign state the headline names ("Kuwait sanctions North Korea ..."): whose ministry acts, when the
    story's sentences name the ministry but not its state."""
    states = title_states(doc)
    return states[0] if len(states) == 1 else None


def title_states(doc: Document) -> list[str]:
    """The foreign states the headline names, in its order."""
    if "title_states" not in doc.memo:
        found = [p.candidates[0].country for p in (gazetteer().find(doc.title) if doc.title else [])
                 if p.candidates and p.candidates[0].kind == "country" and p.candidates[0].country not in HOME]
        doc.memo["title_states"] = list(dict.fromkeys(found))
    return doc.memo["title_states"]


# a plural subject of states: "the two Gulf countries have said they would ...", "both states"
STATES_SUBJECT = re.compile(r"(?i)\b(?:the|both|these|those)\s+(?:(?P<n>two|three|four|five)\s+)?(?:[\w-]+\s+){0,3}?"
                            r"(?:states|countries|nations|governments)\b"
                            r"[^.;]{0,40}?\b(?:they|have|has|had|will|would|said|announced|decided)\b")


def host_state(doc: Document, at: int) -> str | None:
    """The foreign state the North's people are in, at ``at``: the dateline's, else the last country the text put
    them "in" a little before."""
    if doc.dateline is not None and doc.dateline.place.country not in HOME:
        return doc.dateline.place.country
    for p in reversed(doc.within(doc.places, max(0, at - HOST_REACH), at)):
        if p.place.kind == "country" and p.place.country not in HOME and IN_STATE_BEFORE.search(
                doc.text, max(0, p.start - 6), p.start):
            return p.place.country
    return None


VERB_USE_AFTER = re.compile(r"\s+(?:from|across|through|into|via|to\s+(?:South|Seoul|the\s+South|China|Thailand|Laos))\b")
RELATIVE_TRIGGER = re.compile(r"(?i)\b(?:who|that|which)\s+(?:(?:it|they|he|she|(?:the\s+)?(?-i:[A-Z][\w'’.-]*)"
                              r"(?:\s+(?-i:[A-Z][\w'’.-]*)){0,2})\s+(?:says?|said|claims?|claimed|insists?|insisted|"
                              r"alleges?|alleged)\s+)?(?:had\s+|have\s+|has\s+|were\s+|was\s+)?(?:[a-z]+ly\s+)?$")
CHARGED_WITH = re.compile(r"(?i)\b(?:guilty|accused|convicted|charged|acquitted|indicted|suspected|sentenced|jailed|"
                          r"arrested|punished|prosecuted|tried|cleared|(?:prison|jail)\s+(?:sentences?|terms?))\b"
                          r"[^.;]{0,40}?\b(?:of|for|with|over)\s+"
                          # ("given prison terms on Friday for their role in the forced deportation of ...")
                          r"(?:(?:their|his|her|its)\s+(?:alleged\s+)?(?:role|roles|part|involvement)\s+in\s+"
                          r"(?:the\s+)?"
                          r"(?:forced\s+|illegal\s+|unlawful\s+|alleged\s+)?)?"
                          r"(?:(?:having\s+)?(?:[a-z]+ly\s+)?)$")
MAIN_VERB = re.compile(r"(?i)\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b")
# "about two years after she fled", "six months after they escaped": a span before the trigger, measured from the main
# clause's date
SPAN_AFTER = re.compile(r"(?i)\b(?:(?:roughly|about|around|nearly|almost|some|just|exactly|more\s+than|over|only)\s+)?"
                        r"(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|a\s+few|several)\s+"
                        r"(?P<unit>days?|weeks?|months?|years?)\s+after\s+(?:[\w'’-]+\s+){0,3}?$")
SPAN_NUMBER = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
               "nine": 9, "ten": 10}


def shifted(d: DateMention, span: re.Match) -> DateMention | None:
    """The date a span of months or years before ``d`` (to its month at best, a guess); none for days, weeks or a
    vague span ("a few years")."""
    n = SPAN_NUMBER.get(span.group("n").lower()) or (int(span.group("n")) if span.group("n").isdigit() else None)
    unit = span.group("unit").lower().rstrip("s")
    if n is None or unit not in ("month", "year"):
        return None
    y, m = int(d.value[:4]), int(d.value[5:7]) if d.precision != "year" else None
    if unit == "year":
        y -= n
    elif m is None:
        return None
    else:
        y, m = y + (m - 1 - n) // 12, (m - 1 - n) % 12 + 1
    value = f"{y:04d}" if m is None else f"{y:04d}-{m:02d}"
    return replace(d, value=value, precision="year" if m is None else "month", guessed=True)


def went_over_to(doc: Document, em: EventMention, sent: Sentence) -> list[str]:
    """ "a North Korean man defected to India", "sought asylum at Canada's embassy": the states other than the South a
    defector went over to (an embassy's state is not where he was)."""
    return [p.place.country for p in doc.within(doc.places, em.trigger[0], min(sent.end, em.trigger[1] + 40))
            if p.place.kind == "country" and p.place.country not in HOME
            and DEFECTED_TO.search(doc.text, max(em.trigger[0], p.start - 30), p.start)] + [
        p.place.country for p in doc.within(doc.places, sent.start, sent.end)
        if p.place.kind == "country" and p.place.country not in HOME
        and ASYLUM_WITH.search(doc.text, max(sent.start, p.start - 90), p.start)
        and EMBASSY_OF.match(doc.text, p.end, min(sent.end, p.end + 40))]


def arrived_in(doc: Document, sent: Sentence) -> list[str]:
    """ "secretly entered Japan", "arrived at Niigata", "drifted to Aomori": the states whose soil the people of a flight
    reached (its end or a stop on the way), never where they worked."""
    return list(dict.fromkeys(
        p.place.country for p in doc.within(doc.places, sent.start, sent.end)
        if p.place.country not in HOME and (arrived := ARRIVED_AT.search(doc.text, max(sent.start, p.start - 50), p.start))
        and not POSTING_AFTER.match(doc.text, p.end)
        and not ARRIVAL_AS_TIME.search(doc.text, max(sent.start, arrived.start() - 12), arrived.start())))


# the lands the North's escapees cross on their way to the South
WAY_SOUTH = frozenset({"CN", "LA", "TH", "VN", "KH", "MM", "MN"})
# a woman sold or married off in the land she fled to stayed there: it is where her flight went, not a stop
SOLD_THERE = re.compile(r"(?i)\b(?:sold|resold|married\s+(?:her\s+)?off|forced\s+(?:in)?to\s+marry|"
                        r"trafficked\s+(?:as|into))\b")
# a flight out of the North itself ("fled North Korea", "escaped from their homeland", "crossed the Tumen"), not from a
# post abroad
FROM_THE_NORTH = re.compile(r"(?i)\b(?:fled|flee|flees|fleeing|escaped|escape|escapes|escaping|defected\s+from|"
                            r"got\s+out\s+of|slipped\s+out\s+of)\s+(?:from\s+)?(?:North\s+Korea\b(?!n)|the\s+North\b|"
                            r"(?:their|his|her)\s+(?:homeland|home\s+country)\b)|"
                            r"\b(?:cross(?:ed|es|ing)?|wad(?:ed|es|ing)|sw[ai]m(?:s|ming)?)\s+(?:across\s+)?the\s+"
                            r"(?:frozen\s+)?(?:Tumen|Yalu|Amnok|Duman)\b")
# ("learned of it only after arriving in Russia's Kursk region"): an arrival that times another deed, not the flight's
ARRIVAL_AS_TIME = re.compile(r"(?i)\b(?:after|upon|on|before|since|when)\s+$")
# ("arrived in Rome in 2017 as acting ambassador", "came to Russia to work"): a posting begun, not a flight's end
POSTING_AFTER = re.compile(r"(?i)(?:\s+(?:in|on|last|this)\s+[\w,]+(?:\s+\d{4})?)?\s*,?\s+(?:as|to\s+(?:work|take\s+up|serve|"
                           r"study|open|run|manage|earn|join)|on\s+(?:a\s+|an\s+)?(?:posting|assignment|mission|contract|visa))\b")
ARRIVED_AT = re.compile(r"(?i)\b(?:arriv(?:e|es|ed|ing)|land(?:s|ed|ing)?|reach(?:es|ed|ing)?|enter(?:s|ed|ing)?|"
                        r"return(?:s|ed|ing)?(?:\s+home)?\s+to|"
                        r"drift(?:s|ed|ing)|wash(?:ed|es)?\s+(?:up|ashore)|c[ao]me\s+ashore|turn(?:s|ed)?\s+up|"
                        r"surfac(?:e|es|ed|ing))\s+(?:safely\s+|secretly\s+|illegally\s+|quietly\s+)?"
                        r"(?:(?:in|at|on|to|into)\s+)?(?:the\s+)?(?:(?!from\b|via\b|through\b)[\w'’-]+\s+){0,2}?$")


# ("defected to India", "got out of the North and escaped to Mongolia", "fled into Russia": the state a flight ends
# in, when the sentence names no other)
DEFECTED_TO = re.compile(r"(?i)\b(?:defect(?:ed|s|ing)?\s+(?:[\w-]+\s+){0,3}?to|(?:fled|flees|flee|fleeing|escaped|escapes|escape|"
                         r"escaping)\s+(?:from\s+(?:North\s+Korea|the\s+North|their\s+homeland|(?:his|her|their)\s+country)\s+)?"
                         r"(?:to|into))\s+(?:the\s+)?$")
# "asked Seoul for asylum" told as "applied for asylum with the South", "fled into the visa office of a state's
# embassy", "requested protection at Canada's mission": the state whose door a defector knocked on is where he went
_ASYLUM_AT = (r"(?i)\b(?:asylum|refuge|protection|sanctuary)\s+(?:(?!from\b|after\b|before\b|fleeing\b|when\b|while\b|and\b|"
              r"having\b)[\w'’-]+\s+){0,4}?(?:with|at|in|inside|into|from|by)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?")
ASYLUM_WITH = re.compile(_ASYLUM_AT + "$")
EMBASSY_OF = re.compile(r"(?i)(?:['’]s)?\s*(?:embassy|consulate|mission|legation|government|authorities)\b|"
                       r"\s*(?=[,.;]|\s+(?:on|in|last|this|after|before|and|through|via|since|when|while|but|,)\b)")
ASYLUM_SOUTH = re.compile(_ASYLUM_AT + r"(?:South\s+Korea\b(?!n\s+(?!embassy|consulate|mission|government|authorities))|"
                          r"South\s+Korean\s+(?:embassy|consulate|mission|government|authorities)|Seoul\b)")
IN_RIGHT_AFTER = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?")
# a campaign against a practice at large ("marchers protesting China's repatriation of refugees", "opposed to the
# forced return of North Koreans"), not one return told
AGAINST_BEFORE = re.compile(r"(?i)\b(?:protest(?:s|ed|ing)?|oppos(?:e|es|ed|ing)|against|condemn(?:s|ed|ing)?|"
                            r"campaign(?:s|ed|ing)?\s+against)\s+(?:[\w'’-]+\s+){0,3}?$")
OF_PEOPLE_AT_LARGE = re.compile(r"(?i)\s+of\s+(?:North\s+Korean\s+)?(?:defectors|refugees|escapees|North\s+Koreans|"
                                r"asylum\s+seekers|border[\s-]crossers)\b")
OF_THE_PEOPLE_BEFORE = re.compile(r"(?i)\s+of\s+(?:the\s+|these\s+|those\s+)?(?:North\s+Korean\s+)?$")
# a capitalised trigger inside a body's name with its initials after ("the North Korean Defectors Forum (NKDF)")
NAMED_BODY_AFTER = re.compile(r"(?:\s+[A-Z][a-z]+){0,3}\s+\([A-Z]{2,8}\)")
BODY_OF_PEOPLE_AFTER = re.compile(r"(?i)[ \t]+(?:organi[sz]ations?|groups?|associations?|communit(?:y|ies)|networks?|"
                                  r"activists?|advocates?|NGOs?|bodies|body)\b")
# ("with his wife", "and her family", "the manager and his staff"): more than the one named
COMPANY_AFTER = re.compile(r"(?i)\b(?:with|along\s+with|together\s+with)\s+(?:his|her|their)\s+(?:(?:pregnant|young|elderly|"
                           r"teenage|infant|two|three|four|baby|adult|ailing|sick)\s+)?(?:wife|husband|son|daughter|"
                           r"sons|daughters|children|family|kids|spouse|parents|mother|father|brother|sister|relatives|"
                           r"staff|subordinates|colleagues|employees|workers|waitresses|crew|team)\b|"
                           r"\band\s+(?:his|her)\s+(?:wife|husband|family|staff|subordinates|colleagues|employees|"
                           r"workers|waitresses|crew|team)\b")
TREND = re.compile(r"(?i)\b(?:more|many|several|some|other)\s+(?:[\w-]+\s+){0,3}?(?:restaurants|eateries|outlets|businesses)"
                   r"\s+(?:[\w-]+\s+){0,2}?(?:are|were|have\s+been)\s+(?:\w+\s+)?(?:closing|shutting(?:\s+down)?|opening)$")
# "it has set up eateries with local partners in many countries": restaurants uncounted, spread over countries (a
# network's growth told in general, no one opening); "closed some 40 eateries in foreign states" is counted
SPREAD_OBJECT = re.compile(r"(?i)\s+(?:(?!the\b|a\b|an\b|its\b|their\b|\d)[\w-]+\s+)?(?:restaurants|eateries|outlets|branches)\b")
SPREAD_OVER = re.compile(r"(?i)\b(?:in|across|around|throughout)\s+(?:several|many|various|numerous|a\s+number\s+of|a\s+dozen|"
                         r"dozens\s+of|other|foreign|\w+\s+different)\s+(?:[\w-]+\s+)?(?:countries|nations|cities)\b|"
                         r"\baround\s+the\s+world\b|\bacross\s+(?:Asia|the\s+world|the\s+region)\b")
# "closed some 40 eateries", "about 15 restaurants have shut": closures (openings) counted, which the
# count identifies though no place is named
_SOME_PLACES = (r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|dozens\s+of|scores\s+of|hundreds\s+of)\s+"
                r"(?:[\w-]+\s+){0,3}?(?:restaurants|eateries|outlets|branches)")
COUNTED_AFTER = re.compile(r"(?i)\s+(?:down\s+)?(?:(?:more\s+than|over|about|around|some|nearly|almost|at\s+least|roughly)\s+)?"
                           + _SOME_PLACES + r"\b")
COUNTED_BEFORE = re.compile(r"(?i)\b" + _SOME_PLACES + r"\s+(?:(?:abroad|overseas|[\w-]+ly)\s+)?(?:have\s+|had\s+|has\s+)?"
                            r"(?:been\s+)?(?:already\s+)?$")
OBJECT_REACH = 50      # characters from a verb to the noun it governs ("repatriated at least 60 North Korean defectors")
# (a return's noun, then its people after "of")
# ("was ordered home after the defection of the embassy's deputy", "recalled following Lau's flight"): the flight
# that moved the state to call someone back, someone else's (not "sent back after their escape": the same people)
CAUSE_BETWEEN = re.compile(r"(?i)\b(?:after|following|over|amid|since|in\s+the\s+wake\s+of)\s+(?:the|a|an|[A-Z][\w-]*['’]s)\s+"
                           r"(?:[\w-]+\s+){0,2}$")
# between a people noun and the return that sent them: a relative clause in the passive ("defectors who were",
# "defectors the UN believes were")
SENT_BACK_RELATIVE = re.compile(r"(?i)\s+(?:(?:who|that)\s+)?(?:[\w.'’-]+\s+){0,4}?(?:were|was|had\s+been|have\s+been|"
                                r"are\s+being|were\s+being)\s+(?:\w+ly\s+)?")
NOUN_OF_PEOPLE = re.compile(r"[^.;]{0,80}?\bof\s+(?:[\w-]+\s+){0,4}")
SET_APART_REACH = 120     # characters before a second trigger its "after"/"before" may stand
EARLIER_ONE = re.compile(r"(?i)\b(?:after|before|since|following)\b")
OWN_GROUP = re.compile(r"(?i)\b(?:another|other|earlier|previous|\d+|a\s+group|two|three|four|five|six|seven|eight|nine|"
                       r"ten|eleven|twelve|thirteen|dozens?)\b")


# a relative told after the one who went, then the relative's own flight (not "the defection of his wife, who had fled":
# the noun's people)
KIN_WHO_BEFORE = re.compile(r"(?i)(?<!\bof\s)\b(?:his|her|their)\s+(?:mother|father|sister|brother|wife|husband|son|"
                            r"daughter|parents|aunt|uncle|grandmother|grandfather|cousin)\s*,\s+who\s+"
                            r"(?:(?:had|has|have|already|first|earlier)\s+){0,2}$")


def another_happening(text: str, prev_end: int, t0: int, t1: int) -> bool:
    """A second trigger of a type in one clause is another happening when the clause sets it apart in time and
    gives it its own group or place ("the defections took place a month after a group of 13 fled another
    restaurant"), or tells its people as more than the ones before ("another 14 North Koreans seeking asylum"),
    not a second word for the same one."""
    if MORE_PEOPLE.search(text, max(prev_end, t0 - MORE_REACH), t0):
        return True     # ("... handed back six defectors, and was sheltering another 14 North Koreans seeking asylum")
    if KIN_WHO_BEFORE.search(text, max(prev_end, t0 - 60), t0):
        return True     # ("he crossed in 2030 to look for his aunt, who had gone before"): a relative's own flight
    sub = None
    for sub in EARLIER_ONE.finditer(text, max(prev_end, t0 - SET_APART_REACH), t0):
        pass
    return sub is not None and (bool(OWN_GROUP.search(text, sub.end(), min(len(text), t1 + 60)))
                                or bool(NAME_BEFORE_TRIGGER.search(text, sub.end(), t0)))   # "a year after Pak Chol Ho abandoned his post"


def counted_apart(doc: Document, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Whether two triggers of one clause each count their own people, and differently ("the 13 refugees held in
    one town; police detained five others near the capital"): two groups, not two words for one."""
    counts = [{n.value for n in doc.within(doc.numbers, *span) if not n.is_year and not n.money}
              for span in (first, second)]
    return bool(counts[0] and counts[1] and not counts[0] & counts[1])


# "Its branch in X shut in 2016 and the branch in Y closed its doors in 2019": the second verb, another restaurant's
OTHER_WORKPLACE_BETWEEN = re.compile(r"(?i)(?:\band|\bwhile|\bbut|,)\s+(?:the|its|their|a|another)\s+(?:[\w-]+\s+){0,2}?"
                                     r"(?:branch|restaurant|outlet|eatery|one)\s+(?:in|at)\s+(?-i:[A-Z])[\w'’-]+"
                                     r"(?:\s+(?-i:[A-Z])[\w'’-]+){0,3}\s+(?:(?:also|later|then|had|has|was)\s+)?$")
LEAVING = re.compile(r"(?i)^(?:left|leave|leaves|leaving)\b|\b(?:left|leave|leaves|leaving)$")
FOR_HOME = re.compile(r"[^.;]*?\bfor\s+(?:the\s+North\b|North\s+Korea\b|Pyongyang\b|the\s+DPRK\b|home\b)")
DEFECTION_CUE = re.compile(r"(?i)\bdefect|\bfle[de]|\bflee|\bescap|\basylum|\brefuge|South\s+Korea|\bSeoul\b|third\s+country|"
                           r"\bhiding\b|\bmissing\b|\bdisappear|\bvanish|\bbrokers?\b|\bsmuggl")
SENT_AWAY = re.compile(r"(?i)\bsanction|\bexpel|\bexpuls|\bdeport|\bvisas?\b|\bultimatum|\bsen[dt]\s+(?:them\s+)?(?:back|home)|"
                       r"\brepatriat|\bdeadline|\bordered\b|\binstructed\b|\bpermits?\b|"
                       # ("the builder fired 40 North Korean labourers ... some had already left the country"): let go
                       r"\bfired\b|\bdismiss|\blaid\s+off\b|\bsponsorship\b")


QUOTE_REACH = 400


def inside_quote(doc: Document, si: int, pos: int) -> bool:
    """Whether ``pos`` lies inside quotation marks opened in sentence ``si`` (within a quote's reach: a text without
    breaks is one sentence)."""
    before = doc.text[max(doc.sentences[si].start, pos - QUOTE_REACH):pos]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def leaving_home(doc: Document, em: EventMention) -> bool:
    """ "So far, a total of 44 North Koreans have left the country", in a story of a state sending them home: they
    left the host country for home (a return), not their posts for the South. A leaving told with no word of
    defection, in sentences that speak of sanctions, expulsion or visas."""
    word = doc.text[em.trigger[0]:em.trigger[1]]
    if not LEAVING.search(word) or re.search(r"(?i)\b(?:country|homeland)$", word):
        return False        # (but "left their country": the North, for good)
    near = range(max(0, em.sentence - 1), min(len(doc.sentences), em.sentence + 2))
    lo, hi = near_trigger(em)
    if DEFECTION_CUE.search(doc.text, lo, hi):
        return False
    if FOR_HOME.match(doc.text, em.trigger[1], min(em.clause.end, em.trigger[1] + 100)):
        return True         # "dozens of workers left Hunchun for Pyongyang by bus": a city abroad left for home
    left = next(iter(doc.within(doc.places, em.trigger[1], min(em.clause.end, em.trigger[1] + 40))), None)
    if left is not None and left.place.country == "KP" and not doc.text[em.trigger[1]:left.start].strip():
        return False        # ("he left North Korea, crossing into China"): the North left, no going home
    if any(SENT_AWAY.search(doc.text, max(doc.sentences[i].start, em.trigger[0] - NEAR), min(doc.sentences[i].end, em.trigger[1] + NEAR))
           for i in near):
        return True
    # "About 150 North Koreans have left Angola": leaving the country they worked in, with no word of defection in
    # the sentences around, is going home
    host = next(iter(doc.within(doc.places, em.trigger[1], min(doc.sentences[em.sentence].end, em.trigger[1] + 3 + 30))), None)
    return host is not None and host.place.kind == "country" and host.place.country not in HOME \
        and not doc.text[em.trigger[1]:host.start].strip() and not any(
            DEFECTION_CUE.search(doc.sentences[i].text) for i in near)


# ("recounts her escape", "a talk about his defection"): a flight named as what is told of, already known
TELLING_OF = re.compile(r"(?i)\b(?:about|recount\w*|recall\w*|describ\w*|narrat\w*|detail(?:s|ed|ing)?|(?:account|story|"
                        r"memoir|tale)s?\s+of)\s+(?:his|her|their|its)\s+(?:[\w-]+\s+)?$")


# who had reached the South ("a man who fled from the North to Seoul"), and a going to the North told
SETTLED_SOUTH_BEFORE = re.compile(r"(?i)\bwho\s+(?:had\s+|has\s+)?(?:defected|fled|escaped)\s+"
                                  r"(?:from\s+(?:North\s+Korea|the\s+North)\s+)?to\s+"
                                  r"(?:South\s+Korea|the\s+South|Seoul)\b[^.;]*$")
DEPORTED_WORD = re.compile(r"(?i)\b(?:deport|expel|remov)")
TAKEN_BY_THE_NORTH = re.compile(r"(?i)\b(?:abducted|kidnapped|seized|snatched|taken)\s+(?:[\w-]+\s+){0,3}?by\s+"
                                r"(?:North\s+Korea(?:n\s+agents)?|the\s+North|Pyongyang|the\s+DPRK)\b|\babductees?\b")
TO_THE_NORTH_AFTER = re.compile(r"(?i)[^.;]{0,60}?\bto\s+(?:North\s+Korea|the\s+North|Pyongyang|the\s+DPRK)\b")


def mentions(doc: Document) -> list[EventMention]:
    """Every event mention, clause by clause."""
    trig, block_all, block, nouns, status, people, female_w, male_w, transit, kinds = lexicon()
    out: list[EventMention] = []
    resumed: list[EventMention] = []     # flights named only by a possessive noun ("his defection")
    text = doc.text
    body = doc.body_sentences
    told = body | doc.headline
    for clause in doc.clauses:
        if clause.sentence not in told:
            continue
        seen_types: dict[str, EventMention] = {}
        for etype in EVENT_TYPES:
            for m in trig[etype].finditer(text, clause.start, clause.end):
                t0, t1 = m.span()
                if blocked(doc, etype, clause, t0, t1):
                    continue
                word = m.group(0)
                if PRESENT_THIRD.search(word.split()[0]) and not PLURAL_NOUN_TRIGGER.fullmatch(word.split()[0]) and (
                        HABITUAL.search(text, max(clause.start, t0 - 120), min(clause.end, t1 + 120))
                        or TEMPORAL_BEFORE.search(text[max(clause.start, t0 - 40):t0])):
                    continue  # "Thailand deports most refugees", "long after the restaurant closes": a habit
                if etype == "defection" and ON_ARRIVAL_BEFORE.search(text, max(clause.start, t0 - 12), t0) \
                        and GENERIC_PROCEDURE.search(text, doc.sentences[clause.sentence].start,
                                                     doc.sentences[clause.sentence].end):
                    continue  # "the screening defectors undergo after arriving in the South": what befalls them all
                if etype == "sanction" and FIRMS_REFUSE_BEFORE.search(text, max(clause.start, t0 - 150), t0):
                    continue  # "the plants told their partners they would stop taking the North's staff": a firm's choice
                if etype in ("closure", "opening") and UNTIL_BEFORE.search(text, max(clause.start, t0 - 40), t0) \
                        and not PAST_FORM.search(word):
                    continue  # "no safety net until businesses reopen": awaited, not told as done
                if etype in ("closure", "opening") and PRESENT_THIRD.search(word.split()[-1]) \
                        and SCHEDULE_AFTER.match(text, t1, clause.end):
                    continue  # "the restaurant opens only for dinner": its hours
                if PRESENT_PASSIVE.search(text, max(clause.start, t0 - 20), t0) and HABIT_ADVERB.search(
                        text, max(clause.start, t0 - 60), min(clause.end, t1 + 30)):
                    continue  # "workers who escape are repatriated regularly": a habit, told in the present passive
                if etype == "return" and AGAINST_BEFORE.search(text, max(clause.start, t0 - 40), t0) \
                        and OF_PEOPLE_AT_LARGE.match(text, t1, clause.end):
                    continue  # "a group protesting China's repatriation of refugees": a campaign against the practice
                if word[:1].isupper() and t0 > doc.sentences[clause.sentence].start \
                        and NAMED_BODY_AFTER.match(text, t1):
                    continue  # "founded the Defectors Forum (DF)": a body's name, no one who went
                if etype in ("defection", "return") and COMPARED_FIGURE.search(text, max(clause.start, t0 - 80), t0):
                    continue  # "a sharp drop from 229 North Korean defectors who resettled": a figure compared
                if etype in ("closure", "opening") and (TREND.search(text, max(clause.start, t0 - 90), t1) or (
                        SPREAD_OBJECT.match(text, t1, clause.end) and SPREAD_OVER.search(text, t1, clause.end))):
                    continue  # "more North Korean restaurants are closing", "has set up eateries in many
                    #           countries": a trend, no one closure or opening
                if etype in ("defection", "return") and MEASURE_OF.search(text[max(clause.start, t0 - 40):t0]):
                    continue  # "the number of defectors reaching the South has fallen": a statistic, not a happening
                near = (max(clause.start, t0 - 160), min(clause.end, t1 + 160))    # (a text without breaks is one clause)
                if etype in ("defection", "return") and (OVER_A_SPAN.search(text, *near) and VAGUE_GROUP.search(text, *near)
                                                         or PART_OF_MANY.search(text, max(clause.start, t0 - 80), t0)
                                                         or VAGUE_PERFECT_BEFORE.search(text, max(clause.start, t0 - 80), t0)):
                    continue  # "China has sent back thousands of defectors over the years", "most of the tens of
                    # thousands of North Koreans repatriated from China": a tally, not a happening
                if etype == "defection" and WHO_BEFORE.search(text, max(clause.start, t0 - 30), t0) \
                        and IN_THE_PAST_AFTER.match(text, t1, min(clause.end, t1 + 80)):
                    continue  # "those who had escaped for want of food in the past were let go": no one flight
                if etype in ("defection", "return") and RECORD_TO_HAVE.search(text, max(clause.start, t0 - 80), t0) \
                        and SINCE_NEAR.match(text, t1, min(clause.end, t1 + 60)):
                    continue  # "the highest-ranking official known to have defected from North Korea since 2016": a record
                if etype in ("defection", "return") and RECORD_FIGURE.search(text, max(clause.start, t0 - 200), min(clause.end, t1 + 120)):
                    continue  # "about 10 of the elite defected last year, the highest figure since 2017": a statistic
                if etype in ("defection", "return") and (DENIED_BEFORE.search(text, max(doc.sentences[clause.sentence].start, t0 - 120), t0)
                                                         or RUMOUR_AFTER.match(text, t1, min(clause.end, t1 + 30))):
                    continue  # "the coach blasted reports that four of his players had defected as false", "defection rumours"
                if etype == "sanction" and RESOLUTION_WORD.search(word) \
                        and NONBINDING_BODY.search(text, max(clause.start, t0 - SUBJECT_REACH), t0):
                    continue  # "the General Assembly adopted a resolution condemning ...": a body that binds no one
                    #           names and shames; no measure is imposed
                if (YES_NO_QUESTION.match(doc.sentences[clause.sentence].text)
                        or GLUED_QUESTION.search(text, max(doc.sentences[clause.sentence].start, t0 - SUBJECT_REACH), t0)) \
                        and QUESTION_END.search(doc.sentences[clause.sentence].text):
                    continue  # "Has he taken refuge with the French authorities?": asked, not told (but "How did you feel
                    #           when the 13 came to the South?" takes their coming as told)
                if etype == "defection" and CROSSING_INTO.fullmatch(word) and any(m.type == "defection" for m in out) \
                        and anaphor().search(text, doc.sentences[clause.sentence].start, t0):
                    continue  # "They took a bus to the border and crossed the river into Thailand": a leg of the flight
                    #           told before, not another (but "A group of 13 crossed the river into Thailand": its own)
                if etype == "return" and DEPORTED_WORD.search(word) and SETTLED_SOUTH_BEFORE.search(
                        text, max(doc.sentences[clause.sentence].start, t0 - 160), t0) \
                        and not TO_THE_NORTH_AFTER.match(text, t0, clause.end):
                    continue  # "a man who fled from the North to Seoul was deported from Canada": one of
                    #           the South's people sent away, not back to the North
                if etype == "defection" and SOUTHS_PEOPLE_BEFORE.search(text, max(clause.start, t0 - 60), t0):
                    continue  # "once South Korean managers walked out of the park": the South's people leaving, no flight
                if etype == "defection" and southerner_taken_up(text, max(clause.start, t0 - 60), t0):
                    continue  # "a South Korean inspector ... The inspector, Mr Park, vanished at sea": the South's man
                if etype == "defection" and SOUTHERNER_SAID_BEFORE.search(text, max(clause.start, t0 - 90), t0):
                    continue  # "Park, a South Korean plant manager, said he was forced to flee": the South's man leaving
                if etype == "defection" and (state := STATES_PEOPLE_BEFORE.search(text, max(clause.start, t0 - 90), t0)) \
                        and any(p.place.kind == "country" and p.place.country != "KP"
                                for p in doc.within(doc.places, *state.span("state"))):
                    continue  # "with many of Ruritania's men killed or having fled the country": its own people, no flight
                if etype in ("defection", "return") and (goer := nearest_goer(text, max(clause.start, t0 - 90), t0)) \
                        and not OBJECT_OF_PREPOSITION.search(text, max(clause.start, goer.start() - 30), goer.start()) \
                        and not CRAFT_TAKEN_BEFORE.search(text, max(clause.start, goer.start() - 30), goer.start()):
                    continue  # "four suspects in the killing fled", "the 6,700-ton freighter had left port": no one's flight
                if etype == "defection" and BARE_PLURAL_WHO.search(text, max(clause.start, t0 - 40), t0) \
                        and PRESENT_BASE.fullmatch(word.split()[0]):
                    continue  # "the hardships of refugees who settle in the South": any who do, no one flight
                if etype == "return" and TAKEN_BY_THE_NORTH.search(text, max(clause.start, t0 - 100), t0) \
                        and not TO_THE_NORTH_AFTER.match(text, t1, clause.end):
                    continue  # "two Thai women abducted by the North came home": the North's victims going
                    #           home, away from it
                if etype == "defection" and ATTRIBUTIVE.fullmatch(word) and (
                        KIND_OF_PEOPLE_AFTER.match(text, t1) and KIND_BEFORE.search(text, max(clause.start, t0 - 30), t0)
                        or BARE_PEOPLE_BEFORE.search(text, max(clause.start, t0 - 40), t0) and TREATED_AS.search(
                            text, t1, min(clause.end, t1 + 80))):
                    continue  # "bad news for fleeing North Koreans", "raised by escaped North Koreans", "Beijing sees
                    #           North Koreans escaping their country as migrants": a kind of people, no happening
                if etype in ("defection", "return") and RATE.match(text, t1, min(clause.end, t1 + 40)):
                    continue  # "200 or so workers going home every day": a rate, not a happening
                if etype == "return" and GENERIC_PEOPLE_BEFORE.search(text, max(doc.sentences[clause.sentence].start, t0 - 60), t0) \
                        and FATE_AFTER.match(text, t1, doc.sentences[clause.sentence].end):
                    continue  # "activists say people sent back by Tonga may end up in camps": the fate of any sent
                    #           back, no one return
                if etype in ("defection", "return") and OCCASIONS.search(
                        text, max(doc.sentences[clause.sentence].start, t0 - 160), t0):
                    continue  # "Fiji picked up their boats on seven occasions this year, with 30 crewmen sent home": a
                    #           sum of several happenings, none of them one
                if CONDITION_OPENING.match(text, doc.sentences[clause.sentence].start, t0) \
                        and not PAST_IN.search(text, doc.sentences[clause.sentence].start, t0):
                    continue  # "If fishermen are found alive, the Tongan authorities send them home": a rule, no happening
                if clause.sentence in doc.headline and PEOPLE_NOUN_TRIGGER.fullmatch(word):
                    continue  # "five defectors held at the border, handed back": in a headline, the noun names the people
                if etype == "defection" and word.lower() == "defector" and (
                        INDEFINITE_BEFORE.search(text, max(clause.start, t0 - 50), t0)
                        or RANK_BEFORE.search(text, max(clause.start, t0 - 60), t0)):
                    continue  # "judges jailed a North Korean defector found guilty of spying", "the most senior
                    #           defector in years gave a talk": who the person is, no flight the sentence tells
                if etype == "return" and RETURN_NOUN.fullmatch(word) and SUPERLATIVE_BEFORE.search(
                        text, max(clause.start, t0 - 40), t0) and SINCE_AFTER.match(text, t1):
                    continue  # "the first expulsion of North Koreans since 1990": a record, said of one told
                if PEOPLE_NOUN_TRIGGER.fullmatch(word) \
                        and (of := OF_THE_PEOPLE_BEFORE.search(text, max(clause.start, t0 - 60), t0)) \
                        and any(r.end() == of.start()
                                for r in trig["return"].finditer(text, max(clause.start, t0 - 60), of.start())):
                    continue  # "China's repatriation of defectors": the people sent back, no flight told
                if etype in nouns and nouns[etype].match(word) and not (
                        VERB_USE_AFTER.match(text, t1) and not GROUP_DETERMINER.search(text[max(clause.start, t0 - 40):t0])):
                    # ("a manager escapes from a restaurant": the verb, in a timeline's present)
                    # a noun trigger needs a number or a group determiner right before it
                    det = GROUP_DETERMINER.search(text[max(clause.start, t0 - 40):t0])
                    if not det and word.lower() in ("defection", "escape") and INDEFINITE_BEFORE.search(
                            text, max(clause.start, t0 - 30), t0):
                        det = PEOPLE_COUNTED_BY.match(text, t1, clause.end)   # "a daring defection by eleven North
                        #                                                       Koreans": one, counted after it
                    if not det or (word.lower().endswith("ions") and KIND_ONLY.match(det.group(0))):
                        continue    # ("group defections of restaurant workers": a kind of happening, no one of them)
                    if POSSESSIVE_DETERMINER.match(det.group(0)) and not any(
                            d.start - t1 <= 4 or PLACE_THEN_DATE.fullmatch(text, t1, d.start)
                            for d in doc.within(doc.dates, t1, min(clause.end, t1 + 50))):
                        if etype == "defection" and clause.sentence not in doc.headline:
                            resumed.append(EventMention(etype, clause.sentence, clause, (t0, t1)))
                        continue    # "within days of her escape": the flight already told, taken up again; but "before
                        #             my escape in 2022", "her escape from Malta in 2015" tell when it was (and where
                        #             nothing else tells it, the first is its telling: see below)
                    if SUPERLATIVE_BEFORE.search(text, max(clause.start, t0 - 40), t0) and (
                            SINCE_AFTER.match(text, t1) or RECORD_SPAN_AFTER.match(text, t1, min(clause.end, t1 + 100))):
                        continue    # "the largest group defection since Kim took power": a record, not a happening
                    if PEOPLE_NOUN_TRIGGER.fullmatch(word) and SUPERLATIVE_BEFORE.search(text, max(clause.start, t0 - 40), t0) \
                            and FEAT_AFTER.match(text, t1):
                        continue    # "the first defector elected to the assembly": who a person is, by a feat; no flight
                    if PARTITIVE.search(text[max(clause.start, t0 - 30):t0]):
                        continue  # "one of the defectors said": a person, not an event
                    if PEOPLE_NOUN_TRIGGER.fullmatch(word) and trig["return"].search(text, t1, min(clause.end, t1 + 40)) \
                            and not COUNTED_BEFORE_NOUN.search(text, max(clause.start, t0 - 30), t0):
                        continue  # "allowing the escapees to be repatriated": the people of the return, told again
                    if PEOPLE_NOUN_TRIGGER.fullmatch(word) and word.lower().endswith("s") \
                            and trig["return"].match(text, AUX_AFTER.match(text, t1).end()):
                        continue  # "dozens of defectors have gone back to the North": the subject of the return
                    if RESIDENTS_AFTER.match(text, t1) and not COUNTED_BEFORE_NOUN.search(text, max(clause.start, t0 - 30), t0):
                        continue  # "a group of defectors now living in the South testified": who they are now, no flight
                        #           told (but "12 defectors now living in Seoul": a group the story counts)
                    if PEOPLE_NOUN_TRIGGER.fullmatch(word) and LIVE_THERE_NOW.match(text, t1):
                        continue  # "a dozen defectors call Ohio home": who live there now, a figure
                    if PEOPLE_NOUN_TRIGGER.fullmatch(word) and AGENT_BEFORE.search(text, max(clause.start, t0 - 60), t0) \
                            and not COUNTED_BEFORE_NOUN.search(text, max(clause.start, t0 - 30), t0):
                        continue  # "a shop run by a group of defectors": who runs it, no flight told
                    if BODY_OF_PEOPLE_AFTER.match(text, t1):
                        continue  # "a defectors' association": a kind of body, not people who fled

                    if STATISTIC.match(text, t1) or any(
                            n.value >= 100 and n.end <= t0 and t0 - n.end < 25 and not any(
                                d.start <= n.start < d.end for d in doc.within(doc.dates, max(clause.start, t0 - 40), t0))
                            for n in doc.within(doc.numbers, max(clause.start, t0 - 40), t0)):
                        continue  # "2,000 defectors a year": a statistic (a claim), not an event (but "the 2016
                        #           defection of a group": a year, the happening's)
                # (a state's halt of visas is its own measure, not a word for the "UN sanctions" just before it)
                split = OTHER_WORKPLACE_BETWEEN.search(text, max(seen_types[etype].trigger[1], t0 - NEAR), t0) \
                    if etype in ("closure", "opening") and etype in seen_types else None
                if etype in ("defection", "return") and etype in seen_types and inside_quote(
                        doc, clause.sentence, seen_types[etype].trigger[0]) and not inside_quote(doc, clause.sentence, t0):
                    # "'we counted the days for the escape,' she said, recalling her escape from Latvia in 2011": the
                    # teller's own words lead, the quote's are the same happening retold
                    out.remove(seen_types.pop(etype))
                if etype in seen_types and not (etype == "sanction" and (t0 - seen_types[etype].trigger[1] > 30 or (
                        PERMITS.search(text, t0, t1) and not PERMITS.search(text, *seen_types[etype].trigger)))) \
                        and not another_happening(text, seen_types[etype].trigger[1], t0, t1) and not split \
                        and not counted_apart(doc, seen_types[etype].trigger, (t0, t1)):
                    seen = seen_types[etype]
                    if PEOPLE_NOUN_TRIGGER.fullmatch(text, *seen.trigger) and WHO_DID.fullmatch(text, seen.trigger[1], t0):
                        # "called in the nine defectors who reached Seoul in March": the relative clause's verb tells
                        # the happening (and its date); the noun before it only names its people
                        seen.evidence.append(seen.trigger)
                        seen.trigger = (t0, t1)
                        seen.arrival, seen.decision = bool(ARRIVAL.match(word)), bool(DECISION.match(word))
                        continue
                    seen_types[etype].evidence.append((t0, t1))
                    if seen_types[etype].back_reference and not BACK_REF_NOUN.fullmatch(word) and not (
                            etype in nouns and nouns[etype].fullmatch(word)):
                        # "to deal with the defection of his wife, who had fled to the embassy": the clause tells the
                        # happening with its verb, so its noun points back to nothing
                        seen_types[etype].back_reference = False
                    continue
                own = clause
                if split:   # the clause's two conjuncts, each its own restaurant's: each mention reads its own
                    first = seen_types[etype]
                    first.clause = Clause(first.clause.start, split.start(), clause.sentence)
                    own = Clause(split.start(), clause.end, clause.sentence)
                em = EventMention(etype, clause.sentence, own, (t0, t1), headline=clause.sentence in doc.headline)
                em.arrival = etype == "defection" and bool(ARRIVAL.match(word))
                em.others = etype in ("defection", "return") and bool(OTHER_PEOPLE_BEFORE.search(text, max(clause.start, t0 - 80), t0))
                em.decision = etype == "defection" and bool(DECISION.match(word))
                em.future = etype == "return" and bool(FUTURE_RETURN.search(text, max(clause.start, t0 - 40), t0)
                                                        or THREATENED_RETURN.search(text, max(clause.start, t0 - 40), t0)
                                                        or em.headline and bool(HEADLINE_TO.match(
                                                            text, doc.sentences[clause.sentence].start, t0)))
                em.back_reference = bool(BACK_REF.search(text[max(clause.start, t0 - 25):t0])) and bool(
                    BACK_REF_NOUN.fullmatch(word)) and not NEW_COMPLEMENT.match(text, t1) \
                    and not ASPECT_BEFORE.search(text, max(clause.start, t0 - 50), t0) \
                    and not ASPECT_AFTER.match(text, t1, min(len(text), t1 + 120))   # "the opening of a branch"
                if etype == "sanction" and clause.sentence == min(body, default=-1) and JUST_TAKEN.search(
                        text, max(clause.start, t0 - 40), t0) and doc.published and len(str(doc.published)) >= 7 \
                        and not CONCESSIVE.search(text, doc.sentences[clause.sentence].start, t0):
                    em.news = str(doc.published)[:7]
                if etype in ("defection", "return") and others_nationals(doc, clause.start, t0):
                    continue
                seen_types[etype] = em
                out.append(em)
    # ("her memoir closes with her defection in the flood year"): where nothing before it tells a flight, the
    # first possessive noun naming it is its telling, not a flight told before and taken up again
    for em in resumed:
        if not any(m.type == em.type and m.trigger[0] < em.trigger[0] for m in out):
            out.append(em)
    for clause in doc.clauses:
        if clause.sentence not in body or any(m.sentence == clause.sentence for m in out):
            continue
        incident = INCIDENT_CONTEXT.search(text, clause.start, clause.end)
        wm = WORKPLACE_CONTEXT.search(text, clause.start, clause.end) or ROUTE_CONTEXT.search(text, clause.start, clause.end) \
            or split_search(doc, SPLIT_MF, clause.start, clause.end) or split_search(doc, SPLIT_FM, clause.start, clause.end) \
            or incident
        if wm and (anaphor().search(text, clause.start, clause.end) or WORKPLACE_CONTEXT.search(text, clause.start, clause.end)
                   or incident
                   or split_search(doc, SPLIT_MF, clause.start, clause.end) or split_search(doc, SPLIT_FM, clause.start, clause.end)):
            out.append(EventMention("context", clause.sentence, clause, wm.span(), context=True))
    # "Its sister branch in Siem Reap did the same a month later", "Japan followed suit": the last event's kind again
    for m in DID_THE_SAME.finditer(text) if has_word(doc, ("same", "likewise", "too", "suit"), 0, len(text)) else ():
        clause = doc.clause_of(m.start())
        if clause is None or clause.sentence not in body or any(x.clause == clause for x in out):
            continue
        last = max((x for x in out if x.type != "context" and x.trigger[1] <= m.start()), key=lambda x: x.trigger[0], default=None)
        if last is not None and doc.sentence_of(last.trigger[0]) >= clause.sentence - 2:
            out.append(EventMention(last.type, clause.sentence, clause, m.span()))
    # "A group of North Koreans trying to reach Tonga was held ... They were arrested on 9 March": the
    # people of the flight just told, caught (its date, its place)
    for m in CAUGHT_AGAIN.finditer(text) if has_word(doc, ("they", "group"), 0, len(text)) else ():
        clause = doc.clause_of(m.start("verb"))
        if clause is None or clause.sentence not in body or any(x.clause == clause for x in out):
            continue
        last = max((x for x in out if x.type != "context" and x.trigger[1] <= m.start()), key=lambda x: x.trigger[0], default=None)
        if last is not None and last.type == "defection" and doc.sentence_of(last.trigger[0]) >= clause.sentence - ANAPHOR_WINDOW:
            out.append(EventMention("defection", clause.sentence, clause, m.span("verb"), back_reference=True))
    for m in DID_INSTEAD.finditer(text) if "did" in text and "but" in text.lower() else ():
        # "Fiji did not deport him. But once he moved to Tonga, Tonga's government did.": the verb denied just before,
        # done by another
        clause = doc.clause_of(m.start("did"))
        if clause is None or clause.sentence not in body or any(x.clause == clause for x in out):
            continue
        prev = doc.sentences[max(0, clause.sentence - 1)]
        denied = [d for d in DENIED_VERB.finditer(text, prev.start, m.start())]
        etype = next((t for t in ("return", "defection") if denied and trig[t].fullmatch(denied[-1].group("verb"))), None)
        if etype is not None:
            out.append(EventMention(etype, clause.sentence, clause, m.span("did")))
    out.sort(key=lambda m: (m.sentence, m.trigger[0]))
    # the people a return sends back, named by a noun in its clause, are no defection of theirs: right after its verb
    # ("repatriated at least 60 North Korean defectors": dropped), or after its noun's "of" ("the repatriation from
    # Tonga to the North last month of five young defectors": that return, told with its count and date)
    returns = [o for o in out if o.type == "return"]
    kept: list[EventMention] = []
    for em in out:
        if em.type == "defection" and "defection" in nouns and nouns["defection"].match(text[em.trigger[0]:em.trigger[1]]):
            if any(o.clause == em.clause and (0 <= em.trigger[0] - o.trigger[1] <= OBJECT_REACH
                                              and not CAUSE_BETWEEN.search(text, o.trigger[1], em.trigger[0])
                                              or o.trigger[0] <= em.trigger[0] < o.trigger[1]
                                              or 0 <= o.trigger[0] - em.trigger[1] <= OBJECT_REACH
                                              and SENT_BACK_RELATIVE.fullmatch(text, em.trigger[1], o.trigger[0]))
                   for o in returns):
                continue    # (nor "six refugees the agency says were sent back": the people the return sent)
            if any(o.type == "return" and o.clause == em.clause and o.trigger[1] <= em.trigger[0]
                   and NOUN_OF_PEOPLE.fullmatch(text, o.trigger[1], em.trigger[0]) for o in kept):
                em.type = "return"
        kept.append(em)
    out = kept
    # the triggers that are events, with the type their words give, for nearest_trigger
    doc.memo["mention_triggers"] = {m.trigger: m.type for m in out if m.type != "context"}
    sent_on: dict[int, str] = {}
    for em in out:
        if em.type == "defection" and leaving_home(doc, em):
            em.type = "return"
        elif em.type == "return" and (land := sent_on_elsewhere(doc, em.clause, em.trigger[1])):
            em.type = "defection"       # "China expelled them to Singapore": sent on, away from the North, on their way out
            sent_on[id(em)] = land
    issuer_of_body: str | None = None
    told_by_title: list[EventMention] = []
    for em in out:
        fill_slots(doc, em)
        if (land := sent_on.get(id(em))) is not None:    # where they were sent on to: the South, or a stop on the way
            if land == "KR":
                em.destination = land
            elif land not in em.transit:
                em.transit = [*em.transit, land]
            em.country = None if em.country == land else em.country
        if em.type == "sanction":
            # "the Foreign Ministry said it had instructed embassies": a state's body without its state acts for the
            # state that issued the article's last measure (the discourse's current issuer)
            if em.issuer is None and GOVERNMENT_BODY.search(text, max(em.clause.start, em.trigger[0] - 100), em.trigger[0]):
                # (else, a body ordering the North's people "to close ... and leave" is the host state's: the
                # dateline's, or the state the text has just placed them in, "North Korean investors in Nepal"; so is
                # a body that stops their visas, when the headline names no state: "the government stopped
                # providing visas to them")
                em.issuer = issuer_of_body or (host_state(doc, em.trigger[0]) if ORDER_TO_GO.search(
                    text, em.trigger[0], min(em.clause.end, em.trigger[1] + 80)) else None) or (
                    title_state(doc) or host_state(doc, em.trigger[0]) if PERMITS.search(text, *em.trigger) else None)
            states = title_states(doc)
            told = STATES_SUBJECT.search(text, max(em.clause.start, em.trigger[0] - 80), em.trigger[0]) \
                if len(states) > 1 and em.issuer in (None, *states) and PERMITS.search(text, *em.trigger) else None
            if told and PERMITS.search(doc.title or "") and SMALL_COUNTS.get((told.group("n") or "").lower(), len(states)) == len(states):
                # "the two countries have said they would stop renewing visas", under "Oman, Bahrain halt visas
                # ...": the states the headline names, one measure each (as many as the body says)
                em.issuer = em.issuer or states[0]
                told_by_title.extend(twin_of(em, ("date", "departure", "statuses", "nk", "evidence", "instrument"),
                                             issuer=s) for s in states if s != em.issuer)
            if em.issuer not in (None, "UN", "EU"):
                issuer_of_body = em.issuer
    out = sorted(out + told_by_title, key=lambda m: (m.sentence, m.trigger[0]))
    out = distribute_coordinated(doc, out)
    out = distribute_instruments(doc, out)
    out = dated_batches(doc, out)
    # "more than 31,000 North Koreans have defected since 1998": a running total (a claim), not one happening
    return [em for em in out if not (em.type == "defection" and em.count is not None and em.count >= STATISTIC_COUNT)]


def distribute_instruments(doc: Document, ms: list[EventMention]) -> list[EventMention]:
    """ "Resolutions 2375 and 2397 mandate ...": one sanction per resolution the list numbers, each with its number's
    span as evidence, the rest (issuer, date) shared."""
    out: list[EventMention] = []
    for em in ms:
        out.append(em)
        if em.type != "sanction" or em.instrument is None:
            continue
        im = next((m for m in INSTRUMENT.finditer(doc.text, em.clause.start, em.clause.end)
                   if em.instrument.endswith(m.group("n") or m.group("n2") or m.group("n3"))), None)
        end = im.end() if im else -1
        if im is not None and (pair := CITED_PAIR.match(doc.text, end)):
            span, year = pair.span("n"), pair.span("year")
            out.append(replace(em, trigger=span, instrument=f"UNSCR {pair.group('n')}", evidence=[span],
                               date=DateMention(year[0], year[1], pair.group("year"), "year", False),
                               statuses=set(em.statuses), transit=list(em.transit)))
            continue
        while im is not None:
            nxt = MORE_INSTRUMENTS.match(doc.text, end)
            if nxt is None:
                break
            span = nxt.span("n")
            out.append(replace(em, trigger=span, instrument=f"UNSCR {nxt.group('n')}", evidence=[span],
                               statuses=set(em.statuses), transit=list(em.transit)))
            end = nxt.end()
    return out


COORDINATION = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)(?:the\s+)?$")


# "80 North Koreans were forcibly repatriated, along with 40 others on 18 September, and nearly 50 in July 2021": more
# batches of the same happening's kind, each with its own head count and date
BATCH = re.compile(r"(?i)\s*,?\s*(?:along\s+with|together\s+with|as\s+well\s+as|followed\s+by|and(?:\s+then)?|then)\s+"
                   r"(?:(?P<hedge>nearly|almost|about|around|some|roughly|more\s+than|over|at\s+least|another)\s+)?"
                   r"(?P<n>\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                   r"(?:(?!on\b|in\b)[\w'’-]+\s+){0,3}?(?:on|in)\s+(?:the\s+)?")


UP_TO_COMMA = re.compile(r"[^,.;]{0,40}?(?=,)")


def dated_batches(doc: Document, ms: list[EventMention]) -> list[EventMention]:
    """A defection or return followed by more dated batches of it in its sentence: one mention per batch, and the
    first keeps a date of its own (the one before its trigger), not a batch's."""
    out: list[EventMention] = []
    for em in ms:
        out.append(em)
        if em.type not in ("defection", "return") or em.count is None:
            continue
        end = doc.sentences[em.sentence].end
        pos, batches = em.trigger[1], []
        while True:
            m = BATCH.match(doc.text, pos, end)
            if m is None:
                skip = UP_TO_COMMA.match(doc.text, pos, end)    # ("repatriated to China, along with")
                m = BATCH.match(doc.text, skip.end(), end) if skip and not batches else None
            d = next((x for x in doc.within(doc.dates, m.end(), end) if x.start == m.end()), None) if m else None
            if d is None:
                break
            batches.append(replace(em, count=_int(m.group("n")), count_max=None, approx=bool(m.group("hedge")),
                                   male=None, female=None, date=d, trigger=(m.start("n"), d.end),
                                   evidence=[(m.start("n"), d.end)], lone=False))
            pos = d.end
        if batches:
            taken = {(b.date.start, b.date.end) for b in batches}
            if em.date is not None and (em.date.start, em.date.end) in taken:
                before = [x for x in doc.within(doc.dates, doc.sentences[em.sentence].start, em.trigger[0])
                          if event_date(doc, x, em.type)]
                em.date = before[-1] if before else None
            out.extend(batches)
    return out


def distribute_coordinated(doc: Document, ms: list[EventMention]) -> list[EventMention]:
    """"Song Do Won and Ok Ryu Gwan ... ceased service": a closure (or opening) of coordinated named restaurants is one
    event per restaurant, each with the same evidence and slots."""
    out: list[EventMention] = []
    for em in ms:
        out.append(em)
        if em.type in ("closure", "opening") and not em.name and em.city is not None:
            out.extend(counted_elsewhere(doc, em))
        if em.type == "sanction" and em.issuer not in (None, "UN", "EU"):
            out.extend(co_issuers(doc, em))
        if em.type in ("defection", "return") and em.count is not None and em.date is not None:
            out.extend(listed_groups(doc, em))
        if em.type not in ("closure", "opening") or not em.name:
            continue
        sent = doc.sentences[em.sentence]     # (a list's commas may split it into clauses)
        named = [r for r in doc.within(doc.restaurants, max(sent.start, em.trigger[0] - NEAR), em.clause.end) if r.name]
        runs: list[list] = []
        for r in named:
            if runs and COORDINATION.match(doc.text[runs[-1][-1].end:r.start]):
                runs[-1].append(r)
            else:
                runs.append([r])
        run = next((x for x in runs if any(same_restaurant_name(r.name, em.name) for r in x)), [])
        if len(run) < 2:
            continue
        for r in run:
            if same_restaurant_name(r.name, em.name):
                continue
            out.append(twin_of(em, ("kind", "city", "region", "country", "date", "departure", "statuses", "nk", "evidence"),
                               name=r.name))
    return out


# one more group of a list that goes on after a counted, dated happening: "..., 25 others on 3 May, and about 70 in
# June 2019" (the date right after it)
@lru_cache(maxsize=1)
def listed_group() -> re.Pattern:
    return re.compile(expand_lemmas(r"\s*,?\s*(?:and\s+)?(?P<hedge>{COUNT_HEDGE}\s+)?(?P<n>\d[\d,]*)\s+(?:(?:others?|more)\s+)?"
                                    r"(?:on|in)\s+"))


def listed_groups(doc: Document, em: EventMention) -> list[EventMention]:
    """The other groups of a list that follows a counted, dated happening, each with its own count and date ("the
    return of 300 on 2 March, 25 others on 3 May and 70 on 9 June": three returns)."""
    out: list[EventMention] = []
    sent = doc.sentences[em.sentence]
    at = em.date.end
    if at < em.trigger[0] or at > sent.end:
        return out
    while True:
        hit = listed_group().match(doc.text, at, sent.end)
        date = next((d for d in doc.within(doc.dates, hit.end(), sent.end) if d.start == hit.end()), None) if hit else None
        if date is None:
            return out
        n = int(hit.group("n").replace(",", ""))
        if n < 2 or date.precision == "year" and not date.relative and str(n) == date.value:
            return out
        out.append(twin_of(em, ("kind", "city", "region", "country", "transit", "destination", "statuses", "nk"),
                           count=n, approx=bool(hit.group("hedge")), date=date, evidence=[(hit.start("n"), date.end)]))
        at = date.end


def twin_of(em: EventMention, keep: tuple[str, ...], **own) -> EventMention:
    """Another event told by the same words as ``em`` (one per restaurant, city or state a sentence lists): the slots
    ``keep`` copied, ``own`` its own."""
    twin = EventMention(em.type, em.sentence, em.clause, em.trigger)
    for k in keep:
        setattr(twin, k, getattr(em, k))
    for k, v in own.items():
        setattr(twin, k, v)
    return twin


# (the gazetteer reads "the South" of "the South Korean and U.S. governments": its demonym's tail lies between)
STATE_LIST_GAP = re.compile(r"(?:\s+Korean)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
BY_AFTER = re.compile(r"\s+(?:(?:[a-z]+ly|together|also)\s+)?by\s+(?:the\s+)?")
# (the verb the measure's own, or one that announces it: "South Korea and the US announced fresh sanctions on ...")
# (and "Qatar and Kuwait, which last month downgraded their ties and ceased issuing visas", "its neighbours, Qatar and
# Kuwait, stopped ...": an apposition's comma, a time and a first verb between)
STATES_THEN_VERB = re.compile(r"(?:\s*,\s*(?:which\s+)?|\s+)(?:governments?\s+|authorities\s+)?"
                              r"(?:(?:last|this|earlier\s+this)\s+(?:week|month|year)\s+|in\s+\d{4}\s+)?"
                              r"(?:(?:have|has|had|will|would|also|both|each|all|jointly|separately|just|now|already)\s+){0,3}"
                              r"(?:[a-z]+ed\s+(?:[\w'’-]+\s+){0,5}?and\s+)?"
                              r"(?:(?:announced|imposed|unveiled|slapped|placed|adopted|issued|launched|levied)\s+"
                              r"(?:(?:new|fresh|further|additional|more|joint|simultaneous|parallel|coordinated|their|its)\s+){0,2})?$")


MEASURE_SLOTS = ("date", "departure", "statuses", "nk", "evidence", "instrument", "news")    # a co-issuer's copy of them


# ("coordinated with Tonga to jointly designate", "sanctioned them in concert with Japan"): a partner state
JOINT_WITH_BEFORE = re.compile(r"(?i)\b(?:coordinat\w+|cooperat\w+|partner\w*|team\w*\s+up|jointly|together|in\s+(?:coordination|"
                               r"concert|tandem|partnership|cooperation|conjunction))\s+with\s+(?:the\s+)?$")
TO_JOINTLY = re.compile(r"\s+to\s+(?:jointly\s+|together\s+)?")     # (the partner, then the listing's verb)


def co_issuers(doc: Document, em: EventMention) -> list[EventMention]:
    """ "Kuwait and Qatar stop renewing visas for North Korean workers": each state listed as the subject issues the
    measure, one event each with the same evidence and slots; so does a partner the issuer acts with ("coordinated
    with Tonga to jointly designate")."""
    near = doc.within(doc.places, max(em.clause.start, em.trigger[0] - 120), min(em.clause.end, em.trigger[1] + 80))
    partners = [p for p in near if em.issuer is not None and p.place.kind == "country"
                and p.place.country not in (em.issuer, "KP", None)
                and JOINT_WITH_BEFORE.search(doc.text, max(0, p.start - 40), p.start)
                and (p.start > em.trigger[1] or TO_JOINTLY.fullmatch(doc.text, p.end, em.trigger[0]))]
    if partners:
        return [twin_of(em, MEASURE_SLOTS, issuer=partners[0].place.country)]
    by = BY_AFTER.match(doc.text, em.trigger[1])
    if by:     # "were sanctioned together by Japan and Australia": each state after "by" issues it
        after = [p for p in doc.within(doc.places, by.end(), min(em.clause.end, by.end() + 120)) if p.place.kind == "country"]
        run = after[:1] if after and after[0].start - by.end() <= 4 else []
        for nxt in after[1:]:
            if not STATE_LIST_GAP.fullmatch(doc.text, run[-1].end, nxt.start if not doc.text.startswith("the ", nxt.start - 4)
                                            else nxt.start - 4):
                break
            run.append(nxt)
        return [twin_of(em, MEASURE_SLOTS, issuer=p.place.country)
                for p in run if p.place.country not in (em.issuer, "KP")]
    states = [p for p in doc.within(doc.places, max(em.clause.start, em.trigger[0] - 200), em.trigger[0]) if p.place.kind == "country"]
    if not states or states[-1].place.country != em.issuer or not STATES_THEN_VERB.fullmatch(doc.text, states[-1].end, em.trigger[0]):
        return []
    run = [states[-1]]
    for prev in reversed(states[:-1]):
        if not STATE_LIST_GAP.fullmatch(doc.text, prev.end, run[0].start):
            break
        run.insert(0, prev)
    out = []
    for p in run[:-1]:
        if p.place.country in (em.issuer, "KP"):
            continue
        out.append(twin_of(em, MEASURE_SLOTS, issuer=p.place.country))
    return out


# "closed four restaurants in the capital and two in Siem Reap": the next count's place, right after the first's
AND_NEXT_COUNT = re.compile(r"(?i)\s+(?:in|at)\s+[^.;,]{0,40}?\s+and\s+$")


def counted_elsewhere(doc: Document, em: EventMention) -> list[EventMention]:
    """A closure or opening of restaurants counted city by city ("the four restaurants in Phnom Penh and two others
    in Siem Reap were closed"): one more event for each city after the first, with the same evidence and slots."""
    sent = doc.sentences[em.sentence]     # (near the trigger: a text without breaks is one sentence)
    mentions = [r for r in doc.within(doc.restaurants, max(sent.start, em.trigger[0] - 300), min(sent.end, em.trigger[1] + 300))
                if not r.name]
    out: list[EventMention] = []
    cities = {em.city.place.name}
    # ("those in Bangkok and Pattaya are gone": the cities listed with the first)
    more = [(city, False) for city in listed_after(doc, em.city)[1:]]
    for prev, r in zip(mentions, mentions[1:]):
        if AND_NEXT_COUNT.fullmatch(doc.text, prev.end, r.start):
            more.append((place_restaurant(doc, r)[0], True))
    for city, same_country in more:
        if city is None or city.place.name in cities or (same_country and city.place.country != em.city.place.country):
            continue
        cities.add(city.place.name)
        # ("Its branch in X shut in 2016 and the branch in Y closed in 2019": Y's own date, after it)
        own = next((d for d in doc.within(doc.dates, city.end, min(sent.end, city.end + OWN_DATE_REACH))
                    if event_date(doc, d, em.type) and not CONJUNCT_END.search(doc.text, city.end, d.start)), None) \
            if em.date is None or em.date.start < city.start else None
        out.append(twin_of(em, ("kind", "departure", "statuses", "nk", "evidence"), city=city,
                           country=city.place.country, date=own or em.date))
    return out


OWN_DATE_REACH = 40     # characters after a listed city in which its own conjunct dates it
CONJUNCT_END = re.compile(r"[,;:]")     # ("... closed, the ministry said in 2018": the telling's date, past the conjunct)


# "that restaurant from which the 12 waitresses escaped": the workplace of the defection told, not a restaurant named
FLED_FROM_WHICH = re.compile(r"(?i)\b(?:restaurant|eatery|outlet)\s+(?:from|at|in)\s+which\s+[^.;]{0,80}?\b(?:escaped|fled|"
                             r"defected|left|worked)\b")


# "reports that ...", "said that ...": a clause reported inside the teller's sentence
REPORTED_THAT = re.compile(r"(?i)\b(?:reports?|reported|rumou?rs?|news|word|claims?|said|says|told|confirmed|announced|"
                           r"learned|learnt)\s+that\s+")


def last_match(rx: re.Pattern, text: str, a: int, b: int) -> re.Match | None:
    m = None
    for m in rx.finditer(text, a, b):
        pass
    return m


def fill_slots(doc: Document, em: EventMention) -> None:
    trig, block_all, block, nouns, status, people, female_w, male_w, transit, kinds = lexicon()
    c = em.clause
    sent = doc.sentences[c.sentence]
    text = doc.text
    t0, t1 = em.trigger
    if sent.end - sent.start > 2 * SENTENCE_WINDOW:     # a text without sentence breaks: read around the trigger
        lo, hi = max(sent.start, t0 - SENTENCE_WINDOW), min(sent.end, t1 + SENTENCE_WINDOW)
        sent = Sentence(lo, hi, text[lo:hi], sent.paragraph)
    a, b = max(c.start, t0 - SENTENCE_WINDOW // 2), min(c.end, t1 + SENTENCE_WINDOW // 2)
    yardstick = min(filter(None, (SINCE_CLAUSE.search(text, t1, b), PRIOR_HAPPENING.search(text, t1, b))),
                    key=lambda y: y.start(), default=None)
    a = prior_happening(text, a, b, t0, t1) or a    # (the event told inside such a clause: only what the clause says)
    aside_end = yardstick and ASIDE_END.search(text, yardstick.end(), b)
    if yardstick and not aside_end:     # "the first diplomat to defect since Ryu arrived from Kuwait in 2019": Ryu's place
        b = yardstick.start()
        sent = Sentence(sent.start, b, text[sent.start:b], sent.paragraph)
    em.evidence = [(a, b)]
    part = own_part(doc, em, sent)
    if em.type in ("defection", "return", "context"):
        # ("sentenced five people for trying to smuggle North Koreans out"): the people smuggled, not the smugglers
        smuggled = smuggling(text, t0)
        em.count, em.count_max, em.approx, em.male, em.female = find_count(doc, t0 if smuggled else a, b, em.trigger)
        if em.count is None and not smuggled:
            cnt = find_count(doc, part.start, part.end, em.trigger)
            if cnt[0] is not None:
                em.count, em.count_max, em.approx, em.male, em.female = cnt
        more = N_MORE_BEFORE.search(text, max(c.start, t0 - 40), t0) if not smuggled else None
        if more is not None:       # "three more escaped", "three of them have left": the people the noun left out
            #                        (the trigger's own subject, not a group the clause told of before it: "after
            #                        the flight of 13 workers, three more just slipped away")
            em.count = _int(more.group("n") or more.group("m") or more.group("o"))
        if em.count is None and not smuggled and em.type != "context" and len(mention_people(doc, em)) == 2:
            em.count = 2     # "Kim Kwang-hyok and Koh Jong-nam went back": two, named together
        # ("A North Korean sergeant defected to the South"): one, by trade, whom the parse counts (``subject_count``)
        em.by_trade = em.count is None and not smuggled and one_by_trade(text, c.start, t0) is not None
        subject = HE_SHE_SUBJECT.search(text, max(c.start, t0 - 80), t0) \
            if em.count is None and em.type == "defection" and c.sentence > 0 else None
        if subject is not None:
            # "A North Korean soldier was captured in January. He said he would like to apply for asylum": the one
            # person the sentence before introduced
            prev = doc.sentences[c.sentence - 1]
            one = single_person().search(text, max(prev.start, prev.end - 300), prev.end) \
                or one_of_the_norths_by_trade().search(text, max(prev.start, prev.end - 300), prev.end)
            if one is not None and not tellers(text, one.start(), one.end()):
                sex, he = sex_of_noun(one.group("noun")), subject.group(0).lower()
                em.count = 1
                em.male, em.female = (1, None) if (sex == "m" or he == "he") else (None, 1) if (sex == "f" or he == "she") else (None, None)
        if em.count is None and em.type == "defection" and c.sentence > 0 \
                and (own := PRONOUN_OWNER.search(text, max(c.start, t0 - 40), t0)) is not None \
                and named_before(doc, c.sentence):
            # ("Pak spent years in a labour camp … The memoir traces his later escape to China"): the one
            # person named before, whose pronoun tells the sex
            em.count = 1
            he = (own.group("he") or own.group("his")).lower() in ("he", "his")
            em.male, em.female = (1, None) if he else (None, 1)
        if em.count is None and c.sentence > 0 and (
                c.start == doc.sentences[c.sentence].start and THEY_SUBJECT.fullmatch(text, c.start, t0)
                or THEY_RIGHT_BEFORE.search(text, max(c.start, t0 - 60), t0) and not doc.within(doc.numbers, sent.start, t0)):
            # (also "their contracts were cut short and they went home", the sentence counting no one before it)
            told = told_group(doc, doc.sentences[c.sentence - 1])
            if told is not None and (told.value == 2 or not text.startswith("Both", c.start)):
                em.count, em.approx = int(told.value), told.approx
                em.group_told = c.sentence - 1
        if em.count is None and c.sentence > 0 and em.type in ("defection", "return") \
                and (the := count_patterns()["the_subject"].search(text, max(c.start, t0 - 80), t0)) is not None:
            told = counted_by_noun(doc, c.sentence, the.group("p"))
            if told is not None:
                em.count, em.approx = int(told.value), told.approx
                em.group_told = doc.sentence_of(told.start)
        em.lone = em.count == 1 and bool(single_person().search(text, sent.start, sent.end))
        em.member = em.count == 1 and bool(ONE_OF_A_GROUP_BEFORE.search(text, max(c.start, t0 - 60), t0))
        em.vague_group = em.count is None and (any(
            n.hedge in VAGUE_VALUES and count_patterns()["attached"].match(text, n.end, n.end + 60)
            for n in doc.within(doc.numbers, max(a, em.trigger[0] - 80), em.trigger[0]))
            or bool(A_GROUP_OF.search(text, max(a, em.trigger[0] - 80), em.trigger[0]))
            or bool(LARGE_NUMBER_AFTER.match(text, em.trigger[1], min(b, em.trigger[1] + 60)))
            or bool(THE_CREW_BEFORE.search(text, max(a, em.trigger[0] - 60), em.trigger[0])))
    # workplace
    # (near the trigger: a text without sentence breaks is one sentence)
    rest = list(doc.within(doc.restaurants, max(sent.start, em.trigger[0] - NEAR), min(sent.end, em.trigger[1] + NEAR)))
    # a restaurant named as where the teller works ("according to a manager at the Daedongang Restaurant") is not
    # the event's workplace
    named = [r for r in rest if r.name and not TELLERS_WORKPLACE.search(text, max(0, r.start - 50), r.start)]
    if named:
        best = min(named, key=lambda r: abs(r.start - em.trigger[0]))
        em.name, em.kind = best.name, best.kind
    elif rest:
        em.kind = "restaurant"
    if em.kind is None:
        for k in KIND_WORDS:
            if workplace_word(text, kinds[k], a, b) or workplace_word(text, kinds[k], sent.start, sent.end):
                em.kind = k
                break
    placed = [(r, inside) for r in rest if a <= r.start < b for inside in [city_inside(doc, r)] if inside is not None]
    inside = min(placed, key=lambda ri: abs(ri[0].start - em.trigger[0]))[1] if placed and em.name is None else None
    ref = DEFINITE_WORKPLACE.search(text, a, b) if em.name is None else None
    if inside is None and ref is not None:
        # "opened its first restaurant in Siem Reap": the city its own words give, not the restaurant told before
        inside = city_right_after(doc, ref.end(), b)
    if inside is not None:
        # "the opening of the Phnom Penh branch": the city its own words give, not the restaurant told before
        em.city, em.country = inside, inside.place.country
    if ref is not None and not FLED_FROM_WHICH.search(text, a, b):
        ante = antecedent(doc, em)
        ac, ar, ak = place_restaurant(doc, ante) if ante is not None else (None, None, None)
        # ("the Dubai restaurant closed": the one told of before in Dubai, not one of another city)
        if ante is not None and (inside is None or ac is None or ac.place.name == inside.place.name):
            em.name, em.kind = ante.name, ante.kind
            if inside is None and (not doc.within(doc.places, a, b) or em.type in ("closure", "opening")) \
                    and (ac is not None or ak is not None):
                em.city, em.region, em.country = ac, ar, ak
    tr = transit_countries(doc, sent.start, sent.end, None) if em.type == "defection" else []
    went = went_over_to(doc, em, sent) if em.type == "defection" else []
    reached = arrived_in(doc, sent) if em.type == "defection" else []
    tr = tr + [c for c in went + reached if c not in tr]    # (the state he went over to, or reached, is not where he
    #                                                          worked)
    right_after = city_right_after(doc, em.trigger[1], min(b, em.trigger[1] + 60)) \
        if em.type in ("opening", "closure") else None
    if right_after:       # "new ones have sprung up in Kathmandu": the place the verb names, not the sentence's first
        city, region, country = right_after, None, right_after.place.country
    elif em.city is not None or (em.name and em.country):
        city, region, country = em.city, em.region, em.country
    else:
        city, region, country = place_slots(doc, a, b, set(tr))
        told = last_match(REPORTED_THAT, text, a, t0) if em.type in ("defection", "return") else None
        if told is not None and city is not None and city.start < told.end() and (
                POSTED_TO.search(text, max(a, city.start - 40), city.start)
                or OWN_MISSION_BEFORE.search(text, max(a, city.start - 60), city.start)):
            # "X of the embassy in London voiced concern at reports that Y of the embassy in Rome has settled in the
            # South": the post the reported clause gives, not the teller's
            c2, r2, k2 = place_slots(doc, told.end(), b, set(tr))
            if c2 is not None or k2 is not None:
                city, region, country = c2, r2, k2
        own = restaurant_city_after(doc, [r for r in rest if a <= r.start < b], country) \
            if em.type in ("defection", "return") else None
        if own is not None:     # "stuck in Laos since they walked out of a restaurant in Dalian": where they
            city, region, country = own, None, own.place.country    # worked is the restaurant's city, not the stop
    if city is None and region is None and country is None:
        city, region, country = place_slots(doc, part.start, part.end, set(tr))
    elif city is None:
        c2, r2, k2 = place_slots(doc, part.start, part.end, set(tr))
        if c2 is not None and (country is None or k2 == country):
            city, country = c2, k2
    if region is None and city is not None:
        _, r2, k2 = place_slots(doc, sent.start, sent.end, set(tr))
        if r2 and k2 == country:
            region = r2
    if city is None and doc.dateline is not None and (country is None or country == doc.dateline.place.country) and (
            CITY_REFERENCE.search(text, sent.start, sent.end)
            or em.type in ("opening", "closure") and region is None and in_dateline_sentence(doc, em.sentence)) \
            and doc.dateline.place.country not in HOME:
        city, country = doc.dateline, doc.dateline.place.country
    em.city, em.region, em.country = city, region, country
    if em.country is None and em.group_told is not None:
        told_at = doc.sentences[em.group_told]      # (the group "they" are is placed where it was told)
        em.city, em.region, em.country = place_slots(doc, told_at.start, told_at.end, set())
        if em.country is not None:
            em.evidence.append((told_at.start, told_at.end))
    if em.type == "return" and (sender := STATE_PRONOUN_BEFORE.search(text, max(sent.start, t0 - 30), t0)):
        # ("Britain complained after China gave no figures on the workers it had sent home"): the state "it" is,
        # the last one named before it, sent them from its soil
        named = [p for p in doc.within(doc.places, sent.start, sender.start()) if p.place.kind == "country"
                 and p.place.country not in HOME]
        if named and named[-1].place.country != em.country:
            em.city, em.region, em.country = None, None, named[-1].place.country
    if em.type == "return" and (own := STATES_OWN_BEFORE.search(text, max(sent.start, t0 - 40), t0)):
        # ("… condemned Laos's forced deportation of 12 North Koreans"): the state whose act it was sent them from
        # its soil, whatever other land the sentence names (an outlet's base, a dateline)
        named = [p for p in doc.within(doc.places, own.start(), own.end()) if p.place.kind == "country"
                 and p.place.country not in HOME]
        if named:
            em.city, em.region, em.country = None, None, named[-1].place.country
    if em.country is None and em.type in ("return", "closure") and THE_COUNTRY.search(text, a, b):
        # "44 North Koreans have left the country": the country the story is in, the last one it named
        named = [p for p in doc.within(doc.places, max(0, em.trigger[0] - COUNTRY_REFERENCE_REACH), em.trigger[0])
                 if p.place.country not in HOME and not actor_possessive(text, p)]
        em.country = named[-1].place.country if named else None
    if em.country is None and em.type in ("return", "closure") and doc.dateline is not None \
            and doc.dateline.place.country not in HOME:
        em.country = doc.dateline.place.country
    if em.back_reference:
        em.city = em.region = em.country = em.name = None
        em.count = em.count_max = em.male = em.female = None
    if em.decision:     # ("decided to defect after his request for treatment in Mexico was refused"): the motive's place
        em.city = em.region = em.country = em.name = None
    if em.type in ("defection", "context"):
        em.transit = [t for t in transit_countries(doc, sent.start, sent.end, country)]
        if em.type == "defection" and em.country is None and not em.back_reference:
            # "has taken refuge in South Korea's consulate in Hong Kong": with no other place told, the refuge is
            # where they were (unless they travelled there: a transit)
            refuges = [(p.place.country, bool(TO_REFUGE.search(text, max(a, p.start - 50), p.start)))
                       for p in doc.within(doc.places, a, b) if p.place.country not in HOME
                       and p.place.country not in em.transit and REFUGE_IN.search(text, max(a, p.start - 50), p.start)]
            em.country = next((c for c, went in refuges if not went), None)
            # ("they ran to the South Korean embassy in Tonga": a refuge travelled to, on the way)
            em.transit += [c for c, went in refuges if went and c not in em.transit]
        seg = text[sent.start:sent.end]
        if TO_SOUTH.search(seg) or DEFECT_SOUTH.search(seg) or ASYLUM_SOUTH.search(seg) \
                or (em.type == "defection" and (LINE_CROSSED.search(text, *em.trigger) or LINE_AFTER.match(
                    text, em.trigger[1], sent.end) and not PLURAL_FLIGHTS.search(text, *em.trigger))
                    and not TO_NORTH.search(seg)):
            em.destination = "KR"   # (one of the North's people who crossed the line between the Koreas came south)
        elif ends := [c for c in reached if c not in em.transit and c not in went]:
            em.destination = ends[-1]      # ("fled to China, then secretly entered Japan", "arrived safely in
            #                                Thailand"): as far as the flight went
        elif onward := [c for c in went if c not in em.transit]:
            em.destination = onward[0]     # (a state crossed "into" on the way is none)
        # ("drifted to Aomori ... and want to go to South Korea"): a land reached on the way to another is a stop
        em.transit += [c for c in reached if c != em.destination and c not in em.transit]
        if em.type == "defection" and em.kind is None and em.name is None and em.country is not None \
                and FROM_THE_NORTH.search(text, sent.start, sent.end):
            # ("a refugee who fled North Korea hides in China", "crossed the Tumen into China"): people who left the
            # North itself had no post abroad; the land they are in is where their flight went, or a stop on the way
            # when it lies on the usual way South (or the text tells of a further end)
            if em.destination is None and (em.country not in WAY_SOUTH
                                           or SOLD_THERE.search(text, sent.start, sent.end)):
                em.destination = em.country     # ("fled, and was sold to a farmer in China": where she was kept)
            elif em.country != em.destination and em.country not in em.transit:
                em.transit.append(em.country)
            em.city = em.region = em.country = None
            em.out_of_north = True
    elif em.type == "return":
        em.destination = "KP"
        # "the team went back home on July 19 via Beijing", "sent back to North Korea through China": the way home
        # "deported nine North Koreans from Laos to China, from where they were repatriated": a state they were sent to
        # on the way, other than the one that sent them
        em.transit = [p.place.country for p in doc.within(doc.places, em.trigger[0], min(sent.end, em.trigger[1] + 80))
                      if p.place.country not in HOME and p.place.country != em.country
                      and (HOME_ROUTE.search(text, max(em.trigger[0], p.start - 24), p.start)
                           or em.country is not None and SENT_ON_TO.match(text, em.trigger[0], p.start))][:1] or [
            # "were returned to neighbouring Vietnam on Friday and flown back to North Korea": the leg before the trigger
            p.place.country for p in doc.within(doc.places, max(sent.start, em.trigger[0] - 120), em.trigger[0])
            if p.place.country not in HOME and p.place.country != em.country and p.place.kind == "country"
            and SENT_ON_TO.search(text, max(sent.start, p.start - 60), p.start)
            and FIRST_LEG_THEN.match(text, p.end, em.trigger[0])][:1]
    # date: the nearest date in the clause, else in the sentence
    in_clause = [month_of_telling(doc, d, em.type) for d in doc.within(doc.dates, a, b)
                 if event_date(doc, d, em.type) and not in_others_aside(text, d, em, a, b)
                 and not (aside_end and yardstick.start() <= d.start < aside_end.start())]   # (its date, set off)
    dates = [d for d in in_clause if nearest_trigger(doc, d, em)]
    relative = RELATIVE_TRIGGER.search(text, max(a, em.trigger[0] - 32), em.trigger[0])
    if relative:
        # "a trial for 12 waitresses who defected ... was suspended on June 21", "Pyongyang on Friday offered to send
        # the families of cooks who, it claims, were kidnapped": the main verb's date, not theirs
        dates = [d for d in dates if not (d.start > em.trigger[1] and MAIN_VERB.search(text, em.trigger[1], d.start)
                                          or d.end <= relative.start() and not fronted(doc, d))]
    charge = CHARGED_WITH.search(text, max(a, em.trigger[0] - 100), em.trigger[0])
    if charge:
        # "convicted three officials on Friday of deporting two fishermen in 2018": the verdict's
        # date, before the charge, is not the happening's
        dates = [d for d in dates if d.start >= charge.end()]
    if PEOPLE_NOUN_TRIGGER.fullmatch(text, *em.trigger) and THE_PEOPLE_BEFORE.search(text, max(a, em.trigger[0] - 40),
                                                                                   em.trigger[0]):
        # "a court will hear a petition for the nine defectors next week": the people told of before, named by a
        # noun, are dated by what they did where they were first told of, not by what is done for them now
        dates = []
    if em.type in ("defection", "return"):
        # "the highest-level defection since 2016": the yardstick's date, not this one's (but "since 1997, when the
        # ambassador fled": the date of the happening after it)
        dates = [d for d in dates if not (d.start > em.trigger[1] and MEASURED_SINCE.search(text, max(a, d.start - 100),
                                                                                             d.start))]
    span = SPAN_AFTER.search(text, max(a, em.trigger[0] - 60), em.trigger[0]) \
        if em.type in ("defection", "return") else None
    if span:
        # "on Monday, two years after she fled, she spoke to reporters": the main clause's date, less the span
        comma = text.find(",", em.trigger[1], b)
        end = comma if comma >= 0 else b     # (the time clause runs to its comma: "after she fled in March 2016,")
        main = [d for d in dates if not span.start() <= d.start < end]
        dates = [d for d in dates if span.start() <= d.start < end] or [
            x for x in (shifted(d, span) for d in main[:1]) if x is not None]
    if em.type != "opening":
        # "the original Okryu-Gwan, founded in 1960 in Pyongyang, closed shop": the founding's year, not the closure's
        dates = [d for d in dates if not FOUNDED_BEFORE.search(text, max(a, d.start - 30), d.start)]
    if em.type == "sanction":
        # ("has repeatedly tightened its sanctions since 2006": the start of a series of measures, none of them dated;
        # but "since 2017 U.N. sanctions have banned ...": the measure, in force from then)
        dates = [d for d in dates if dates_measure(doc, d, em.trigger, a, b)
                 and not (SPAN_START.search(text, max(a, d.start - 12), d.start) and SERIES.search(text, a, b))]
        if ROUNDS_OF.search(text, max(a, em.trigger[0] - 60), em.trigger[0]):
            dates = []      # ("has imposed six sets of sanctions, two adopted last year": a tally, none of them dated)
    heads = heading_date(doc, em.trigger[0]) if not em.back_reference else []
    if heads and (not dates or not any(heads[0].end <= t < em.trigger[0] for t, _ in doc.memo.get("mention_triggers", {}))):
        dates = heads       # the line's first happening takes its heading's date, whatever dates the line names after
    if em.back_reference:      # "its closure in February": a date right after the noun still dates what it points to
        dates = [d for d in dates if BACK_REFERENCE_DATE.match(text, em.trigger[1], d.start)
                 and d.start - em.trigger[1] <= 12] or [d for d in in_clause if HAPPENED_ON.match(text, em.trigger[1], d.start)]
    if dates:
        em.date = min(dates, key=lambda d: abs(d.start - em.trigger[0]))
        em.departure = bool(DEPARTURE.search(text[em.trigger[0]:em.trigger[1]]))
        gone = [d for d in dates if FLEEING_ON.search(text, max(a, d.start - 40), d.start)]
        if em.type == "defection" and not em.departure and gone:
            em.date, em.departure = gone[0], True   # "sought asylum in early March after fleeing his post last
            #                                         October": the flight's own date
    elif em.type != "sanction" and not em.back_reference and not span:
        em.date = recent_date(doc, a, b, em.trigger)
    if em.date is None and em.group_told is not None:
        # ("over 40 workers were let go in mid-March. ... and they went home"): where the group was told, then
        told_at = doc.sentences[em.group_told]
        told_dates = [d for d in doc.within(doc.dates, told_at.start, told_at.end) if not d.guessed]
        em.date = told_dates[0] if len(told_dates) == 1 else None
        if em.date is not None and em.date.precision == "day" \
                and NEWS_TOLD_BEFORE.search(text, max(0, em.date.start - 25), em.date.start):
            em.date = month_bound(em.date)     # (the day it was told, "an official said Tuesday": the month only)
    em.statuses = detect_status(doc, [(sent.start, sent.end)])
    if em.date is None and not dates and em.type != "sanction" and not em.back_reference and not relative and not span \
            and "pending" not in em.statuses and not em.future:
        em.date = telling_after(doc, a, em.trigger[1], b) or telling_before(doc, sent.start, em)
    em.nk = bool(em.name) or bool(NK_MARK.search(text, sent.start, sent.end)) or (em.kind == "restaurant" and any(
        the_norths_by_discourse(doc, r) or (r.definite and the_chains_placed(doc, r))
        for r in doc.within(doc.restaurants, a, b))) or bool(
        em.kind and DEFINITE_WORKPLACE.search(text, a, b) and antecedent(doc, em) is not None) or (
        # "Its success led to the opening of a Phnom Penh branch": "its" is the North's restaurant of the sentence before
        bool(POSSESSIVE_ANAPHOR.search(text, sent.start, em.trigger[0])) and c.sentence > 0
        and doc.sentences[c.sentence - 1].paragraph == doc.sentences[c.sentence].paragraph
        and bool(NK_MARK.search(text, doc.sentences[c.sentence - 1].start, doc.sentences[c.sentence - 1].end)))
    unplaced = em.city is None and em.region is None and em.country is None
    intro = introduced_by_the_norths(doc, em) if em.type in ("closure", "opening") and em.kind == "other" and (
        not em.nk or unplaced) else None
    if intro is not None:
        em.nk = True
        if unplaced:
            s0 = doc.sentences[intro]      # (and where it was is where that sentence put it)
            em.city, em.region, em.country = place_slots(doc, s0.start, s0.end, set())
            if em.country is not None:
                em.evidence.append((s0.start, s0.end))
    lead_at = max(sent.start, em.trigger[0] - 40)     # ("^" is the sentence's start only when the lead begins there)
    if em.type in ("closure", "opening") and em.kind in (None, "restaurant") and not em.nk and c.sentence > 0 \
            and ONE_OF_THEM_SUBJECT.search(("\n" if lead_at == sent.start else " ") + text[lead_at:em.trigger[0]]):
        prev = doc.sentences[c.sentence - 1]
        if NK_MARK.search(text, prev.start, prev.end) and RESTAURANT_NOUN_WORD.search(text, prev.start, prev.end):
            em.kind, em.nk = "restaurant", True     # "... some eighty branches abroad. ... - one struggled and closed
            #                                         in Prague": one of the North's restaurants just spoken of
    em.anaphoric = bool(anaphor().search(text, a, b))
    if em.type == "sanction":
        em.adopting = bool(ADOPTING.search(text, t0, t1)) or bool(ADOPTED_AFTER.match(text, t1, c.end))
        em.issuer = sanction_issuer(doc, a, b, *em.trigger) or sanction_issuer(doc, sent.start, sent.end, *em.trigger)
        if em.issuer is None and RESOLUTION_WORD.search(text, t0, t1) and (
                UN_WORDS.search(text, sent.start, sent.end) or (SECURITY_COUNCIL.search(text, max(0, sent.start - 600), sent.start)
                                                                 and not OTHER_BODY_RESOLUTION.search(text, sent.start, sent.end))):
            # "the Security Council adopted ..., and on Dec. 22 passed an additional resolution"; "The Security Council
            # met on Monday. A new resolution was approved ...": the Council's
            em.issuer = "UN"
        if em.issuer is None and SANCTIONS_RESOLUTION.match(text, t1) and not OTHER_BODY_RESOLUTION.search(
                text, sent.start, sent.end):
            em.issuer = "UN"     # "the latest sanctions resolution": the Council's, unless another body's is named
        # the instrument of this trigger: the nearest one ("Resolution 2094 froze ...; Resolution 2087 banned ...")
        ims = (has_word(doc, INSTRUMENT_WORDS, a, b) and list(INSTRUMENT.finditer(text, a, b))) or (
            has_word(doc, INSTRUMENT_WORDS, sent.start, sent.end) and list(INSTRUMENT.finditer(text, sent.start, sent.end))) or []
        im = min(ims, key=lambda x: min(abs(x.start() - em.trigger[0]), abs(x.end() - em.trigger[1]))) if ims else None
        if im and em.issuer == "UN":
            em.instrument = f"UNSCR {im.group('n') or im.group('n2') or im.group('n3')}"
        elif em.issuer == "UN":
            published = parse_date(doc.published)
            em.told_as = next((f"UNSCR {n}" for n in measures_told_in(doc, em.sentence)
                               if not reported_before_adopted(published, n)), None)
        if em.date is None and em.news:
            # "Seoul and Washington have put sanctions on ...", first thing in the body: dated by the notice the next
            # sentence tells it in ("The ministry said in a notice published on Thursday ..."), else taken in the
            # month published or just before it, a guess
            em.date = notice_day(doc, em) or DateMention(t0, t1, em.news, "month", True, guessed=True, bound=True)


# "said in a notice published on Thursday", "was detailed in a Treasury release issued on November 4": the day a
# measure was made known
NOTICE_ON = re.compile(r"(?i)\b(?:(?:notice|release|statement|announcement|directive|order|advisory|decree|circular)\s+"
                       r"(?:(?:published|issued|released|dated|posted|made\s+public)\s+)?on|"
                       r"(?:said|announced|stated)\s+(?:[\w-]+\s+){0,4}?on)\s+$")


def notice_day(doc: Document, em: EventMention) -> DateMention | None:
    """The day the sentence after a lede's undated measure says it was made known, if that is a day up to the day
    published (the notice that tells the news the lede sums up)."""
    nxt = em.sentence + 1
    published = parse_published(doc.published)
    if nxt >= len(doc.sentences) or published is None:
        return None
    sent = doc.sentences[nxt]
    for d in doc.within(doc.dates, sent.start, sent.end):
        day = parse_published(d.value)
        if d.precision == "day" and day is not None and 0 <= (published - day).days <= 31 * NEWS_REACH \
                and NOTICE_ON.search(doc.text, max(sent.start, d.start - 60), d.start):
            return d
    return None


def own_part(doc: Document, em: EventMention, sent: Sentence) -> Sentence:
    """The part of the sentence a mention's slots may come from when its clause lacks them: up to the clauses of the
    sentence's other triggers of that type, or a comparison ("Kim defected in May, making him the highest-ranking
    diplomat to defect since Pak, the envoy to Spain, in 2015": Spain and 2015 are the other defection's)."""
    lo, hi = sent.start, sent.end
    for (o0, _), otype in doc.memo.get("mention_triggers", {}).items():
        if otype != em.type or not lo <= o0 < hi or em.clause.start <= o0 < em.clause.end:
            continue
        other = doc.clause_of(o0)
        if other is None:
            continue
        if other.end <= em.clause.start:
            lo = max(lo, other.end)
        elif other.start >= em.clause.end:
            hi = min(hi, other.start)
    for c in doc.within(doc.clauses, em.clause.end, hi):
        if COMPARISON_OPENS.match(doc.text, c.start):
            hi = min(hi, c.start)      # ("..., making him the first to ... since X"): X's, not this one's
    if (lo, hi) == (sent.start, sent.end):
        return sent
    return Sentence(lo, hi, doc.text[lo:hi], sent.paragraph)


# an adopting verb and the measure it adopts ("passed a resolution"; not "a U.N.-imposed deadline")
# (the verb of the act itself: "On November 19, 2020, the Treasury sanctioned two entities")
ADOPTING = re.compile(r"(?i)\b(?:adopt|pass|approv|impos|issu)\w*\s+(?:[\w-]+\s+){0,3}?(?:resolutions?|sanctions|measures)\b|"
                      r"\b(?:sanctioned|designat(?:e|es|ed|ing))\b")
RESOLUTION_WORD = re.compile(r"(?i)\bresolutions?\b")
SANCTIONS_RESOLUTION = re.compile(r"(?i)\s+resolutions?\b")       # (right after "sanctions")
ADOPTION_BEFORE = 70     # characters before a date an adopting verb dates the measure from ("adopted a resolution on sanctions against North Korea in September 2017")
RIGHT_BEFORE = re.compile(r"\s+(?:also\s+|formally\s+|officially\s+)?")    # "on Monday banned ...": the day dates the verb after it
HEADING_REACH = 300    # characters back from a trigger its line's heading may stand
HEADING_AFTER = re.compile(r"\s*(?::|–|—|-)\s")


def heading_date(doc: Document, at: int) -> list[DateMention]:
    """A timeline's line-initial date heads the happenings on its line ("April 2016: Thirteen waitresses flee ...")."""
    nl = doc.text.rfind("\n", max(0, at - HEADING_REACH), at)
    if nl < 0 and at > HEADING_REACH:
        return []      # no line starts near: no heading (and a text without breaks is not scanned back whole)
    line_start = nl + 1
    return [d for d in doc.within(doc.dates, line_start, at)
            if d.start - line_start <= 2 and HEADING_AFTER.match(doc.text, d.end) and not DATE_STAMP_AFTER.match(doc.text, d.end)][:1]


RECENTLY = re.compile(r"(?i)\b(?:recently|in\s+recent\s+(?:days|weeks)|a\s+few\s+days\s+ago)\b")   # (weeks are dates)
RECENT_MONTHS = re.compile(r"(?i)\b(?:(?:over|in|during|within|for)\s+the\s+(?:past|last)\s+(?:few|several|couple\s+of|two|three)"
                           r"\s+months|in\s+recent\s+months)\b")
RECENT_MONTHS_SPAN = 3   # "the past few months" of an article from April on lie in its year
RECENT_SAFE_DAY = 10     # "recently" in an article of the 10th or later: this month; earlier: maybe last month
OTHER_VERB_AFTER = re.compile(r"(?i)\s+(?:were|was|are|is|have|has|had)(?:\s+been)?\s+")   # (the people, then their verb)


# a happening after "since" that measures another ("the biggest flight since Kim Jong Un's rise in 2011"; but "have gone
# home since late last year" is a date)
SINCE_CLAUSE = re.compile(r"\b[Ss]ince\s+(?:[A-Z][\w’'-]*|(?i:he|she|they|it)|(?i:the|his|her|their|its)\s+[^\s.;,]+)\s+"
                          r"(?:[^\s.;,]+\s+){0,4}?(?:\w{3,}ed|became|came|took|began|was|were)\b")
# an earlier happening the event is told after: "..., following a North Korean who crossed the sea border on August 8",
# "Thursday's incident comes after four defectors crossed the sea border last October": its people, place and date
PRIOR_HAPPENING = re.compile(r"(?i)(?:,\s*(?:following|after)|\s[–—-]\s*(?:(?:a|an|one|two|three|four|five|six|several|"
                             r"a\s+few)\s+(?:days?|weeks?|months?|years?)\s+)?(?:following|after)|"
                             r"\b(?:comes?|came|coming)\s+(?:(?:\w+\s+)?(?:days|weeks|months)\s+)?"
                             r"(?:after|on\s+the\s+heels\s+of))\s+(?:a|an|another|the|\d[\d,]*|two|three|four|five|six|seven|"
                             r"eight|nine|ten)\s+(?:[^\s.;,]+\s+){0,4}?(?:who\s+|that\s+)?(?:\w{3,}ed|fled|swam|ran|came|went|"
                             r"took|made|left)\b|,?\s*\b(?:following|after)\s+the\s+(?:[\w-]+\s+)?(?:disappearance|defection|escape|"
                             r"flight)s?\s+of\b")


def prior_happening(text: str, a: int, b: int, t0: int, t1: int) -> int | None:
    """Where the earlier happening's clause (between ``a`` and ``b``) that tells the trigger at ``t0:t1`` begins, if
    it is told in one."""
    return next((p.start() for p in PRIOR_HAPPENING.finditer(text, a, b) if p.start() < t0 and p.end() >= t1), None)


ASIDE_END = re.compile(r"\s*(?:—|–|--|\s-\s|\(|\)|,)")
BACK_REFERENCE_DATE = re.compile(r"\s+(?:in|on|of|last|this|early|late|mid-?)?\s*$")
# "the mass deportation, the largest of its kind, took place on October 9": the date its verb of happening gives
HAPPENED_ON = re.compile(r"(?i)[^.;]{0,160}?\b(?:took\s+place|happened|occurred|was\s+carried\s+out)\s+(?:on|in)\s+(?:the\s+)?$")


def recent_date(doc: Document, a: int, b: int, trigger: tuple[int, int]) -> DateMention | None:
    """"recently closed", "fled this week": the publication's month, or only its year when the month has just
    begun (the happening may fall in the month before); None without such an adverb beside the trigger."""
    m = RECENTLY.search(doc.text, max(a, trigger[0] - 40), min(b, trigger[1] + 40))
    if m and re.search(r"(?i)\b(?:the|its|their|this|that)\s+$", doc.text[max(0, m.start() - 8):m.start()]):
        return None     # "the recently closed restaurant": a reference back to a closure, not its date
    if m and m.start() >= trigger[1] and OTHER_VERB_AFTER.fullmatch(doc.text, trigger[1], m.start()) and \
            PEOPLE_NOUN_TRIGGER.fullmatch(doc.text, *trigger):
        return None     # "the nine escapees were recently given flats": when the people got something, not when they fled
    months = None if m else RECENT_MONTHS.search(doc.text, max(a, trigger[0] - 60), min(b, trigger[1] + 40))
    if months:       # "over the past few months": the publication's year, when those months all fall inside it
        pub = parse_published(doc.published)
        if pub is None or not (doc.published and len(str(doc.published)) >= 7) or pub.month <= RECENT_MONTHS_SPAN:
            return None
        return DateMention(months.start(), months.end(), f"{pub.year:04d}", "year", True, guessed=True)
    pub = parse_published(doc.published) if m else None
    if pub is None or not (doc.published and len(str(doc.published)) >= 10):
        return None
    if pub.day >= RECENT_SAFE_DAY:
        return DateMention(m.start(), m.end(), f"{pub.year:04d}-{pub.month:02d}", "month", True, guessed=True)
    return DateMention(m.start(), m.end(), f"{pub.year:04d}", "year", True, guessed=True)


# a relative clause or a phrase telling since when ("Pak, the envoy in Minsk since March 2014, fled last September"),
# set off by commas
ASIDE = re.compile(r",\s+(?:(?:which|who)\b[^,;.]*|[^,;.]{0,80}?\bsince\s+[^,;.]*),")


def in_others_aside(text: str, d: DateMention, em: EventMention, a: int, b: int) -> bool:
    """Whether a date stands in an aside set off by commas that does not hold the trigger ("The Pyongyang restaurant,
    which opened in Jakarta in 2005, closed its doors in 2017": 2005 is the opening's)."""
    return any(m.start() <= d.start and d.end <= m.end() and not (m.start() <= em.trigger[0] < m.end())
               for m in ASIDE.finditer(text, a, b))


def dates_measure(doc: Document, d: DateMention, trigger: tuple[int, int], a: int, b: int) -> bool:
    """Whether a date in a measure's clause (``a``..``b``) dates the measure: an adopting verb near it, right after
    the trigger, right before its verb ("on Monday banned ..."), or fronted ("In September, ..., Beijing ordered")."""
    return bool(ADOPTION.search(doc.text, max(a, d.start - ADOPTION_BEFORE), min(b, d.end + 60))
                or 0 <= d.start - trigger[1] <= 12 or RIGHT_BEFORE.fullmatch(doc.text, d.end, trigger[0])
                or bool((o := OBJECT_THEN_DATE.fullmatch(doc.text, trigger[1], d.start))
                        and (o.group("on") or DAY_TOLD.match(doc.text, d.start)))
                or AT_MEETING_THEN_DATE.fullmatch(doc.text, trigger[1], d.start)
                or fronted(doc, d) and d.end < trigger[0]
                # (not "In May, the ministry said it complies with the Council's sanctions": the telling's month)
                and not COMPLYING_WITH.search(doc.text, max(a, trigger[0] - 60), trigger[0]) and (
                    d.precision != "day"
                    # "On 2 March 2016 the fifteen Council members voted through Resolution 2270"; "Today, the
                    # Treasury is designating ...": a day told against the news's own, fronting a verb of measure
                    or (ADOPTING.search(doc.text, *trigger) or d.relative and not SANCTION_NOUN.match(doc.text, *trigger))
                    and not SPEECH_BEFORE.search(doc.text, d.end, trigger[0])))


SPAN_START = re.compile(r"(?i)\b(?:since|ever\s+since)\s+(?:early\s+|late\s+|mid-?)?$")
SERIES = re.compile(r"(?i)\b(?:steadily|repeatedly|gradually|progressively|continually|continuously|successive|resolutions|"
                    r"rounds\s+of|one\s+after\s+another|several|multiple|numerous|a\s+series\s+of)\b")
# a tally of measures before the noun ("has imposed six sets of sanctions"): none of them one measure to date
ROUNDS_OF = re.compile(r"(?i)\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple|"
                       r"numerous|successive)\s+(?:sets|rounds|packages|batches|waves|series)\s+of\s+(?:[\w-]+\s+){0,2}$")
# the measure's object, then its date ("froze the assets of seven North Korean firms on Monday")
# (or "blacklisted one Chinese and one Laotian bank on Monday": two objects, each counted)
# (or "blacklisted four traders and some shipping firms registered in Hong Kong and Macau on Friday", "designated 11
# people as Blocked Persons (BPs) today": a longer object, a name in brackets, a date without its preposition)
OBJECT_THEN_DATE = re.compile(r"(?:\s+(?:and\s+(?=(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|an?|several|some|"
                              r"other|its|their|the|(?-i:[A-Z]))\s?))?"
                              r"(?!(?:and|but|or|while|after|before|when|which|who|that|said|says)\b)\(?[\w'’.-]+\)?){1,12}"
                              r"\s+(?P<on>(?:on|in)\s+)?")
# (a date that holds its own preposition, "in May", or a day told without one, "today", "Thursday")
DAY_TOLD = re.compile(r"(?:on|in|today|yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")

# the meeting it was taken at, then its date ("imposed fresh measures on Pyongyang at a meeting of the bloc's
# ministers held in Brussels on Tuesday")
AT_MEETING_THEN_DATE = re.compile(r"(?:\s+(?!(?:and|but|or|while|after|before|when|which|who|that|said|says)\b)[\w'’-]+){0,6}?"
                                  r"\s+(?:during|at)\s+(?:a|an|the|its)\s+(?:[\w'’-]+\s+){0,5}?(?:meeting|session|summit|"
                                  r"conference|gathering)(?:\s+of\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?(?:\s+(?:held\s+)?(?:in|at)\s+"
                                  r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?\s+(?:on|in)\s+")

DATE_STAMP_AFTER = re.compile(r"\s*\([A-Z][\w .]{1,20}\)\s*(?:--|—|–|-\s)")


# a happening measured against what came before ("the largest group since 2016", "the first such escape since May")
MEASURED_SINCE = re.compile(r"(?i)\b(?:first|largest|biggest|highest[\w-]*|most\s+[\w-]+|latest|worst|only)\b[^.;]{0,80}?"
                            r"\bsince\s+(?:early\s+|late\s+|mid-?)?$")


def event_date(doc: Document, d: DateMention, etype: str) -> bool:
    """Whether a date in an event's clause can be the event's date (not a deadline, not when it was said, not the
    dateline's stamp: "SEOUL, Nov. 1 (UPI) --")."""
    si = doc.sentence_of(d.start)
    if si >= 0:
        head = DATELINE_HEAD.match(doc.text, doc.sentences[si].start, doc.sentences[si].end)
        if head and d.start < head.end():
            return False
    if DATE_STAMP_AFTER.match(doc.text, d.end) and (si < 0 or d.start - doc.sentences[si].start <= 2):
        return False    # "Dec. 4 (UPI) — All six ... have closed down": the wire's stamp, not the happening's date
    before = doc.text[max(0, d.start - 25):d.start]
    after = doc.text[d.end:d.end + 25]
    if THE_YEAR_AFTER.match(after):
        return True     # ("stayed on till 2001, the year she fled"): named as the happening's
    if DEADLINE.search(before) and not NOT_UNTIL_BEFORE.search(before) or DEADLINE_AFTER.match(after) \
            or METADATA_BEFORE.search(before):
        return False    # (but "it was not until May 2021 that she fled" tells when she did)
    if etype in ("defection", "return") and BORN_BEFORE.search(doc.text, max(0, d.start - 60), d.start):
        return False    # "born in Hamhung in 1979": a birth's year
    if etype in ("defection", "return") and any(m.start() <= d.start and d.end <= m.end()
                                             for m in YEAR_SPAN.finditer(doc.text, max(0, d.start - 60), d.end + 60)):
        return False    # "12 went back between 2010 and 2015": the span a tally covers, no date of one happening
    if etype in ("defection", "return") and COMPARED_DATE_BEFORE.search(doc.text, max(0, d.start - 90), d.start):
        return False    # "60 came this year, compared with 229 in 2020": the year of the figure compared with
    if d.precision in ("year", "month") and DOCUMENT_AFTER.match(doc.text, d.end):
        return False    # "in its 2017 sanctions implementation report", "its March 2031 report": when it was told
    # ("told the United Nations on Tuesday": who was told stands between, so the telling is looked for further back)
    if etype != "sanction" and (SPEECH_BEFORE.search(doc.text, max(0, d.start - 60), d.start)
                                or SPEECH_RIGHT_AFTER.match(after) and d.precision != "year"
                                or REPORTS_BEFORE.search(doc.text, max(0, d.start - 60), d.start)):
        return False    # "said on Tuesday", "Seoul on Tuesday acknowledged" -- but "fled last month, officials said" dates the
        #                 flight (and "On Tuesday, police said ..." its month: month_of_telling; and "a man who fled in
        #                 2001 said": a year is no day of telling)
    if etype != "sanction" and ENCOUNTER_BEFORE.search(doc.text, max(0, d.start - 80), d.start) and si >= 0 \
            and RAISED_IT.search(doc.text, doc.sentences[si].start, d.start):
        return False    # "she raised the deportation of the 40 during her talks with the premier last week": the talks'
        #                 date (but "defected during a visit to Bangkok in March" dates the defection)
    return True


COMPARED_DATE_BEFORE = re.compile(r"(?i)\b(?:compared\s+(?:with|to)|(?:up|down)\s+from)\s+"
                                  r"(?:(?:about|around|some|nearly|the)\s+)?"
                                  r"\d[\d,]*(?:\s+[\w-]+){0,3}?\s+(?:in|during)\s+"
                                  r"(?:[^.;]{0,10}?,?\s*(?:and\s+)?\d[\d,]*\s+(?:in|during)\s+)*$")
RAISED_IT = re.compile(r"(?i)\b(?:raised|conveyed|discussed|brought\s+up|voiced|expressed|pressed|mentioned|"
                       r"protested|complained\s+about)\b")
# a meeting, visit or call the date is the time of ("during her talks with the Chinese leader last week")
ENCOUNTER_BEFORE = re.compile(r"(?i)\b(?:meeting|talks|summit|visit|trip|(?:phone|telephone)\s+call|conversation|interview)\s+"
                              r"(?:with|to)\s+(?:[\w.'’-]+\s+){1,6}?(?:in\s+|on\s+|during\s+)?$")


def told_on(doc: Document, d: DateMention) -> bool:
    """Whether a date opening its sentence dates a telling ("On April 8, South Korea said 13 workers had fled")."""
    return bool(SPEECH_AFTER.match(doc.text[d.end:d.end + 60])) and fronted(doc, d)


def month_bound(d: DateMention) -> DateMention:
    """A telling's day as what it says of the happening told: its month, as a bound."""
    return replace(d, value=d.value[:7], precision="month", guessed=True, bound=True)


def month_of_telling(doc: Document, d: DateMention, etype: str) -> DateMention:
    """The date a clause offers its event: the day of a telling gives only its month, as a bound (the happening told
    came no later, in news mostly that month: "On April 8, Seoul said 13 workers had fled" dates the flight April);
    any other date as is."""
    if etype == "sanction" or d.precision != "day" or not (told_on(doc, d) or TOLD_AS_OBJECT.search(
            doc.text, max(0, d.start - 70), d.start)):
        return d
    return month_bound(d)


# the happening as what was told, the day after it the telling's ("the ministry confirmed the repatriation on Oct. 13")
TOLD_AS_OBJECT = re.compile(r"(?i)\b(?:confirmed|announced|reported|revealed|disclosed|acknowledged|denied|made\s+public)\s+"
                            r"(?:the|their|his|her|its)\s+(?:[\w-]+\s+){0,2}?(?:repatriations?|deportations?|returns?|"
                            r"defections?|escapes?|flight|arrivals?|closures?|expulsions?)\s+(?:on\s+|last\s+|this\s+)?$")


# the end of a sentence, or of the telling that closes it ("..., the military reported Thursday, citing sources.")
TELLING_END = re.compile(r"\s*(?:[.;\n]|,\s*(?:citing|according\s+to|quoting)\b|$)")


# the day news is told on, by those who tell it as news (not "a trader told a radio on March 20", an interview, nor
# "the defection was unveiled on Monday", a secret that may be old)
NEWS_TOLD_BEFORE = re.compile(r"(?i)\b(?:said|says|reported|reports|announced|confirmed|stated)\s+(?:on\s+)?$")
# a happening told in the perfect ("About 300 have been sent home, figures showed"): a sum up to then, undated
HAVE_DONE = re.compile(r"(?i)\b(?:have|has)\s+(?:\w+ly\s+)?(?:been\s+)?\w*$")
# a time the clause tells otherwise than as a date: a year or decade, a span ("in the 1990s", "over the past five years")
OTHER_TIME = re.compile(r"(?i)\b(?:1[89]|20)\d\d|\b(?:past|years|decades?|since|ago|recent(?:ly)?|earlier|previously)\b")


def telling_after(doc: Document, a: int, t1: int, b: int) -> DateMention | None:
    """The day of the telling that closes the sentence after the happening ("A defector crossed to the South, the
    military reported Thursday") gives it only its month, as a bound, as a telling's day fronted does -- unless the
    clause tells the happening's time some other way ("fled in the 1990s, a report said Tuesday")."""
    for d in doc.within(doc.dates, t1, b):
        if d.precision == "day" and NEWS_TOLD_BEFORE.search(doc.text, max(0, d.start - 25), d.start) \
                and TELLING_END.match(doc.text, d.end) and not OTHER_TIME.search(doc.text, a, d.start) \
                and not HAVE_DONE.search(doc.text, max(a, t1 - 60), t1):
            return month_bound(d)
    return None


def telling_before(doc: Document, lo: int, em: EventMention) -> DateMention | None:
    """The day of the telling that opens the sentence ("The ministry said Friday the state has sent home four
    sailors") gives the happening it tells only its month, as a bound -- unless the clause tells its time some other
    way, or counts a sum up to then ("said Tuesday about 300 have been sent home")."""
    t0 = em.trigger[0]
    if PEOPLE_NOUN_TRIGGER.fullmatch(doc.text, *em.trigger):
        return None     # ("the BBC reported on Tuesday, citing six escapees": who they are, no happening told)
    for d in doc.within(doc.dates, lo, t0):
        if d.precision == "day" and NEWS_TOLD_BEFORE.search(doc.text, max(lo, d.start - 25), d.start) \
                and not re.search(r"[.;:!?]", doc.text[d.end:t0]) and not OTHER_TIME.search(doc.text, d.end, t0) \
                and not (HAVE_DONE.search(doc.text, max(d.end, t0 - 60), t0) and (em.count is None or em.count >= 100)):
            return month_bound(d)
    return None


def fronted(doc: Document, d: DateMention) -> bool:
    """Whether a date opens its sentence ("On Tuesday, ...", "Last week, ...", "WASHINGTON - Today, ...")."""
    si = doc.sentence_of(d.start)
    if si < 0:
        return False
    start = doc.sentences[si].start
    lead = DATELINE_LEAD.match(doc.text, start, d.start)
    return d.start - (lead.end() if lead else start) <= 12


# a dateline in capitals opening the sentence ("WASHINGTON — ", "SEOUL (Reuters) - ")
DATELINE_LEAD = re.compile(r"\s*[A-Z][A-Z .,'’-]{1,40}?(?:\s*\([^()]{1,30}\))?(?:\s*(?:--|[–—])|\s+-)\s+")


def restaurant_city_after(doc: Document, rest: list, country: str | None) -> PlaceMention | None:
    """The city abroad a restaurant of the mention's words stands in, told right after it ("a restaurant in the
    Chinese city of Xian"), when it lies in another country than the one the words name first (None otherwise)."""
    for r in rest:
        city, _, k = place_restaurant(doc, r)
        if city is not None and city.start > r.end and k not in HOME and k != country:
            return city
    return None


def city_right_after(doc: Document, at: int, end: int) -> PlaceMention | None:
    """A city abroad named right after ``at`` ("... in Kathmandu"), before ``end``."""
    return next((p for p in doc.within(doc.places, at, end) if p.place.kind == "city" and p.place.country not in HOME
                 and IN_RIGHT_AFTER.fullmatch(doc.text, at, p.start)), None)


THE_PLACE_OF_WORK = re.compile(r"(?i)\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?P<noun>clinic|hospital|pharmacy|factory|"
                               r"plant|workshop|shop|store|site|farm|mine|camp|office|firm|company)\b")
INTRODUCED_REACH = 2     # sentences back in which "a clinic" was set up by the North's people


def introduced_by_the_norths(doc: Document, em: EventMention) -> int | None:
    """ "Four medics from North Korea ran a private clinic in Tonga. The clinic was shut when ...": a
    workplace named by a definite noun before the trigger that a sentence just before introduced ("a ... clinic")
    beside the North's people is theirs: the sentence that introduced it, or None."""
    text = doc.text
    ref = THE_PLACE_OF_WORK.search(text, em.clause.start, em.trigger[0])
    if ref is None:
        return None
    intro = re.compile(r"(?i)\b(?:an?|its|their)\s+(?:[\w-]+\s+){0,3}?" + ref.group("noun") + r"\b")
    for i in range(em.sentence - 1, max(0, em.sentence - INTRODUCED_REACH) - 1, -1):
        s = doc.sentences[i]
        if intro.search(text, s.start, s.end) and NK_MARK.search(text, s.start, s.end):
            return i
    return None


def antecedent(doc: Document, em: EventMention):
    """The restaurant (or hotel) a definite reference ("the hotel", "its staff") points back to: the latest
    named one within three sentences, else the latest North Korean one placed somewhere."""
    ref = DEFINITE_WORKPLACE.search(doc.text, em.clause.start, em.clause.end)
    want = "other" if ref and HOTEL.search(ref.group(0)) else None
    cands = [r for r in doc.restaurants if r.start < em.trigger[0] and not (r.definite and not r.name)
             and em.sentence - doc.sentence_of(r.start) <= 3 and (want is None or r.kind == want)]
    named = [r for r in cands if r.name]
    pool = named or [r for r in cands if r.nk_marked]
    return pool[-1] if pool else None


def nearest_trigger(doc: Document, d: DateMention, em: EventMention) -> bool:
    """A date belongs to the trigger of this clause nearest to it ("opened in January, has closed")."""
    trig = lexicon()[0]
    if any(m.start() <= d.start and d.end <= m.end() and m.start() <= em.trigger[0] < m.end()
           for m in ASIDE.finditer(doc.text, em.clause.start, em.clause.end)):
        return True     # ("which opened in Jakarta in 2005,": the aside's own date)
    mine = min(abs(d.start - em.trigger[0]), abs(d.start - em.trigger[1]))
    events = doc.memo.get("mention_triggers")     # (only triggers that are events: "the Games came to a close" is none)
    if events is not None:
        c0, c1 = em.clause.start, em.clause.end
        # (a measure named after the date that the date cannot date: "sent home 300 workers in late 2019 to comply with
        # UN sanctions")
        others = [span for span, t in events.items() if t != em.type and c0 <= span[0] and span[1] <= c1
                  and not (span[0] <= em.trigger[0] < span[1])
                  and not (t == "sanction" and d.end <= span[0] and not dates_measure(doc, d, span, c0, c1))]
    else:
        others = [m.span() for t, rx in trig.items() if t != em.type
                  for m in rx.finditer(doc.text, em.clause.start, em.clause.end) if not (m.start() <= em.trigger[0] < m.end())]
    if d.end <= em.trigger[0] and all(d.end <= o[0] for o in others) and d.start - em.clause.start <= FRONTED_REACH:
        return True     # "Last October, ... a waitress was caught trying to escape and sent back": it frames them all
    text = doc.text
    for o in others:
        if em.trigger[1] <= d.start and d.end <= o[0] and "," in text[d.end:o[0]] \
                and not any(ch in text[em.trigger[1]:d.start] for ch in ",;("):
            continue    # "deporting two crewmen in 2018, despite their wish to defect": the comma ends the
            #             phrase the date closes
        if min(abs(d.start - o[0]), abs(d.start - o[1])) < mine:
            return False
    return True


def dates_agree(x: str | None, y: str | None) -> bool:
    if not x or not y:
        return True
    n = min(len(x), len(y))
    return x[:n] == y[:n]


HEDGED_SPREAD = 0.25     # how far apart, as a share of the larger, a hedged count and another may be and tell one group


def counts_agree(x: EventMention, y: "Event") -> bool:
    if x.count is None or y.count is None:
        return True
    if x.member and y.count > 1 or y.count == 1 and all(m.member for m in y.mentions if m.count is not None) and x.count > 1:
        return True     # "six defectors were interviewed" and "Jin, one worker who fled": one of the group, not another flight
    counted = [m for m in y.mentions if m.count is not None]
    if (x.lone and y.count <= FAMILY) or (counted and all(m.lone for m in counted) and x.count <= FAMILY):
        return True     # "a diplomat defected" and "the diplomat arrived with his wife and a child": one happening
    if x.count_max or y.count_max:
        lo, hi = y.count, y.count_max or y.count
        return lo <= x.count <= hi or (x.count_max or x.count) >= lo and x.count <= hi
    if x.approx or any(m.approx for m in counted):
        # "more than a dozen" and "the group was 15 strong": a hedged count is near, not exact
        return abs(x.count - y.count) <= max(1, round(HEDGED_SPREAD * max(x.count, y.count)))
    return abs(x.count - y.count) <= 1


@dataclass
class Event:
    type: str
    mentions: list[EventMention] = field(default_factory=list)
    # slots the event's own sentences leave open, filled from the article around it (extract/discourse.py)
    inherited: dict = field(default_factory=dict)
    inherited_evidence: list = field(default_factory=list)

    def absorb(self, other: "Event") -> None:
        """Take in another event's mentions and what the discourse gave it: one happening told twice."""
        self.mentions.extend(other.mentions)
        for k, v in other.inherited.items():
            self.inherited.setdefault(k, v)
        self.inherited_evidence.extend(other.inherited_evidence)

    def _first(self, attr):
        for m in self.mentions:
            v = getattr(m, attr)
            if v is not None:
                return v
        return self.inherited.get(attr)

    @property
    def count(self) -> Any:
        vals = [m.count for m in self.mentions if m.count is not None]
        return max(vals) if vals else None

    @property
    def count_max(self) -> Any:
        return self._first("count_max")

    @property
    def name(self) -> Any:
        return self._first("name")

    @property
    def city(self) -> Any:
        c = self._first("city")
        return c.place.name if c else None

    @property
    def country(self) -> Any:
        return self._first("country")

    @property
    def issuer(self) -> Any:
        return self._first("issuer")

    @property
    def instrument(self) -> Any:
        return self._first("instrument")

    @property
    def sentences(self) -> Any:
        return {m.sentence for m in self.mentions}

    def date(self) -> str | None:
        ds = [(m.date, m.departure) for m in self.mentions if m.date is not None]
        ds = [x for x in ds if not x[0].bound] or ds     # (the month a telling is dated yields to a date of the happening)
        if not ds:
            return None
        dep = [d for d, is_dep in ds if is_dep]
        pool = dep or [d for d, _ in ds]
        best = max(pool, key=lambda d: len(d.value))
        for d, _ in ds:  # a more precise date that agrees refines the departure date
            if dates_agree(d.value, best.value) and len(d.value) > len(best.value):
                best = d
        return best.value


def own_date(m: EventMention) -> bool:
    """Whether a measure's date is its own: told after its trigger ("sanctions passed on December 22") or before the
    adopting verb that is its trigger ("In September 2019, the Council passed a resolution"); one fronted before
    another's act ("In mid-September the ministry ordered ..., citing UN sanctions") dates that act."""
    return m.date is not None and (m.date.start > m.trigger[0] or m.adopting)


def adopted_in_month(instrument: str | None, value: str | None) -> bool:
    """Whether a date told of a Council measure (a month or a day) may be the month its resolution was adopted (True
    when either is unknown or the date is a year)."""
    adopted = adopted_on(instrument_number(instrument))
    day = parse_date(value) if adopted is not None and value else None
    return day is None or not day.month or (day.year, day.month) == (adopted.year, adopted.month)


# "Seoul and Washington have put sanctions on ...", first thing in the body: the news, just taken
JUST_TAKEN = re.compile(r"(?i)\b(?:(?:has|have)\s+(?:(?:jointly|also|now|newly|again|each|both)\s+)?"
                        r"(?!(?:said|told|warned|threatened|pledged|promised|vowed|signall?ed|indicated)\b)(?:[\w-]+\s+){0,2}|"
                        r"(?:announced|imposed|slapped|unveiled|levied|placed|put|issued|introduced)\s+"
                        r"(?:(?:new|fresh|further|more|additional|sweeping|tough|tougher)\s+)?)$")
# "Though the UN has imposed sanctions, ...", "Ten years after the Council first imposed sanctions, ...": a measure
# told in a clause subordinate to the news, as its background
CONCESSIVE = re.compile(r"(?i)\b(?:though|although|despite|even\s+as|after|since|before|when|until)\b[^,;]*$")
NEWS_REACH = 2      # months before the month published a measure the lede tells as just taken may have been taken


def months_before(month: str, value: str) -> int:
    """How many months ``value`` (YYYY-MM...) falls before ``month`` (YYYY-MM)."""
    return (int(month[:4]) - int(value[:4])) * 12 + int(month[5:7]) - int(value[5:7])


def older_measure(m: EventMention, e: Event) -> bool:
    """Whether one side is a measure the lede tells as just taken and the other one dated to its month, months
    before ("Last May, the two jointly sanctioned ..."): two measures, not one."""
    news = next((x.news for x in (m, *e.mentions) if x.news), None)
    if news is None:
        return False
    dated = [x.date.value for x in (m, *e.mentions) if x.date and len(x.date.value) >= 7 and not x.date.guessed]
    return any(months_before(news, v) > NEWS_REACH for v in dated)


def compatible(m: EventMention, e: Event) -> tuple[bool, int]:
    """(may fold, number of shared anchors)."""
    if m.type != e.type:
        return False, 0
    if m.type == "sanction" and older_measure(m, e):
        return False, 0
    if m.count == 1 and e.count == 1 and (m.male and any(x.female for x in e.mentions if x.count == 1)
                                          or m.female and any(x.male for x in e.mentions if x.count == 1)):
        return False, 0     # ("he crossed ... to join his aunt, who had gone first"): a man and a woman, two people
    shared = 0
    if not counts_agree(m, e) or m.others and e.count is not None:
        return False, 0     # ("two fishermen were handed to a ship ... Two other fishermen will be": two groups)
    if m.count is not None and e.count is not None:
        shared += 1
    if m.name and e.name:
        if not same_restaurant_name(m.name, e.name):
            return False, 0
        shared += 2
    if m.city and e.city:
        if m.city.place.name != e.city:
            return False, 0
        shared += 1
    if m.country and e.country and m.country != e.country and m.type != "sanction":
        return False, 0     # (a measure's place is only where its targets are: one listing names firms of several)
    if m.type == "sanction":
        if m.issuer != e.issuer:
            return False, 0
        if m.instrument and e.instrument:
            if m.instrument != e.instrument:
                return False, 0
            shared += 2
        elif m.issuer == "UN":
            # (the measure's own date, on whichever side has no number; a number may be read from what the measure
            # did: "the resolution, under which every member state must send them home")
            mine = m.instrument or m.told_as
            theirs = e.instrument or next((x.told_as for x in e.mentions if x.told_as), None)
            dated = m if not mine else next(
                (x for x in e.mentions if own_date(x) and x.date.value == e.date()), None)
            if not adopted_in_month(mine or theirs, dated.date.value if dated and own_date(dated) else None):
                return False, 0     # "sanctions passed on December 22" and "Resolution 2375" (of September): two measures
        shared += 1
    ed = e.date()
    if m.date and ed:
        if not dates_agree(m.date.value, ed):
            if bounded_by(m.date.value, ed, m.date.bound, all(x.date.bound for x in e.mentions if x.date)):
                return True, shared     # "fled in 2013", then "on Monday the envoy said he had arrived": no later
            if not (m.type == "defection" and left_then_arrived(m, e)) and not (m.type == "return" and legs_apart(m.date.value, ed)):
                return False, 0
        else:
            shared += 1
    return True, shared


def bounded_by(x: str, y: str, x_bound: bool, y_bound: bool) -> bool:
    """Whether two dates that disagree may still tell one happening: one is only a bound (the month a telling of it
    is dated) that the other does not pass."""
    return x_bound and y[:len(x)] <= x or y_bound and x[:len(y)] <= y


# ("due to reopen", not "closed due to falling sales": a cause)
IMMINENT = re.compile(r"(?i)\b(?:imminent|expected\s+to|set\s+to|about\s+to|due\s+to\s+(?:be|open|close|shut|reopen|start|"
                      r"launch|resume|move|relocate|begin|end|cease|wind)|plans?\s+to|planning\s+to|"
                      r"preparing\s+to|soon\s+to|will\s+soon|on\s+the\s+(?:brink|verge|edge)\s+of|fac(?:e|es|ed|ing)\s+(?:imminent\s+)?closure)\b")
ARRIVAL = re.compile(r"(?i)\b(?:arriv|reach|land|came|come|turn(?:ed)?\s+up|surfac|flew|flown|travel)")
DECISION = re.compile(r"(?i)\b(?:decid\w*|made\s+\w+\s+(?:[\w-]+\s+)?decision)\s+to\b")
ARRIVAL_WINDOW = 214     # days a group may take from leaving its post to reaching the South (with a month's slack)


RETURN_LEGS_DAYS = 3     # days between the legs of one return ("deported to China on May 27", "repatriated on May 28")


def legs_apart(x: str, y: str) -> bool:
    """Whether two days are close enough to be the legs of one journey home."""
    if len(x) != 10 or len(y) != 10:
        return False
    try:
        return abs((dt.date.fromisoformat(x) - dt.date.fromisoformat(y)).days) <= RETURN_LEGS_DAYS
    except ValueError:
        return False


def left_then_arrived(m: EventMention, e: "Event") -> bool:
    """One defection told twice: when they left ("went missing last month") and when they arrived ("reached Seoul on
    September 12"); the arrival is the later date, within months of the leaving."""
    for x in e.mentions:
        if x.type != "defection" or x.date is None or m.date is None or x.arrival == m.arrival:
            continue
        left, arrived = (x, m) if m.arrival else (m, x)
        lo, hi = month_index(left.date.value), month_index(arrived.date.value)
        if lo is not None and hi is not None and 0 <= hi - lo <= ARRIVAL_WINDOW // 30:
            return True
    return False


def month_index(value: str) -> int | None:
    """A contract date's month counted from year 0 (a year alone is its first month); None for anything else."""
    try:
        return int(value[:4]) * 12 + (int(value[5:7]) - 1 if len(value) >= 7 else 0)
    except ValueError:
        return None



# "three more escaped", "another group of five fled", "a further 20 were sent back", "another North Korean resident
# defected": people other than those told of before, so another happening of that type
MORE_PEOPLE = re.compile(r"(?i)\b(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens)\s+more|"
                         r"another\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|group|batch)|a\s+(?:further|second|"
                         r"new)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|group|batch))\b|"
                         # (one person, as the sentence's subject: not "learned of it from another escapee")
                         r"(?:^|(?<=[.;!?\n]\s)|(?<=\n))(?-i:A)nother\s+(?:North\s+Korean\s+)?(?:[\w-]+\s+)?(?:resident|worker|"
                         r"labou?rer|defector|soldier|woman|man|waitress|diplomat|official|escapee|refugee|student|fisherman|"
                         r"sailor)\b")


N_MORE_BEFORE = re.compile(r"(?i)(?:\b(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                           r"(?:more\s+|of\s+them\s+|of\s+the\s+[a-z]+\s+)"     # ("two of the passengers defecting")
                           r"(?:of\s+them\s+)?|\b(?:a\s+further|another|an\s+additional)\s+(?P<m>\d[\d,]*|two|three|four|five|six|seven|"
                           r"eight|nine|ten|eleven|twelve)\s+|"      # ("a further 60 were sent back")
                           # ("two stayed and the other two chose to go back"): the rest of a group, by their number
                           r"\bthe\s+(?:other|remaining)\s+(?P<o>\d+|two|three|four|five|six|seven|eight|nine|ten)\s+"
                           r"(?:(?!(?:have|had|has|were|later|also|already|just|reportedly|recently)\b)[a-z]+\s+)?)"
                           r"(?:(?:have|had|has|were|later|also|already|just|reportedly|recently)\s+){0,2}"
                           r"(?:been\s+)?$")


MORE_REACH = 80      # characters before a trigger where "three more", "another group of five" name its people


LARGE_GROUP = 20     # people a count must reach to be the many a vague group told of
# a head count of those at work now ("there are 90 workers working there", "another 20 are at work in the province")
STILL_AT_WORK = re.compile(r"(?i)\bthere\s+(?:are|remain)\b|\b(?:are|remain)\s+(?:still\s+|currently\s+|now\s+)?"
                           r"(?:working|employed)\b|\bstill\s+(?:work|working|employed)\b")


def fold(doc: Document, ms: list[EventMention]) -> list[Event]:
    events: list[Event] = []
    lede = min(doc.body_sentences, default=-1)
    before: list[EventMention] = []    # context told before any happening it could belong to ("Twelve women worked at ...")
    for m in ms:
        if m.type == "context":
            if m.count is not None and STILL_AT_WORK.search(doc.text, m.clause.start, m.clause.end):
                # "there are 90 North Korean workers still working in the province": those who stayed, counted, are
                # no count of those who went or fled
                m.count = m.count_max = m.female = m.male = None
            if m.female is not None and m.male is not None:
                split_host = [e for e in events if e.type == "defection" and m.sentence - max(e.sentences) <= ANAPHOR_WINDOW
                              and e._first("female") is None and (e.count is None or e.count == m.male + m.female)]
                if split_host:
                    m.type, m.date = "defection", None
                    m.city = m.region = m.country = m.name = None
                    m.transit = []
                    split_host[-1].mentions.append(m)
                    continue
            host = [e for e in events if e.type in (("defection",) if m.transit and not m.name and not m.city else ("defection", "return"))
                    and m.sentence - max(e.sentences) <= ANAPHOR_WINDOW and fills_gaps(m, e)]
            # "they" is the group last spoken of: "confirmed the arrival of the three" names the three again
            host.sort(key=lambda e: last_referenced(doc, e, m.sentence))
            if host:
                m.type = host[-1].type
                # a context sentence's date is when they worked there, unless a leaving verb governs it ("... and
                # left on 3 February"): then it is when they went
                if not (m.date and host[-1].type == "defection" and DEPARTED_ON.search(
                        doc.text, max(0, m.date.start - 24), m.date.start)):
                    m.date = None
                else:
                    m.departure = True
                host[-1].mentions.append(m)
            else:
                before.append(m)
            continue
        best, best_score = None, float("-inf")
        more = m.type in ("defection", "return") and bool(
            MORE_PEOPLE.search(doc.text, max(m.clause.start, m.trigger[0] - MORE_REACH), m.trigger[0])
            or prior_happening(doc.text, m.clause.start, m.clause.end, *m.trigger) is not None)
        for e in events:
            if more and m.sentence not in e.sentences:
                continue
            ok, shared = compatible(m, e)
            if not ok or other_people(doc, m, e) or other_role(doc, m, e):
                continue
            if m.count is not None and m.count > FAMILY and not mention_people(doc, m) and all(
                    x.count is None for x in e.mentions) and any(len(mention_people(doc, x)) == 1 for x in e.mentions):
                continue  # "Pak re-defected in May", then "a hundred defectors have gone back": not the one named
            last = last_referenced(doc, e, m.sentence) if m.anaphoric else max(e.sentences)
            near = m.sentence - last <= ANAPHOR_WINDOW
            # (an article's one defection, a wish to go South told again without a count, place or date, however far
            # apart: the same)
            # (an article's one return, told again with nothing of its own -- "then handing them over to North Korea"
            # -- however far on: the same)
            only = m.type == e.type == "defection" and sum(1 for x in events if x.type == m.type) == 1 and (
                (m.anchors() == 0 and "pending" in m.statuses)
                or all(x.anchors() == 0 and "pending" in x.statuses for x in e.mentions)) or (
                m.type == e.type == "return" and m.anchors() == 0 and not m.future
                and sum(1 for x in events if x.type == m.type) == 1) or (
                # (an article's one threatened return, told first without a count -- "crew members face forced return"
                # -- then with its people counted: the same)
                m.type == e.type == "return" and m.future and all(x.future and x.count is None for x in e.mentions)
                and sum(1 for x in events if x.type == m.type) == 1) or (
                # (the one return from a state, told again with only that state: "Tonga repatriated about half", then
                # "Tonga also said it had sent its workers home")
                m.type == e.type == "return" and m.country is not None and m.country == e.country
                and m.count is None and m.date is None and m.city is None and not m.name and not m.future
                and sum(1 for x in events if x.type == m.type and x.country == m.country) == 1) or (
                # ("forcibly deported a large number of North Koreans", then "repatriated over 500 North Koreans": the
                # many, counted -- when the article tells of no other group of them)
                m.type == e.type and m.count is not None and m.count >= LARGE_GROUP
                and all(x.count is None for x in e.mentions) and any(x.vague_group for x in e.mentions)
                and sum(1 for x in events if x.type == m.type) == 1) or (
                # the lede tells the flight in brief ("a banker has defected in Russia"), the next sentence in full
                # ("Ri, a representative of the bank, vanished last week in Nakhodka"): the same flight, in one country
                m.type == e.type in ("defection", "return") and e.sentences == {lede} and m.sentence == lede + 1
                and m.country is not None and m.country == e.country
                and sum(1 for x in events if x.type == m.type) == 1)
            if shared == 0 and not only and not (near and (m.anchors() == 0 or m.anaphoric or m.type == "sanction")):
                continue
            if shared == 0 and (m.name or m.city) and not (e.name or e.city) and m.sentence - max(e.sentences) > 1:
                continue  # "the staff" of a restaurant named sentences later is not the group before (E3)
            score = shared * 10 - (m.sentence - last)
            if score > best_score:
                best, best_score = e, score
        if m.decision and not more:
            # "Ri said he decided to defect after ...": the decision of one already told to have defected is that
            # defection told again, with its motive (of one of several, which it does not say: it adds nothing)
            told = [e for e in events if e.type == "defection"]
            if len(told) == 1:
                best = told[0]
            elif told and best is None:
                continue
        if best is None and m.back_reference:
            same = [e for e in events if e.type == m.type and m.sentence - max(e.sentences) <= ANAPHOR_WINDOW]
            best = same[-1] if same else None
            if best is None:
                continue
        if best is None and m.anchors() == 0 and m.type in ("closure", "opening") and \
                DEFINITE_WORKPLACE.search(doc.text, *near_trigger(m)):
            same = [e for e in events if e.type == m.type]
            if len(same) == 1:
                best = same[0]   # "asked why the restaurant had shut down", however far on: the one closure told

        if best is not None:
            best.mentions.append(m)
        else:
            events.append(Event(m.type, [m]))
            told_before(events[-1], m, before)
    return events


CONTEXT_BEFORE_REACH = 2      # sentences back the context of a happening told with "they", "she" may stand


def told_before(e: Event, m: EventMention, context: list[EventMention]) -> None:
    """A happening told of "they", "she" takes the workplace and head count of the people the sentences just before
    spoke of ("Twelve waitresses worked at the restaurant in Ningbo. In April they fled to Seoul.")."""
    if e.type not in ("defection", "return") or not m.anaphoric or m.city is not None or m.name is not None:
        return
    near = [c for c in context if 0 < m.sentence - c.sentence <= CONTEXT_BEFORE_REACH and not c.transit]
    if not near or (near[-1].count is not None and m.count is not None and near[-1].count != m.count):
        return
    c = near[-1]
    if fills_gaps(c, e):
        context.remove(c)
        c.type, c.date = e.type, None       # when they worked there is not when they left
        e.mentions.append(c)


DEFINITE_BEFORE = re.compile(r"(?i)\bthe\s+$")


def last_referenced(doc: Document, e: Event, before: int) -> int:
    """The last sentence before ``before`` that speaks of the event: one of its mentions, or a definite reference to
    its head count ("the three", "the 13 women")."""
    last = max(s for s in e.sentences if s < before) if any(s < before for s in e.sentences) else -1
    if e.count is None:
        return last
    end = doc.sentences[before].start if 0 <= before < len(doc.sentences) else len(doc.text)
    start = doc.sentences[last + 1].start if 0 <= last + 1 < len(doc.sentences) else end
    for n in doc.within(doc.numbers, start, end):
        if not n.is_year and n.value == e.count and DEFINITE_BEFORE.search(doc.text, max(0, n.start - 5), n.start):
            last = max(last, doc.sentence_of(n.start))
    return last


def fills_gaps(m: EventMention, e: Event) -> bool:
    """A context mention adds to an event only what it lacks (workplace, route), and contradicts nothing."""
    if e.type == "defection" and m.transit and m.city is None and m.name is None:
        m.country = m.region = None
        return True
    if m.city is None and m.region is None and m.name is None:
        return False
    if m.country and e.country and m.country != e.country:
        return False
    if m.city and e.city and m.city.place.name != e.city:
        return False
    return e.city is None or e._first("region") is None or e.name is None


STAFF_OF_IT = re.compile(r"(?i)\b(?:(?:its|their|the\s+(?:restaurant|business|outlet|eatery)s?['’]s?)\s+(?:[\w-]+\s+)?"
                         r"(?:workers|staff|employees|waitresses|personnel|cooks)|(?:workers|staff|employees|waitresses)\s+"
                         r"(?:at|of|from)\s+the\s+(?:restaurants?|eater(?:y|ies)|outlets?))\b")


def near_trigger(m: EventMention, reach: int = 200) -> tuple[int, int]:
    """The part of a mention's clause within ``reach`` characters of its trigger: what a rule about the trigger reads
    (a clause of a text without breaks is the whole text, and reading it whole per mention grows with its square)."""
    return max(m.clause.start, m.trigger[0] - reach), min(m.clause.end, m.trigger[1] + reach)


def staff_of_closure(doc: Document, e: Event, kept: list[Event]) -> bool:
    """A return told of the staff of a closure in the same sentence ("the restaurant has closed, and its workers have
    gone home"): the closure identifies it, though it names no count or place of its own."""
    if e.type != "return":
        return False
    closed = {m.sentence for c in kept if c.type == "closure" for m in c.mentions}
    return any(m.sentence in closed and STAFF_OF_IT.search(doc.text, *near_trigger(m)) for m in e.mentions)


def at_home(doc: Document, e: Event) -> bool:
    """A restaurant that opens or closes in Pyongyang (or Seoul) is not one of the chain abroad: its sentence puts it
    at home and nothing places it elsewhere."""
    if e.type not in ("closure", "opening") or e.city is not None or e.country is not None:
        return False
    if "only_home" not in doc.memo:
        places = [p for p in doc.places if doc.sentence_of(p.start) in doc.body_sentences]
        doc.memo["only_home"] = bool(places) and all(p.place.country in HOME for p in places) \
            and any(p.place.kind == "city" for p in places)
    if doc.memo["only_home"]:
        return True     # an article that names only places at home ("Visitors to Pyongyang can dine at ...")
    return told_at_home(doc, e.mentions)



# the North closing a mission of its own ("has shut its diplomatic mission in Tonga", "shutting its embassies in
# Fiji and Samoa"): the mission is the workplace that closed
MISSION_CLOSED = re.compile(r"(?i)(?:[\w-]+\s+){0,2}?(?:(?:its|their|the\s+North['’]s|North\s+Korea['’]s|Pyongyang['’]s)\s+)"
                            r"(?:diplomatic\s+)?(?:missions?|embass(?:y|ies)|consulates?(?:\s+general)?)\s+(?:in|to)\s+"
                            r"(?!Pyongyang\b|North\s+Korea\b|the\s+DPRK\b)[A-Z]")     # (not a host's own, in Pyongyang)


def substantial(e: Event, doc: Document) -> bool:
    """An event stands on its own only with something that identifies it (a named defector is enough: "diplomat Thae
    Yong-ho, who disappeared from the embassy, has defected")."""
    if e.type == "sanction":
        return e.issuer is not None
    if e.type in ("closure", "opening"):
        if not any(m.nk for m in e.mentions) and not e.inherited_evidence and not e.inherited.get("nk"):
            return False  # a restaurant that is not the North's
        # (a mission is no business: "the hostel on the premises of the North Korean embassy must close" closes no embassy)
        kind = e._first("kind")
        placed = (kind not in (None, "embassy") or kind == "embassy" and e.type == "closure" and any(
            MISSION_CLOSED.match(doc.text, m.trigger[0], min(m.clause.end, m.trigger[1] + 60)) for m in e.mentions)) \
            and bool(e.name or e.city or e.country or e.date())
        return placed or counted_places(doc, e)
    return identified(e) or (e.type in ("defection", "return") and bool(participants(doc, e)))


BY_TRADE_GAP = re.compile(r"\s+(?:(?:has|had|have|was|later|also|reportedly|recently)\s+){0,2}")


def one_by_trade(text: str, start: int, trigger: int) -> re.Match | None:
    """The trigger's subject when it is one of the North's people, new to the text and named by a trade ("A North
    Korean sergeant defected to the South"): one person, enough to tell the flight by."""
    one = None
    for one in one_of_the_norths_by_trade().finditer(text, max(start, trigger - 80), trigger):
        pass
    if one is not None and one.group().lower().startswith(("a ", "an ")) \
            and BY_TRADE_GAP.fullmatch(text, one.end(), trigger):
        return one
    return None


def crossed_astray(doc: Document, e: Event) -> bool:
    """A boat or soldiers that crossed the line between the Koreas, when the text says they strayed or never meant to
    defect ("said they mistakenly drove the boat off course and did not want to defect"): no flight, whatever the
    South suspects."""
    return e.type == "defection" and any(LINE_CROSSED.search(doc.text, *m.trigger) for m in e.mentions) \
        and bool(NO_WISH_TO_DEFECT.search(doc.text))


LINE = (r"\b(?:(?:military\s+)?demarcation\s+line|MDL|demilitari[sz]ed\s+zone|DMZ|Northern\s+Limit\s+Line|NLL|"
        r"inter-Korean\s+(?:land\s+)?border|border\s+between\s+(?:the\s+)?(?:two\s+)?Koreas)\b")    # between the Koreas
LINE_CROSSED = re.compile(r"(?i)" + LINE)
# ("a bold escape through the DMZ", "fled across the military demarcation line"): the line the flight took
# (not flights in general: "defections across the DMZ are rare")
PLURAL_FLIGHTS = re.compile(r"(?i)(?:ions|ees|ors|apes)$")
LINE_AFTER = re.compile(r"(?i)\s+(?:[\w-]+\s+){0,2}?(?:through|across|over|via)\s+(?:the\s+)?(?:heavily\s+[\w-]+\s+)?"
                        + LINE)
NO_WISH_TO_DEFECT = re.compile(r"(?i)\b(?:did\s+not|didn['’]t|had\s+no|have\s+no|has\s+no)\s+(?:want|wish|intend|plan|"
                               r"intention|desire)\s+to\s+defect\b|\b(?:mistakenly|accidentally|inadvertently)\s+"
                               r"(?:crossed|strayed|drifted|drove|sailed)\b")


def counted_places(doc: Document, e: Event) -> bool:
    """Whether a closure or opening counts the restaurants it closed or opened ("closed some 40 eateries")."""
    return any(COUNTED_AFTER.match(doc.text, m.trigger[1], m.clause.end) or COUNTED_BEFORE.search(
        doc.text, max(m.clause.start, m.trigger[0] - 80), m.trigger[0]) for m in e.mentions if m.type == e.type)


def named_before(doc: Document, si: int, back: int = 3) -> bool:
    """Whether one of the few sentences before sentence ``si`` opens on a person as its subject or owner: by name
    ("Kang Chol-hwan spent …"), or by the surname alone of one the text named in full before ("When Kang was nine")."""
    text, lo, hi = doc.text, doc.sentences[max(0, si - back)].start, doc.sentences[si].start
    if any(person_name(doc, hit) for hit in NAMED_SUBJECT.finditer(text, lo, hi)):
        return True
    surnames = {hit.group("name").split()[0] for hit in PERSON_RUN.finditer(text, 0, hi) if person_name(doc, hit)}
    return any(m.group(1) in surnames for m in SURNAME_SUBJECT.finditer(text, lo, hi))


def identified(e: Event) -> bool:
    """Whether a defection or return has a slot of its own: a count, a place, a date, a restaurant's name."""
    return any(m.count is not None or m.name or m.city or m.date or m.country or m.vague_group or m.out_of_north
               or m.by_trade for m in e.mentions) \
        or bool(e.inherited_evidence)


def tell_status(own: list[EventMention], doc: Document | None) -> list[EventMention]:
    """The mentions that tell whether a flight is done: not a sentence of context joined to it (its workplace, its
    route), nor people named again by a noun, uncounted, with no cue of their own ("the defectors visited them")."""
    told = [m for m in own if not m.context and not (
        doc is not None and not m.statuses and m.count is None and PEOPLE_NOUN_TRIGGER.fullmatch(doc.text, *m.trigger))]
    return told or own


DELAYED_BEFORE = re.compile(r"(?i)\b(?:delays?|delayed|postponements?|postponed)\s+(?:in|of|to)\s+(?:their|his|her|the)\s+$")


def status_of(e: Event, doc: Document | None = None) -> str | None:
    if e.type == "sanction":
        return None
    # (the headline's words are chosen for brevity: the body tells who says it, when it has the happening too)
    own = [m for m in e.mentions if m.type == e.type and not m.headline] or [m for m in e.mentions if m.type == e.type]
    if doc is not None and e.type in ("opening", "closure") and all(
            IMMINENT.search(doc.text, *near_trigger(m, 80)) for m in own):
        return "pending"     # "its reopening is imminent": about to happen, not happened
    cues = set().union(*(m.statuses for m in own))
    if doc is not None and e.type == "defection":
        disputed = lexicon()[4]["disputed"]
        for si in {i for m in e.mentions for i in (m.sentence - 1, m.sentence + 1)}:
            if 0 <= si < len(doc.sentences) and disputed.search(doc.sentences[si].text) and e.count and \
                    re.search(r"(?i)\b(?:them|they|the\s+\w+|group|women|workers)\b", doc.sentences[si].text) \
                    and not other_group(doc, si, e.count):
                cues.add("disputed")
    if "disputed" in cues and e.type == "defection":
        return "disputed"
    if e.type == "return" and all(m.future for m in tell_status(own, doc)):
        return "pending"     # announced for later ("will send them home by the end of 2019"; a sentence joined for
        #                      where they work tells nothing of when)
    if "pending" in cues and e.type == "defection" and all("pending" in m.statuses for m in tell_status(own, doc)):
        return "pending"
    if e.type == "defection" and doc is not None and all(HELD_FOR_RETURN.search(
            doc.text, max(doc.sentences[m.sentence].start, m.trigger[0] - 100), m.trigger[0]) for m in own):
        return "pending"     # told only of those to be sent back ("plans to deport 20 miners who fled"): held, not safe
    if e.type == "return" and doc is not None and all(PLEA_REFUSED.search(doc.text, *m.trigger) for m in own):
        return "pending"     # told only as a plea against it refused ("rejected calls not to deport them"): to come
    if e.type == "return" and doc is not None and all(WISH_TO_GO.search(doc.text, *m.trigger) for m in own):
        return "pending"     # told only as the wish of those held ("told the coast guard they wanted to return home")
    if e.type == "return" and doc is not None and all(DELAYED_BEFORE.search(doc.text, max(0, m.trigger[0] - 40), m.trigger[0])
                                                       for m in own):
        return "pending"     # told only as put off ("complain of the delays in their repatriation"): not yet made
    if "unconfirmed" in cues or (doc is not None and unconfirmed_after(doc, e)):
        return "reported"     # the text says no one has confirmed it ("has made no official confirmation")
    if doc is not None:
        tellers = {teller_status(doc, si) for si in {m.sentence for m in own}} - {None}
        trig = lexicon()[0][e.type]
        if any(hedged(doc, m.clause.start, m.clause.end, trig) for m in own):
            return "reported"     # told only as a belief ("are believed to have fled"), whoever tells it
        if "confirmed" in tellers:
            return "confirmed"    # an authority states it
        if "reported" in tellers or "reported" in cues and "confirmed" not in cues:
            # only hearsay tells it; but a happening years before the story, told in passing as its background ("the
            # last such defection was that of the deputy envoy in London, in 2016"), is history, not this report's news
            return "confirmed" if background(doc, e) else "reported"
    if "reported" in cues and "confirmed" not in cues:
        return "reported"
    return "confirmed"


# a counted group and the participle it was caught by ("30 refugees detained in"), as a trigger reads it
CAUGHT_GROUP_NAMED = re.compile(r"(?i)(?:\d[\d,]*|dozens|hundreds|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                                r"twelve)\b(?:(?!\b(?:were|was|been|are|is)\b)[^.;])*?"
                                r"\b(?:arrested|detained|apprehended|captured)\s+\w+")
# a return to come and the people it would send back, told as those who fled
HELD_FOR_RETURN = re.compile(r"(?i)\b(?:to|will|would)\s+(?:\w+ly\s+)?(?:repatriate|deport|expel|send\s+back|return)\s+"
                             r"(?:[\w,'’-]+\s+){1,6}?(?:who|that)\s+(?:had\s+|have\s+|has\s+)?$")
PLEA_REFUSED = re.compile(r"(?i)\b(?:pleas?|calls?|appeals?|requests?|demands?)\s+not\s+to\b")
BACKGROUND_YEARS = 2     # years before publication from which a happening told in passing is history


def background(doc: Document, e: Event) -> bool:
    d = e.date()
    pub = parse_published(doc.published)
    return d is not None and pub is not None and d[:4].isdigit() and int(d[:4]) <= pub.year - BACKGROUND_YEARS


def unconfirmed_after(doc: Document, e: Event) -> bool:
    """Whether the sentence right after one of the event's says it is unconfirmed ("Seoul has not confirmed the
    defection"), with a word that points back to it."""
    rx = lexicon()[4]["unconfirmed"]
    own = {m.sentence for m in e.mentions}
    for si in {s + 1 for s in own} - own:
        if si < len(doc.sentences):
            lo = doc.sentences[si].start
            hi = min(doc.sentences[si].end, lo + NEAR)     # (a text without breaks is one sentence)
            if rx.search(doc.text, lo, hi) and POINTS_BACK.search(doc.text, lo, hi):
                return True
    return False


POINTS_BACK = re.compile(r"(?i)\b(?:it|this|that|the\s+(?:\w+\s+)?(?:defection|escape|report|reports|case|closure|"
                         r"return|repatriation|incident|claim|account|story)s?)\b")


def other_group(doc: Document, si: int, count: int) -> bool:
    """Whether sentence ``si`` counts another group than one of ``count`` ("the 13 who fled in April, whom
    Pyongyang says were abducted", beside a story of three)."""
    s = doc.sentences[si]
    return any(not n.is_year and not n.money and 1 < n.value < STATISTIC_COUNT and abs(n.value - count) > 1
               for n in doc.within(doc.numbers, s.start, s.end))


def to_record(doc: Document, e: Event) -> dict:
    gz = gazetteer()
    evidence = sorted({span for m in e.mentions for span in m.evidence} | set(e.inherited_evidence))
    merged: list[dict] = []
    for a, b in evidence:
        while a < b and doc.text[a].isspace():
            a += 1
        while b > a and doc.text[b - 1].isspace():
            b -= 1
        if b > a and not any(x["start"] == a and x["end"] == b for x in merged):
            merged.append({"start": a, "end": b})
    city_m = e._first("city")
    region = e._first("region")
    # ("fled to China ... then crossed the Mekong into Thailand"): a land one telling ends in and another passes through
    # was a stop on the way
    stops = {t for m in e.mentions for t in m.transit}
    destination = next((m.destination for m in e.mentions if m.destination is not None
                        and (m.destination == "KR" or m.destination not in stops)), None)
    # "the envoy defected with his family": one person merges the mentions, but how many went is not told
    family = e.count == 1 and any(UNCOUNTED_FAMILY.search(doc.text, *near_trigger(m)) for m in e.mentions)
    country = e.country
    place = city_m.place if city_m else (gz.country(country) if country else None)
    rec = {
        "type": e.type,
        "count": e.count if e.type in ("defection", "return") and not family else None,
        "count_max": e.count_max if e.type in ("defection", "return") else None,
        "approx": any(m.approx for m in e.mentions if m.count is not None and m.count == e.count),
        "male": None if family else e._first("male"),
        "female": None if family else e._first("female"),
        "workplace": {"kind": e._first("kind"), "name": e.name, "city": e.city, "region": region, "country": country},
        "transit": list(dict.fromkeys(t for m in e.mentions for t in m.transit if t != country and t != destination)),
        "destination": destination,
        "date": e.date(),
        "status": status_of(e, doc),
        "issuer": e.issuer if e.type == "sanction" else None,
        "instrument": e.instrument if e.type == "sanction" else None,
        "evidence": merged,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "place_precision": "city" if city_m else ("region" if region else ("country" if country else None)),
    }
    if e.type == "sanction":
        rec["workplace"] = {"kind": None, "name": None, "city": None, "region": None, "country": None}
        rec["count"] = rec["male"] = rec["female"] = None
    inferred = inferred_slots(doc, e, rec)
    if e.type == "sanction" and rec["issuer"] == "UN" and rec["instrument"] is None:
        rec["instrument"] = resolution_told_by_what_it_did(doc, e, rec["date"])
        inferred += ["instrument"] if rec["instrument"] else []
    adopted = adopted_on(instrument_number(rec["instrument"])) if e.type == "sanction" and rec["issuer"] == "UN" else None
    if adopted is not None and not adopted_in_month(rec["instrument"], rec["date"]) and (
            parse_date(rec["date"]).year == adopted.year or not told_as_adopted(doc, e, rec["date"])):
        # "Resolutions 2356 and 2371, passed in June and August in that order": each on the month it was adopted
        # (public record), not the month read for both; nor the date of what a state did in line with it, or of its
        # deadline ("the last crews went home in late 2019, as the Council's measure asked"). A year the text
        # gives as the adoption's ("the Council's sanctions, imposed in June 2021") is the text's to state.
        rec["date"] = f"{adopted.year:04d}-{adopted.month:02d}"
    if inferred:
        rec["inferred"] = inferred     # (a field of nkwatch's own: the resolver lets these contradict only softly)
    if e.type == "sanction" and rec["instrument"] is None and rec["date"] is None and measures_broken(doc, e):
        rec["regime"] = True      # (nkwatch's own too: the sanctions as a whole, which the resolver ties to no measure)
    people = participants(doc, e) if e.type in ("defection", "return") else []
    if people:
        rec["participants"] = people   # (nkwatch's own too: a named person is strong evidence across articles)
        if rec["count"] is None and len(people) == 1 and not family and not company_goes(doc, e):
            rec["count"] = 1           # "diplomat Thae Yong-ho has defected": one person, named
    if e.type in ("defection", "return") and rec["count"] is None and not family and not company_goes(doc, e) \
            and all(m.count is None for m in e.mentions):
        rec.update(pronoun_count(doc, e) or subject_count(doc, e))     # one person (or a few), told without a number
    elif e.type in ("defection", "return") and rec["count"] == 1 and rec["male"] is None and rec["female"] is None:
        # "a North Korean (named here as B) fled ... He later ...": the one person, whose sex a pronoun gives
        # (or a word for her: "defector Yeonmi Park, ... her escape")
        said = pronoun_count(doc, e)
        if not said and (one := subject_count(doc, e)).get("count") == 1:
            said = one
        rec.update({k: v for k, v in said.items() if k != "count"})
    return rec


def company_goes(doc: Document, e: Event) -> bool:
    """Whether family or company goes with the one a mention tells of ("with his wife", "and her family")."""
    return any(UNCOUNTED_FAMILY.search(doc.text, *near_trigger(m)) or COMPANY_AFTER.search(doc.text, *near_trigger(m))
               for m in e.mentions)


PEOPLE_SAID = re.compile(r"(?i)\s+(?:said|say|says|told|added|confirmed|reported)\b")     # ("…, officials said")


def subject_count(doc: Document, e: Event) -> dict:
    """An event whose triggers' mover (the verb's subject, or the object of a verb that sends) is one person, by the
    parse of their sentences ("Ri, 29, slipped away", "a translator who asked for asylum", "Mr Paek vanished"): one, with the
    sex a word gives; not when a mover parsed is not one person. (Asked only of an event no mention counts and with
    no company going: ``to_record``.)"""
    found = []
    for m in e.mentions:
        if m.context or m.headline:
            continue
        if any(not tellers(doc.text, p.start(), p.end()) and not PEOPLE_SAID.match(doc.text, p.end())
               for p in plural_people().finditer(doc.text, m.clause.start, min(m.clause.end, m.trigger[1] + 60))):
            continue        # many are told of beside the trigger ("dozens of waitresses crossed back"): no one person
            #                 (but not who tells it: "…, officials said")
        sent = doc.sentences[m.sentence]
        said = one_who_goes(doc, sent.start, sent.end, m.trigger)
        if said == {}:
            return {}
        if said:
            found.append(said)
    if not found or len({said["count"] for said in found}) > 1:
        return {}
    sexes = [{k: v for k, v in said.items() if k != "count"} for said in found if len(said) > 1]
    return {"count": found[0]["count"], **(sexes[0] if sexes and all(x == sexes[0] for x in sexes) else {})}


PARTITIVE_OF = re.compile(r"\s+of\b")


OTHERS_AFTER = re.compile(r"\s+other\b")
HARMED_BEFORE = re.compile(r"(?i)\b(?:killed|killing|murdered|murdering|shot|shooting|stabbed|executed|injured|wounded|"
                           r"attacked|beat|beaten|assaulted)\s+(?:(?:at\s+least|about|some|nearly|all)\s+)?$")


def told_group(doc: Document, prev: Sentence):
    """The one number of people a sentence counts ("six more of the North's sailors were pulled from the sea"), if it
    counts just one group: whom a plural subject opening the next sentence points back to."""
    text = doc.text
    numbers = [n for n in doc.within(doc.numbers, prev.start, prev.end)
               if not (n.is_year or n.money or any(d.start <= n.start < d.end for d in doc.dates)
                       or NO_PEOPLE_AFTER.match(text, n.end))]     # ("in one case, ...": no one counted)
    told = [n for n in numbers if n.value_max is None and n.hedge not in VAGUE_VALUES and 2 <= n.value < STATISTIC_COUNT
            and count_patterns()["attached"].match(text, n.end, min(prev.end, n.end + 60))
            and not PARTITIVE_OF.match(text, n.end)
            and not OTHERS_AFTER.match(text, n.end) and not HARMED_BEFORE.search(text, max(prev.start, n.start - 40), n.start)]
    # (not those the subject harmed, nor others than it: "they had shot nine other sailors. They were sent back": the
    # killers; not when it counts others too: "three were rescued on Monday and two more on Tuesday. They ..."; nor a part of
    # them: "the parents of one of its workers. They fled": the workers, uncounted)
    return told[0] if told and len({n.value for n in numbers}) == 1 else None


def counted_by_noun(doc: Document, sentence: int, noun: str, reach: int = 6):
    """The group a definite plural ("the fishermen") points back to: the latest of the sentences before, up to
    ``reach`` back, that counts one group by the same noun ("a boat with 21 fishermen on board was found")."""
    for k in range(sentence - 1, max(-1, sentence - 1 - reach), -1):
        told = told_group(doc, doc.sentences[k])
        if told is not None:
            same = count_patterns()["noun"].match(doc.text, told.end)
            return told if same is not None and same.group("p").lower() == noun.lower() else None
    return None


def pronoun_count(doc: Document, e: Event) -> dict:
    """An event its sentences tell of one person only by a pronoun right before a trigger ("she fled in May", "he was
    later deported"): one, of the pronoun's sex; not when company goes too ("he escaped with his wife"), nor when
    another mention tells of a group (asked only then: ``to_record``)."""
    said = {PRONOUN_SUBJECT.search(doc.text, max(m.clause.start, m.trigger[0] - 60), m.trigger[0])
            or FIRST_PERSON_SUBJECT.search(doc.text, max(m.clause.start, m.trigger[0] - 60), m.trigger[0])
            for m in e.mentions}
    said.discard(None)
    sexes = {x.group("noun").lower() for x in said}
    if len(sexes) != 1:
        return {}
    if sexes == {"i"}:
        return {"count": 1}     # ("I crossed the river and defected": the one who tells it, of a sex not told)
    return {"count": 1, "male" if sexes == {"he"} else "female": 1}


# "I crossed the river and defected", "I was caught and sent back": the one who tells it, its clause's subject
FIRST_PERSON_SUBJECT = re.compile(r"(?<![\w'’])(?P<noun>I)\s+"
                                  r"(?:(?!(?:he|she|they|we|you|him|her|them)\b)[\w'’-]+\s+){0,6}?$")


ROLE = (r"(?:waitress|waiter|manager|diplomat|ambassador|envoy|attach[eé]|chef|cook|worker|defector|employee|"
        r"counsell?or|consul|minister|official|soldier|guard|student|engineer|doctor|refugee|escapee|native)")
PERSON = r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?){1,2})"
# a person named as a sentence's subject or owner ("Kang Chol-hwan spent ten years …", "Kang's family …")
PERSON_RUN = re.compile(PERSON)
SURNAME_SUBJECT = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=\bwhen\s)|(?<=\bafter\s)|(?<=\)\s))"
                             r"([A-Z][a-z]+)(?:['’]s)?\s+[a-z]")
NAMED_SUBJECT = re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=\bwhen\s)|(?<=\bafter\s)){PERSON}(?:['’]s)?\s+[a-z]")
# "diplomat Thae Yong-ho", "deputy ambassador in London, Thae Yong-ho"
ROLE_THEN_NAME = re.compile(rf"\b{ROLE}s?(?:\s+(?:in|to|at)\s+(?:the\s+)?[A-Z][\w.-]+)?,?\s+{PERSON}\b")
# "Kim Chol Nam, a diplomat", "Jo Song-gil, former acting ambassador", "Thae Yong Ho, Pyongyang's deputy ambassador",
# "Ri Il-gyu, who had served as the counselor"
NAME_THEN_ROLE = re.compile(rf"{PERSON},\s+(?:(?:a|an|the|former|then|[A-Z][\w]+['’]s)\s+|who\s+(?:had\s+)?(?:(?:served|worked|was)"
                            rf"\s+as|was|had\s+been)\s+(?:(?:a|an|the)\s+)?)(?:[\w'’-]+\s+){{0,4}}?{ROLE}\b")
# "Ryu Hyun Woo had led North Korea's embassy in Kuwait since ...": a person by the post they held
HELD_POST = re.compile(rf"{PERSON}\s+(?:had\s+|has\s+)?(?:led|headed|ran|run|managed)\s+(?:North\s+Korea['’]s\s+|the\s+|a\s+|its\s+)?"
                       rf"(?:[\w'’-]+\s+){{0,2}}?(?:embassy|mission|consulate|restaurant|office|delegation|team|branch)\b")
NAMED_AS = re.compile(rf"\b(?:named|identified\s+as|called|(?:defection|escape|disappearance|flight)\s+of)\s+{PERSON}\b")
# "Ryu Hyun Woo reached South Korea", "since Thae Yong Ho abandoned his post": a full name a few words before the trigger
NAME_BEFORE_TRIGGER = re.compile(rf"{PERSON}(?:['’]s)?\s+(?:[a-z]+\s+){{0,3}}$")
# a person's own account of the flight: "X's new book, TITLE, details how she escaped", "X's memoir recounts how he
# fled"
OWN_STORY_BEFORE = re.compile(rf"{PERSON}['’]s\s+(?:(?:new|latest|first|own|debut)\s+)?(?:book|memoir|autobiography|"
                              rf"account|story)\b[^.;]{{0,80}}?\b(?:tells|details|recounts|describes|chronicles|"
                              rf"relates|traces)\s+how\s+(?:she|he)\s+(?:[a-z]+\s+){{0,2}}$")
# the sentence's subject, told as the one who did it ("X is the only person born in the camps who has escaped")
ONE_WHO_DID = re.compile(rf"{PERSON}\s+(?:is|was|became)\s+(?:the|one\s+of\s+the|among\s+the)\s+[^.;]{{0,160}}?\bwho\s+"
                         rf"(?:(?:has|had|have|successfully|ever|later)\s+){{0,2}}$")
NAME_AND_BEFORE = re.compile(rf"(?<![\w,]\s){PERSON}\s+and\s+$")     # (the first of two names, not a list's last)
# "Mr Ryu's defection", "confirmed Ryu had defected", "Mr Ryu, who fled in 2019": a surname the article gave in full
# elsewhere
SURNAME_BEFORE_TRIGGER = re.compile(r"\b(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?P<s>[A-Z][a-z]{1,9})(?:['’]s|,\s+who)?\s+"
                                    r"(?:[a-z]+\s+){0,3}$")
# "the women were tricked by Pak when they fled": who did it to them, not one of them (but "a group led by Pak")
AGENT_BY = re.compile(r"(?<!\bled\s)(?<!\bheaded\s)(?<!\baccompanied\s)(?<!\bjoined\s)\bby\s+$")
# "a roommate, Mira, who fled at 12": a given name set apart by commas, the subject of the trigger's relative clause
ONE_NAME_WHO = re.compile(r"(?:,|\b(?:named|called))\s+(?P<name>(?-i:[A-Z][a-z]{2,12})),\s+who\s+(?:had\s+|has\s+)?$")
PERSON_TELLS = re.compile(r"(?:,[^,.;]{0,120},)?\s*(?:said|says|told|tells|added|wrote|explained)\b")
BODY_WORDS = re.compile(r"\b(?:Service|Agency|Ministry|Office|Department|Committee|Commission|Convention|Against|Party|"
                        r"Army|Force|Forces|Police|News|Times|Daily|Post|Herald|Institute|University|Association|Center|"
                        r"Centre|Foundation|Group|Company|Corporation|Bank|Airlines?|Embassy|Consulate|Government|"
                        # (and a landform's or a landmark's name: "the Tumen River", no person)
                        r"Court|River|Mountains?|Sea|Strait|Lake|Island|Islands|Bridge|Valley|Desert|Street|Road|"
                        r"Square)\b")
# "Park" ends a landmark's name ("Chaoyang Park") but is also a common Korean surname: first ("Park Sang-hak"), or last
# after a given name spelled in Korean syllables ("Yeonmi Park")
ROMANISED_SYLLABLE = r"(?:kk|tt|pp|ss|jj|ch|g|k|n|d|t|r|l|m|b|p|s|j|h)?[wy]?(?:ae|eo|eu|ui|oe|ee|oo|ea|a|e|i|o|u)" \
                     r"(?:ng|k|n|t|l|m|p|g|b)?"
KOREAN_GIVEN_NAME = re.compile(rf"(?i){ROMANISED_SYLLABLE}(?:-?{ROMANISED_SYLLABLE}){{1,2}}")
LANDMARK_PARK = re.compile(r"(?P<before>[\w-]+)\s+Park$")


def landmark_park(name: str) -> bool:
    """Whether a capitalised run ending in "Park" is a landmark's name, not a given name and the surname Park."""
    m = LANDMARK_PARK.search(name)
    return m is not None and not (name.count(" ") == 1 and KOREAN_GIVEN_NAME.fullmatch(m.group("before")))


NOT_PERSON_WORDS = {"North", "South", "Korea", "Korean", "Koreans", "The", "Mr", "Ms", "Mrs", "Dr", "If", "But", "And", "Pyongyang", "Seoul", "United", "Nations",
                    "Security", "Council", "Restaurant", "Ministry", "Unification", "January", "February", "March",
                    "April", "May", "June", "July", "August", "September", "October", "November", "December"}


def participants(doc: Document, e: Event) -> list[str]:
    """People the text names beside the event's triggers ("waitress Ri Su-hyang", "Kim Chol Nam, a North Korean
    diplomat", "identified as Jo Song-gil"): two or three capitalised words, none of them a place or a common name
    of a state or body; or right before a trigger ("Ryu Hyun Woo reached South Korea"), or by a surname the article
    gives in full elsewhere ("Mr Ryu's defection")."""
    out: list[str] = []
    for m in e.mentions:
        for name in mention_people(doc, m):
            if not any(same_person(name, o) for o in out):
                out.append(name)
    return out


def mention_people(doc: Document, m: EventMention) -> list[str]:
    """The people one mention names (memoised per trigger: the fold asks too)."""
    memo = doc.memo.setdefault("mention_people", {})
    if m.trigger not in memo:
        memo[m.trigger] = _mention_people(doc, m)
    return memo[m.trigger]


def _mention_people(doc: Document, m: EventMention) -> list[str]:
    near = named_people(doc, *near_trigger(m))
    if near:
        return near
    lo = max(m.clause.start, m.trigger[0] - 60)
    full_name = NAME_BEFORE_TRIGGER.search(doc.text, lo, m.trigger[0])
    if full_name and person_name(doc, full_name) and not PERSON_TELLS.match(doc.text, full_name.end("name"), m.trigger[0]):
        first = NAME_AND_BEFORE.search(doc.text, max(0, full_name.start("name") - 40), full_name.start("name"))
        if first and person_name(doc, first):
            return [first.group("name"), full_name.group("name")]   # "Kim Kwang-hyok and Koh Jong-nam went back": both
        return [full_name.group("name")]      # (not "spokesman Cho Joon-hyuk said the repatriation": who tells)
    told = OWN_STORY_BEFORE.search(doc.text, max(m.clause.start, m.trigger[0] - 160), m.trigger[0])
    if told and person_name(doc, told):
        return [told.group("name")]     # ("Jihyun Park's new memoir, ..., details how she escaped"): her own flight
    sent = doc.sentences[m.sentence]
    one = ONE_WHO_DID.match(doc.text, sent.start, m.trigger[0]) if m.trigger[0] - sent.start <= 200 else None
    if one and person_name(doc, one):
        return [one.group("name")]      # ("X is the only person born in the camps who has escaped"): the subject's own
    surname = SURNAME_BEFORE_TRIGGER.search(doc.text, lo, m.trigger[0])
    if surname and not PERSON_TELLS.match(doc.text, surname.end("s"), m.trigger[0]) \
            and not AGENT_BY.search(doc.text, max(0, surname.start() - 12), surname.start()):
        full = next((n for n in doc_people(doc) if surname.group("s") in (n.split()[0], n.split()[-1])), None)
        if full:
            return [full]
    one = ONE_NAME_WHO.search(doc.text, lo, m.trigger[0])
    if one and not english_word(one.group("name")) and not doc.within(doc.places, one.start(), one.end()):
        return [one.group("name")]      # ("her roommate, Mira, who fled at 12"): a feature's one-word name
    return []


def other_people(doc: Document, m: EventMention, e: Event) -> bool:
    """Whether a mention names people and the event names others only ("Han reached Seoul a year after Pak Chol Ho
    abandoned his post": two defections)."""
    if m.type not in ("defection", "return"):
        return False
    mine = mention_people(doc, m)
    if not mine:
        return False
    theirs = [n for x in e.mentions for n in mention_people(doc, x)]
    return bool(theirs) and not any(same_person(a, b) for a in mine for b in theirs)


# The trade of one person who went, named before the verb ("a captain of the border guard fled", "the envoy had
# gone"): a soldier or spy, a diplomat, a fisherman and a worker are other people, whose flights the same year are two
# events ("a captain and an envoy fled in 2019 ... The captain ... An envoy posted in Asia fled that June").
ROLE_CLASSES = {"military": r"colonel|general|officer|soldier|lieutenant|captain|spy|intelligence\s+official",
                "diplomat": r"diplomat|ambassador|envoy|consul|counsell?or|attach[ée]|charg[ée]\s+d['’]affaires",
                "seafarer": r"fisherman|sailor|seaman|crewman", "worker": r"worker|labou?rer|waitress|chef"}
ROLE_BEFORE = re.compile(r"(?i)\b(?:a|an|the|one|another)\s+(?:[\w'’.-]+\s+){0,5}?(?:"
                         + "|".join(f"(?P<{k}>{v})" for k, v in ROLE_CLASSES.items()) + r")\b(?!\s*(?:'s|’s))")
ROLE_REACH = 120


def mention_role(doc: Document, m: EventMention) -> str | None:
    """The class of the last trade named for one person in the mention's clause before its trigger, or None."""
    if m.type not in ("defection", "return"):
        return None
    last = None
    for hit in ROLE_BEFORE.finditer(doc.text, max(m.clause.start, m.trigger[0] - ROLE_REACH), m.trigger[0]):
        last = hit.lastgroup
    return last


def other_role(doc: Document, m: EventMention, e: Event) -> bool:
    """Whether a mention names one person by a trade and the event names only people of another trade."""
    mine = mention_role(doc, m)
    if mine is None:
        return False
    theirs = {r for x in e.mentions if (r := mention_role(doc, x))}
    return bool(theirs) and mine not in theirs


def same_person(a: str, b: str) -> bool:
    return person_key(a) == person_key(b)     # (the resolver's fold: case, hyphens, word order, romanisation)


def person_name(doc: Document, hit: re.Match) -> bool:
    """Whether a capitalised run is a person's name: no word of a state or body, no place, no English function word or
    word with an adverb's or a past tense's ending (a headline's capitals: "Fears Of", "Son Mysteriously"), no title
    before it ("Chairman ..."), no date, and not one of the North's leaders (who tell, order and are told of; none has fled)."""
    name = hit.group("name")
    words = name.replace("-", " ").split()
    return not (set(words) & NOT_PERSON_WORDS) and not BODY_WORDS.search(name) \
        and not landmark_park(name) and not any(map(english_word, words)) \
        and words[0].lower() not in TITLE_WORDS and person_key(name) not in leaders() and not any(
            p.start < hit.end("name") and hit.start("name") < p.end
            for p in doc.within(doc.places, hit.start("name"), hit.end("name"))) and not any(
            d.start < hit.end("name") and hit.start("name") < d.end     # ("On Monday" is a date)
            for d in doc.within(doc.dates, hit.start("name") - 20, hit.end("name") + 20))


def english_word(word: str) -> bool:
    """A capitalised word that is English, not part of a name: a function word (not a Korean syllable spelled like
    one), or a longer word with an adverb's, a past tense's or a gerund's ending."""
    w = word.lower()
    return (w in english_stop_words() and w not in KOREAN_SYLLABLES) or (len(w) > 4 and w.endswith(("ly", "ed", "ing")))


# syllables of Korean names that are also English function words ("So Chang-sik", "Moon Jae-in", "Kim Do-hyun")
KOREAN_SYLLABLES = {"so", "do", "in", "an", "no", "on", "un", "ha", "go", "mo", "yo", "ye", "he", "me"}
TITLE_WORDS = {"ambassador", "chairman", "president", "premier", "minister", "general", "comrade", "leader", "envoy",
               "consul", "counsellor", "counselor", "deputy", "secretary", "marshal", "colonel", "captain", "lieutenant"}


@lru_cache(maxsize=1)
def english_stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS
    return frozenset(STOP_WORDS)


@lru_cache(maxsize=1)
def leaders() -> frozenset[str]:
    """The North's leaders' names, folded (data/lexicon/events.yaml, ``leaders``)."""
    return frozenset(k for k in map(person_key, load("events")["leaders"]) if k)


DEAD_BEFORE = re.compile(r"(?i)\b(?:death|killing|murder|assassination|poisoning|funeral|body|remains)\s+of\s+"
                         r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}$")


def named_people(doc: Document, lo: int, hi: int) -> list[str]:
    """The people named in text[lo:hi] with a role or "named" beside them, minus those who only tell."""
    out: list[str] = []
    for rx in (ROLE_THEN_NAME, NAME_THEN_ROLE, NAMED_AS, HELD_POST):
        for hit in rx.finditer(doc.text, lo, hi):
            name = hit.group("name")
            if PERSON_TELLS.match(doc.text, hit.end("name"), hit.end("name") + 200) or \
                    TELLERS_BEFORE.search(doc.text, max(0, hit.start() - 20), hit.start()):
                continue   # "Jang Jin-sung, a defector who runs a research group, told reporters": who tells
            if not person_name(doc, hit):
                continue
            if DEAD_BEFORE.search(doc.text, max(0, hit.start() - 60), hit.start()):
                continue   # "amid the row over the death of a citizen named Ri": the one who died, no one who went
            if name not in out:
                out.append(name)
    return out


def doc_people(doc: Document) -> list[str]:
    """Every person the article names with a role (read once per article)."""
    if "people" not in doc.memo:
        doc.memo["people"] = named_people(doc, 0, len(doc.text))
    return doc.memo["people"]




@lru_cache(maxsize=1)
def un_measures() -> list[tuple[str, list[re.Pattern], list[re.Pattern]]]:
    """(resolution, patterns all of which the sentence has, patterns one of which it has): data/lexicon/events.yaml."""
    return [(str(x["resolution"]), [re.compile(p, re.IGNORECASE) for p in x.get("all") or []],
             [re.compile(p, re.IGNORECASE) for p in x["any"]]) for x in load("events")["un_measures_told_by"]]


# "in violation of UN sanctions", "barred from selling arms under Security Council sanctions": the measures as rules
# in force, broken or binding, not one measure adopted (the words between are the issuer's: capitalised, or "international")
BROKEN_BEFORE = re.compile(r"(?i:\b(?:violat\w*|breach\w*|contraven\w*|break(?:s|ing)?|broke|flout\w*|evad\w*|evasion|"
                           r"circumvent\w*|defy\w*|defian\w*|"
                           r"(?:banned|barred|prohibited|forbidden)\b[^.;]{0,60}?\bunder|"
                           # the rules kept: "efforts to implement the Council's resolutions" (but not "complying with
                           # UN sanctions", told of a state sending workers home while one measure's deadline runs)
                           r"implement(?:s|ed|ing|ation\s+of)?|enforc(?:e|es|ed|ing|ement\s+of))"
                           r"\s+(?:of\s+)?(?:the\s+)?)(?:(?:[A-Z][\w.'’-]*|international|multilateral)\s+){0,4}$")


# "days later the Council passed fresh sanctions": one measure, told as new
NEW_MEASURE_BEFORE = re.compile(r"(?i)\b(?:adopt\w*|pass(?:ed|ing)|approv\w*|impos\w*|unveil\w*|announc\w*|new|fresh|"
                                r"latest|additional|round\s+of)\b[^.;]{0,50}$")


def measures_broken(doc: Document, e: Event) -> bool:
    """The measure is told as the sanctions someone broke or is bound by, and never as one adopted: the regime."""
    def before(m: EventMention, reach: int) -> tuple[int, int]:
        return max(doc.sentences[m.sentence].start, m.trigger[0] - reach), m.trigger[0]
    return any(BROKEN_BEFORE.search(doc.text, *before(m, 90)) for m in e.mentions) and \
        not any(m.adopting or NEW_MEASURE_BEFORE.search(doc.text, *before(m, 60)) for m in e.mentions)


ADOPTED_BEFORE = re.compile(r"(?i)\b(?:adopted|imposed|passed|approved|enacted)\s+(?:on|in)\s+(?:the\s+)?$")


def told_as_adopted(doc: Document, e: Event, when: str) -> bool:
    """The event's date ``when`` is told, its year stated, as the day a measure was adopted ("imposed in June
    2021")."""
    return any(m.date is not None and m.date.value == when and not (m.date.year_assumed or m.date.relative)
               and ADOPTED_BEFORE.search(doc.text, max(0, m.date.start - 30), m.date.start) for m in e.mentions)


def resolution_told_by_what_it_did(doc: Document, e: Event, when: str | None) -> str | None:
    """The Council's resolution a measure of the Council's is, told by what it did to the North's workers and not by
    its number ("UN sanctions requiring every worker abroad to be sent home within two years"), read in the sentences
    that tell the measure (the first that names one). The record marks it inferred: a guess from content.

    Not when its date (``when``) falls in a month the Council adopted a resolution: the date names that one (the
    resolver reads it so), whatever the sentence goes on to say; nor a resolution adopted after the report or after
    the year of the measure's date (a measure of 2016 is none of 2017)."""
    day = parse_date(when)
    if day is not None and day.month and resolution_adopted_in(day.year, day.month):
        return None
    published = parse_date(doc.published)
    for m in e.mentions:
        for number in measures_told_in(doc, m.sentence):
            adopted = adopted_on(number)
            if not reported_before_adopted(published, number) and not (day and adopted and day.year < adopted.year):
                return f"UNSCR {number}"
    return None


def measures_told_in(doc: Document, i: int) -> list[str]:
    """The resolutions whose deeds sentence ``i`` tells (``un_measures``' order), read once per sentence."""
    key = ("measures told", i)
    if key not in doc.memo:
        s = doc.sentences[i]
        doc.memo[key] = [number for number, every, some in un_measures()
                         if all(p.search(doc.text, s.start, s.end) for p in every)
                         and any(p.search(doc.text, s.start, s.end) for p in some)]
    return doc.memo[key]


def inferred_slots(doc: Document, e: Event, rec: dict) -> list[str]:
    """The slots whose value the article does not state for this event: a date guessed from "recently", a place
    taken from the article around the event (the discourse) rather than from its own sentences."""
    out = []
    dated = [m.date for m in e.mentions if m.date is not None and m.date.value == rec["date"]]
    if dated and all(d.guessed or d.year_assumed for d in dated):
        out.append("date")      # (a guess from "recently", or a year the text leaves to the publication date)
    for slot, attr in (("workplace.city", "city"), ("workplace.country", "country")):
        if rec["workplace"].get(attr) and not any(getattr(m, attr) for m in e.mentions) and attr in e.inherited:
            out.append(slot)
    return out


# a news roundup's stories, each under a short headline of its own ("N. Korea businesses to close", then "Dog is
# celebrity after quake"): a line of a few words, no sentence's end (but an initial's: "N. Korea"), a blank line
# before and after it
STORY_TITLE = re.compile(r"(?m)(?:\A|\n[ \t]*\n)[ \t]*(?P<t>[A-Z0-9‘'\"“](?:[^\n.!?:;]|(?<=\b[A-Z])\.){2,70}"
                         r"[^\n.!?:;,\s])[ \t]*\n[ \t]*\n")
NORTH_NAMED = re.compile(r"(?i)\bN(?:orth|\.)\s*Korea|\bPyongyang\b|\bDPRK\b|\bKim\s+Jong")
ROUNDUP_STORIES = 3      # headlines that make a text a roundup of several stories
STORY_PARAGRAPHS = 2     # paragraphs under a roundup's headline (a feature's subheading has a longer stretch under it)


def other_stories(doc: Document) -> list[tuple[int, int]]:
    """The stories of a roundup that never name the North (a refugee crisis elsewhere, beside the one item on it):
    what happens in them is not the North's. A roundup has several headlines, each over a paragraph or two; a
    feature's subheadings, each over a longer stretch of its one story, are no roundup's."""
    text = doc.text
    titles = [m.start("t") for m in STORY_TITLE.finditer(text) if 2 <= len(m.group("t").split()) <= 10]
    if len(titles) < ROUNDUP_STORIES:
        return []
    spans = list(zip(titles, titles[1:] + [len(text)]))
    other = [(a, b) for a, b in spans if not NORTH_NAMED.search(text, a, b)
             and len([p for p in re.split(r"\n[ \t]*\n", text[a:b]) if p.strip()]) <= 1 + STORY_PARAGRAPHS]
    return other if len(other) >= 2 else []      # (one short stretch alone may be a feature's last, cut short)


def in_other_story(doc: Document, e: Event, other: list[tuple[int, int]]) -> bool:
    """Whether all an event is told of lies in a roundup's stories that never name the North."""
    return bool(other) and all(any(a <= m.trigger[0] < b for a, b in other) for m in e.mentions)


def extract_events(doc: Document) -> list[dict]:
    from nkwatch.extract.discourse import (inherit_group_places, inherit_workplaces, merge_same_workplace,
                                           merge_uncounted, merge_wishes)

    ms = mentions(doc)
    events = fold(doc, [m for m in ms if m.sentence not in doc.headline])
    told_in_headline(doc, events, [m for m in ms if m.sentence in doc.headline])
    inherit_workplaces(doc, events)     # the substance check runs on what the discourse gave, not one sentence
    inherit_group_places(doc, events)
    other = other_stories(doc)
    kept = [e for e in events if substantial(e, doc) and not at_home(doc, e) and not crossed_astray(doc, e)
            and not in_other_story(doc, e, other)]
    kept += [e for e in events if e not in kept and staff_of_closure(doc, e, kept)]
    kept.sort(key=lambda e: min(m.trigger[0] + (len(doc.text) if m.headline else 0) for m in e.mentions))   # in the body's order
    events = merge_wishes(doc, merge_uncounted(doc, merge_same_person(doc, merge_same_workplace(doc, kept))))
    return [to_record(doc, e) for e in events]


@lru_cache(maxsize=1)
def plural_people() -> re.Pattern:
    """A plural word for people (the group nouns' plurals: "waitresses", "labourers", "N. Koreans")."""
    return phrase_regex([pl for _, pl, _ in load("events")["group_nouns"]])


@lru_cache(maxsize=1)
def people_word() -> re.Pattern:
    """A word for people (the group nouns: "ambassador", "fishermen", "N. Koreans")."""
    return phrase_regex([w for sg, pl, _ in load("events")["group_nouns"] for w in (sg, pl)])


def told_in_headline(doc: Document, events: list[Event], head: list[EventMention]) -> None:
    """The headline tells the article's news: a happening it tells is the body's event of its type that agrees with
    it (the one sharing most of its values, else the first), however far into the body that is told; one the body does
    not tell is an event of its own, if the headline names the people who went."""
    for m in head:
        m.name = None      # a headline's words are all capitalised: none is a name by its shape
        fits = []
        for i, e in enumerate(events):
            ok, shared = compatible(m, e)
            if ok:
                fits.append((shared, -i, e))
        if fits:
            max(fits, key=lambda f: f[:2])[2].mentions.append(m)
        elif m.type not in ("defection", "return") or m.count is not None or \
                people_word().search(doc.text, m.clause.start, m.clause.end):
            events.append(Event(m.type, [m]))     # (people who go, not "Uganda switches sides": a state's turn)


def merge_same_person(doc: Document, events: list[Event]) -> list[Event]:
    """Two defections (or returns) of one article that name the same person are one happening told twice ("Jo fled
    the embassy in early November", "Jo had applied for asylum"), unless their places or dates disagree."""
    out: list[Event] = []
    people: dict[int, set[str]] = {}      # id(event) → the person keys its mentions name
    for e in events:
        mine = {person_key(p) for p in participants(doc, e)} - {None} if e.type in ("defection", "return") else set()
        host = next((o for o in out if same_people(mine, people[id(o)]) and o.type == e.type
                     and (o.country is None or e.country is None or o.country == e.country)
                     and dates_agree((o.date() or "")[:4], (e.date() or "")[:4])), None)     # (one person: the year decides)
        if host is None:
            out.append(e)
            people[id(e)] = mine
        else:
            host.absorb(e)
            people[id(host)] |= mine
    # "the diplomat, who changed his name to Ryu after arriving": a mention that has only a name, in an article whose
    # one other such event names nobody, is that event told again
    for e in [e for e in out if people[id(e)] and not identified(e)]:
        hosts = [o for o in out if o is not e and o.type == e.type and not people[id(o)]]
        if len(hosts) == 1:
            hosts[0].absorb(e)
            out.remove(e)
    # "Mr. Hwang, who defected in 1997, ... He began to fall out of favour, and he defected in Beijing": one told by
    # "he" or "she" alone, just after the one person another of its kind names, is that person's happening told again
    for e in [e for e in out if not people[id(e)] and e.count in (None, 1) and e.type in ("defection", "return")
              and all(PRONOUN_SUBJECT.search(doc.text, max(m.clause.start, m.trigger[0] - 60), m.trigger[0])
                      for m in e.mentions)]:
        hosts = [o for o in out if o is not e and o.type == e.type and len(people[id(o)]) == 1
                 and (o.country is None or e.country is None or o.country == e.country)
                 and dates_agree((o.date() or "")[:4], (e.date() or "")[:4])
                 and named_just_before(doc, participants(doc, o)[0], e.mentions[0])]
        if len(hosts) == 1:
            hosts[0].absorb(e)
            out.remove(e)
    return out


def named_just_before(doc: Document, name: str, m: EventMention) -> bool:
    """Whether the two sentences before a mention, and its own up to the trigger, name people by title and surname
    ("Mr. Rim") and every one so named is this person (no "Mr. Kim said ..." between them)."""
    start = doc.sentences[max(0, m.sentence - 2)].start
    words = {w for w in name.replace("-", " ").split() if len(w) > 1}
    said = {x.group("s") for x in TITLED_SURNAME.finditer(doc.text, start, m.trigger[0])}
    return bool(said) and said <= words


TITLED_SURNAME = re.compile(r"\b(?:Mr|Ms|Mrs|Dr)\.?\s+(?P<s>[A-Z][a-z]+)\b")


def same_people(a: set[str], b: set[str]) -> bool:
    """Whether two sets of person keys share a person, one name perhaps shortened ("Yong Ho" for "Thae Yong Ho")."""
    return any(x == y or set(x.split()) < set(y.split()) or set(y.split()) < set(x.split()) for x in a for y in b)
