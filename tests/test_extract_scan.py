"""The RE2-gated scanner must find exactly what Python's ``re`` finds: same spans, same groups, same order."""

import random
import re

import pytest

from nkwatch.extract.scan import PROBATION, SHORT, FastPattern, GateSet, byte_view, gate_pattern

PATTERNS = [
    r"\b(?P<mon>January|May|Sept?\.?)\s+(?P<day>\d{1,2})\b(?!\s*,?\s*(?:19|20)\d\d)",
    r"(?i)\b(?:about\s+|some\s+)?(?P<n>\d+|one|two|a)\s+(?P<unit>days?|years?)\s+ago\b",
    r"(?<![\w,.$])(?P<year>(?:19|20)\d\d)(?![\w,.%])",
    r"(?i)(?<![\w-])(?:fled|defect(?:ed|ion)|escape[ds]?)(?![\w-])",
    r"[^\w\s]{2,}",                        # negated categories inside a class
    r"(?i)\bcafé\s+\w+",                   # non-ASCII literal, case-insensitive
    r"\s+(?:a|per)\s+year\b",              # starts with a class, Unicode spaces
    r"(\w)\1",                             # back-reference: no gate, plain re
    r"(?m)^\s*[A-Z][a-z]+,",               # line anchors are dropped from the gate
    r"[^?\s]{2}x",                         # a negated class never excludes the gate's stand-in for non-ASCII
]

TEXTS = [
    "On May 7 they fled; by May 9, 2016 the others had defected. Escaped? ESCAPED!",
    "Two years ago, about 3 days ago, some one year ago: 1999, 2016.5, $2017 and (2018).",
    "Café Pyongyang\u00a0per\u2009year and CAFÉ  Okryu, a\u00a0year later",
    "ŞTANBUL, Jan. 3 -- Sept 14 2019; éMay 3 and 2016%, 2015's count",
    "aa bb!! ??.. naïve coöperate — Zürich, 2020\nLondon, 1 May",
    "Defectıon and eſcaped: ſome 3 days ago, thıs caFÉ\u212a",
    "é’x a?x ?!x",
    "",
]
LONG = " ".join(TEXTS) * 12          # long enough for the gate (short texts go straight to re)
LONG_ASCII = "".join(c for c in LONG if c.isascii())     # all-ASCII texts get a gate of their own


def spans(it):
    return [(m.span(), m.groups()) for m in it]


@pytest.mark.parametrize("source", PATTERNS)
def test_same_matches_as_re_on_awkward_text(source):
    rx = re.compile(source)
    fp = FastPattern(rx)
    for text in TEXTS:
        assert spans(fp.finditer(text)) == spans(rx.finditer(text)), text
        for pos, end in ((3, None), (5, 30), (0, 12)):
            assert spans(fp.finditer(text, pos, end)) == spans(rx.finditer(text, pos, end if end else len(text)))
        assert fp.findall(text) == rx.findall(text)
        s1, s2 = fp.search(text, 2), rx.search(text, 2)
        assert (s1.span() if s1 else None) == (s2.span() if s2 else None)


@pytest.mark.parametrize("text", [LONG, LONG_ASCII], ids=["unicode", "ascii"])
@pytest.mark.parametrize("source", PATTERNS)
def test_range_searches_of_one_long_text_agree_with_re(source, text):
    """Clause-by-clause searches reuse the gate's scan of the whole text; each must equal re's in that range."""
    rx = re.compile(source)
    fp = FastPattern(rx)
    assert spans(fp.finditer(text)) == spans(rx.finditer(text))
    rnd = random.Random(5)
    for _ in range(200):
        a = rnd.randrange(len(text))
        b = min(len(text), a + rnd.randrange(1, 120))
        assert spans(fp.finditer(text, a, b)) == spans(rx.finditer(text, a, b)), (a, b)
        s1, s2 = fp.search(text, a, b), rx.search(text, a, b)
        assert (s1.span() if s1 else None) == (s2.span() if s2 else None)


def test_gate_is_used_for_ordinary_patterns_and_not_for_back_references():
    assert FastPattern(re.compile(PATTERNS[0])).gate is not None
    assert gate_pattern(re.compile(r"(\w)\1")) is None
    assert gate_pattern(re.compile(r"x?")) is None       # could match empty text


def test_random_texts_agree_with_re():
    rnd = random.Random(7)
    alphabet = list("abcdeyMayJunfled 0123456789,.$%-\n\u00a0éÉ") + ["May ", "2016", " years ago", "fled"]
    rxs = [re.compile(p) for p in PATTERNS]
    fps = [FastPattern(r) for r in rxs]
    for _ in range(300):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 80)))
        text = text * (1 + 600 // max(1, len(text))) if rnd.random() < 0.5 else text
        for rx, fp in zip(rxs, fps):
            assert spans(fp.finditer(text)) == spans(rx.finditer(text)), (rx.pattern, text)


def _fresh(text: str, k: int) -> str:
    return f"{text} {k}"          # a new string object: nothing cached for it


def test_rare_gates_checked_together_still_find_exactly_what_re_finds():
    """A gate that rarely matches joins the set scanned in one pass; texts it rules out get no scan of their own,
    and the results stay re's, whole text and range by range, matching or not."""
    rx = re.compile(r"(?i)(?<![\w-])(?:absconded|vanished\s+overnight)(?![\w-])")
    fp = FastPattern(rx)
    filler = "The restaurant in the old town served cold noodles to tourists every day. " * 10
    assert len(filler) >= SHORT
    for k in range(PROBATION):
        assert list(fp.finditer(_fresh(filler, k))) == []
    assert fp._member >= 0, "a gate that found nothing in its probation joins the set"
    rnd = random.Random(11)
    for k in range(30):
        text = _fresh(filler, 100 + k)
        if k % 2:   # half the texts do contain it, at random places and in other cases
            at = rnd.randrange(len(text))
            text = text[:at] + rnd.choice([" absconded ", " Vanished  overnight ", " ABSCONDED,"]) + text[at:]
        assert spans(fp.finditer(text)) == spans(rx.finditer(text)), text
        a = rnd.randrange(len(text))
        b = min(len(text), a + rnd.randrange(1, 300))
        assert spans(fp.finditer(text, a, b)) == spans(rx.finditer(text, a, b))
        s1, s2 = fp.search(text, a, b), rx.search(text, a, b)
        assert (s1.span() if s1 else None) == (s2.span() if s2 else None)


def test_gates_that_match_most_texts_stay_out_of_the_set():
    fp = FastPattern(re.compile(r"(?i)\bthe\s+\w+"))
    filler = "The restaurant in the old town served cold noodles to tourists every day. " * 10
    for k in range(PROBATION + 3):
        assert len(list(fp.finditer(_fresh(filler, k)))) == 20
    assert fp._member < 0


def test_gate_set_answers_unknown_rather_than_wrong():
    """Where RE2 cannot answer (here: a gate it cannot compile) the set says "unknown", which means scan."""
    gates = GateSet()
    text = "they absconded " * 40
    assert gates.join(r"absconded") == 0
    assert gates.present(text, byte_view(text)) == [True]
    assert gates.present("nothing here " * 40, byte_view("nothing here " * 40)) == [False]
    gates.join(r"(unbalanced")
    assert gates.present(text, byte_view(text)) is None


# ShortPattern: windows cut from a text, answered by RE2 first; results must still be exactly re's.
SHORT_PATTERNS = PATTERNS + [
    r"(?:\bnot\s+(?:[\w-]+\s+){0,2}$)|(?:n[o'’]t\s+(?:[\w-]+\s+){0,2}$)|\bwill\b|\bto\s*$",
    r"(?i)restaurant|outlet|eater|the\s+chain|network",
    r"(?i)\b(?:the|this)\s+$",
    r"^\s*(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:deadline|order)",
    r"x{,2}y",                             # {,n}: a repeat in Python, literal text in RE2 (refused)
    r"(?i)(?P<who>[A-Z][a-z]+)\s+said\b",
    r"\d+(?:\.\d+)?\s*[kKmM]?$",
    r"(?s)a.b|(?m)^x",
]


def match_key(m):
    return (m.span(), m.groups()) if m else None


def test_short_patterns_agree_with_re_on_windows():
    from nkwatch.extract.scan import short
    rnd = random.Random(11)
    alphabet = list("abntoTOwil ,.-'’\t\n\u00a0éxy2k") + ["not ", "will", " to ", "restaurant", "The ", "said", "’s ",
                                                             "deadline", "n't ", "NETWORK", "12.5 ", "Kim "]
    compiled = [(re.compile(p), short(p)) for p in SHORT_PATTERNS if p != r"(?s)a.b|(?m)^x"]
    windows = [t[a:a + 40] for t in TEXTS for a in range(0, max(1, len(t)), 7)]
    windows += ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40))) for _ in range(600)]
    printable = [c for c in alphabet if c.isascii() and c.isprintable()]     # where RE2 alone decides a miss
    windows += ["".join(rnd.choice(printable) for _ in range(rnd.randint(0, 40))) for _ in range(600)]
    for rx, sp in compiled:
        for w in windows:
            assert match_key(sp.search(w)) == match_key(rx.search(w)), (rx.pattern, w)
            assert match_key(sp.match(w)) == match_key(rx.match(w)), (rx.pattern, w)
            assert match_key(sp.fullmatch(w)) == match_key(rx.fullmatch(w)), (rx.pattern, w)
            assert sp.findall(w) == rx.findall(w)
            assert [match_key(m) for m in sp.finditer(w)] == [match_key(m) for m in rx.finditer(w)]
            assert match_key(sp.search(w, 2, 30)) == match_key(rx.search(w, 2, 30))


def test_short_pattern_uses_exact_re2_where_it_can_and_refuses_where_meanings_differ():
    from nkwatch.extract.scan import exact_re2_source, short
    assert short(r"(?i)\bnot\s+\w+$")._exact is not None
    assert exact_re2_source(re.compile(r"x{,2}y")) is None         # Python repeat, RE2 literal
    assert exact_re2_source(re.compile(r"[:;]x")) is None
    assert exact_re2_source(re.compile(r"a b", re.VERBOSE)) is None
    lookbehind = short(r"(?<![\w-])fled")
    assert lookbehind._exact is None and lookbehind._gate is not None   # no exact form: the gate still filters
    assert lookbehind.search("they fled") is not None and lookbehind.search("un-fled") is None
