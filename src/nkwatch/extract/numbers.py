"""Numbers as news writes them: digits and words, ranges, hedges and money with scales, each with its span.

"nearly 2,000" → 2000 approx; "two or three" → 2..3; "between US$1.2bn and US$2.3bn" → 1.2e9..2.3e9 money;
"a dozen" → 12; "tens of thousands" → 10000 approx. text2num was tried and turns "US$10 million" into garbage, so
number words are read here from a small table (a mechanism; the hedge words are data in numbers.yaml).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from nkwatch.extract.lexicon import alternation, load

UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}
TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if i > 1}
SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "trillion": 10**12}
SUFFIX_SCALES = {"k": 1000, "m": 10**6, "mn": 10**6, "mln": 10**6, "b": 10**9, "bn": 10**9, "billion": 10**9,
                 "million": 10**6, "thousand": 1000, "trillion": 10**12, "tn": 10**12}

WORD = r"(?:" + "|".join(sorted(list(UNITS) + list(TENS) + ["hundred", "dozen"], key=len, reverse=True)) + r")"
WORD_NUM = rf"(?:{WORD}(?:[\s-]+(?:and\s+)?{WORD})*(?:[\s-]+(?:thousand|million|billion))?)"
DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
SCALE = r"(?:\s*(?:bn|mn|mln|m|b|k|tn)\b|(?:\s+|-)(?:million|billion|thousand|trillion)\b)"     # ("23-thousand")
# ("$ 500 million": a space after the sign; "$US120 million": the sign, then the country)
CURRENCY = r"(?:US\s?\$\s?|\$\s?US\s?(?=\d)|USD\s?|\$\s?|€\s?|£\s?|EUR\s?|RMB\s?|yuan\s)"
# ("a hundred thousand", "a thousand": the article as the number one)
A_SCALE_NUM = rf"(?:a\s+(?:hundred|thousand)(?:[\s-]+(?:and\s+)?{WORD})*(?:[\s-]+(?:thousand|million|billion))?)"
MONEY_AFTER = r"(?:\s+(?:dollars|US dollars|U\.S\.\s+dollars|euros|yuan|won))"
# ("half a billion dollars", "a half million workers", "half a dozen": half of the scale that follows)
HALF_SCALE = r"(?:a\s+half|half\s+a)(?=[\s-]+(?:million|billion|trillion)\b)"
ONE_NUM = rf"(?:{CURRENCY})?(?:{DIGITS}|{WORD_NUM}|{A_SCALE_NUM}|(?:half\s+)?a\s+(?:couple\s+(?:of\s+)?)?dozen|{HALF_SCALE}){SCALE}?{MONEY_AFTER}?"


@dataclass(unsafe_hash=True, slots=True)   # a value, never changed; not frozen=True, which costs 1 µs per object
class NumberMention:
    start: int
    end: int
    value: float
    value_max: float | None
    approx: bool
    money: bool
    hedge: str | None
    is_year: bool

    @property
    def int_value(self) -> int:
        return int(round(self.value))


_WORD_SPLIT = re.compile(r"[\s-]+")


def words_to_int(text: str) -> int | None:
    """'twenty-five' → 25, 'one hundred and twelve' → 112, 'a dozen' → 12; None when it is not a number."""
    total, current, seen = 0, 0, False
    for w in _WORD_SPLIT.split(text.lower().strip()):
        if w in ("and", "a", ""):
            continue
        if w == "dozen":
            current = (current or 1) * 12
        elif w in UNITS:
            current += UNITS[w]
        elif w in TENS:
            current += TENS[w]
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in SCALES:
            total += (current or 1) * SCALES[w]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


_CURRENCY_RX = re.compile(CURRENCY, re.IGNORECASE)
_MONEY_WORD = re.compile(r"dollars|euros|yuan|won\b")
_MONEY_SUFFIX = re.compile(MONEY_AFTER + "$")
_DIGITS_SCALE = re.compile(rf"({DIGITS})[\s-]*([a-zA-Z]+)?$")
_HALF_SCALE = re.compile(HALF_SCALE + r"[\s-]+(million|billion|trillion)$", re.IGNORECASE)
_HALF_DOZEN = re.compile(r"half\s+a\s+dozen", re.IGNORECASE)
_COUPLE_DOZEN = re.compile(r"a\s+couple\s+(?:of\s+)?dozen", re.IGNORECASE)     # ("a couple dozen": two dozen, roughly)


def parse_one(text: str) -> tuple[float | None, bool]:
    """One number expression → (value, is money)."""
    t = text.strip()
    # Most are bare digits or one number word, which no currency or scale rule below can touch.
    if t.isdigit() and t.isascii():
        return float(t), False
    if t.isalpha():
        v = words_to_int(t)
        return (float(v) if v is not None else None), False
    money = bool(_CURRENCY_RX.match(t)) or bool(_MONEY_WORD.search(t))
    t = _CURRENCY_RX.sub("", t).strip()
    t = _MONEY_SUFFIX.sub("", t)
    if half := _HALF_SCALE.match(t):
        return SCALES[half.group(1).lower()] / 2, money
    if _HALF_DOZEN.fullmatch(t):
        return 6.0, money
    if _COUPLE_DOZEN.fullmatch(t):
        return 24.0, money
    m = _DIGITS_SCALE.match(t)
    if m:
        base = float(m.group(1).replace(",", ""))
        scale = SUFFIX_SCALES.get((m.group(2) or "").lower(), 1 if not m.group(2) else None)
        return (base * scale if scale else None), money
    v = words_to_int(t)
    return (float(v) if v is not None else None), money


@lru_cache(maxsize=1)
def number_regex() -> re.Pattern:
    lex = load("numbers")
    hedge = alternation(lex["hedges"])
    rng = r"(?:[ \t]*(?:-|–)[ \t]*|[ \t]+(?:to|or|and)[ \t]+)"  # a range never crosses a line break
    return re.compile(
        rf"(?<![\w$.,])(?:(?P<hedge>{hedge})\s+)?"
        rf"(?:(?P<between>between|from)\s+)?"
        rf"(?P<a>{ONE_NUM})"
        rf"(?:(?P<sep>{rng})(?:(?P<hedge_b>{hedge})\s+)?(?P<b>{ONE_NUM}))?"   # "from about 12,000 to as many as 45,000"
        rf"(?![\w])",
        re.IGNORECASE)


@lru_cache(maxsize=1)
def vague_regex() -> re.Pattern:
    """Vague quantities ("tens of thousands", "hundreds") that give a low end and are always hedged."""
    return re.compile(r"(?<!\w)(?P<q>tens of thousands|hundreds of thousands|thousands|hundreds|dozens|"
                      r"(?:several|a few|few|some|many) (?:hundred|thousand))(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _exact_hedges() -> frozenset[str]:
    """Hedge words that do not make a number approximate ("exactly", "at least")."""
    return frozenset(h.lower() for h in load("numbers").get("not_hedges", []))


_FOUR_DIGITS = re.compile(r"\d{4}")
_FIRST_LETTERS = "".join(sorted({w[0] for w in re.findall(r"[a-z]+", WORD)} | {"a"}))      # ("a dozen")
NUMBER_START = re.compile(rf"(?=[\d{_FIRST_LETTERS}])(?:\d|(?<![\w])(?:{WORD}|a\s+(?:dozen|hundred|thousand|half|couple)|half\s+a)(?![\w]))",
                          re.IGNORECASE)
LEAD_MAX = 80      # characters a hedge, "between" or a currency sign may stand before a number's first digit or word

SEVERAL_BEFORE = re.compile(r"(?i)\b(?:several|a\s+few|few|some|many)\s+$")
VAGUE_VALUES = {"tens of thousands": 10000, "hundreds of thousands": 100000, "thousands": 1000, "hundreds": 100,
                "dozens": 24}


PEOPLE_AFTER = re.compile(r"(?i)\s+(?:North\s+Korean\s+|more\s+)?(?:defectors|workers|labou?rers|people|refugees|North\s+Koreans|"
                          r"restaurants|nationals|migrants|employees|escapees)\b")
# a word of time right before a four-digit number makes it a year ("in 2000 North Korean workers arrived")
TIME_BEFORE = re.compile(r"(?i)\b(?:in|since|by|until|till|from|during|before|after|of|around)\s+$")


def counts_people(text: str, start: int, end: int, hedged: bool = False) -> bool:
    """A number of people, not a year: "as 2000 North Koreans face return", "nearly 2000 defectors a year"."""
    return bool(PEOPLE_AFTER.match(text, end)) and (hedged or not TIME_BEFORE.search(text, max(0, start - 8), start))


NAME_GLUED = re.compile(r"(?:[A-Za-z]-|\bUNSCR\s*|\b(?:No|Nos|no)\.\s*|\b[Rr]esolutions?\s+|\b[Rr]esolutions?\s+\d{3,4}\s*(?:,|and|&)\s*)$")


YEAR_TAIL = re.compile(r"\d\d")
PLUS_AFTER = re.compile(r"-plus\b|\+(?![\w+])")
OR_SO_AFTER = re.compile(r"\s+or\s+(?:so|more)\b")     # ("2,000 or more": at least, a hedge as "more than")
# ("restaurants spread over 12 countries"): "over" after a verb of spreading is where, not "more than"
SPREAD_BEFORE = re.compile(r"(?i)\b(?:spread|scattered|dotted|strewn|dispersed|distributed)\s+(?:out\s+)?$")
THOUSAND_TAIL = re.compile(r"-(\d{1,3})\b")


THOUSANDS_WRITTEN = re.compile(r"\d,000$")
# (a web address's digits are its path, not a quantity: "example.org/news/2031/04/17/..."; nor is a lone bracketed
# "[314]", the mark of a note or a link)
NOT_A_QUANTITY = re.compile(r"(?i)\b(?:https?://|www\.)\S+|\[\d[\d,]*\]")


def find_numbers(text: str) -> list[NumberMention]:
    """Every number expression in ``text``, left to right, non-overlapping."""
    exact_hedges = _exact_hedges()
    out: list[NumberMention] = []
    pos, rx = 0, number_regex()
    while True:
        # (the full pattern opens with optional hedges, so it is tried at every character; it is run only from just
        # before the next digit or number word, where a match can begin: the same matches, several times faster)
        c = NUMBER_START.search(text, pos)
        if not c:
            break
        m = rx.search(text, max(pos, c.start() - LEAD_MAX))
        if not m:
            break
        pos = m.end()
        a_txt, b_txt = m.group("a"), m.group("b")
        a, money_a = parse_one(a_txt)
        if a is None:
            pos = m.start("a") + 1
            continue
        b, money_b = (parse_one(b_txt) if b_txt else (None, False))
        sep = (m.group("sep") or "").strip().lower()
        if b is not None and sep == "and" and not m.group("between"):
            b = None  # "a man and 12 women": two numbers, not a range
        if b is not None and sep == "or" and (b <= a or b - a > 10 * max(a, 1)):
            b = None
        if b is not None and b >= 1000 and a < b / 1000 and not re.search(SCALE, a_txt, re.IGNORECASE):
            scale = b / (parse_one(re.sub(SCALE + r"|\s+(?:dollars|US dollars|euros|yuan|won)$", "", b_txt,
                                         flags=re.IGNORECASE))[0] or b)
            a = a * scale  # "US$15-20 million": the scale of the high end applies to the low end too
        if b is not None and sep in ("-", "–") and THOUSANDS_WRITTEN.search(b_txt.strip()) and a < 1000 and b / 10 <= a * 1000 <= b:
            a = a * 1000   # "some 70-80,000 workers": the low end's thousands left to the high end's
        if not m.group("hedge") and not m.group("between") and NAME_GLUED.search(text, max(0, m.start("a") - 12), m.start("a")):
            continue    # "COVID-19", "MH-17", "UNSCR 2397": part of a name, not a quantity
        digits_only = _FOUR_DIGITS.fullmatch(a_txt.strip()) is not None
        if b is not None and (b < a or digits_only):
            b = None  # "from 30,023 in 2017 to 11,490": a year does not open a range
        end = m.end() if b is not None else m.start("a") + len(a_txt)
        if b is None and b_txt:
            end = m.start("a") + len(a_txt)
            # ("since the 1950-53 conflict": the span's last year, written short, is no number of its own)
            pos = m.end() if digits_only and 1900 <= a <= 2100 and sep in ("-", "–", "—") and YEAR_TAIL.fullmatch(b_txt.strip()) \
                else end
        tail = THOUSAND_TAIL.match(text, end) if b is None and a_txt.lower().endswith("thousand") else None
        if tail:    # "peaked at two-thousand-806": the words of the thousands, then the digits of the rest
            a, end = a + int(tail.group(1)), tail.end()
            pos = max(pos, end)
        hedge = (m.group("hedge") or "").lower() or None
        spread = hedge == "over" and bool(SPREAD_BEFORE.search(text, max(0, m.start("hedge") - 24), m.start("hedge")))
        hedge = None if spread else hedge
        hedge_b = (m.group("hedge_b") or "").lower() if b is not None else ""
        approx = (bool(hedge) and hedge not in exact_hedges) or a_txt.lower().startswith(("a dozen", "half a dozen", "a couple")) \
            or (bool(hedge_b) and hedge_b not in exact_hedges)
        hedge = hedge or hedge_b or None
        if b is None and (or_so := OR_SO_AFTER.match(text, end)):  # ("the 100 or so restaurants": about a hundred)
            approx, hedge = True, hedge or or_so.group().strip()
        plus = PLUS_AFTER.match(text, end) if b is None and not digits_only else None
        if plus:    # "some 2,000-plus people", "100+ workers": at least that many
            end, approx, hedge = plus.end(), True, hedge or "plus"
            pos = max(pos, end)
        is_year = digits_only and 1900 <= a <= 2100 and b is None and not counts_people(text, m.start("a"), end,
                                                                                          bool(hedge))
        start = m.start("hedge") if m.group("hedge") and not spread else (
            m.start("between") if m.group("between") else m.start("a"))
        lead = SEVERAL_BEFORE.search(text, max(0, m.start("a") - 12), m.start("a"))
        if lead and b is None and a_txt.strip().lower() in ("hundred", "thousand"):
            # "several hundred", "a few thousand": a vague quantity, as "hundreds" is
            q = "hundreds" if a_txt.strip().lower() == "hundred" else "thousands"
            out.append(NumberMention(lead.start(), end, float(VAGUE_VALUES[q]), None, True, False, q, False))
            continue
        out.append(NumberMention(start, end, a, b, approx, money_a or money_b, hedge, is_year))
    for m in vague_regex().finditer(text):
        if any(n.start <= m.start() < n.end for n in out):
            continue
        q = m.group("q").lower()
        q = {"hundred": "hundreds", "thousand": "thousands"}.get(q.split()[-1], q)     # "several hundred": "hundreds"
        out.append(NumberMention(m.start(), m.end(), float(VAGUE_VALUES[q]), None, True, False, q, False))
    out.sort(key=lambda n: n.start)
    marks = [(m.start(), m.end()) for m in NOT_A_QUANTITY.finditer(text)]
    return [n for n in out if not any(a <= n.start < b for a, b in marks)] if marks else out
