"""Country codes → short names for display: pycountry's common name where it has one, else its name."""

from __future__ import annotations

from functools import lru_cache

import pycountry

# pycountry has no common name for this one, and its official one is long for a table cell.
_SHORT = {"RU": "Russia"}


@lru_cache(maxsize=512)
def country_name(code) -> str:
    if not code:
        return "—"
    code = str(code).upper()
    if code in _SHORT:
        return _SHORT[code]
    c = pycountry.countries.get(alpha_2=code)
    if c is None:
        return code
    return getattr(c, "common_name", None) or c.name
