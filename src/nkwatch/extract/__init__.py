"""Article → relevance, events, claims and restaurants, each with evidence spans (the extraction contract).

Backends register by name; ``rules`` is the default. Another backend (a transformer, an LLM) implements
``Extractor`` and is scored against the same gold with ``nkwatch evaluate --extractor NAME``.

The rule backend's modules may be compiled to C by mypyc (``tools/compile_extractor.py``, run by ``make install``):
same code, same output, about a fifth faster. The compiled modules load only while every source is the one that
was compiled (``_compiled.json`` keeps their hashes); otherwise, or with ``NKWATCH_PURE=1`` in the environment,
the Python sources load. ``BUILD`` says which.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import warnings
from importlib.util import spec_from_file_location
from pathlib import Path
from typing import Callable, Mapping, Protocol

from nkwatch.model import Article

PACKAGE_DIR = Path(__file__).resolve().parent
COMPILED = ("lexicon", "scan", "sentences", "numbers", "dates", "places", "restaurants", "document", "events",
            "claims", "rules")   # what tools/compile_extractor.py compiles: the rule backend, nothing it imports
GROUP = f"{__name__}.native"     # mypyc's shared runtime of those modules
MANIFEST = "_compiled.json"


def source_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def compiled_state(directory: Path = PACKAGE_DIR, environ: Mapping[str, str] = os.environ) -> tuple[bool, str]:
    """(whether the compiled modules in ``directory`` may load, why or why not)."""
    if environ.get("NKWATCH_PURE"):
        return False, "NKWATCH_PURE is set"
    try:
        manifest = json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
        recorded = manifest["sources"]
    except FileNotFoundError:
        return False, "not compiled"
    except (OSError, ValueError, KeyError, TypeError) as e:
        return False, f"{MANIFEST} is unreadable ({e})"
    if manifest.get("python") != sys.implementation.cache_tag:
        return False, f"compiled for {manifest.get('python')}, running {sys.implementation.cache_tag}"
    changed = [n for n in COMPILED if not (directory / f"{n}.py").exists()
               or recorded.get(n) != source_digest(directory / f"{n}.py")]
    if changed:
        return False, f"changed since compiled: {', '.join(changed)}"
    return True, "compiled"


class _Sources:
    """A finder that loads the rule backend's modules from their sources, past any compiled twin beside them."""

    @staticmethod
    def find_spec(name: str, path=None, target=None):
        package, _, module = name.rpartition(".")
        if package == __name__ and module in COMPILED:
            return spec_from_file_location(name, PACKAGE_DIR / f"{module}.py")
        return None


_use_compiled, _why = compiled_state()
BUILD = "mypyc" if _use_compiled else f"python ({_why})"
if not _use_compiled:
    sys.meta_path.insert(0, _Sources())
    if _why.startswith("changed"):
        warnings.warn(f"nkwatch.extract: the compiled extractor is out of date ({_why}); running the Python "
                      "sources. `make install` or `python tools/compile_extractor.py` compiles them again.",
                      RuntimeWarning, stacklevel=2)


class Extractor(Protocol):
    name: str
    version: str

    def extract(self, article: Article) -> dict:
        """One extraction record (contract format, without ``cluster``) for one article."""


_FACTORIES: dict[str, Callable[[], Extractor]] = {}
_INSTANCES: dict[str, Extractor] = {}


def register(name: str):
    """Register an extractor factory under a versioned name (``nkwatch.rules.v1``) and a short alias."""
    def wrap(factory: Callable[[], Extractor]):
        _FACTORIES[name] = factory
        return factory
    return wrap


def get_extractor(name: str = "rules") -> Extractor:
    """The extractor registered as ``name``, built once per process (lexicons and models load once)."""
    if name not in _INSTANCES:
        if name not in _FACTORIES:
            from nkwatch.extract import rules  # noqa: F401  registers the default backend, whatever came first
        if name not in _FACTORIES:
            raise KeyError(f"no extractor named {name!r}; known: {sorted(_FACTORIES)}")
        _INSTANCES[name] = _FACTORIES[name]()
    return _INSTANCES[name]
