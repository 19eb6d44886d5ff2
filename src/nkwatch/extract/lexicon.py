"""Domain lexicons: YAML files under nkwatch/data/lexicon, loaded once per process."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from nkwatch.extract.scan import FastPattern, fast


@lru_cache(maxsize=None)
def load(name: str) -> dict[str, Any]:
    """The lexicon ``name`` (``places`` → data/lexicon/places.yaml)."""
    path = resources.files("nkwatch.data").joinpath("lexicon").joinpath(f"{name}.yaml")
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def alternation(phrases: list[str]) -> str:
    """A regex alternation of phrases, longest first; a space in a phrase matches any run of white space."""
    parts = sorted({p.strip() for p in phrases if p and p.strip()}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in parts)


def phrase_regex(phrases: list[str], flags: int = re.IGNORECASE) -> FastPattern:
    r"""One compiled regex matching any of the phrases as whole words (``\b``-delimited)."""
    return fast(r"(?<![\w-])(?:" + alternation(phrases) + r")(?![\w-])", flags)
