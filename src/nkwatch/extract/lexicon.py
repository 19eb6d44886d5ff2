"""Domain lexicons: YAML files under nkwatch/data/lexicon, loaded once per process."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml



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
