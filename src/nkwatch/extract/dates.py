"""Date expressions resolved against the article's publication date, at the precision the text supports.

News refers backwards: "on Thursday" is the last Thursday on or before publication, "last Thursday" the one before
that day, "in April" the latest April not after the publication month. dateparser resolves "last Thursday" but not
"mid-December", "earlier this year" or a bare "in May" the way news means them, and dateutil resolves weekdays
forwards, so the resolution rules live here; only the mechanism is code, the words are in dates.yaml.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from nkwatch.extract.numbers import counts_people, words_to_int

MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
MONTH_ABBR = {m[:3]: i for m, i in MONTHS.items()} | {"sept": 9}
WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
FUTURE_SLACK_DAYS = 60   # a day-month without a year may lie a little after publication ("ahead of December 22")


@dataclass(unsafe_hash=True, slots=True)   # a value, never changed; not frozen=True, which costs 1 µs per object
class DateMention:
    start: int
    end: int
    value: str        # ISO 8601 at its precision: 2016, 2016-04, 2016-04-07
    precision: str    # year | month | day
    relative: bool    # resolved against the publication date
    guessed: bool = False    # read from a vague adverb ("recently", "over the past few months"), not a date the text gives
    year_assumed: bool = False    # read against the publication date ("on 8 January", "last month", "on Tuesday"): the
    #                               year (and more) is the publication's, which an aggregator's page stamp can make wrong
    bound: bool = False     # the happening came no later, and maybe long before (the month a telling of it is dated)


_PUBLISHED = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?!\d)")


def parse_published(value) -> dt.date | None:
    """The contract's ``published`` (2016, 2016-04, 2016-04-07, or a longer ISO timestamp) → a date, or None."""
    if not value or not isinstance(value, str):
        return None
    m = _PUBLISHED.match(value)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return None


def published_precision(value) -> str | None:
    """How precisely ``published`` dates the article: ``day``, ``month`` or ``year`` (None when it cannot be read)."""
    m = _PUBLISHED.match(value) if isinstance(value, str) and value else None
    return None if m is None else "day" if m.group(3) else "month" if m.group(2) else "year"


# Relative expressions that need a publication day ("yesterday", "on Tuesday", "three weeks ago") or month ("last
# month") to be anchored: against a coarser publication date they would invent a precision the text does not have.
NEEDS_DAY = {"weekday", "dayword", "nth_rel", "nth", "weekend"}


def month_number(word: str) -> int | None:
    w = word.lower().rstrip(".")
    return MONTHS.get(w) or MONTH_ABBR.get(w[:4] if w.startswith("sept") else w[:3] if len(w) <= 4 else "")


def iso(y: int, m: int | None = None, d: int | None = None) -> str:
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


MONTH_RX = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
            r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)")
WEEKDAY_RX = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
PART_RX = r"(?:(?:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|end\s+of)[\s-]+)"
NUMWORD_RX = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)"
PART_END = re.compile(rf"{PART_RX}$", re.IGNORECASE)     # "mid-" before a month or year
DEADLINE_WORD = re.compile(r"(?i)(by|until|before)")
# what is still to come: a day-month a little after publication is this year's only after one of these
FUTURE_BEFORE = re.compile(r"(?i)\b(?:will|would|shall|is\s+to|are\s+to|plans?|planned|scheduled|set\s+to|expected|due|"
                           r"next|upcoming|ahead\s+of|deadline|starting|from|until|by|before|expires?|effective)\b")


# For each pattern of _patterns(), in order: words one of which every match holds (lower case), or () for none.
NEEDS = ((), (), (), ("month",), ("the",), (), (), (), ("year",), (), (), ("week", "month", "year", "spring", "summer", "autumn", "fall",
         "winter"), ("ago",), ("since",), ("yesterday", "today", "day"), ("weekend",), ("year",),
         ("later", "following", "next"), (), ())


# Patterns every match of which holds a month's name (as written, capitalised) run only around the month names the
# text has, and "March of last year" only around "last/this/next year": the same matches, in a fraction of the time.
# Each window reaches MONTH_BEFORE characters before its anchor and MONTH_AFTER after it.
MONTH_KINDS = {"mdy", "dmy", "my", "md", "dm", "m"}
MONTH_BEFORE, MONTH_AFTER = 80, 60
YEAR_REL = re.compile(r"(?i)\b(?:last|this|next)\s+year\b")


def windows(anchor: re.Pattern, text: str, before: int, after: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for m in anchor.finditer(text):
        lo, hi = max(0, m.start() - before), min(len(text), m.end() + after)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


@lru_cache(maxsize=1)
def month_word() -> re.Pattern:
    return re.compile(rf"\b{MONTH_RX}")


# a day range's last day after its first ("July 15-19, 1998", "15–19 July"): the happening is dated by the first
DAYS_TO = r"(?:\s*[-–]\s*\d{1,2}(?:st|nd|rd|th)?)?"


@lru_cache(maxsize=1)
def patterns() -> list[tuple[str, re.Pattern]]:
    return _patterns()


def _patterns() -> list[tuple[str, re.Pattern]]:
    flags = re.IGNORECASE
    return [
        # (the lookbehind on the year's first character is read after its first two: "(?<![\w-])(?:19|20)" is
        # "(?:19|20)(?<![\w-]..)", and a pattern opening on a digit is searched fast)
        ("iso", re.compile(r"(?P<year>(?:19|20)(?<![\w-]..)\d\d)-(?P<mon>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])(?![\w-])")),
        ("mdy", re.compile(rf"\b(?P<mon>{MONTH_RX})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?{DAYS_TO},?\s+(?P<year>(?:19|20)\d\d)\b")),
        ("dmy", re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?{DAYS_TO}\s+(?:of\s+)?(?P<mon>{MONTH_RX}),?\s+(?P<year>(?:19|20)\d\d)\b")),
        ("nth_rel", re.compile(r"\bthe\s+(?P<day>\d{1,2})(?:st|nd|rd|th)\s+of\s+(?P<which>last|this|next)\s+month\b", flags)),
        # "closed on the 4th" (the style of Korean news in English): the 4th of the month of publication, or of the
        # month before when the paper came out before that day
        ("nth", re.compile(r"\bon\s+the\s+(?P<day>\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of|century|anniversary|floor|"
                           r"day|time|round|year|month|week|place|grade|generation|consecutive|straight|largest|"
                           r"biggest|most|\w+est)\b)", flags)),
        # ("in January, 1999": the comma some writers set between a month and its year)
        ("my", re.compile(rf"\b(?:{PART_RX})?(?P<mon>{MONTH_RX}),?\s+(?:of\s+)?(?P<year>(?:19|20)\d\d)\b")),
        ("md", re.compile(rf"\b(?P<mon>{MONTH_RX})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?!{DAYS_TO}\s*,?\s*(?:19|20)\d\d)")),
        ("dm", re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?{DAYS_TO}\s+(?:of\s+)?(?P<mon>{MONTH_RX})\b(?!\s*,?\s*(?:19|20)\d\d)")),
        ("m_year", re.compile(rf"\b(?P<mon>{MONTH_RX})\s+(?:of\s+)?(?P<which>last|this|next)\s+year\b", flags)),
        ("m", re.compile(rf"\b(?i:(?:in|since|until|by|during|from|of|early|mid|late|last|this|that|before|after)[\s-]+)"
                         rf"(?i:{PART_RX})?(?P<mon>{MONTH_RX})\b(?!\s+\d)")),
        ("weekday", re.compile(rf"\b(?P<last>last\s+)?(?P<wd>{WEEKDAY_RX})\b")),
        ("rel_unit", re.compile(r"\b(?:(?P<mod>last|this|earlier\s+this|later\s+this|early\s+this|late\s+last|"
                                r"earlier\s+last|the\s+previous|the\s+past)\s+(?P<unit>week|month|year|spring|summer|autumn|fall|winter))\b", flags)),
        # ("two and a half years ago": the year half a year further back)
        ("ago", re.compile(rf"\b(?:about\s+|some\s+|nearly\s+|almost\s+)?(?P<n>{NUMWORD_RX})\s+"
                           rf"(?P<half>and\s+a\s+half\s+)?(?P<unit>days?|weeks?|months?|years?)\s+ago\b", flags)),
        # "It's two months since he went missing": as "two months ago"
        ("ago", re.compile(rf"\b(?:it['’]s(?:\s+been)?|it\s+is|it\s+has\s+been|it\s+was)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+)?"
                           rf"(?P<n>{NUMWORD_RX})\s+(?P<unit>days?|weeks?|months?|years?)\s+since\b", flags)),
        ("dayword", re.compile(r"\b(?P<w>yesterday|today|the\s+day\s+before)\b", flags)),
        # "reopened over the weekend": the weekend before publication, to its month
        ("weekend", re.compile(r"\b(?:over|during|at|on)\s+the\s+weekend\b|\b(?:last|this)\s+weekend\b", flags)),
        # ("that year", "the same year"; "during the year" after "last year": the year just told)
        ("that_year", re.compile(r"\b(?:that|the\s+same|(?:later|earlier)\s+that)\s+year\b|"
                                 r"(?:(?<=\bduring\s)|(?<=\bthroughout\s))the\s+year\b"
                                 r"(?!\s+(?:\d|of|before|after|when|since))", flags)),
        # "a year later", "two months later", "the following year": counted on from the story's time, never from the news's
        ("later", re.compile(rf"\b(?:(?P<n>a|an|{NUMWORD_RX})\s+(?P<unit>years?|months?)\s+later|"
                             rf"the\s+(?:following|next)\s+(?P<unit1>year|month))\b", flags)),
        ("year", re.compile(r"\b(?:(?:in|since|until|by|during|of|from|early|mid|late|the\s+end\s+of)[\s-]+)(?P<year>(?:19|20)\d\d)\b(?!\s*(?:restaurants|people|workers|,\d))", flags)),
        ("year_bare", re.compile(r"(?P<year>(?:19|20)(?<![\w,.$]..)\d\d)(?![\w,.%])")),     # (as "iso")
    ]


SEASON_END = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11, "winter": 2}    # the month each season ends in


def resolve_relative(kind: str, m: re.Match, pub: dt.date | None, pub_precision: str = "day") \
        -> tuple[str, str] | None:
    """One matched expression → (ISO value, precision), or None when it cannot be anchored. Against a publication
    dated to its year or month only, a bare month or day falls in that year (the publication is somewhere in it),
    and what needs the publication's day cannot be anchored."""
    g = m.groupdict()
    if kind == "iso":
        try:
            return dt.date(int(g["year"]), int(g["mon"]), int(g["day"])).isoformat(), "day"
        except ValueError:
            return None
    if kind in ("mdy", "dmy"):
        mon = month_number(g["mon"])
        if mon is None:
            return None
        try:
            return iso(int(g["year"]), mon, dt.date(int(g["year"]), mon, int(g["day"])).day), "day"
        except (TypeError, ValueError):
            return None
    if kind == "my":
        return iso(int(g["year"]), month_number(g["mon"])), "month"
    if kind == "year" or kind == "year_bare":
        return iso(int(g["year"])), "year"
    if pub is None:
        return None
    if pub_precision != "day":
        if kind in NEEDS_DAY and pub_precision == "month":
            return iso(pub.year, pub.month), "month"    # "on Thursday", told in a story dated April: that April
        if kind in NEEDS_DAY or (kind in ("rel_unit", "ago") and pub_precision == "year"
                                 and g["unit"].lower().rstrip("s") not in ("year", *SEASON_END)):
            return None
        # the latest day the publication can be: a bare month up to it is this year's
        pub = dt.date(pub.year, 12, 31) if pub_precision == "year" else \
            (pub.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    if kind in ("md", "dm"):
        mon = month_number(g["mon"])
        if mon is None:
            return None
        try:
            cand = dt.date(pub.year, mon, int(g["day"]))
        except (TypeError, ValueError):
            return None
        ahead = DEADLINE_WORD.match(m.group(0)) or FUTURE_BEFORE.search(m.string, max(0, m.start() - 60), m.start())
        if (cand - pub).days > (FUTURE_SLACK_DAYS if ahead else 0):
            cand = cand.replace(year=pub.year - 1)      # ("had fled the embassy on November 10", told in October)
        return cand.isoformat(), "day"
    if kind == "m_year":     # "in February last year"
        mon = month_number(g["mon"])
        if mon is None:
            return None
        return iso(pub.year + {"last": -1, "this": 0, "next": 1}[g["which"].lower()], mon), "month"
    if kind == "m":
        mon = month_number(g["mon"])
        if mon is None:
            return None
        year = pub.year if mon <= pub.month + (2 if DEADLINE_WORD.match(m.group(0)) else 0) else pub.year - 1
        return iso(year, mon), "month"
    if kind in ("nth_rel", "nth"):
        # "the 4th of last month"; "on the 4th", of the month before when that day has not come yet
        day = int(g["day"])
        first = pub.replace(day=1)
        if (g["which"].lower() == "last") if kind == "nth_rel" else day > pub.day:
            first = (first - dt.timedelta(days=1)).replace(day=1)
        try:
            return first.replace(day=day).isoformat(), "day"
        except ValueError:
            return None
    if kind == "weekday":
        wd = WEEKDAYS[g["wd"].lower()]
        back = (pub.weekday() - wd) % 7
        if g["last"] and back == 0:
            back = 7
        return (pub - dt.timedelta(days=back)).isoformat(), "day"
    if kind == "rel_unit":
        mod, unit = " ".join(g["mod"].lower().split()), g["unit"].lower()
        past = mod in ("last", "late last", "earlier last", "the previous", "the past")
        if unit == "year":
            return iso(pub.year - 1 if past and mod != "the past" else pub.year), "year"
        if unit in SEASON_END:
            # "last autumn": the latest one over before publication; winter is named by the year it ends in
            if not past:
                return iso(pub.year), "year"
            return iso(pub.year if pub.month > SEASON_END[unit] else pub.year - 1), "year"
        if unit == "month":
            d = (pub.replace(day=1) - dt.timedelta(days=1)) if past and mod != "the past" else pub
            return iso(d.year, d.month), "month"
        d = pub - dt.timedelta(days=7) if past else pub
        return iso(d.year, d.month), "month"
    if kind == "ago":
        n = int(g["n"]) if g["n"].isdigit() else (words_to_int(g["n"]) or 1)
        unit = g["unit"].lower().rstrip("s")
        if unit == "year":
            if g.get("half"):
                y, _ = divmod(pub.year * 12 + pub.month - 1 - 12 * n - 6, 12)
                return iso(y), "year"
            return iso(pub.year - n), "year"
        if unit == "month":
            y, mth = divmod(pub.year * 12 + pub.month - 1 - n, 12)
            return iso(y, mth + 1), "month"
        d = pub - dt.timedelta(days=n * (7 if unit == "week" else 1))
        return (iso(d.year, d.month), "month") if unit == "week" else (d.isoformat(), "day")
    if kind == "weekend":
        sat = pub - dt.timedelta(days=(pub.weekday() - 5) % 7)
        return iso(sat.year, sat.month), "month"
    if kind == "dayword":
        w = g["w"].lower()
        return (pub - dt.timedelta(days=0 if w == "today" else 1)).isoformat(), "day"
    return None


YEARLESS = ("m", "md", "dm", "m_year", "weekday", "weekend", "rel_unit", "ago", "dayword", "nth_rel", "nth")     # read against the publication date
NARRATIVE_REACH = 400      # characters an explicit year sets the story's time for the months that follow
NARRATIVE_KINDS = ("m", "md", "dm", "that_year", "later")
NARRATIVE_SENTENCES = 4     # sentences a month later in the story's year may follow it by, in one paragraph
# ", which opened in 2003, shut in February": a date in a relative clause is background, not the story's time
RELATIVE_CLAUSE_BEFORE = re.compile(r"(?i),\s+(?:which|who)\b[^,;.]*$")
# "had served in Lima since 2018": a span running up to the news's time sets no story time of its own
SPAN_START_BEFORE = re.compile(r"(?i)\bsince\s+(?:early\s+|late\s+|mid-?)?$")
# a year that opens a span ("from 2030 to 2034", "between 2030 and 2034"): the time a tally covers, no story's time
SPAN_END_AFTER = re.compile(r"(?i)\s*(?:to|and|through|until|-|–)\s*(?:19|20)\d\d\b")
SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s")
DEICTIC = re.compile(r"(?i)\b(?:this|last|next)\s+(?:summer|spring|autumn|fall|winter|year|month|week)\b|"
                     r"\b(?:now|recently|currently)\b|\b(?:last|this)\s+(?=(?-i:[A-Z][a-z]+)\b)")
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def narrative_time(text: str, out: list[DateMention], found: list[tuple[str, re.Match]], pub: dt.date | None) -> None:
    """Re-anchor bare months and "that year" to the story's time: after "In 2014, ..." an "in April" in the next
    sentences is April 2014, not the April before publication (a retrospective's narrative, not the news's)."""
    anchor: DateMention | None = None
    told_year: DateMention | None = None     # the last year told against the news ("last year"): "that year" may be it
    for i, (kind, m) in enumerate(found):
        d = out[i]
        if d.relative and kind not in NARRATIVE_KINDS and d.precision == "year" and d.value != "0000":
            told_year = d
        if kind == "that_year" and told_year is not None and (anchor is None or anchor.end < told_year.end):
            if d.start - told_year.end <= NARRATIVE_REACH \
                    and len(SENTENCE_END.findall(text, told_year.end, d.start)) <= 1:
                out[i] = DateMention(d.start, d.end, told_year.value, "year", True)
            continue
        if not d.relative:
            if kind != "year_bare" and not RELATIVE_CLAUSE_BEFORE.search(text, max(0, d.start - 60), d.start) \
                    and not SPAN_START_BEFORE.search(text, max(0, d.start - 20), d.start) \
                    and not (d.precision == "year" and SPAN_END_AFTER.match(text, d.end)):
                anchor = d
            continue
        previous = kind == "rel_unit" and m.group("mod").lower().startswith("the previous")
        if kind not in NARRATIVE_KINDS and not previous or anchor is None:
            continue
        if d.start - anchor.end > NARRATIVE_REACH or PARAGRAPH_BREAK.search(text, anchor.end, d.start) \
                or len(SENTENCE_END.findall(text, anchor.end, d.start)) > 1 \
                and not later_that_year(text, anchor, d, kind, m):
            continue
        line_start = max(text.rfind(". ", 0, d.start), text.rfind("\n", 0, d.start)) + 1
        if DEICTIC.search(text, line_start, d.end):
            continue      # "this summer ... in July": the news's own time, not the story's
        year = int(anchor.value[:4])
        if previous:
            # "a photo taken on October 9, 2017 ... went South the previous week": the unit before the story's time, not
            # before the publication's
            res = resolve_relative(kind, m, dt.date.fromisoformat((anchor.value + "-01-01")[:10]),
                                   {4: "year", 7: "month"}.get(len(anchor.value), "day"))
            if res is not None and res[1] != "day" and (res[1] == "year" or len(anchor.value) >= 7):
                out[i] = DateMention(d.start, d.end, res[0], res[1], True)
            continue
        if kind == "later":
            g = m.groupdict()
            n = 1 if g["unit1"] or g["n"].lower() in ("a", "an") else (
                int(g["n"]) if g["n"].isdigit() else words_to_int(g["n"]) or 0)
            if (g["unit"] or g["unit1"]).lower().startswith("year"):
                out[i] = DateMention(d.start, d.end, iso(year + n), "year", True)
            elif len(anchor.value) >= 7:
                y, mth = divmod(year * 12 + int(anchor.value[5:7]) - 1 + n, 12)
                out[i] = DateMention(d.start, d.end, iso(y, mth + 1), "month", True)
            else:
                continue
            anchor = out[i]
        elif kind == "that_year":
            out[i] = DateMention(d.start, d.end, iso(year), "year", True)
            anchor = out[i]
        elif pub is None or year < pub.year:
            mon = month_number(m.group("mon"))
            day = int(m.group("day")) if kind in ("md", "dm") else None
            if mon is not None:
                try:
                    value = dt.date(year, mon, day).isoformat() if day else iso(year, mon)
                except ValueError:
                    continue
                out[i] = DateMention(d.start, d.end, value, d.precision, True)
                anchor = out[i]       # the story's time moves on with it


def later_that_year(text: str, anchor: DateMention, d: DateMention, kind: str, m: re.Match) -> bool:
    """A month told a few sentences on in the same paragraph, later in the year than the month the story is at ("Our
    first escape was in May 2031. … We were caught … on August 3"): still the story's year."""
    return kind in ("m", "md", "dm") and anchor.precision in ("month", "day") and "\n" not in text[anchor.end:d.start] \
        and len(SENTENCE_END.findall(text, anchor.end, d.start)) <= NARRATIVE_SENTENCES \
        and (month_number(m.group("mon")) or 0) > int(anchor.value[5:7])


# ("Resolution 2094", "Law No. 14 of 2004", "the Human Rights Act of 2004": a number or a law's year, no date)
NUMBERED_BEFORE = re.compile(r"(?i)(?:resolution|resolutions|UNSCR|no\.|number|#|no\.\s*\d+\s+of|\b(?:law|act)\s+of)\s*$")
BORN_BEFORE = re.compile(r"(?i)\bborn\s+(?:in\s+)?$")     # "Paik, born in 2005, told Yu": a birth year dates no happening
# ("POWs captured in the 1950-53 Korean War", "the 1994-98 famine"): a year naming a war or a famine, no date
NAMES_AN_ERA_AFTER = re.compile(r"\s*(?:[-–]\s*\d{2,4}\s+)?(?:[A-Z][\w-]*\s+)?(?:[Ww]ar|[Ff]amine)\b")
FUTURE_SLACK = 5     # years after publication a year may still be named (a plan, a deadline)


def plausible_year(text: str, m: re.Match, pub: dt.date | None) -> bool:
    """A four-digit number is a year unless it numbers something ("Resolution 2094") or people ("as 2000 North Koreans
    face return"), or lies far in the future."""
    if NUMBERED_BEFORE.search(text, max(0, m.start("year") - 12), m.start("year")) \
            or BORN_BEFORE.search(text, max(0, m.start() - 16), m.start("year")) \
            or NAMES_AN_ERA_AFTER.match(text, m.end("year")) \
            or counts_people(text, m.start("year"), m.end("year")):
        return False
    year = int(m.group("year"))
    return year <= (pub.year if pub else dt.date.today().year) + FUTURE_SLACK


def find_dates(text: str, published: str | None) -> list[DateMention]:
    """Every date expression in ``text`` resolved against ``published``; longest first, non-overlapping."""
    pub = parse_published(published)
    pub_precision = published_precision(published) or "day"
    taken: list[tuple[int, int]] = []
    out: list[DateMention] = []
    found: list[tuple[str, re.Match]] = []
    low = text.lower()
    months = None
    for (kind, rx), needs in zip(patterns(), NEEDS):
        if needs and not any(w in low for w in needs):
            continue      # (a pattern whose every match holds one of these words is not run over a text without them)
        if kind in MONTH_KINDS:
            if months is None:
                months = windows(month_word(), text, MONTH_BEFORE, MONTH_AFTER)
            found_here = (m for lo, hi in months for m in rx.finditer(text, lo, hi))
        elif kind == "m_year":      # "March of last year": around "last/this/next year", rarer than month names
            found_here = (m for lo, hi in windows(YEAR_REL, text, MONTH_BEFORE, 0) for m in rx.finditer(text, lo, hi))
        else:
            found_here = rx.finditer(text)
        for m in found_here:
            s, e = m.span()
            if kind == "m" or kind == "year":
                s = m.start("mon") if kind == "m" else m.start("year")
                part = PART_END.search(text[m.start():s])
                if part:
                    s = m.start() + part.start()
            if any(s < te and ts < e for ts, te in taken):
                continue
            if kind in ("year", "year_bare") and not plausible_year(text, m, pub):
                continue
            res = resolve_relative(kind, m, pub, pub_precision)
            if res is None and kind in ("that_year", "later") or kind == "later":
                res = ("0000", "year")     # anchored to the story's time below, or dropped
            if res is None:
                continue
            taken.append((s, e))
            found.append((kind, m))
            out.append(DateMention(s, e, res[0], res[1], kind not in ("iso", "mdy", "dmy", "my", "year", "year_bare"),
                                   year_assumed=kind in YEARLESS))
    order = sorted(range(len(out)), key=lambda i: out[i].start)
    out, found = [out[i] for i in order], [found[i] for i in order]
    narrative_time(text, out, found, pub)
    return [d for d in one_with_its_year(text, out, found) if d.value != "0000"]


MONTH_OF_YEAR_GAP = re.compile(r"\s+(?:of\s+)?")


def one_with_its_year(text: str, out: list[DateMention], found: list[tuple[str, re.Match]]) -> list[DateMention]:
    """"In May that year", "on 3 June the same year": one date, the month's (already in the story's year), spanning
    both, not a month and a year beside it."""
    kinds = {id(d): kind for d, (kind, _) in zip(out, found)}
    keep: list[DateMention] = []
    for d in sorted(out, key=lambda x: x.start):
        prev = keep[-1] if keep else None
        if prev is not None and kinds.get(id(d)) == "that_year" and prev.precision in ("month", "day") \
                and MONTH_OF_YEAR_GAP.fullmatch(text, prev.end, d.start) and prev.value[:4] == d.value[:4]:
            keep[-1] = DateMention(prev.start, d.end, prev.value, prev.precision, prev.relative, prev.guessed,
                                   prev.year_assumed)
            continue
        keep.append(d)
    return keep
