"""Page chrome: the markup of a news page around its article (scripts and styles, navigation, related-story boxes,
tickers, sidebars, footers), which the HTML cleaner drops before extraction.

On a real site "North Korea" is often a topic link in the menu, a headline in the ticker or a card in a related-
story box of pages about something else; counted there, it sends a few percent of all pages to extraction, at
about 50 ms each. The prefilter counts a keyword in an HTML page only outside the chrome. Two steps, so the
common page pays almost nothing:

1. ``drop_blocks`` cuts script/style-like blocks from every page with plain ``str.find`` (they are most of a
   page's bytes and never text a reader sees);
2. ``chrome_spans`` finds the other chrome elements — by tag (``nav``, ``aside``, ``footer``) or by a word in
   their class, id or role (``related``, ``ticker``, ``sidebar`` …) — only on the few pages with a keyword left.

Both work on lower-cased markup. An element that holds the page's heading or article (``<h1``, ``<article``,
``<main``) is never chrome, whatever its class says ("page-wrapper with-sidebar"): the prefilter may let a page
through that it could have dropped, but must not drop an article. The tag and word lists live in
data/prefilter.yaml.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

# what an element that wraps the article holds: such an element is never chrome
_CONTENT_MARKERS = ("<h1", "<article", "<main")
# tags never taken as chrome by their class words (they wrap the whole page or the article)
_NEVER_CHROME = frozenset({"html", "body", "main", "article", "h1", "head", "title", "meta"})
_NAME_END = " \t\n\r\f/>"


def drop_blocks(html: str, tags: tuple[str, ...]) -> str:
    """``html`` (lower-cased) without the ``<tag …>…</tag>`` blocks of ``tags``; an unclosed block runs to the
    end, as the HTML cleaner reads it."""
    for tag in tags:
        opener, closer = "<" + tag, "</" + tag
        i = html.find(opener)
        if i < 0:
            continue
        parts = []
        pos = 0
        while i >= 0:
            after = i + len(opener)
            if after < len(html) and html[after] not in _NAME_END:   # "<scripts", "<styleguide"
                i = html.find(opener, after)
                continue
            parts.append(html[pos:i])
            j = html.find(closer, after)
            if j < 0:
                pos = len(html)
                break
            k = html.find(">", j)
            pos = len(html) if k < 0 else k + 1
            i = html.find(opener, pos)
        parts.append(html[pos:])
        html = " ".join(parts)
    return html


@lru_cache(maxsize=64)
def _tag_pattern(tag: str) -> re.Pattern:
    return re.compile(rf"<(/?){re.escape(tag)}(?=[\s/>])")


class Chrome:
    """The chrome elements of a page: by tag name, or by a word starting a token of their class, id or role."""

    def __init__(self, tags: list[str], words: list[str]):
        self.tags = tuple(sorted({t.strip().lower() for t in tags if t and t.strip()}))
        self.words = tuple(sorted({w.strip().lower() for w in words if w and w.strip()}))
        alternatives = []
        if self.tags:
            alternatives.append(rf"<(?P<tag>{'|'.join(map(re.escape, self.tags))})(?=[\s/>])")
        if self.words:
            word = rf"(?<![a-z0-9])(?:{'|'.join(map(re.escape, self.words))})"
            alternatives.append(r"<(?P<named>[a-z][a-z0-9-]*)\s[^>]*?\b(?:class|id|role)\s*=\s*[\"']?"
                                rf"[^\"'>]*?{word}")
        self._open = re.compile("|".join(alternatives)) if alternatives else None

    def spans(self, html: str) -> list[tuple[int, int]]:
        """Sorted, disjoint (start, end) ranges of chrome elements in ``html`` (lower-cased)."""
        out: list[tuple[int, int]] = []
        if self._open is None:
            return out
        pos = 0
        while True:
            m = self._open.search(html, pos)
            if m is None:
                return out
            tag = m.group("tag") or m.group("named")
            end = _element_end(html, tag, m.start())
            inner = html[m.start() + 1:end]
            if end is None or tag in _NEVER_CHROME or any(c in inner for c in _CONTENT_MARKERS):
                pos = m.end()     # not chrome (or no end): look inside it
                continue
            out.append((m.start(), end))
            pos = end


def _element_end(html: str, tag: str, start: int) -> int | None:
    """Index just past the end tag matching the element opened at ``start``; None when it is never closed."""
    depth = 0
    for m in _tag_pattern(tag).finditer(html, start):
        depth += -1 if m.group(1) else 1
        if depth == 0:
            k = html.find(">", m.end())
            return len(html) if k < 0 else k + 1
    return None


def inside(spans: list[tuple[int, int]], index: int) -> bool:
    """Whether ``index`` falls in one of the sorted, disjoint ``spans``."""
    i = bisect_right(spans, (index, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= index < spans[i][1]
