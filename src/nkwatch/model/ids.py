"""Deterministic ids: the same input always gets the same id, so re-runs are idempotent."""

from __future__ import annotations

import hashlib


def content_hash(text: str | bytes) -> str:
    """SHA-256 of the content, hex."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    return hashlib.sha256(data).hexdigest()


def stable_id(prefix: str, *parts: object, length: int = 16) -> str:
    """An id such as ``ev-3f2a…`` derived from its parts; None and '' are kept distinct."""
    h = hashlib.sha1()
    for p in parts:
        h.update(b"\x1f" + repr(p).encode("utf-8"))
    return f"{prefix}-{h.hexdigest()[:length]}"
