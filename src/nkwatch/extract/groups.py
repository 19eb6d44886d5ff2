"""Group phrases composed into a head count with its split by sex.

"a diplomat, his wife and two sons" is four (three male once "his" tells the diplomat's sex, one female); "eight
waitresses and their manager" nine; "the couple" two; "12 of the restaurant's waitresses and one manager" thirteen;
"my mother, my sister and I" three (the teller's sex not told, so no split).
A phrase is a run of items joined by commas, "and", "with", "along with" or "plus"; an item is a determiner or number
and a people noun from data/lexicon/events.yaml (``group_nouns``), which also gives the noun's sex, or a number whose
noun was told before ("those nine, along with their cook": ten).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from nkwatch.extract.lexicon import alternation, load
from nkwatch.extract.numbers import WORD_NUM, words_to_int

POSSESSIVES = {"his": "m", "her": "f"}
JOIN = re.compile(r"(?i)^(?:\s*,\s*(?:and\s+|along\s+with\s+|as\s+well\s+as\s+)?|\s+(?:and|with|along\s+with|plus|"
                  r"together\s+with|as\s+well\s+as)\s+)$")
# "the attaché fled with his wife": companions after the verb join the subject's group when they are his or hers
# (a name, and where they went, may stand between: "diplomat Jo Song Gil has defected to South Korea with his wife")
COMPANIONS = re.compile(r"(?i)^\s+(?:(?-i:[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,3}),?\s+)?(?:[a-z]+\s+){1,2}?"
                        r"(?:(?:to|for|into)\s+(?:South\s+Korea|the\s+South|Seoul|(?-i:[A-Z][a-z]+))\s+)?"
                        r"(?:with|along\s+with|together\s+with)\s+$")


# "The 12 employees, all women, and one male manager": an apposition that gives the sex does not end the group
SEX_APPOSITION = re.compile(r"(?i)^\s*,\s*(?:all|both)\s+(?:of\s+them\s+)?(?P<sex>women|men|females?|males?)\s*(?=,)")
# "a diplomat in Rome, his wife and …": a place after the first item does not end the group
PLACED_THEN = re.compile(r"^\s+(?:in|at|from|based\s+in)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*,\s*(?:and\s+)?$")


# "the manager of a North Korean restaurant in Dubai and his deputy": the workplace between does not end the group
# (nor one set off after it: "twelve workers of the Tonga Restaurant, a North Korean eatery in Suva, Fiji, and their
# manager")
OF_WORKPLACE_THEN = re.compile(r"^\s+of\s+(?:a|an|the|its|North\s+Korea['’]s)\s+(?:[\w'’-]+\s+){0,4}?"
                               r"(?i:restaurant|embassy|consulate|mission|company|bank|branch|unit|office)"
                               r"(?:\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?"
                               r"(?:\s*,\s+(?:a|an|the)\s+[^,;.()]{3,60}?(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?)?"
                               r"\s*,?\s+and\s+$")
# "eleven cooks who worked at the hotel and a male supervisor": where the first item worked, told in a relative clause,
# does not end the group
WORKED_AT_THEN = re.compile(r"(?i)^\s+who\s+(?:had\s+)?(?:worked|served|were\s+employed|were\s+working)\s+(?:at|in|for)\s+"
                            r"(?:a|an|the|their|its)\s+(?:[\w'’-]+\s+){0,3}?(?:restaurant|hotel|eatery|embassy|consulate|"
                            r"mission|company|firm|factory|site|camp)\s*,?\s+and\s+$")
# "14 escapees and two men who were guiding them": those who guided are not of the group they helped
HELPING = (r"(?:who|that)\s+(?:were|was|had\s+been|had|have\s+been)\s+(?:\w+ly\s+)?"
           r"(?:help|guid|assist|aid|smuggl|escort|lead|led\b|shelter|hid\b|hiding)")
HELPERS_AFTER = re.compile(rf"(?i)\s+{HELPING}")
LINKED = re.compile(r"(?i)\b(?:and|with|plus|along|together|as\s+well)\b")
# "a North Korean restaurant": "North Korean" used as an adjective names no one
ADJECTIVE_USE = re.compile(r"(?i)\s+(?:[\w-]+\s+)?(?:restaurants?|embass(?:y|ies)|consulates?|missions?|compan(?:y|ies)|firms?|"
                           r"banks?|regime|government|state|border|authorities|eater(?:y|ies)|outlets?|establishments?|venues?|businesses|business)\b")


# "fled with his wife and children": more people of a number and sex not given, so the group has no count or split
UNCOUNTED_MORE = re.compile(r"(?i)\s*,?\s+(?:and|with|along\s+with|plus)\s+(?:other\s+|several\s+|some\s+)?"
                            r"(?:children|kids|sons|daughters|relatives|family\s+members|others)\b")


@dataclass(slots=True)
class Group:
    start: int
    end: int
    count: int | None          # None when an item's size is not given ("the waitresses and their manager")
    male: int | None
    female: int | None
    items: int


# role nouns that are also other words ("a major defection", "the head of", "in general"): not counted as people here
AMBIGUOUS_ROLES = {"major", "general", "head", "chief", "leader", "national", "individual", "president", "director",
                   "chairman", "captain", "colonel", "lieutenant", "sergeant", "minister", "agent", "representative",
                   "victim", "survivor", "visitor", "tourist", "player", "coach", "youth", "teen", "lady", "gentleman",
                   "secretary", "exile", "resident", "citizen"}


@lru_cache(maxsize=1)
def _patterns():
    lex = load("events")
    sex: dict[str, str | None] = {}
    plural: set[str] = set()
    for sg, pl, s in lex["group_nouns"]:
        sex[sg.lower()] = s
        sex[pl.lower()] = s
        plural.add(pl.lower())
    for noun in lex.get("person_nouns") or ():
        noun = noun.lower()
        if noun not in sex and noun not in AMBIGUOUS_ROLES:
            many = noun[:-3] + "men" if noun.endswith("man") else noun + "s"
            sex[noun], sex[many] = None, None
            plural.add(many)
    pairs = {p.lower() for p in lex["pair_nouns"]}
    nouns = alternation(list(sex) + list(pairs))
    item = re.compile(
        r"(?i)(?<![\w-])(?:(?:at\s+least|about|around|some|nearly|more\s+than)\s+)?"
        # ("one male manager and a dozen women": thirteen, the dozen no lone "a")
        # (not a year told before the people: "in 1998 a woman and her daughters", "since 2017 workers")
        r"(?P<det>\d{1,3}(?:,\d{3})+(?!\d)|(?<!\bin\s)(?<!\bsince\s)(?<!\buntil\s)(?<!\bby\s)(?:19|20)\d\d(?!\d)|"
        r"(?!(?:19|20)\d\d(?!\d))\d+|" + WORD_NUM + r"|a\s+dozen|a|an|another|his|her|their|its|the|my|our|"
        r"two\s+of\s+(?:his|her|their)|"
        r"(?:North\s+Korea|Pyongyang|the\s+North|(?-i:[A-Z][a-z]+))['’]s)"     # ("North Korea's top diplomat in Italy",
        #                                                                  "Jo's daughter": one person)
        r"\s+(?:of\s+(?:the|its|their|his|her)\s+(?:[\w-]+['’]s\s+)?)?"
        # (a modifier is no clause word nor article: "on May 3 that nine cooks" counts nine, not the day's three)
        r"(?P<mods>(?:(?!(?:and|with|of|in|at|from|to|who|were|was|had|have|that|which|than|on|by|for|said|says|"
        r"told|after|before|when|a|an|the)\b)[\w'’-]+\s+){0,2}"
        r"(?:(?:North|N\.)\s+Korean\s+(?=[a-z]))?)"     # ("nine tired North Korean cooks")
        r"(?P<noun>" + nouns + r")(?![\w-])")
    return item, sex, plural, pairs


def sex_of_noun(noun: str) -> str | None:
    """ "f", "m" or None: the sex a people noun gives (data/lexicon/events.yaml, group_nouns)."""
    return _patterns()[1].get(" ".join(noun.lower().split()))


def _item_size(det: str, noun: str, plural: set[str], pairs: set[str]) -> int | None:
    d = det.lower()
    if noun in pairs:
        return 2
    if d[0].isdigit():
        return int(d.replace(",", ""))
    if d in ("a", "an") or (noun not in plural and (d in ("the", "their", "his", "her", "its", "another", "my", "our")
                                                    or d.endswith(("'s", "’s")))):
        return 1
    if d in ("the", "their", "his", "her", "its", "my", "our"):
        return None     # ("with her colleagues": how many is not told)
    return words_to_int(d)


# "Jo Song Gil (pictured above) and his wife", "in 2002 he and his wife": a named person, or one told of before, and a
# spouse are two
NAME_AND_SPOUSE = re.compile(r"(?:\b[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+){1,2}(?:\s*\([^()]{0,40}\))?|\b(?:[Hh]e|[Ss]he))\s+and\s+"
                             r"(?P<pos>his|her)\s+"
                             r"(?:wife|husband|spouse)\b")


# "Jo Song Gil, who went missing in Italy in 2018, has defected to South Korea with his wife": a named person who left
# with a spouse (and nobody else told) are two
NAME_WITH_SPOUSE = re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+){1,2}(?:\s*,[^,;.]{0,100},)?\s+(?:has\s+|had\s+|have\s+)?"
                              r"(?:[a-z]+\s+){1,2}?(?:(?:to|for|into)\s+(?:South\s+Korea|the\s+South|Seoul)\s+)?"
                              r"(?:with|along\s+with|together\s+with)\s+(?P<pos>his|her)\s+(?:wife|husband|spouse)\b")


def find_groups(text: str, start: int, end: int) -> list[Group]:
    """Coordinated people phrases in text[start:end], each composed into one group, left to right."""
    out = _find_groups(text, start, end)
    for m in (*NAME_AND_SPOUSE.finditer(text, start, end), *NAME_WITH_SPOUSE.finditer(text, start, end)):
        inside = [g for g in out if m.start() <= g.start and g.end <= m.end()]      # "his wife" alone
        if any(g.start <= m.end() and m.start() <= g.end for g in out if g not in inside) \
                or UNCOUNTED_MORE.match(text, m.end(), min(end, m.end() + 40)):
            continue
        out = [g for g in out if g not in inside] + [Group(m.start(), m.end(), 2, 1, 1, 2)]
    # "the defectors, all women except for one male manager": the one excepted is a part of the group told before it,
    # no group of its own
    out = [g for g in out if not EXCEPTED_BEFORE.search(text[max(start, g.start - 20):g.start])]
    out.sort(key=lambda g: g.start)
    return out


# "my mother, my sister and I": the teller, joined last, is one more of the group
AND_I = re.compile(r"\s*,?\s+and\s+I\b")
EXCEPTED_BEFORE = re.compile(r"(?i)\b(?:except(?:\s+for)?|apart\s+from|other\s+than|save\s+for|aside\s+from)\s+$")


# "those nine, along with a male cook", "the nine and another person": a number whose people noun is left out, told
# of before, is an item when another item joins it
ELIDED = re.compile(r"(?i)\b(?:the|those|these|all)\s+(?:other\s+)?(?P<det>\d{1,3}|" + WORD_NUM + r")"
                    r"(?=\s*,?\s+(?:and|along\s+with|together\s+with|as\s+well\s+as|plus)\s+(?:an?|another|one|his|her|their)\s)")


@dataclass(slots=True)
class _Elided:
    """An item whose noun is left out, read like an item match: no noun, so no sex."""
    at: re.Match

    def start(self) -> int:
        return self.at.start("det")

    def end(self) -> int:
        return self.at.end("det")

    def group(self, name: str) -> str:
        return self.at.group("det") if name == "det" else ""


def _find_groups(text: str, start: int, end: int) -> list[Group]:
    item_rx, sex_of, plural, pairs = _patterns()
    items = [m for m in item_rx.finditer(text, start, end)
             if not (m.group("noun").lower() == "north korean" and ADJECTIVE_USE.match(text, m.end()))]
    items = sorted(items + [_Elided(m) for m in ELIDED.finditer(text, start, end)
                            if not any(i.start() <= m.start("det") < i.end() for i in items)], key=lambda m: m.start())
    groups: list[Group] = []
    run: list[re.Match] = []
    told_sex: dict[int, str] = {}       # item start -> the sex an apposition gives it ("12 employees, all women,")
    for m in items + [None]:
        gap = text[run[-1].end():m.start()] if m is not None and run else ""
        told = SEX_APPOSITION.match(gap)
        if told and JOIN.match(gap[told.end():] or " and "):
            told_sex[run[-1].start()] = "f" if told.group("sex").lower().startswith(("w", "f")) else "m"
            gap = gap[told.end():]
        if m is not None and run and not HELPERS_AFTER.match(text, m.end()) and (JOIN.match(gap) or (
                (COMPANIONS.match(gap) or PLACED_THEN.match(gap) or OF_WORKPLACE_THEN.match(gap))
                and m.group("det").lower() in ("his", "her", "their")) or WORKED_AT_THEN.match(gap)):
            run.append(m)
            continue
        if len(run) > 1 and not any(LINKED.search(text, a.end(), b.start()) for a, b in zip(run, run[1:])) \
                and not AND_I.match(text, run[-1].end(), end):
            groups.extend(_compose([r], sex_of, plural, pairs, told_sex) for r in run[:-1])
            run = run[-1:]      # "an envoy, a former trade official,": commas with no "and" name one person twice
        if run and not all(isinstance(r, _Elided) for r in run):     # (a number alone is no group)
            g = _compose(run, sex_of, plural, pairs, told_sex)
            if UNCOUNTED_MORE.match(text, g.end, min(end, g.end + 40)) or HELPERS_AFTER.match(text, g.end):
                g.count = g.male = g.female = None
            elif (me := AND_I.match(text, g.end, end)) is not None:
                g.end, g.items = me.end(), g.items + 1       # "my mother, my sister and I": the teller is one more,
                g.count = g.count + 1 if g.count else None   # of a sex not told
                g.male = g.female = None
            groups.append(g)
        run = [m] if m is not None else []
    return groups


def _compose(run: list[re.Match], sex_of, plural, pairs, told_sex: dict[int, str] | None = None) -> Group:
    count: int | None = 0
    male = female = 0
    unknown_sex: list[int] = []       # sizes of items whose noun has no sex ("a diplomat")
    for m in run:
        noun = m.group("noun").lower()
        noun = " ".join(noun.split())
        n = _item_size(m.group("det"), noun, plural, pairs)
        first_mod = (m.group("mods").split() or [""])[0].lower()
        if m.group("det").lower() in ("his", "her", "their", "the", "its", "another") and (
                first_mod.isdigit() or words_to_int(first_mod)):
            n = int(first_mod) if first_mod.isdigit() else words_to_int(first_mod)    # "their two sons", "another 40"
        if n is None:
            count = None
            continue
        if count is not None:
            count += n
        s = (told_sex or {}).get(m.start()) or sex_of.get(noun)
        mods = m.group("mods").lower().split()
        mod_sexes = {sex_of.get(w) for w in mods} | {"f" if w == "female" else "m" if w == "male" else None for w in mods}
        if s is None and len(mod_sexes - {None}) == 1:     # "12 female employees", "four women workers"
            s = (mod_sexes - {None}).pop()
        det = m.group("det").lower()
        if det in POSSESSIVES and unknown_sex == [1]:
            # "a diplomat ... his wife": the possessor is the one whose sex was not given
            if POSSESSIVES[det] == "m":
                male += 1
            else:
                female += 1
            unknown_sex = []
        if s == "f":
            female += n
        elif s == "m":
            male += n
        else:
            unknown_sex.append(n)
    return Group(run[0].start(), run[-1].end(), count or None, male or None, female or None, len(run))
