"""The real dev set's folds: which articles rules may be tuned on and which are kept back to check them.

Article i of the set's meta order (0-based) is in fold ``i % FOLDS``. Rules are tuned on ``TUNED`` only; the figures
that count are those on the other folds (STYLE.md: a dev set is not a test set).
"""

from __future__ import annotations

import os
from pathlib import Path

FOLDS = 5
TUNED = frozenset({0, 1, 2})
DEFAULT_TEXTS = "/tmp/nkwatch-eval/real.texts.jsonl"


def fold_of(index: int) -> int:
    return index % FOLDS


def real_texts_path() -> Path:
    """Where the rebuilt texts of the real dev set are read from (``NKWATCH_REAL_TEXTS``)."""
    return Path(os.environ.get("NKWATCH_REAL_TEXTS") or DEFAULT_TEXTS)
