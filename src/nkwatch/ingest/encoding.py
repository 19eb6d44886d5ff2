"""Bytes → text for pages in any charset, trusting a declared charset only when the bytes bear it out.

Declared charsets are often wrong (a CMS that says utf-8 over EUC-KR bytes, a <meta> copied from another
site). A declaration is checked: it must decode strictly and, for a multi-byte charset, read as language
rather than noise to charset-normalizer. Otherwise valid UTF-8 wins, then charset-normalizer's best guess.
Every decision is returned as a sentence for Article.encoding ("euc-kr (declared utf-8 failed to decode)").
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from nkwatch.model import BinaryInput, DecodeError, EmptyInput

# Decode with the superset that browsers use for each label (WHATWG Encoding Standard), report the label.
_SUPERSET = {"euc_kr": "cp949", "ks_c_5601_1987": "cp949", "cp949": "cp949", "shift_jis": "cp932",
             "cp932": "cp932", "gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030",
             "latin_1": "cp1252", "iso8859_1": "cp1252", "ascii": "cp1252", "cp1252": "cp1252"}
_LABEL = {"cp949": "euc-kr", "euc_kr": "euc-kr", "cp932": "shift_jis", "shift_jis": "shift_jis",
          "gb18030": "gb18030", "gbk": "gb18030", "gb2312": "gb18030", "utf_8": "utf-8", "cp1252": "windows-1252",
          "big5": "big5", "euc_jp": "euc-jp", "iso2022_jp": "iso-2022-jp", "utf_16": "utf-16"}
_BOMS = ((codecs.BOM_UTF8, "utf_8", "utf-8"), (codecs.BOM_UTF16_LE, "utf_16", "utf-16"),
         (codecs.BOM_UTF16_BE, "utf_16", "utf-16"))
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_SAMPLE = 256_000
_MAX_EXTRA_CHAOS = 0.05


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str      # the charset label used ("euc-kr")
    decision: str      # why, for Article.encoding


def charset_from_content_type(content_type: str | None) -> str | None:
    """The charset parameter of an HTTP Content-Type header, if any."""
    m = _HEADER_CHARSET.search(content_type or "")
    return m.group(1) if m else None


def declared_in_document(data: bytes) -> str | None:
    """The charset a page or feed declares about itself (<meta charset>, <?xml encoding>), if any."""
    head = data[:4096]
    m = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    return m.group(1).decode("ascii", "replace") if m else None


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KB: not a text file (UTF-16 with BOM excepted)."""
    head = data[:8192]
    if not head or head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls / len(head) > 0.1


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().lower()).name.replace("-", "_")
    except LookupError:
        return None
    return _SUPERSET.get(name, name)


def _label(codec: str) -> str:
    return _LABEL.get(codec, codec.replace("_", "-"))


def _plausible(data: bytes, codec: str) -> bool:
    """Does charset-normalizer read ``data`` in ``codec`` about as cleanly as in its own best guess?"""
    from charset_normalizer import from_bytes

    sample = data[:_SAMPLE]
    mine = from_bytes(sample, cp_isolation=[codec]).best()
    if mine is None:
        return False
    best = from_bytes(sample).best()
    return best is None or mine.chaos <= best.chaos + _MAX_EXTRA_CHAOS


_NON_ASCII_RUN = re.compile(rb"[\x80-\xff]{3,}")
_ACCENTED_IN_WORD = re.compile(rb"[A-Za-z][\x80-\xff]{1,2}|[\x80-\xff]{1,2}[A-Za-z]")


def _western_latin(data: bytes) -> bool:
    """Undeclared bytes that read as Latin text with a few accented letters ("Zürich café naïve"): no run of
    three non-ASCII bytes (every CJK, Cyrillic or Greek word makes such runs, as does UTF-8 mojibake), and
    every non-ASCII byte touches an ASCII letter. Short pages like these are where detectors guess cp775 or
    cp1250; windows-1252 is what browsers assume for them."""
    sample = data[:_SAMPLE]
    if _NON_ASCII_RUN.search(sample):
        return False
    non_ascii = sum(1 for b in sample if b >= 0x80)
    in_words = sum(len(m.group(0)) - 1 for m in _ACCENTED_IN_WORD.finditer(sample))
    return non_ascii > 0 and in_words >= non_ascii


def decode_bytes(data: bytes, declared: str | None = None, *, source: str | None = None) -> Decoded:
    """Decode a page or text file. ``declared`` is the HTTP header's charset; the document's own is read too.

    Raises EmptyInput, BinaryInput or DecodeError.
    """
    if not data or not data.strip():
        raise EmptyInput("empty input", source=source)
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(codec), label, f"{label} (byte-order mark)")
            except UnicodeDecodeError as e:
                raise DecodeError(f"starts with a {label} byte-order mark but does not decode: {e}",
                                  source=source) from e
    if looks_binary(data):
        raise BinaryInput("binary data, not text (NUL or control bytes)", source=source)

    notes: list[str] = []
    candidates = [("declared", declared), ("declared in the document", declared_in_document(data))]
    if not data.isascii():
        # Non-ASCII bytes that happen to be valid UTF-8 in a legacy charset are vanishingly rare in real text,
        # so valid UTF-8 outranks any declaration.
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            others = [f"{how} {label.lower()}" for how, label in candidates
                      if label and _codec(label) != "utf_8"]
            why = f" ({'; '.join(others)} ignored: the bytes are valid UTF-8)" if others else (
                " (declared)" if any(label for _, label in candidates) else " (valid UTF-8)")
            return Decoded(text, "utf-8", "utf-8" + why)
    seen: set[str] = set()
    for how, label in candidates:
        if not label:
            continue
        codec = _codec(label)
        if codec is None:
            notes.append(f"{how} {label!r} is not a known charset")
            continue
        if codec in seen:
            continue
        seen.add(codec)
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            notes.append(f"{how} {label.lower()} failed to decode")
            continue
        if data.isascii() or codec == "utf_8" or _plausible(data, codec):
            return Decoded(text, _label(codec), f"{_label(codec)} ({how})")
        notes.append(f"{how} {label.lower()} decoded to noise")

    why = "; ".join(notes) if notes else "no charset declared"
    try:
        return Decoded(data.decode("utf-8"), "utf-8", f"utf-8 ({why}; valid UTF-8)")
    except UnicodeDecodeError:
        pass
    if _western_latin(data):
        try:
            return Decoded(data.decode("cp1252"), "windows-1252",
                           f"windows-1252 ({why}; accented letters inside Latin words)")
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:_SAMPLE]).best()
    if best is not None:
        codec = _SUPERSET.get(best.encoding, best.encoding)
        try:
            return Decoded(data.decode(codec), _label(codec), f"{_label(codec)} ({why}; detected)")
        except UnicodeDecodeError:
            pass  # the sample decoded, the whole did not: fall through to the error
    raise DecodeError(f"no charset decodes these bytes ({why})", source=source)
