"""Domain lexicons: YAML files under nkwatch/data/lexicon, loaded once per process."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

try:        # the regex parser the re module uses (Python 3.11+), to read where a pattern's match can begin
    from re import _parser as sre_parse
    from re._constants import ASSERT, ASSERT_NOT, AT, BRANCH, IN, LITERAL, MAX_REPEAT, MAXREPEAT, MIN_REPEAT, SUBPATTERN
except ImportError:     # pragma: no cover - older Pythons
    import sre_parse  # type: ignore[no-redef]
    from sre_constants import ASSERT, ASSERT_NOT, AT, BRANCH, IN, LITERAL, MAX_REPEAT, MAXREPEAT, MIN_REPEAT, SUBPATTERN  # type: ignore


@lru_cache(maxsize=None)
def load(name: str) -> dict[str, Any]:
    """The lexicon ``name`` (``places`` → data/lexicon/places.yaml)."""
    path = resources.files("nkwatch.data").joinpath("lexicon").joinpath(f"{name}.yaml")
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


# (a letter IGNORECASE matches to an ASCII letter, besides its two cases: long s, Kelvin sign, dotless i, dotted I)
FOLD_TO_ASCII = str.maketrans({"\u017f": "s", "\u212a": "k", "\u0131": "i", "\u0130": "i"})


def fold_ascii(text: str) -> str | None:
    """The text lower-cased, each character IGNORECASE matches to an ASCII letter read as that letter, any other
    non-ASCII character as "?": where a case-insensitive pattern matches an ASCII word, this text has it lower-cased,
    at the same offsets (None if they moved). For exact prefilters: a pattern that needs the word is not run without it."""
    if "\u017f" in text or "\u212a" in text or "\u0131" in text or "\u0130" in text:     # (rare: translate is slow)
        text = text.translate(FOLD_TO_ASCII)
    f = text.encode("ascii", "replace").lower().decode("ascii")     # (str.lower is slow on non-ASCII text)
    return f if len(f) == len(text) else None


VOWELS = "aeiou"
LEMMA = re.compile(r"\{([a-z]+)\}")


def inflect(lemma: str) -> list[str]:
    """Every form of an English verb: the lemma, its 3rd person, past, participle and -ing forms (irregular ones
    from data/lexicon/verbs.yaml, the rest by the spelling rules: e-drop, y to i, a final consonant doubled after
    one short vowel)."""
    irregular = load("verbs").get("irregular", {})
    if lemma in irregular:
        return [lemma, *irregular[lemma]]
    stem = lemma
    if lemma.endswith("e"):
        return [lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"]
    if lemma.endswith("y") and lemma[-2] not in VOWELS:
        return [lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"]
    if len(lemma) >= 3 and lemma[-1] not in VOWELS + "wxy" and lemma[-2] in VOWELS and lemma[-3] not in VOWELS \
            and sum(c in VOWELS for c in lemma) == 1:
        stem = lemma + lemma[-1]      # slip -> slipped, stop -> stopping
    third = lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x", "z")) else "s")
    return [lemma, third, stem + "ed", stem + "ing"]


WORD_CLASS = re.compile(r"\{([A-Z_]+)\}")


def expand_lemmas(pattern: str) -> str:
    """A lexicon pattern with every {lemma} replaced by an alternation of the verb's forms, and every {CLASS} by the
    word class of that name (data/lexicon/classes.yaml)."""
    pattern = WORD_CLASS.sub(lambda m: "(?:" + load("classes")[m.group(1)] + ")", pattern)
    return LEMMA.sub(lambda m: "(?:" + "|".join(sorted(set(inflect(m.group(1))), key=len, reverse=True)) + ")",
                     pattern)


def alternatives(phrases: list[str]) -> list[str]:
    """The phrases as regexes, longest first; a space in a phrase matches any run of white space."""
    parts = sorted({p.strip() for p in phrases if p and p.strip()}, key=len, reverse=True)
    return [r"\s+".join(re.escape(w) for w in p.split()) for p in parts]


def alternation(phrases: list[str]) -> str:
    """A regex alternation of phrases, longest first; a space in a phrase matches any run of white space."""
    return "|".join(alternatives(phrases))


def phrase_regex(phrases: list[str], flags: int = re.IGNORECASE) -> re.Pattern:
    r"""One compiled regex matching any of the phrases as whole words (``\b``-delimited)."""
    # (case-insensitive, the alternation split by letters: the same matches)
    alt = by_first_letter(alternatives(phrases)) if flags & re.IGNORECASE else alternation(phrases)
    return re.compile(r"(?<![\w-])(?:" + alt + r")(?![\w-])", flags)


def first_letters(pattern: str) -> set[str] | None:
    """The lower-case characters a match of ``pattern`` (read case-insensitively) can begin with, or None when any."""
    def first(items) -> set[str] | None:
        out: set[str] = set()
        for op, av in items:
            if op in (ASSERT, ASSERT_NOT, AT):
                continue        # zero-width: the next item begins the match
            if op == LITERAL:
                return out | {chr(av).lower()}
            if op == IN:
                if not all(o == LITERAL for o, _ in av):
                    return None
                return out | {chr(a).lower() for _, a in av}
            if op == BRANCH:
                for branch in av[1]:
                    f = first(list(branch))
                    if f is None:
                        return None
                    out |= f
                return out
            if op == SUBPATTERN:
                f = first(list(av[-1]))
                return None if f is None else out | f
            if op in (MAX_REPEAT, MIN_REPEAT):
                f = first(list(av[2]))
                if f is None:
                    return None
                out |= f
                if av[0] == 0:
                    continue    # it may match nothing: what follows may begin the match too
                return out
            return None
        return None
    return first(list(sre_parse.parse(pattern, re.IGNORECASE)))


def first_pairs(pattern: str) -> set[str] | None:
    """The lower-case pairs of characters a match of ``pattern`` (read case-insensitively) can begin with, or None
    when unknown: when a match may be shorter than two characters, or begin with anything but ASCII literals (only
    literals and literal sets, zero-width assertions skipped, groups, alternations and repeats are read)."""
    def ext(cur: set[str], items) -> set[str] | None:
        for op, av in items:
            if all(len(s) >= 2 for s in cur):
                return cur
            if op in (ASSERT, ASSERT_NOT, AT):
                continue        # zero-width: the next item begins the match
            if op == LITERAL or op == IN and all(o == LITERAL for o, _ in av):
                chars = [av] if op == LITERAL else [a for _, a in av]
                if not all(c < 128 for c in chars):
                    return None     # (a non-ASCII letter may fold to another's case: read as unknown)
                cur = {s if len(s) >= 2 else s + chr(c).lower() for s in cur for c in chars}
            elif op == BRANCH:
                out: set[str] = set()
                for branch in av[1]:
                    f = ext(set(cur), list(branch))
                    if f is None:
                        return None
                    out |= f
                cur = out
            elif op == SUBPATTERN:
                f = ext(cur, list(av[-1]))
                if f is None:
                    return None
                cur = f
            elif op in (MAX_REPEAT, MIN_REPEAT):
                lo, hi, item = av
                if item.getwidth()[0] < 1:
                    return None
                out, reps = set(), cur      # the pairs after 0, 1, 2 and 3 repeats (after two, every one is whole)
                for r in range(4):
                    if r >= lo or r == 3:
                        out |= reps
                    if hi != MAXREPEAT and r >= hi:
                        break
                    f = ext(reps, list(item))
                    if f is None:
                        return None
                    reps = f
                cur = out
            else:
                return None
        return cur
    out = ext({""}, list(sre_parse.parse(pattern, re.IGNORECASE)))
    return out if out is not None and all(len(s) >= 2 for s in out) else None


def by_first_letter(alternatives: list[str]) -> str:
    """One alternation equal to ``"|".join(alternatives)`` (case-insensitive), split by the letter a match begins with:
    at each position only the alternatives that can begin with its character are tried, in their order (the same
    matches, in about two thirds of the time for the trigger lexicons). Each letter's alternatives are split again by
    the second letter (``first_pairs``), and the letters are tried in groups of three letters' guards (a guard that
    fails skips all of a group): the same matches again, in about two thirds of the time."""
    firsts = [first_letters(a) for a in alternatives]
    pairs = [first_pairs(a) for a in alternatives]
    letters = sorted({c for f in firsts if f for c in f if c.isalpha()})
    groups = []
    for c in letters:       # (an alternative that may begin with anything is tried under every letter, in its place)
        alts = [i for i, f in enumerate(firsts) if f is None or c in f]
        # under the letter, by the next one: an ASCII letter's guard passes exactly the characters its case-insensitive
        # literals match (no other letter's), the last guard every character none of those passes (or none, at the
        # end of the text); an alternative whose pairs are unknown is tried under each, in its place
        seconds = sorted({p[1] for i in alts if pairs[i] for p in pairs[i] if p[0] == c and "a" <= p[1] <= "z"})
        subs = [f"(?=.[{d}{d.upper()}])(?:{'|'.join(alternatives[i] for i in alts if pairs[i] is None or c + d in pairs[i])})"
                for d in seconds]
        other = [alternatives[i] for i in alts if pairs[i] is None or any(p[0] == c and not "a" <= p[1] <= "z" for p in pairs[i])]
        if other:
            guard = f"(?=.(?![{''.join(d + d.upper() for d in seconds)}]))" if seconds else ""
            subs.append(f"{guard}(?:{'|'.join(other)})")
        if not subs:
            continue        # (no alternative can begin with the letter: an empty group would match nothing)
        groups.append((c, f"(?=[{c}{c.upper()}])(?:{'|'.join(subs)})"))
    # three letters' groups under one guard of their letters, and three such under one guard of theirs, ... (a
    # guard passes a superset of what its groups' guards pass, so the same alternatives are tried in the same order)
    while len(groups) > 3:
        groups = [("".join(c for c, _ in chunk), f"(?=[{''.join(c + c.upper() for c, _ in chunk)}])(?:{'|'.join(g for _, g in chunk)})")
                  for chunk in (groups[i:i + 3] for i in range(0, len(groups), 3))]
    rest = [a for a, f in zip(alternatives, firsts) if f is None or not all(x.isalpha() for x in f)]
    if rest:
        groups.append(("", f"(?![a-zA-Z])(?:{'|'.join(rest)})"))
    return "|".join(g for _, g in groups)
