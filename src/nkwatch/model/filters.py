"""Validation of the filters a user gives (API query, web form, CLI options): one function each, one message.

Every reader of events (the API, the HTML pages, the CLI) calls ``event_filters``; a bad value raises
InputError naming the field and saying what is accepted, which the API turns into a 422, the pages into a
message on the page and the CLI into exit 2.

Countries are ISO 3166-1 (via pycountry): an alpha-2 or alpha-3 code, or a name ("China", "Viet Nam",
"Russia"). Dates are ISO at any precision: YYYY, YYYY-MM or YYYY-MM-DD, and must exist (no month 13).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import lru_cache

from nkwatch.model.errors import InputError

EVENT_TYPES = ("defection", "return", "closure", "opening", "sanction")
STATUSES = ("confirmed", "reported", "pending", "disputed")
MAX_SEARCH_TERMS = 10       # each FTS term is a prefix scan; 99 one-letter terms pinned a core for 80 s
MAX_TEXT = 200
MAX_OFFSET = 2**63 - 1      # SQLite's INTEGER; beyond it the query cannot even be bound

# Names people use that pycountry does not know (its names are ISO's official ones).
_COUNTRY_ALIASES = {"russia": "RU", "uk": "GB", "britain": "GB", "great britain": "GB", "england": "GB",
                    "uae": "AE", "burma": "MM", "dprk": "KP", "rok": "KR", "usa": "US", "america": "US",
                    "macau": "MO", "czech republic": "CZ", "turkey": "TR", "taiwan": "TW"}
DATE_PATTERN = r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"   # for schemas; parse_date checks the rest
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@lru_cache(maxsize=1024)
def parse_country(value: str, *, field: str = "country") -> str:
    """A country code or name → its ISO 3166-1 alpha-2 code (InputError when no country has it)."""
    import pycountry

    v = " ".join(str(value).split())
    if not v:
        raise InputError("empty; give a country name or code (e.g. China or CN)", source=field)
    alias = _COUNTRY_ALIASES.get(v.lower())
    if alias:
        return alias
    try:
        return pycountry.countries.lookup(v).alpha_2
    except LookupError:
        raise InputError(f"{_shown(v)} is not a country name or ISO 3166 code (e.g. China, CN or CHN)",
                         source=field) from None


def parse_date(value: str, *, field: str = "date") -> str:
    """An ISO date at year, month or day precision, checked to exist; returned as given (stripped)."""
    v = str(value).strip()
    m = _DATE.match(v)
    if m:
        y, mo, d = int(m.group(1)), m.group(2), m.group(3)
        try:
            dt.date(y if y > 0 else 1, int(mo or 1), int(d or 1))
            return v
        except ValueError:
            pass
    raise InputError(f"{_shown(v)} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2016-04)",
                     source=field)


def parse_text(value: str, *, field: str = "q", max_length: int = MAX_TEXT) -> str:
    """Free text from a user: no control characters (NUL and friends), at most ``max_length`` characters."""
    v = str(value)
    if any(unicodedata.category(c) == "Cc" and c not in "\t\n\r" for c in v):
        raise InputError("contains control characters (such as NUL); remove them", source=field)
    v = v.strip()
    if len(v) > max_length:
        raise InputError(f"{len(v)} characters, over the limit of {max_length}", source=field)
    return v


def search_terms(q: str, *, field: str = "q") -> list[str]:
    """The words of a full-text search, at most MAX_SEARCH_TERMS of them."""
    words = parse_text(q, field=field).split()
    if len(words) > MAX_SEARCH_TERMS:
        raise InputError(f"{len(words)} search terms, over the limit of {MAX_SEARCH_TERMS}; "
                         f"use fewer, longer words", source=field)
    return words


def parse_offset(value, *, field: str = "offset") -> int:
    try:
        n = int(value)
    except (TypeError, ValueError):
        raise InputError(f"{_shown(str(value))} is not a whole number", source=field) from None
    if not 0 <= n <= MAX_OFFSET:
        raise InputError(f"must be between 0 and {MAX_OFFSET}", source=field)
    return n


def event_filters(raw: dict) -> dict:
    """Filters for events from a user (any of type, status, country, date_from, date_to, restaurant, city, q),
    validated and normalised; empty values are dropped. InputError on the first bad one."""
    out: dict = {}
    for k, v in raw.items():
        if v is None or (isinstance(v, str) and not v.strip()):
            continue
        if k == "type":
            if v not in EVENT_TYPES:
                raise InputError(f"{_shown(v)} is not one of {', '.join(EVENT_TYPES)}", source=k)
            out[k] = v
        elif k == "status":
            if v not in STATUSES:
                raise InputError(f"{_shown(v)} is not one of {', '.join(STATUSES)}", source=k)
            out[k] = v
        elif k == "country":
            out[k] = parse_country(v)
        elif k in ("date_from", "date_to"):
            out[k] = parse_date(v, field=k)
        elif k in ("restaurant", "city"):
            out[k] = parse_text(v, field=k, max_length=100 if k == "city" else MAX_TEXT)
        elif k == "q":
            out[k] = " ".join(search_terms(v))
    lo, hi = out.get("date_from"), out.get("date_to")
    if lo and hi and lo[:len(hi)] > hi[:len(lo)]:
        raise InputError(f"{lo} is after date_to {hi}", source="date_from")
    return out


def _shown(v: str) -> str:
    """A user's value quoted for a message, cut short and without markup-significant surprises."""
    v = str(v)
    return repr(v[:40] + ("…" if len(v) > 40 else ""))
