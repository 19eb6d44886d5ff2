"""Domain lexicons: YAML files under nkwatch/data/lexicon, loaded once per process."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

try:        # the regex parser the re module uses (Python 3.11+), to read where a pattern's match can begin
    from re import _parser as sre_parse
    from re._constants import ASSERT, ASSERT_NOT, AT, BRANCH, IN, LITERAL, MAX_REPEAT, MIN_REPEAT, SUBPATTERN
except ImportError:     # pragma: no cover - older Pythons
    import sre_parse  # type: ignore[no-redef]
    from sre_constants import ASSERT, ASSERT_NOT, AT, BRANCH, IN, LITERAL, MAX_REPEAT, MIN_REPEAT, SUBPATTERN  # type: ignore


@lru_cache(maxsize=None)
def load(name: str) -> dict[str, Any]:
    """The lexicon ``name`` (``places`` → data/lexicon/places.yaml)."""
    path = resources.files("nkwatch.data").joinpath("lexicon").joinpath(f"{name}.yaml")
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


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


def expand_lemmas(pattern: str) -> str:
    """A lexicon pattern with every {lemma} replaced by an alternation of the verb's forms."""
    return LEMMA.sub(lambda m: "(?:" + "|".join(sorted(set(inflect(m.group(1))), key=len, reverse=True)) + ")",
                     pattern)


def alternation(phrases: list[str]) -> str:
    """A regex alternation of phrases, longest first; a space in a phrase matches any run of white space."""
    parts = sorted({p.strip() for p in phrases if p and p.strip()}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in parts)


def phrase_regex(phrases: list[str], flags: int = re.IGNORECASE) -> re.Pattern:
    r"""One compiled regex matching any of the phrases as whole words (``\b``-delimited)."""
    return re.compile(r"(?<![\w-])(?:" + alternation(phrases) + r")(?![\w-])", flags)


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


def by_first_letter(alternatives: list[str]) -> str:
    """One alternation equal to ``"|".join(alternatives)`` (case-insensitive), split by the letter a match begins with:
    at each position only the alternatives that can begin with its character are tried, in their order (the same
    matches, in about two thirds of the time for the trigger lexicons)."""
    firsts = [first_letters(a) for a in alternatives]
    letters = sorted({c for f in firsts if f for c in f if c.isalpha()})
    groups = []
    for c in letters:       # (an alternative that may begin with anything is tried under every letter, in its place)
        alts = [a for a, f in zip(alternatives, firsts) if f is None or c in f]
        groups.append(f"(?=[{c}{c.upper()}])(?:{'|'.join(alts)})")
    rest = [a for a, f in zip(alternatives, firsts) if f is None or not all(x.isalpha() for x in f)]
    if rest:
        groups.append(f"(?![a-zA-Z])(?:{'|'.join(rest)})")
    return "|".join(groups)
