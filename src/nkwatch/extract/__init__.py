"""Article → relevance, events, claims and restaurants, each with evidence spans (the extraction contract).

Backends register by name; ``rules`` is the default. Another backend (a transformer, an LLM) implements
``Extractor`` and is scored against the same gold with ``nkwatch evaluate --extractor NAME``.
"""

from __future__ import annotations

from typing import Callable, Protocol

from nkwatch.model import Article


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
