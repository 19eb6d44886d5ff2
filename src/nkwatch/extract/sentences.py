"""Sentences with their character offsets, from a text whose cut parts are already blanked (offsets preserved).

A rule splitter rather than a parser: paragraphs break, then '.', '!' or '?' before a capital, a quote or a digit,
except after abbreviations and initials. It is fast (no model in the hot path) and never loses an offset.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "st", "no", "vs", "jan", "feb", "mar",
                 "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.n", "n", "s", "inc", "co",
                 "corp", "ltd", "jr", "sr", "rep", "sen", "gov", "approx", "est", "e.g", "i.e", "etc", "al", "mt"}
# (a wiki page's reference marks may follow the stop: "... dropped by the city.[3][4] A newspaper ...")
# (a page that lost the spaces between its sentences: "... held near the border.Police said ...", "... (HRW).Most
# are ...", or joined its excerpts with an ellipsis: "... for scant pay...A UN report ...")
BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?:\[(?:\d{1,3}|[a-z][a-z ]{2,24})\])*(?=\s+[\"'“‘(\[]?[A-Z0-9])|"
                      r"(?<=[a-z]{2})[.!?](?=[A-Z][a-z]{2})|(?<=\w\w\))\.(?=[A-Z][a-z]{2})|(?<=\w)(?:\.{3}|…)(?=[A-Z])")
INITIAL = re.compile(r"[A-Z]")
# a lone newline breaks a paragraph, unless it falls mid-sentence: after a word or comma and before a lower-case word
# ("... certain types of work\nvisa to North Korean nationals": a line wrapped by hand in otherwise unwrapped text)
# nor after a word no sentence ends with ("... on the morning of\nSeptember 4": a caption wrapped before a name)
OPEN_WORDS = ("of", "the", "a", "an", "to", "in", "on", "at", "for", "with", "by", "from", "and", "or")
PARAGRAPH = re.compile(r"\n(?:\s*\n|(?=\s*[-•*]\s)|(?<![\w,;]\n)|(?![ \t]*[a-z])" +
                       "".join(f"(?<!\\b{w}\\n)" for w in OPEN_WORDS) + ")")
# (= "\n\s*\n|\n(?=\s*[-•*]\s)|(?<![\w,;])\n|(?<!\bof)...\n(?![ \t]*[a-z])": the newline first, which the engine
# finds fast)
WRAPPED_PARAGRAPH = re.compile(r"\n\s*\n|\n(?=\s*[-•*]\s)")    # hard-wrapped text: a lone newline is no break
OPEN_LINE_END = re.compile(r"[^.!?\"”’:]\s*$")
BLANK_LINE = re.compile(r"\n\s*\n")
ONE_BLANK_LINE = re.compile(r"\n[ \t]*\n")   # (more than one is a break that was meant)


def is_hard_wrapped(text: str) -> bool:
    """Whether the text's lines were wrapped at a fixed width (wire copy, plain-text archives): most lines run close
    to the widest, which is narrow, and most of those stop mid-sentence."""
    return _wrap_width(text) > 0


def _wrap_width(text: str) -> int:
    """The width a hard-wrapped text's lines were wrapped at (0 when they were not)."""
    lines = [x for x in text.split("\n") if x.strip()]
    if len(lines) < 5:
        return 0
    lengths = sorted(len(x) for x in lines)
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if width > 100:
        return 0
    full = [x for x in lines if len(x) >= 0.75 * width]
    open_ = [x for x in full if OPEN_LINE_END.search(x)]
    return width if len(full) >= 0.5 * len(lines) and len(open_) >= 0.5 * len(full) else 0


def _double_spaced(text: str) -> bool:
    """Whether a hard-wrapped text puts a blank line after every line (an archive page that turned each line break
    into a paragraph): nearly all its blocks are one line."""
    blocks = [b for b in BLANK_LINE.split(text) if b.strip()]
    return len(blocks) >= 8 and sum("\n" not in b.strip() for b in blocks) >= 0.9 * len(blocks)


def _runs_on(text: str, gap: re.Match[str], width: int) -> bool:
    """Whether a blank line of double-spaced wrapped text falls mid-sentence: the line before it stops open and
    either runs near the full width or is followed by a lower-case word ("... were held at the border crossing
    after\n\nwading over the river ..."). A short line is a heading or a paragraph's last."""
    before = text[text.rfind("\n", 0, gap.start()) + 1:gap.start()]
    after = text[gap.end():gap.end() + 1]
    return bool(OPEN_LINE_END.search(before)) and (len(before) >= 0.75 * width or after.islower())


@dataclass(unsafe_hash=True, slots=True)   # a value, never changed; not frozen=True, which costs 1 µs per object
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int


def split_sentences(text: str, wrapped: bool = False) -> list[Sentence]:
    """Non-blank sentences of ``text`` in order, each with offsets into ``text``. In ``wrapped`` text (see
    ``is_hard_wrapped``) only blank lines and list items break paragraphs, and in double-spaced wrapped text not a
    blank line that falls mid-sentence."""
    out: list[Sentence] = []
    pos, para = 0, 0
    matches = list((WRAPPED_PARAGRAPH if wrapped else PARAGRAPH).finditer(text))
    if wrapped and _double_spaced(text) and (width := _wrap_width(text.replace("\n\n", "\n"))):
        matches = [m for m in matches if not (ONE_BLANK_LINE.fullmatch(m.group()) and _runs_on(text, m, width))]
    for pm in matches + [None]:
        pend = pm.start() if pm else len(text)
        _split_paragraph(text, pos, pend, para, out)
        if pm:
            pos = pm.end()
            para += 1
    return out


def _split_paragraph(text: str, start: int, end: int, para: int, out: list[Sentence]) -> None:
    s = start
    for m in BOUNDARY.finditer(text, start, end):   # (a range search sees no further than a slice would)
        b = m.start()
        if text[b] == ".":
            word = _last_word(text, start, b)
            if word and (word.lower().rstrip(".") in ABBREVIATIONS or INITIAL.fullmatch(word)):
                continue
        _emit(text, s, m.end(), para, out)
        s = m.end()
    _emit(text, s, end, para, out)


def _last_word(text: str, start: int, b: int) -> str:
    """The run of word characters and dots ending at b (not before start): "Mr", "U.S", "J"."""
    k = b
    while k > start and (text[k - 1].isalnum() or text[k - 1] in "._"):   # \w is isalnum() or "_"
        k -= 1
    return text[k:b]


def _emit(text: str, a: int, b: int, para: int, out: list[Sentence]) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        out.append(Sentence(a, b, text[a:b], para))
