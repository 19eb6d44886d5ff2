"""What the extractor's faster forms rest on: they find what the plain forms find, on any text."""

import random
import re
import string
import sys

from nkwatch.extract.lexicon import expand_lemmas, load


def test_an_ascii_letters_case_insensitive_guard_passes_what_its_literal_matches_and_no_other_letters():
    # (by_first_letter's guards rest on it: [dD] under IGNORECASE passes exactly the characters the literal d matches,
    # the classes of two letters are disjoint, and an ASCII non-letter matches only itself)
    chars = "".join(chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i < 0xE000)
    seen: set[str] = set()
    for d in string.ascii_lowercase:
        lit = set(re.findall("(?i)" + d, chars))
        assert lit == set(re.findall(f"(?i)[{d}{d.upper()}]", chars)) == set(re.findall("(?i)" + d.upper(), chars))
        assert not lit & seen
        seen |= lit
    assert seen == set(re.findall("(?i)[a-zA-Z]", chars))
    # (and fold_ascii, the prefilters' text, reads each of them as its letter, offsets kept)
    from nkwatch.extract.lexicon import fold_ascii
    folded = fold_ascii(chars)
    assert len(folded) == len(chars)
    for d in string.ascii_lowercase:
        assert {folded[m.start()] for m in re.finditer("(?i)" + d, chars)} == {d}
    for c in map(chr, range(128)):
        if not c.isalpha():
            assert set(re.findall("(?i)" + re.escape(c), chars)) == {c}


def test_triggers_split_by_their_first_letters_match_as_the_plain_alternation_on_scrambled_text_and_windows():
    from nkwatch.extract.events import EVENT_TYPES, lexicon

    trig = lexicon()[0]
    lex = load("events")["triggers"]
    patterns = [expand_lemmas(p) for t in EVENT_TYPES for p in lex[t]]
    for k, etype in enumerate(EVENT_TYPES):
        plain = re.compile(r"(?<![\w-])(?:" + "|".join(expand_lemmas(p) for p in lex[etype]) + r")(?![\w-])", re.IGNORECASE)
        for text, a, b in scrambled_texts(patterns, 1500, 7 + k):
            assert [m.span() for m in trig[etype].finditer(text, a, b)] == [m.span() for m in plain.finditer(text, a, b)]


def scrambled_texts(patterns: list[str], n: int, seed: int):
    """Random texts of the patterns' words (cased at random, some letters swapped for ones that fold to ASCII
    letters), with a random window: where a split alternation's guards could go wrong."""
    rnd = random.Random(seed)
    words = sorted({w for p in patterns for w in re.findall(r"[A-Za-z]+", p)})
    words += ["1999", "2375", "No.", "'s", "’s", "-", ",", ".", "\n", "\u017f", "\u212a", "\u0131", "\u0130", "é", "Seoul", "the South"]

    def word() -> str:
        w = rnd.choice(words)
        w = rnd.choice([w, w, w.upper(), w.capitalize()])
        if rnd.random() < 0.15:
            i = rnd.randrange(len(w))
            w = w[:i] + rnd.choice("\u017f\u212a\u0131\u0130sS-'’ ") + w[i + 1:]
        return w

    for _ in range(n):
        text = "".join(word() + rnd.choice([" ", " ", "", "-", ", ", "\n"]) for _ in range(rnd.randint(1, 10)))
        a = rnd.randint(0, len(text))
        yield text, a, rnd.randint(a, len(text))


def test_the_event_lexicons_split_alternations_match_as_the_plain_ones():
    from nkwatch.extract.events import EVENT_TYPES, lexicon
    from nkwatch.extract.lexicon import alternation, expand_lemmas

    lex = load("events")
    _, block_all, block, _, status, people, _, _, transit, kinds = lexicon()
    pairs = [(block_all[0], "|".join(f"(?:{p})" for p in lex["blockers"]["all"]), lex["blockers"]["all"]),
             (transit, r"(?<!\w)(?:" + "|".join(lex["transit_cues"]) + r")(?!\w)", lex["transit_cues"]),
             (people, r"(?<![\w-])(?:" + alternation(lex["people"]) + r")(?![\w-])", lex["people"])]
    # (a type's blockers name verbs by their lemma, "{deport}": both sides read them with all their forms)
    pairs += [(block[t], "|".join(expand_lemmas(b) for b in lex["blockers"][t]), lex["blockers"][t])
              for t in EVENT_TYPES if block[t] is not None]
    pairs += [(status[k], r"(?<!\w)(?:" + "|".join(v) + r")", v) for k, v in lex["status"].items()]
    pairs += [(kinds[k], r"(?<![\w-])(?:" + alternation(v) + r")(?![\w-])", v) for k, v in lex["workplace_kinds"].items()]
    for i, (split, plain, words) in enumerate(pairs):
        plain_rx = re.compile(plain, re.IGNORECASE)
        for text, a, b in scrambled_texts(words, 600, i):
            assert [m.span() for m in split.finditer(text, a, b)] == [m.span() for m in plain_rx.finditer(text, a, b)]


def test_the_split_of_men_and_women_is_looked_for_only_where_it_can_match():
    from nkwatch.extract.document import Document
    from nkwatch.extract.events import SPLIT_FM, SPLIT_MF, split_search

    rnd = random.Random(11)
    sentences = ["They said a man and two women fled.", "Three female workers and their male manager left, and",
                 "one manager and 12 young waitresses went", "the 12 girls and the manager", "two men and three women"]
    fold = {"s": "\u017f", "k": "\u212a", "i": "\u0131\u0130", "S": "\u017f", "K": "\u212a", "I": "\u0131\u0130"}
    found = 0
    for i in range(3000):
        text = " ".join(rnd.choice(sentences) for _ in range(rnd.randint(1, 3)))
        text = "".join(rnd.choice(fold[c]) if c in fold and rnd.random() < 0.2 else
                       c.upper() if rnd.random() < 0.2 else c for c in text)
        a = rnd.randint(0, len(text) // 3)
        b = rnd.randint(a, len(text))
        doc = Document(f"d{i}", text, None)
        for rx in (SPLIT_MF, SPLIT_FM):
            got, want = split_search(doc, rx, a, b), rx.search(text, a, b)
            assert (got and got.span()) == (want and want.span())
            found += want is not None
    assert found > 500


def assert_prefilters(needs, sentences, seed, scramble_seed, also=None):
    """Each pattern of ``needs`` (pattern, words, read in the folded text?) matches only a text that has one of its
    words, on scrambled texts of the patterns and of ``sentences`` (which half the texts open with)."""
    from nkwatch.extract.lexicon import fold_ascii

    rnd = random.Random(seed)
    hits = 0
    for text, _, _ in scrambled_texts([rx.pattern for rx, _, _ in needs] + sentences, 4000, scramble_seed):
        text = rnd.choice(sentences) + " " + text if rnd.random() < 0.5 else text
        low = fold_ascii(text)
        for rx, words, fold in needs:
            if rx.search(text):
                hits += 1
                assert any(w in (low if fold else text) for w in words), (rx.pattern, text)
        assert also is None or also(text, low)
    assert hits > 1000


def test_the_restaurant_patterns_need_the_words_their_prefilters_look_for():
    # (find_restaurants runs these only over a text with one of the words: case-sensitive patterns in the text itself,
    # case-insensitive ones in the folded text)
    from nkwatch.extract import restaurants as R

    needs = [(R.NAMED_AFTER, ("Restaurant",), False), (R.CALLED, ("called", "named", "known"), False),
             (R.APPOSED_NAME, ("estaurant,", "atery,"), False), (R.COORDINATED, ("restaurants", "eateries"), False),
             (R.COORDINATED, ("two", "both"), False), (R.CALLED_AND, ("called", "named", "known"), False),
             (R.CALLED_AND, ("estaurants", "ateries"), False), (R.SENTENCE_PLURAL, ("Restaurants", "Eateries"), False),
             (R.ONES, ("ones", "those"), True), (R.PLACE_NOUN_WORD, R.PLACE_NOUN_STEMS, True),
             (R.ELIDED, R.ELIDED_WORDS, True)]
    sentences = ["Two restaurants called Koryo and Unban, both restaurants", "Song Do Won and Ok Ryu Gwan, the two "
                 "popular restaurants", "at a restaurant, Pyongyang Unban, here", "Restaurant Koryo", "Eateries in Bangkok",
                 "new ones in Dubai", "thoſe in Siem Reap", "the Osdorp diſtrict", "NEIGHBORHOOD", "eatery, Haedang, and",
                 ", another one opened in Doha", "and a ſecond one in Dubai", "while two of them are in Laos", "; the other at the"]
    assert_prefilters(needs, sentences, seed=3, scramble_seed=5)


def test_the_event_and_claim_patterns_need_the_words_their_prefilters_look_for():
    from nkwatch.extract import claims as C
    from nkwatch.extract import events as E

    needs = [(E.DID_THE_SAME, ("same", "likewise", "too", "suit"), True), (E.INSTRUMENT, E.INSTRUMENT_WORDS, True),
             (E.RELATIVE_BEFORE, ("that", "which"), False)]
    needs += [(rx, C.TOPIC_WORDS[metric], True) for metric, rx in C.TOPICS]
    sentences = ["Japan did the same", "others followed ſuit", "DID LIKEWISE", "Resolution 2375", "UNSCR 2397",
                 "the 2094 resolution", "a street that opened", "the mall which had opened", "how many reſtaurants",
                 "the number of North Korean workers", "workers abroad", "laborers abroad", "labourers overseas", "North Koreans employed", "defectors arriving",
                 "number of North Korean defectors", "reaching the South", "the restaurant network"]
    assert_prefilters(needs, sentences, seed=8, scramble_seed=6,
                      also=lambda text, low: C.topic_of(text, 0, len(text), low) == C.topic_of(text, 0, len(text)))


def test_the_paragraph_break_with_its_newline_first_matches_as_the_plain_one():
    from nkwatch.extract.sentences import OPEN_WORDS, PARAGRAPH

    plain = re.compile(r"\n\s*\n|\n(?=\s*[-•*]\s)|(?<![\w,;])\n|" + "".join(f"(?<!\\b{w})" for w in OPEN_WORDS)
                       + r"\n(?![ \t]*[a-z])")
    rnd = random.Random(2)
    parts = ["\n", "\n", " ", "\t", "a", "B", ",", ";", ".", "-", "•", "*", "word", "é", "\r", "  \n", " of", "the"]
    for _ in range(20000):
        text = "".join(rnd.choice(parts) for _ in range(rnd.randint(0, 12)))
        a = rnd.randint(0, len(text))
        b = rnd.randint(a, len(text))
        assert [m.span() for m in PARAGRAPH.finditer(text, a, b)] == [m.span() for m in plain.finditer(text, a, b)]


def test_the_year_patterns_read_their_lookbehind_after_the_first_digits_and_match_as_the_plain_ones():
    from nkwatch.extract.dates import patterns

    rx = {kind: p for kind, p in patterns()}
    plain = {"iso": re.compile(r"(?<![\w-])(?P<year>(?:19|20)\d\d)-(?P<mon>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])(?![\w-])"),
             "year_bare": re.compile(r"(?<![\w,.$])(?P<year>(?:19|20)\d\d)(?![\w,.%])")}
    rnd = random.Random(1)
    parts = ["19", "20", "2019", "1999", "-", ",", ".", "$", "%", "a", " ", "\n", "0", "1", "12", "31", "-03-", "2020-01-05", "٢"]
    for _ in range(20000):
        text = "".join(rnd.choice(parts) for _ in range(rnd.randint(0, 10)))
        a = rnd.randint(0, len(text))
        b = rnd.randint(a, len(text))
        for kind, p in plain.items():
            assert [m.groupdict() | {"span": m.span()} for m in rx[kind].finditer(text, a, b)] == \
                [m.groupdict() | {"span": m.span()} for m in p.finditer(text, a, b)]
