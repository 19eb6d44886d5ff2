"""Fast whole-text regex scanning: an automaton finds where a Python pattern can match, Python ``re`` decides.

Python's ``re`` tries a pattern at every position of the text unless the pattern starts with a case-sensitive
literal, so a case-insensitive pattern or one starting with ``\\b`` costs about 25 ns per character, per pattern,
and the extractor has about a hundred patterns.

``FastPattern`` keeps Python's semantics exactly. From the pattern's parse tree it builds a *gate*: a pattern
without lookarounds or anchors that matches at least what the Python pattern matches, over the text written one
byte per character (``?`` for every character beyond ASCII, which the gate's classes therefore include wherever
Python's could match such a character). Every Python match then starts at the start or inside the span of some
gate match; the Python pattern is tried (``match``) only at those positions, left to right, skipping past each
match — the same matches, in the same order, as ``finditer``.

Gates run on RE2 (google-re2), an automaton that scans a document in a few microseconds; the gates that rarely
match are first tried together, in one pass of an RE2 ``Set`` (``GateSet``), and only those it finds are scanned.
Patterns that have no gate (back-references, conditionals, a possibly empty match) keep plain ``re``; so does
everything when google-re2 is not installed. (Hyperscan, which would run all gates in one pass, was tried: with
start-of-match tracking the patterns compile for several seconds, and reporting every match back to Python cost
most of what it saved.)
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any, Final, Iterator

try:  # pragma: no cover - import guard
    import re2
except ImportError:  # pragma: no cover - the package is a pinned dependency; plain re still gives the same results
    re2 = None

from re import _constants as C  # type: ignore[attr-defined]  # noqa: N812  (the parser's own constants)
from re import _compiler, _parser  # type: ignore[attr-defined]
from re._casefix import _EXTRA_CASES

_RE2_REPEAT = 5         # a longer counted repetition ({0,40}) becomes unbounded in the gate: a small automaton
PLACEHOLDER = "?"       # every non-ASCII character of the text, in the gate's view

_NEGATED = {C.CATEGORY_NOT_DIGIT: C.CATEGORY_DIGIT, C.CATEGORY_NOT_WORD: C.CATEGORY_WORD,
            C.CATEGORY_NOT_SPACE: C.CATEGORY_SPACE}
_ASCII_SETS = {k: {chr(c) for c in range(128) if re.match(p, chr(c))}
               for k, p in ((C.CATEGORY_DIGIT, r"\d"), (C.CATEGORY_WORD, r"\w"), (C.CATEGORY_SPACE, r"\s"))}
_high_folds: set[str] | None = None


def _folds_beyond_ascii() -> set[str]:
    """ASCII characters that Python's IGNORECASE equates with some non-ASCII one (k and the Kelvin sign, i and ı)."""
    global _high_folds
    if _high_folds is None:
        out = set()
        for x in range(128, 0x10000):
            low = chr(x).lower()
            if len(low) == 1 and low.isascii():
                out.add(low)
        for k, extra in _EXTRA_CASES.items():
            if k < 128 or any(e < 128 for e in extra):
                out.update(chr(c) for c in (k, *extra) if c < 128)
        _high_folds = out | {c.upper() for c in out}
    return _high_folds


class _Unsupported(Exception):
    pass


def _esc(ch: str) -> str:
    return ch if ch.isalnum() else f"\\x{ord(ch):02x}"


class _Emitter:
    """Writes the gate of a parse tree over the one-byte-per-character view of a text."""

    def __init__(self, max_repeat: int) -> None:
        self.max_repeat = max_repeat

    def chars(self, items, icase: bool) -> tuple[set[str], bool]:
        """(ASCII characters the class items can match, whether they can match a non-ASCII character)."""
        out: set[str] = set()
        high = False
        for op, av in items:
            if op is C.LITERAL:
                if av < 128:
                    out.add(chr(av))
                    high |= icase and chr(av) in _folds_beyond_ascii()
                else:
                    high = True
            elif op is C.RANGE:
                lo, hi = av
                out.update(chr(c) for c in range(lo, min(hi, 127) + 1))
                high |= hi >= 128 or (icase and any(chr(c) in _folds_beyond_ascii() for c in range(lo, min(hi, 127) + 1)))
            elif op is C.CATEGORY:
                if av in _ASCII_SETS:
                    out |= _ASCII_SETS[av]
                elif av in _NEGATED:
                    out |= {chr(c) for c in range(128)} - _ASCII_SETS[_NEGATED[av]]
                else:
                    raise _Unsupported(f"category {av}")
                high = True
            else:
                raise _Unsupported(f"class item {op}")
        return out, high

    @staticmethod
    def _set(chars: set[str]) -> str:
        return "".join(_esc(c) for c in sorted(chars))

    def cls(self, items, negated: bool, icase: bool) -> str:
        chars, high = self.chars(items, icase)
        if negated:
            # Python's negated class matches some non-ASCII character (the placeholder) unless its items exclude
            # every one, which no pattern here does; so the placeholder is never excluded.
            chars.discard(PLACEHOLDER)
            return f"[^{self._set(chars)}]" if chars else r"[\x00-\x7f]"
        if high:
            chars.add(PLACEHOLDER)
        return f"[{self._set(chars)}]" if chars else r"[^\x00-\x7f]"

    def literal(self, c: int, icase: bool) -> str:
        if c >= 128:
            return _esc(PLACEHOLDER)
        ch = chr(c)
        if icase and ch in _folds_beyond_ascii():
            return f"[{_esc(ch)}{_esc(PLACEHOLDER)}]"
        return _esc(ch)

    def emit(self, seq, icase: bool = False) -> str:
        out = []
        for op, av in seq:
            if op is C.LITERAL:
                out.append(self.literal(av, icase))
            elif op is C.NOT_LITERAL:
                out.append(r"[\x00-\x7f]" if av >= 128 or chr(av) == PLACEHOLDER else f"[^{_esc(chr(av))}]")
            elif op is C.ANY:
                out.append(".")
            elif op is C.IN:
                negated = bool(av) and av[0][0] is C.NEGATE
                out.append(self.cls(av[1:] if negated else av, negated, icase))
            elif op is C.BRANCH:
                out.append("(?:" + "|".join(self.emit(b, icase) for b in av[1]) + ")")
            elif op is C.SUBPATTERN:
                _group, add, drop, sub = av
                sub_icase = (icase or bool(add & C.SRE_FLAG_IGNORECASE)) and not drop & C.SRE_FLAG_IGNORECASE
                flag = "i" if sub_icase else "-i"
                out.append(f"(?{flag}:" + self.emit(sub, sub_icase) + ")" if sub_icase != icase else
                           "(?:" + self.emit(sub, icase) + ")")
                if add & C.SRE_FLAG_DOTALL or drop & C.SRE_FLAG_DOTALL:
                    raise _Unsupported("inline DOTALL")
            elif op is getattr(C, "ATOMIC_GROUP", None):
                out.append("(?:" + self.emit(av, icase) + ")")
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
                lo, hi, sub = av
                body = "(?:" + self.emit(sub, icase) + ")"
                lo = min(lo, self.max_repeat)
                if hi is C.MAXREPEAT or hi > self.max_repeat:
                    out.append(f"{body}{{{lo},}}")
                else:
                    out.append(f"{body}{{{lo},{hi}}}")
            elif op in (C.AT, C.ASSERT, C.ASSERT_NOT):
                continue            # dropping an assertion only widens what the gate matches
            else:
                raise _Unsupported(f"{op}")
        return "".join(out)


def gate_pattern(pattern: re.Pattern, max_repeat: int = _RE2_REPEAT) -> str | None:
    """The gate of a Python pattern (see the module's docstring), or None when there is none."""
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
        if tree.getwidth()[0] == 0:
            return None     # a pattern that can match empty text has no useful gate
        icase = bool(pattern.flags & re.IGNORECASE)
        body = _Emitter(max_repeat).emit(tree, icase)
    except (_Unsupported, RecursionError, re.error):
        return None
    flags = ("i" if icase else "") + ("s" if pattern.flags & re.DOTALL else "")
    return f"(?{flags}:{body})" if flags else body


def _re2_options() -> Any:
    opts = re2.Options()
    opts.max_mem = 64 << 20
    opts.log_errors = False
    return opts


def _compile_re2(source: str | None):
    if re2 is None or source is None:
        return None
    try:
        return re2.compile(source, _re2_options())
    except re2.error:
        return None


_last_view: tuple = (None, b"")


def byte_view(text: str) -> bytes:
    """The text one byte per character, every non-ASCII character as ``?``: offsets are the text's."""
    global _last_view
    last_text, data = _last_view
    if last_text is text:
        return data
    data = text.encode("ascii", "replace")
    _last_view = (text, data)
    return data


def _leading_assertions(pattern: re.Pattern) -> re.Pattern | None:
    """The pattern's leading ``\\b`` and lookbehinds alone, compiled: where they fail the pattern cannot start, so
    the positions inside a gate span are skipped to where they hold (one C scan instead of a match per position)."""
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
        lead = []
        for op, av in tree.data:
            if (op is C.AT and av in (C.AT_BOUNDARY, C.AT_NON_BOUNDARY)) or \
                    (op in (C.ASSERT, C.ASSERT_NOT) and av[0] < 0):
                lead.append((op, av))
            else:
                break
        if not lead:
            return None
        return _compiler.compile(_parser.SubPattern(tree.state, lead), pattern.flags)
    except (re.error, TypeError, ValueError, RecursionError):
        return None


def _gate_scan(gate, data: bytes) -> tuple[list[int], list[int]]:
    """Starts and stops of the gate's matches, left to right, non-overlapping (as ``finditer``)."""
    starts: list[int] = []
    stops: list[int] = []
    raw = getattr(gate, "_regexp", None)
    if raw is None or _UNANCHORED is None:   # another google-re2 build: its public iterator (slower per match)
        for g in gate.finditer(data):
            s0: int
            e0: int
            s0, e0 = g.span()
            starts.append(s0)
            stops.append(e0 if e0 > s0 else s0 + 1)
        return starts, stops
    # The wrapper's iterator builds a match object per hit; the gate needs only spans (3x faster this way).
    match = raw.Match
    pos: int = 0
    n: int = len(data)
    while pos <= n:
        s0, e0 = match(_UNANCHORED, data, pos, n)[0]
        if s0 < 0:
            break
        starts.append(s0)
        stops.append(e0 if e0 > s0 else s0 + 1)
        pos = e0 if e0 > s0 else e0 + 1
    return starts, stops


_UNANCHORED = getattr(getattr(re2, "_Anchor", None), "UNANCHORED", None)


def _gate_finds(raw, s: str) -> bool:
    """Whether a gate (its low-level RE2 object) matches anywhere in a whole string."""
    data = s.encode("ascii", "replace")
    return raw.Match(_UNANCHORED, data, 0, len(data))[0][0] >= 0
SHORT = 512   # below this many characters plain ``re`` is cheaper than a gate scan


PROBATION: Final = 16   # texts a gate is scanned on before it may join the set of rare gates
RARE: Final = 0.5       # the share of them it found something in, at most, to join


class GateSet:
    """The rarely matching gates at once: one RE2 ``Set`` pass over a text says which of them match anywhere in it,
    so a gate that cannot match is not scanned for positions. A scan costs about a microsecond of call overhead
    plus a pass over the text, and most gates find nothing in most articles.

    A gate joins after it has been scanned on ``PROBATION`` texts and found something in at most a ``RARE``
    share of them: a gate that matches in most texts would be scanned anyway, and in one automaton with the rest
    it multiplies the states RE2 must build. The set holds a sentinel that matches every text: an answer without
    it (RE2 out of memory) means "unknown", and every gate is scanned.
    """

    def __init__(self) -> None:
        self.gates: list[str] = []
        self._compiled: tuple[Any, int] = (None, 0)   # the RE2 set and how many gates it holds
        self._last: tuple[str | None, list[bool] | None] = (None, None)

    def join(self, source: str) -> int:
        """Adds a gate (its RE2 source); its index in ``present``'s answer."""
        self.gates.append(source)
        return len(self.gates) - 1

    def _current(self) -> tuple[Any, int]:
        found, size = self._compiled
        if size == len(self.gates):
            return found, size
        gates = list(self.gates)
        try:
            found = re2.Set.SearchSet(_re2_options())
            found.Add("")       # the sentinel, index 0
            for source in gates:
                found.Add(source)
            found.Compile()
        except re2.error:
            found = None
        self._compiled = (found, len(gates))   # one tuple: a reader on another thread sees all or nothing
        return found, len(gates)

    def present(self, text: str, data: bytes) -> list[bool] | None:
        """Per gate (by index), whether it matches somewhere in ``data`` (the text's byte view); None when unknown.
        The answer covers the gates that had joined when it was made: a later one is unknown."""
        last_text, last = self._last
        if last_text is text and last is not None and len(last) == len(self.gates):
            return last
        found, size = self._current()
        if found is None:
            return None
        hits = found.Match(data) or []
        if 0 not in hits:
            return None
        flags = [False] * size
        for k in hits:
            if k:
                flags[k - 1] = True
        self._last = (text, flags)
        return flags


GATES = GateSet()


class FastPattern:
    """A compiled Python pattern whose ``finditer`` and ``search`` use a gate; results equal ``re``'s.

    The gate's spans over a whole text are kept for the last text seen, so that many searches of one document
    in ranges (clause by clause) scan it once. A range search tries the Python pattern with the range's end as
    ``endpos`` at the gate positions inside the range: a match inside the range is a match of the gate in the
    whole text, because the gate has no lookaround.
    """

    __slots__ = ("rx", "gate", "pattern", "flags", "groups", "_spans", "start", "_source", "_member", "_seen",
                 "_found")

    def __init__(self, rx: re.Pattern) -> None:
        self.rx = rx
        self.pattern, self.flags, self.groups = rx.pattern, rx.flags, rx.groups
        self._spans: tuple[str | None, list[int], list[int]] = (None, [], [])
        source = gate_pattern(rx)
        self.gate = _compile_re2(source)
        self.start = _leading_assertions(rx) if self.gate is not None else None
        # on probation for the set of rare gates (GateSet) while _source is kept; a member's index is _member
        self._source = source if self.gate is not None and _UNANCHORED is not None else None
        self._member = -1
        self._seen = self._found = 0

    def _gate_spans(self, text: str) -> tuple[list[int], list[int]]:
        """(starts, stops) of the gate's matches over the whole text: the Python pattern can start only at
        positions in [start, stop)."""
        cached_text, starts, stops = self._spans
        if cached_text is text:
            return starts, stops
        data = byte_view(text)
        member = self._member
        present = GATES.present(text, data) if member >= 0 else None
        if present is not None and member < len(present) and not present[member]:
            starts, stops = [], []
        else:
            starts, stops = _gate_scan(self.gate, data)
            if self._source is not None:
                self._probation(bool(starts))
        self._spans = (text, starts, stops)   # one tuple: a reader on another thread sees all or nothing
        return starts, stops

    def _probation(self, found: bool) -> None:
        self._seen += 1
        self._found += found
        source = self._source
        if self._seen >= PROBATION and source is not None:
            self._source = None         # probation over: a member, or (matching in most texts) always scanned
            if self._found <= self._seen * RARE:
                self._member = GATES.join(source)

    def _ruled_out(self, text: str, pos: int, endpos: int | None) -> bool:
        """Whether the gate finds nothing in a short text searched whole (one RE2 call instead of ``re``'s scan)."""
        raw = getattr(self.gate, "_regexp", None)
        if pos or (endpos is not None and endpos < len(text)) or raw is None or _UNANCHORED is None:
            return False
        return not _gate_finds(raw, text)

    def _in_span(self, text: str, s: int, lim: int, end: int) -> re.Match | None:
        """The pattern's first match starting in [s, lim) (one gate span), tried only where its leading ``\\b`` or
        lookbehind holds."""
        match, start = self.rx.match, self.start
        # a gate span usually starts where the pattern matches: try there first, then skip to where the lead holds
        m = match(text, s, end)
        if m is not None:
            return m
        s += 1
        while s < lim:
            if start is not None:
                sm = start.search(text, s, lim)
                if sm is None or sm.start() >= lim:
                    return None
                s = sm.start()
            m = match(text, s, end)
            if m is not None:
                return m
            s += 1
        return None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
        cached_text, starts, stops = self._spans
        if cached_text is not text:
            if self.gate is None or len(text) < SHORT:
                if self._ruled_out(text, pos, endpos):
                    return
                yield from self.rx.finditer(text, pos, len(text) if endpos is None else max(0, min(endpos, len(text))))
                return
            starts, stops = self._gate_spans(text)
        n = len(starts)
        k = bisect_right(stops, pos)
        end = len(text) if endpos is None else endpos if endpos <= len(text) else len(text)
        last = pos
        while k < n and starts[k] < end:
            s0, lim = starts[k], stops[k] if stops[k] < end else end
            m = self._in_span(text, s0 if s0 > last else last, lim, end)
            if m is None:
                k += 1
                continue
            yield m
            last = m.end()
            while k < n and stops[k] <= last:   # a match may run past its span
                k += 1

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        cached_text, starts, stops = self._spans
        if cached_text is not text:     # (the hot path is a range search of the document already scanned)
            if self.gate is None or len(text) < SHORT:
                if self._ruled_out(text, pos, endpos):
                    return None
                return self.rx.search(text, pos, len(text) if endpos is None else max(0, min(endpos, len(text))))
            starts, stops = self._gate_spans(text)
        n = len(starts)
        k = bisect_right(stops, pos)
        if k == n:
            return None
        end = len(text) if endpos is None else endpos if endpos <= len(text) else len(text)
        while k < n and starts[k] < end:
            s0, lim = starts[k], stops[k] if stops[k] < end else end
            m = self._in_span(text, s0 if s0 > pos else pos, lim, end)
            if m is not None:
                return m
            k += 1
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


def fast(pattern: str | re.Pattern, flags: int = 0) -> FastPattern:
    """``re.compile`` with the RE2 gate."""
    return FastPattern(pattern if isinstance(pattern, re.Pattern) else re.compile(pattern, flags))


_RE2_FLAGS = {re.IGNORECASE: "i", re.MULTILINE: "m", re.DOTALL: "s"}
_SAME_ON_ASCII = re.IGNORECASE | re.MULTILINE | re.DOTALL | re.UNICODE | re.ASCII


def exact_re2_source(pattern: re.Pattern) -> str | None:
    """The pattern as RE2 source that finds a match in exactly the strings Python's finds one in, for strings of
    printable ASCII only; None when RE2 cannot say the same thing.

    On printable ASCII the two engines agree on ``\\w \\d \\s \\b``, case folding, ``.`` and ``$`` (no newline for
    Python's "before a final newline"); what RE2 lacks (lookarounds, back-references, atomic groups) fails to
    compile. Two spellings compile in both with different meanings and are refused: ``{,n}`` (a repeat in
    Python, literal text in RE2) and ``[:`` (a POSIX class in RE2).
    """
    if re2 is None or not isinstance(pattern.pattern, str) or pattern.flags & ~_SAME_ON_ASCII:
        return None
    src = pattern.pattern
    if "{," in src or "[:" in src:
        return None
    inline = "".join(f for bit, f in _RE2_FLAGS.items() if pattern.flags & bit)
    return f"(?{inline}){src}" if inline else src


class ShortPattern:
    """A compiled Python pattern for short strings (a window cut from a text), answered first by RE2.

    Python's ``re`` tries a pattern of many alternatives at every position of the string, 10-20 µs for a
    40-character window; RE2 answers in about a microsecond. Where RE2 can decide exactly (the pattern has an
    exact RE2 form and the string is printable ASCII) a miss is RE2's answer; otherwise the pattern's gate
    (``gate_pattern``, which matches at least what Python matches) rules out what it can. Python's ``re`` runs
    only when a match may exist, so every match object is Python's own.

    Whole strings only: ``pos``/``endpos`` change how anchors and ``\\b`` read the string, so a call with them
    goes to Python's pattern directly.
    """

    __slots__ = ("rx", "pattern", "flags", "groups", "groupindex", "_exact", "_gate")

    def __init__(self, rx: re.Pattern) -> None:
        self.rx = rx
        self.pattern, self.flags, self.groups, self.groupindex = rx.pattern, rx.flags, rx.groups, rx.groupindex
        exact = _compile_re2(exact_re2_source(rx))
        gate = _compile_re2(gate_pattern(rx))
        self._exact = getattr(exact, "_regexp", None) if _UNANCHORED is not None else None
        self._gate = getattr(gate, "_regexp", None) if _UNANCHORED is not None else None

    def possible(self, s: str, anchor=None) -> bool:
        """False when the pattern cannot match ``s`` (with the anchor: RE2's ``_Anchor``, unanchored by default)."""
        anchor = _UNANCHORED if anchor is None else anchor
        if self._exact is not None and s.isascii() and s.isprintable():
            data = s.encode("ascii")
            return self._exact.Match(anchor, data, 0, len(data))[0][0] >= 0
        if self._gate is not None:
            # the gate has no anchors: an anchored Python match is still a gate match somewhere
            return _gate_finds(self._gate, s)
        return True

    def search(self, s: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        if pos or endpos is not None:
            return self.rx.search(s, pos, len(s) if endpos is None else endpos)
        return self.rx.search(s) if self.possible(s) else None

    def match(self, s: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        if pos or endpos is not None:
            return self.rx.match(s, pos, len(s) if endpos is None else endpos)
        return self.rx.match(s) if self.possible(s, _ANCHOR_START) else None

    def fullmatch(self, s: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        if pos or endpos is not None:
            return self.rx.fullmatch(s, pos, len(s) if endpos is None else endpos)
        return self.rx.fullmatch(s) if self.possible(s, _ANCHOR_BOTH) else None

    def finditer(self, s: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
        if pos or endpos is not None:
            return self.rx.finditer(s, pos, len(s) if endpos is None else endpos)
        return self.rx.finditer(s) if self.possible(s) else iter(())

    def findall(self, s: str, pos: int = 0, endpos: int | None = None) -> list:
        if pos or endpos is not None:
            return self.rx.findall(s, pos, len(s) if endpos is None else endpos)
        return self.rx.findall(s) if self.possible(s) else []

    def __repr__(self) -> str:
        return f"ShortPattern({self.pattern!r}, exact={self._exact is not None}, gate={self._gate is not None})"


_ANCHOR_START = getattr(getattr(re2, "_Anchor", None), "ANCHOR_START", None)
_ANCHOR_BOTH = getattr(getattr(re2, "_Anchor", None), "ANCHOR_BOTH", None)


def short(pattern: str | re.Pattern, flags: int = 0) -> ShortPattern:
    """``re.compile`` for patterns searched in short strings, with RE2 deciding the misses."""
    return ShortPattern(pattern if isinstance(pattern, re.Pattern) else re.compile(pattern, flags))


__all__ = ["FastPattern", "ShortPattern", "fast", "short", "gate_pattern", "exact_re2_source", "byte_view"]
