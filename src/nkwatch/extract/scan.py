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
from re._casefix import _EXTRA_CASES

_REPEAT_LIMIT = 1000    # RE2's largest counted repetition
_SMALL_REPEAT = 4       # a longer counted repetition ({0,40}) becomes unbounded in the gate: a small automaton

# Python's classes in the gate. For a text that is all ASCII they are exact; for any other text, widened to
# Unicode (as a class) or narrowed to ASCII (inside a negated class), so that the gate always matches at least what
# Python matches.
_ASCII = {C.CATEGORY_DIGIT: "0-9", C.CATEGORY_WORD: "0-9A-Za-z_", C.CATEGORY_SPACE: r"\t\n\x{0b}\f\r \x{1c}-\x{1f}",
          C.CATEGORY_NOT_DIGIT: r"\x{0}-/:-\x{7f}", C.CATEGORY_NOT_WORD: r"\x{0}-/:-@\[-^`{-\x{7f}",
          C.CATEGORY_NOT_SPACE: r"\x{0}-\x{8}\x{e}-\x{1b}!-\x{7f}"}
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


def _folds(c: int) -> list[int]:
    """Characters Python's IGNORECASE equates with ``c`` beyond Unicode simple case folding (ı and i, ſ and s)."""
    low = chr(c).lower()
    return list(_EXTRA_CASES.get(ord(low), ())) if len(low) == 1 else []


class _Emitter:
    """Writes the gate of a parse tree: for ASCII text only (``ascii``) or for any text."""

    def __init__(self, ascii_only: bool) -> None:
        self.ascii = ascii_only

    def cls(self, items, negated: bool, icase: bool) -> str:
        table = _ASCII if self.ascii else _NARROW if negated else _WIDE
        widen = icase and not negated and not self.ascii
        out = []
        for op, av in items:
            if op is C.LITERAL:
                out.append(_char(av))
                if widen:
                    out.extend(_char(x) for x in _folds(av))
            elif op is C.RANGE:
                out.append(f"{_char(av[0])}-{_char(av[1])}")
                if widen and av[1] - av[0] <= 1024:
                    out.extend(_char(x) for c in range(av[0], av[1] + 1) for x in _folds(c))
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

    def emit(self, seq, icase: bool = False) -> str:
        out = []
        for op, av in seq:
            if op is C.LITERAL:
                extra = _folds(av) if icase and not self.ascii else []
                out.append(f"[{_char(av)}{''.join(_char(x) for x in extra)}]" if extra else _char(av))
            elif op is C.NOT_LITERAL:
                out.append(f"[^{_char(av)}]")
            elif op is C.ANY:
                out.append(".")
            elif op is C.IN:
                negated = bool(av) and av[0][0] is C.NEGATE
                out.append(self.cls(av[1:] if negated else av, negated, icase))
            elif op is C.BRANCH:
                out.append("(?:" + "|".join(self.emit(b, icase) for b in av[1]) + ")")
            elif op is C.SUBPATTERN:
                _group, add, drop, sub = av
                flags = ("i" if add & C.SRE_FLAG_IGNORECASE else "") + ("s" if add & C.SRE_FLAG_DOTALL else "")
                off = "i" if drop & C.SRE_FLAG_IGNORECASE else ""
                head = f"(?{flags}-{off}:" if off else f"(?{flags}:" if flags else "(?:"
                sub_icase = (icase or bool(add & C.SRE_FLAG_IGNORECASE)) and not drop & C.SRE_FLAG_IGNORECASE
                out.append(head + self.emit(sub, sub_icase) + ")")
            elif op is getattr(C, "ATOMIC_GROUP", None):
                out.append("(?:" + self.emit(av, icase) + ")")
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
                lo, hi, sub = av
                body = "(?:" + self.emit(sub, icase) + ")"
                lo = min(lo, _SMALL_REPEAT)
                if hi is C.MAXREPEAT or hi > _SMALL_REPEAT:
                    out.append(f"{body}{{{lo},}}")
                else:
                    out.append(f"{body}{{{lo},{hi}}}")
            elif op in (C.AT, C.ASSERT, C.ASSERT_NOT):
                continue            # dropping an assertion only widens what the gate matches
            else:
                raise _Unsupported(f"{op}")
        return "".join(out)


def gate_pattern(pattern: re.Pattern, ascii_only: bool = False) -> str | None:
    """The RE2 superset pattern of a Python pattern, or None when there is none (then plain ``re`` is used).

    ``ascii_only``: the gate for texts that are all ASCII (smaller and faster); otherwise for any text.
    """
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
        if tree.getwidth()[0] == 0:
            return None     # a pattern that can match empty text has no useful gate
        body = _Emitter(ascii_only).emit(tree, bool(pattern.flags & re.IGNORECASE))
    except (_Unsupported, RecursionError, re.error):
        return None
    flags = ("i" if pattern.flags & re.IGNORECASE else "") + ("s" if pattern.flags & re.DOTALL else "")
    return f"(?{flags}:{body})" if flags else body


def _compile_gate(source: str | None):
    if re2 is None or source is None:
        return None
    try:
        opts = re2.Options()
        opts.max_mem = 64 << 20
        opts.log_errors = False
        return re2.compile(source, opts)
    except re2.error:
        return None


SHORT = 512   # below this many characters plain ``re`` is cheaper than a gate scan


class FastPattern:
    """A compiled Python pattern whose ``finditer`` and ``search`` use an RE2 gate; results equal ``re``'s.

    The gate's spans over a whole text are kept for the last text seen, so that many searches of one document
    in ranges (clause by clause) scan it once. A range search tries the Python pattern with the range's end as
    ``endpos`` at the gate positions inside the range: a match inside the range is a match of the gate in the
    whole text, because the gate has no lookaround.
    """

    __slots__ = ("rx", "gate", "ascii_gate", "pattern", "flags", "groups", "_spans")

    def __init__(self, rx: re.Pattern) -> None:
        self.rx = rx
        self.pattern, self.flags, self.groups = rx.pattern, rx.flags, rx.groups
        self._spans: tuple = (None, [], [])
        self.gate = _compile_gate(gate_pattern(rx))
        self.ascii_gate = _compile_gate(gate_pattern(rx, ascii_only=True)) if self.gate is not None else None
        if self.ascii_gate is None:
            self.gate = None

    def _gate_spans(self, text: str) -> tuple[list[int], list[int]]:
        """(starts, stops) of the gate's matches over the whole text: the Python pattern can start only at
        positions in [start, stop)."""
        cached_text, starts, stops = self._spans
        if cached_text is text:
            return starts, stops
        data = _bytes_of(text)
        starts, stops = [], []
        hits = self.ascii_gate.finditer(data) if data is not None else self.gate.finditer(text)
        for g in hits:
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
        end = len(text) if endpos is None else max(0, min(endpos, len(text)))
        if self.gate is None or (len(text) < SHORT and self._spans[0] is not text):
            return self.rx.search(text, pos, end)
        starts, stops = self._gate_spans(text)
        match = self.rx.match
        for k in range(bisect_right(stops, pos), len(starts)):
            s0 = starts[k]
            if s0 >= end:
                return None
            s, lim = max(s0, pos), min(stops[k], end)
            while s < lim:
                m = match(text, s, end)
                if m is not None:
                    return m
                s += 1
        return None

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
