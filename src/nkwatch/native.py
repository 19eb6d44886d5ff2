"""Which build of the hot modules runs: compiled to C by mypyc, or the Python sources.

``tools/compile_extractor.py`` (run by ``make install``) compiles the modules in ``COMPILED`` — the rule extractor
and the text cleaning it reads through — with mypyc: same code, same output, faster. Each compiled module lies
beside its source (``events.cpython-311-*.so``), and ``_compiled.json`` keeps the hash of every source compiled.

This module runs when ``nkwatch`` is first imported, before any of those modules. The compiled modules load only
while every source is the one that was compiled; otherwise (a source edited since, another Python, no build) or
with ``NKWATCH_PURE=1`` in the environment a finder loads all of them from their sources — all or none, because
compiled modules call each other directly. ``BUILD`` says which build runs.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import warnings
from importlib.util import spec_from_file_location
from pathlib import Path
from typing import Mapping

PACKAGE = "nkwatch"
PACKAGE_DIR = Path(__file__).resolve().parent
COMPILED = tuple(f"{PACKAGE}.{m}" for m in (
    "extract.lexicon", "extract.scan", "extract.sentences", "extract.numbers", "extract.dates", "extract.places",
    "extract.restaurants", "extract.document", "extract.events", "extract.claims", "extract.rules",
    "ingest.text_cleaning"))
GROUP = f"{PACKAGE}.compiled"      # mypyc's shared runtime of those modules (nkwatch/compiled__mypyc*.so)
MANIFEST = "_compiled.json"


def source_of(module: str, root: Path = PACKAGE_DIR) -> Path:
    """The source file of one of the package's modules (``nkwatch.extract.events`` → ``extract/events.py``)."""
    return root.joinpath(*module.split(".")[1:]).with_suffix(".py")


def source_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def compiled_state(root: Path = PACKAGE_DIR, environ: Mapping[str, str] = os.environ) -> tuple[bool, str]:
    """(whether the compiled modules under ``root`` may load, why or why not)."""
    if environ.get("NKWATCH_PURE"):
        return False, "NKWATCH_PURE is set"
    try:
        manifest = json.loads((root / MANIFEST).read_text(encoding="utf-8"))
        recorded = manifest["sources"]
    except FileNotFoundError:
        return False, "not compiled"
    except (OSError, ValueError, KeyError, TypeError) as e:
        return False, f"{MANIFEST} is unreadable ({e})"
    if manifest.get("python") != sys.implementation.cache_tag:
        return False, f"compiled for {manifest.get('python')}, running {sys.implementation.cache_tag}"
    sources = {m: source_of(m, root) for m in COMPILED}
    changed = [m for m, path in sources.items() if not path.exists() or recorded.get(m) != source_digest(path)]
    if changed:
        return False, f"changed since compiled: {', '.join(changed)}"
    return True, "compiled"


class _Sources:
    """A finder that loads the listed modules from their sources, past any compiled twin beside them."""

    @staticmethod
    def find_spec(name: str, path=None, target=None):
        if name in COMPILED:
            return spec_from_file_location(name, source_of(name))
        return None


_use_compiled, _why = compiled_state()
BUILD = "mypyc" if _use_compiled else f"python ({_why})"
if not _use_compiled and not any(isinstance(f, _Sources) for f in sys.meta_path):
    sys.meta_path.insert(0, _Sources())
    if _why.startswith("changed"):
        warnings.warn(f"nkwatch: the compiled modules are out of date ({_why}); running the Python sources. "
                      "`make install` or `python tools/compile_native.py` compiles them again.",
                      RuntimeWarning, stacklevel=2)
