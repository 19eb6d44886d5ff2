"""Fast whole-text regex scanning: an RE2 gate finds where a Python pattern can match, Python ``re`` decides.

Python's ``re`` tries a pattern at every position of the text unless the pattern starts with a case-sensitive
literal, so a case-insensitive pattern or one starting with ``\\b`` costs about 25 ns per character, per pattern.
RE2 (google-re2) scans with an automaton in a fraction of that but has no lookaround and ASCII-only classes.

``FastPattern`` keeps Python's semantics exactly. From the pattern's parse tree it builds a *gate*: an RE2 pattern
matching a superset of what the Python pattern matches (lookarounds and anchors dropped, classes widened to
Unicode, negated classes narrowed to ASCII), so every Python match starts at the start or inside the span of some
gate match. The Python pattern is then tried (``match``) only at those positions, left to right, skipping past
each match: the same matches, in the same order, as ``finditer`` — at a fraction of the cost, because a gate match
is rare. Patterns the gate cannot express (back-references, conditionals, a possibly empty match) keep plain
``re``; so does everything when google-re2 is not installed.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Iterator

try:  # pragma: no cover - import guard
    import re2
except ImportError:  # pragma: no cover - the package is a pinned dependency; plain re still gives the same results
    re2 = None

from re import _constants as C  # noqa: N812
from re import _parser

_REPEAT_LIMIT = 1000    # RE2's largest counted repetition

# Python's Unicode classes, widened (for a class) or narrowed to ASCII (inside a negated class), so that the gate
# always matches at least what Python matches.
_WIDE = {C.CATEGORY_DIGIT: r"\p{Nd}", C.CATEGORY_WORD: r"\p{L}\p{N}\p{M}_",
         C.CATEGORY_SPACE: r"\t\n\x{0b}\f\r \x{1c}-\x{1f}\x{85}\p{Z}",
         C.CATEGORY_NOT_DIGIT: r"\x{0}-/:-\x{10ffff}", C.CATEGORY_NOT_WORD: r"\x{0}-/:-@\[-^`{-\x{10ffff}",
         C.CATEGORY_NOT_SPACE: r"\x{0}-\x{8}\x{e}-\x{1b}!-\x{10ffff}"}
_NARROW = {C.CATEGORY_DIGIT: "0-9", C.CATEGORY_WORD: "0-9A-Za-z_", C.CATEGORY_SPACE: r"\t\n\x{0b}\f\r ",
           C.CATEGORY_NOT_DIGIT: None, C.CATEGORY_NOT_WORD: None, C.CATEGORY_NOT_SPACE: None}


class _Unsupported(Exception):
    pass


def _char(c: int) -> str:
    ch = chr(c)
    return ch if ch.isascii() and ch.isalnum() else f"\\x{{{c:x}}}"


def _cls(items, negated: bool) -> str:
    table = _NARROW if negated else _WIDE
    out = []
    for op, av in items:
        if op is C.LITERAL:
            out.append(_char(av))
        elif op is C.RANGE:
            out.append(f"{_char(av[0])}-{_char(av[1])}")
        elif op is C.CATEGORY:
            part = table.get(av)
            if part is None:     # a negated category inside a negated class: give up the gate
                raise _Unsupported(f"category {av} in a negated class")
            out.append(part)
        else:
            raise _Unsupported(f"class item {op}")
    if negated:
        return f"[^{''.join(out)}]" if out else r"[\x{0}-\x{10ffff}]"
    return f"[{''.join(out)}]" if out else r"[^\x{0}-\x{10ffff}]"


def _emit(seq) -> str:
    out = []
    for op, av in seq:
        if op is C.LITERAL:
            out.append(_char(av))
        elif op is C.NOT_LITERAL:
            out.append(f"[^{_char(av)}]")
        elif op is C.ANY:
            out.append(".")
        elif op is C.IN:
            negated = bool(av) and av[0][0] is C.NEGATE
            out.append(_cls(av[1:] if negated else av, negated))
        elif op is C.BRANCH:
            out.append("(?:" + "|".join(_emit(b) for b in av[1]) + ")")
        elif op is C.SUBPATTERN:
            _group, add, drop, sub = av
            flags = ("i" if add & C.SRE_FLAG_IGNORECASE else "") + ("s" if add & C.SRE_FLAG_DOTALL else "")
            off = "i" if drop & C.SRE_FLAG_IGNORECASE else ""
            head = f"(?{flags}-{off}:" if off else f"(?{flags}:" if flags else "(?:"
            out.append(head + _emit(sub) + ")")
        elif op is getattr(C, "ATOMIC_GROUP", None):
            out.append("(?:" + _emit(av) + ")")
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            lo, hi, sub = av
            body = "(?:" + _emit(sub) + ")"
            lo = min(lo, _REPEAT_LIMIT)
            if hi is C.MAXREPEAT or hi > _REPEAT_LIMIT:
                out.append(f"{body}{{{lo},}}")
            else:
                out.append(f"{body}{{{lo},{hi}}}")
        elif op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue            # dropping an assertion only widens what the gate matches
        else:
            raise _Unsupported(f"{op}")
    return "".join(out)


def gate_pattern(pattern: re.Pattern) -> str | None:
    """The RE2 superset pattern of a Python pattern, or None when there is none (then plain ``re`` is used)."""
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
        if tree.getwidth()[0] == 0:
            return None     # a pattern that can match empty text has no useful gate
        body = _emit(tree)
    except (_Unsupported, RecursionError, re.error):
        return None
    flags = ("i" if pattern.flags & re.IGNORECASE else "") + ("s" if pattern.flags & re.DOTALL else "")
    return f"(?{flags}:{body})" if flags else body


SHORT = 512   # below this many characters plain ``re`` is cheaper than a gate scan


class FastPattern:
    """A compiled Python pattern whose ``finditer`` and ``search`` use an RE2 gate; results equal ``re``'s.

    The gate's spans over a whole text are kept for the last text seen, so that many searches of one document
    in ranges (clause by clause) scan it once. A range search tries the Python pattern with the range's end as
    ``endpos`` at the gate positions inside the range: a match inside the range is a match of the gate in the
    whole text, because the gate has no lookaround.
    """

    __slots__ = ("rx", "gate", "pattern", "flags", "groups", "_spans")

    def __init__(self, rx: re.Pattern) -> None:
        self.rx = rx
        self.pattern, self.flags, self.groups = rx.pattern, rx.flags, rx.groups
        self.gate = None
        self._spans: tuple = (None, [], [])
        if re2 is not None:
            source = gate_pattern(rx)
            if source is not None:
                try:
                    opts = re2.Options()
                    opts.max_mem = 64 << 20
                    opts.log_errors = False
                    self.gate = re2.compile(source, opts)
                except re2.error:
                    self.gate = None

    def _gate_spans(self, text: str) -> tuple[list[int], list[int]]:
        """(starts, stops) of the gate's matches over the whole text: the Python pattern can start only at
        positions in [start, stop)."""
        cached_text, starts, stops = self._spans
        if cached_text is text:
            return starts, stops
        data = _bytes_of(text)
        starts, stops = [], []
        for g in self.gate.finditer(data if data is not None else text):
            s0, e0 = g.span()
            starts.append(s0)
            stops.append(e0 if e0 > s0 else s0 + 1)
        self._spans = (text, starts, stops)   # one tuple: a reader on another thread sees all or nothing
        return starts, stops

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
        end = len(text) if endpos is None else max(0, min(endpos, len(text)))
        if self.gate is None or (len(text) < SHORT and self._spans[0] is not text):
            yield from self.rx.finditer(text, pos, end)
            return
        starts, stops = self._gate_spans(text)
        match = self.rx.match
        last = pos
        for k in range(bisect_right(stops, pos), len(starts)):
            s0 = starts[k]
            if s0 >= end:
                break
            s, lim = max(s0, last), min(stops[k], end)
            while s < lim:
                m = match(text, s, end)
                if m is not None:
                    yield m
                    last = s = m.end()
                else:
                    s += 1

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        return next(self.finditer(text, pos, endpos), None)

    def findall(self, text: str, pos: int = 0, endpos: int | None = None) -> list:
        """As ``re.Pattern.findall``: the whole match, the one group, or a tuple of groups ('' when unmatched)."""
        if self.groups == 0:
            return [m.group(0) for m in self.finditer(text, pos, endpos)]
        if self.groups == 1:
            return [m.group(1) or "" for m in self.finditer(text, pos, endpos)]
        return [m.groups("") for m in self.finditer(text, pos, endpos)]

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        return self.rx.match(text, pos, len(text) if endpos is None else endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        return self.rx.fullmatch(text, pos, len(text) if endpos is None else endpos)

    def __repr__(self) -> str:
        return f"FastPattern({self.pattern!r}, gate={'re2' if self.gate else None})"


_last_text: str | None = None
_last_bytes: bytes | None = None


def _bytes_of(text: str) -> bytes | None:
    """ASCII text as bytes (RE2 offsets then equal character offsets; encoded once per text), else None."""
    global _last_text, _last_bytes
    if text is _last_text:
        return _last_bytes
    data = text.encode("ascii") if text.isascii() else None
    _last_text, _last_bytes = text, data
    return data


def fast(pattern: str | re.Pattern, flags: int = 0) -> FastPattern:
    """``re.compile`` with the RE2 gate."""
    return FastPattern(pattern if isinstance(pattern, re.Pattern) else re.compile(pattern, flags))


__all__ = ["FastPattern", "fast", "gate_pattern"]
