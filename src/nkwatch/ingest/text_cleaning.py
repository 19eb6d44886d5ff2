"""Find the boilerplate in a plain-text article and return it as cuts (offsets), never rewriting the text.

The text must stay byte-for-byte what the source gave, because extraction evidence points into it; cleaning
only says which stretches to skip. Rules work line by line on shapes (a share bar, a breadcrumb trail, a
numbered comment thread) and on header words from data/boilerplate.yaml. A cut that removes a real
paragraph is worse than a missed cut, so every rule that cuts more than one line needs strong evidence:
a header, or a block shape that article prose does not have, and enough article words before it.
"""

from __future__ import annotations

import re

from nkwatch.ingest.lexicon import BoilerplateLexicon, boilerplate_lexicon
from nkwatch.model import Cut

_TOKEN_SPLIT = re.compile(r"[\s|/·,:;•\-–—_()\[\]]+")
_COUNT = re.compile(r"^\d+[kKmM]?$")
_BULLET = re.compile(r"^\s*(?:[-–•*·►▶▸◦]|\d{1,2}[.)])\s+\S")
_NUMBERED = re.compile(r"^([ \t]+)(\d{1,3})[.)]\s+\S")
_PRONOUN_OPENING = re.compile(r"(?:We|I|He|She|They|It|Our|My)\s+[a-z]")    # prose opens so; a headline does not
_SENTENCE_END = re.compile(r"[.!?:;\"”’'»)\]…]$")
_WORD = re.compile(r"\w+")
# "hungry_in_hapjeong: …", "mkim: …", "K. Park: …", "Reply from DMZwatcher: …"
_HANDLE = re.compile(r"^\s*(?:reply from\s+)?(?P<h>[\w.\-]{2,30}|[A-Z][\w\-]+ [A-Z]\.|[A-Z]\. [A-Z][\w\-]+)\s*:\s+\S",
                     re.IGNORECASE)


class _Line:
    """One line of the text."""

    def __init__(self, start: int, end: int, raw: str) -> None:
        self.start = start
        self.end = end          # end of the line's content, before its newline
        self.raw = raw
        self.text = raw.strip()  # raw without the spaces around it (read many times per line)


def _lines(text: str) -> list[_Line]:
    out, pos = [], 0
    for raw in text.splitlines(keepends=True):
        content = raw.rstrip("\r\n")
        out.append(_Line(pos, pos + len(content), content))
        pos += len(raw)
    return out


# every ASCII byte that is not a word character (\w on ASCII: letters, digits, "_") becomes a space
_ASCII_GAPS = bytes(c if c >= 128 or chr(c).isalnum() or c == ord("_") else ord(" ") for c in range(256))


def _words(s: str) -> int:
    """How many runs of word characters (``\\w+``) s has."""
    if s.isascii():     # most lines: counted by bytes, five times faster than the regex
        return len(s.encode().translate(_ASCII_GAPS).split())
    return len(_WORD.findall(s))


def _words_toward(s: str, n: int) -> int:
    """The words of s, or some number >= n once s has n (a long paragraph is counted by its start: a prefix never
    has more words than the whole)."""
    if len(s) > 8 * n:
        c = _words(s[:8 * n])
        if c >= n:
            return c
    return _words(s)


def _has_words(lines: list[_Line], n: int) -> bool:
    """Whether the lines hold at least n words, counting only as far as needed."""
    for ln in lines:
        if n <= 0:
            return True
        n -= _words_toward(ln.text, n)
    return n <= 0


def is_share_line(line: str, lex: BoilerplateLexicon | None = None) -> bool:
    """A share bar or article toolbar: only share/toolbar words and separators ("Share | Tweet | Email")."""
    lex = lex or boilerplate_lexicon()
    known = lex.known_words
    low = line.lower()
    for t in _TOKEN_SPLIT.split(low, 3)[:3]:   # most lines are prose: their first words settle it, unsplit
        if t and not _COUNT.match(t) and t.rstrip("?!") not in known:
            return False
    tokens: list[str] = []
    for t in _TOKEN_SPLIT.split(low):
        if not t or _COUNT.match(t):
            continue
        if t.rstrip("?!") not in known or len(tokens) == 12:
            return False
        tokens.append(t)
    if not tokens:
        return False
    if len(tokens) == 1:
        return tokens[0] in ("share", "shares", "tweet")
    shares = sum(t in lex.share_words for t in tokens)
    anchors = sum(t in lex.toolbar_anchors for t in tokens)
    return shares >= 1 or anchors >= 2


def is_breadcrumb(line: str, lex: BoilerplateLexicon | None = None) -> bool:
    """A trail such as "Home > National > Politics": short segments joined by one separator."""
    lex = lex or boilerplate_lexicon()
    if len(line) > 120:
        return False
    for sep in lex.breadcrumb_separators:
        spaced = f" {sep} "
        parts = [p.strip() for p in line.split(spaced)] if spaced in line else (
            [p.strip() for p in line.split(sep)] if sep != "/" and sep in line else [])
        if len(parts) < 2 or any(not p or _words(p) > 4 or _SENTENCE_END.search(p) for p in parts):
            continue
        rooted = parts[0].lower() in lex.breadcrumb_roots
        if rooted or (sep != "/" and len(parts) >= 3):
            return True
    return False


def _numbered_thread_start(lines: list[_Line], i: int) -> bool:
    """An indented "1." that opens a run of indented numbered items reaching the end of the text.

    Blog comment threads keep this shape ("  1. Good post…", "    • reply…"); an article's own numbered
    list is introduced by a line ending in a colon, is followed by more unindented prose, or its items are short
    points without replies.
    """
    m = _NUMBERED.match(lines[i].raw)
    if not m or m.group(2) != "1":
        return False
    intro = next((ln.text for ln in reversed(lines[:i]) if ln.text), "")
    if intro.endswith(":"):
        return False    # "The resolution set out these measures:": the article's own list, introduced by its prose
    expected, items, nested, words = 2, 1, 0, _words(lines[i].text)
    base = len(m.group(1))
    for ln in lines[i + 1:]:
        if not ln.text:
            continue
        indent = len(ln.raw) - len(ln.raw.lstrip())
        if indent == 0:
            return False
        words += _words(ln.text)
        m2 = _NUMBERED.match(ln.raw)
        if m2 and len(m2.group(1)) == base:
            if int(m2.group(2)) != expected:
                return False
            expected += 1
            items += 1
        elif indent > base:
            nested += 1
    return items >= 2 and (nested >= 1 or words / items >= 25)


def _related_block_end(lines: list[_Line], i: int, lex: BoilerplateLexicon) -> int:
    """Index of the last line of the list under a related-stories header at ``i`` (``i`` when none follows).

    Items are bulleted lines, or headline-shaped lines when the list has no bullets; another header
    (comments, advertisement) ends the list.
    """
    last, blanks, bulleted = i, 0, None
    for j in range(i + 1, len(lines)):
        t = lines[j].text
        if not t:
            blanks += 1
            if blanks > 1 and last > i:
                break
            continue
        if (lex.comment_headers.match(t) or lex.comment_widget.search(t) or lex.advertisement.match(t)
                or lex.related_headers.match(t) or is_share_line(t, lex)):
            break
        is_bullet = bool(_BULLET.match(lines[j].raw))
        headline = not t.endswith(".") and _words_toward(t, 17) <= 16
        if bulleted is None and (is_bullet or headline):
            bulleted = is_bullet
        if (is_bullet if bulleted else headline):
            last, blanks = j, 0
        else:
            break
    return last


def find_cuts(text: str) -> list[Cut]:
    """Offsets of the boilerplate in ``text``: reader comments, share/ad lines, navigation, related stories."""
    lex = boilerplate_lexicon()
    lines = _lines(text)
    cuts: list[Cut] = []
    words_needed = lex.min_words_before    # article prose before a comment section can start
    i = 0
    while i < len(lines):
        ln = lines[i]
        t = ln.text
        if not t:
            i += 1
            continue
        enough_prose = words_needed <= 0
        # Headers and widget prompts are short and are not sentences; an article sentence that happens to
        # say "log in to post" must not start a cut that runs to the end.
        if enough_prose and (((not t.endswith(".") and _words_toward(t, 16) <= 15)
                              and (lex.comment_headers.match(t) or lex.comment_widget.search(t)))
                             or _numbered_thread_start(lines, i)):
            # A comment section runs to the end: what follows a comment widget is comments or page chrome.
            cuts.append(Cut(ln.start, len(text), "comments"))
            break
        if lex.related_headers.match(t):
            j = _related_block_end(lines, i, lex)
            cuts.append(Cut(ln.start, lines[j].end, "related_stories"))
            i = j + 1
            continue
        if lex.advertisement.match(t):
            cuts.append(Cut(ln.start, ln.end, "advertisement"))
        elif is_share_line(t, lex):
            cuts.append(Cut(ln.start, ln.end, "share"))
        elif is_breadcrumb(t, lex):
            cuts.append(Cut(ln.start, ln.end, "navigation"))
        elif lex.navigation.match(t):
            cuts.append(Cut(ln.start, ln.end, "navigation"))
        elif not enough_prose:
            words_needed -= _words_toward(t, words_needed)
        i += 1
    if not any(c.reason == "comments" for c in cuts):
        thread = _trailing_handle_comments(lines, lex)
        if thread:
            cuts.append(thread)
    trailing = _trailing_headline(lines, cuts, lex)
    if trailing:
        cuts.append(trailing)
    return _merge(cuts)


def _is_handle(line: str) -> bool:
    """A line opening with a user handle: one that no byline or label ("Photo:", "Verdict:") looks like."""
    m = _HANDLE.match(line)
    if not m:
        return False
    h = m.group("h")
    return (any(ch.isdigit() or ch == "_" for ch in h) or h.islower() or " " in h
            or line.lstrip().lower().startswith("reply from"))


def _trailing_handle_comments(lines: list[_Line], lex: BoilerplateLexicon) -> Cut | None:
    """Two or more paragraphs at the very end that each open with a user handle, with no header above them."""
    paragraphs: list[list[int]] = []
    for k, ln in enumerate(lines):
        if not ln.text:
            if paragraphs and paragraphs[-1]:
                paragraphs.append([])
            continue
        if not paragraphs:
            paragraphs.append([])
        paragraphs[-1].append(k)
    paragraphs = [p for p in paragraphs if p]
    run = 0
    for para in reversed(paragraphs):
        if _is_handle(lines[para[0]].raw):
            run += 1
        else:
            break
    if run < 2 or run == len(paragraphs):
        return None
    first = paragraphs[-run][0]
    if not _has_words(lines[:first], lex.min_words_before):
        return None
    return Cut(lines[first].start, lines[-1].end if lines else 0, "comments")


def _trailing_headline(lines: list[_Line], cuts: list[Cut], lex: BoilerplateLexicon) -> Cut | None:
    """A lone headline-shaped last line after the article (a "next story" link left by copy-paste).

    Only when it is the last line of the whole text, stands alone as a paragraph, has no sentence ending
    and follows enough article prose.
    """
    nonblank = [k for k, ln in enumerate(lines) if ln.text]
    if len(nonblank) < 3:
        return None
    k = nonblank[-1]
    last = lines[k]
    if any(c.start <= last.start < c.end for c in cuts):
        return None
    t = last.text
    if _SENTENCE_END.search(t) or k == 0 or lines[k - 1].text or not 3 <= _words(t) <= 14:
        return None
    if last.raw[:1].isspace() or _BULLET.match(last.raw) or _PRONOUN_OPENING.match(t):
        return None     # ("We spoke to six workers who had fled R": the article's own prose, cut short; no headline)
    if not _has_words(lines[:k], lex.min_words_before * 2):
        return None
    return Cut(last.start, last.end, "related_stories")


def _merge(cuts: list[Cut]) -> list[Cut]:
    out: list[Cut] = []
    for c in sorted(cuts, key=lambda c: (c.start, -c.end)):
        if out and c.start < out[-1].end:
            prev = out[-1]
            out[-1] = Cut(prev.start, max(prev.end, c.end), prev.reason)
        else:
            out.append(c)
    return out
