"""The boilerplate lexicon (data/boilerplate.yaml), loaded and compiled once per process."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import yaml


DATA_DIR = Path(__file__).resolve().parents[1] / "data"


@dataclass(frozen=True)
class BoilerplateLexicon:
    share_words: frozenset[str]
    toolbar_anchors: frozenset[str]
    filler_words: frozenset[str]
    advertisement: re.Pattern
    navigation: re.Pattern
    comment_headers: re.Pattern
    comment_widget: re.Pattern
    related_headers: re.Pattern
    breadcrumb_separators: tuple[str, ...]
    breadcrumb_roots: frozenset[str]
    min_words_before: int

    @cached_property
    def known_words(self) -> frozenset[str]:
        """Every word a share bar or toolbar line may hold."""
        return self.share_words | self.toolbar_anchors | self.filler_words


def _whole_line(patterns: list[str]) -> re.Pattern:
    return re.compile("^(?:" + "|".join(f"(?:{p})" for p in patterns) + r")$", re.IGNORECASE)


def _anywhere(patterns: list[str]) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


@lru_cache(maxsize=1)
def boilerplate_lexicon() -> BoilerplateLexicon:
    raw = yaml.safe_load((DATA_DIR / "boilerplate.yaml").read_text("utf-8"))
    words = lambda key: frozenset(str(w).lower() for w in raw.get(key, []))  # noqa: E731
    return BoilerplateLexicon(
        share_words=words("share_words"),
        toolbar_anchors=words("toolbar_anchors"),
        filler_words=words("filler_words"),
        advertisement=_whole_line(raw["advertisement"]),
        navigation=_whole_line(raw["navigation"]),
        comment_headers=_whole_line(raw["comment_headers"]),
        comment_widget=_anywhere(raw["comment_widget"]),
        related_headers=_whole_line(raw["related_headers"]),
        breadcrumb_separators=tuple(raw["breadcrumb_separators"]),
        breadcrumb_roots=words("breadcrumb_roots"),
        min_words_before=int(raw.get("comment_thread", {}).get("min_words_before", 60)),
    )
