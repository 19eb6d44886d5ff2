"""nkwatch: a knowledge base of North Korea's state-run restaurants abroad, built from news articles."""

from nkwatch import native as _native  # noqa: F401  (first: decides whether the compiled modules may load)

__version__ = "0.1.0"
