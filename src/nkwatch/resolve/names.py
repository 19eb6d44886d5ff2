"""Names of restaurants and places folded to comparable keys, with the brand and place lexicons from ``data/``."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

import yaml
from rapidfuzz import fuzz

# Letters NFKD does not split into base + accent.
_FOLD = str.maketrans({"đ": "d", "ð": "d", "ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th"})
# Words that tell what a place is, not which one it is.
_NAME_NOISE = {"the", "a", "restaurant", "restaurants", "restaraunt", "korean", "north", "state", "run", "and",
               "bar", "cafe", "hotel", "city", "province", "&"}
_PLACE_NOISE = {"the", "city", "province", "prefecture", "county", "district", "of"}
BRAND_MATCH = 88  # rapidfuzz ratio (0-100) from which two folded names are one brand


def fold(text: str) -> str:
    """Lower case, accents and punctuation dropped, single spaces."""
    t = unicodedata.normalize("NFKD", str(text).lower().translate(_FOLD))
    t = "".join(c for c in t if not unicodedata.combining(c))
    t = re.sub(r"[’'`]", "", t)
    return re.sub(r"[^0-9a-z]+", " ", t).strip()


def _squash(words: list[str]) -> str:
    return "".join(words)


def name_key(name: str | None) -> str | None:
    """``'Pyongyang Moran-gwan Restaurant'`` → ``'morangwan'``: a restaurant name folded for comparison.

    A leading "Pyongyang" is a prefix many brands share, so it is dropped when something else remains.
    """
    if not isinstance(name, str) or not name:
        return None
    return _name_key(name)


# The fold compares each mention's names with its country's restaurants: tens of thousands of calls over a few
# thousand distinct names. Both functions are pure on a string, so they are memoised (bounded).
@lru_cache(maxsize=1 << 16)
def _name_key(name: str) -> str | None:
    words = [w for w in fold(name.replace("-", "")).split() if w not in _NAME_NOISE]
    if len(words) > 1 and words[0] == "pyongyang":
        words = words[1:]
    key = _squash(words)
    if not key:
        return None
    return _brand_index().get(key, key)


@lru_cache(maxsize=1)
def _brand_index() -> dict[str, str]:
    """Folded alias → folded brand key, from data/restaurant_brands.yaml."""
    data = yaml.safe_load(resources.files("nkwatch").joinpath("data/restaurant_brands.yaml").read_text("utf-8"))
    index: dict[str, str] = {}

    def raw_key(n: str) -> str:
        words = [w for w in fold(n.replace("-", "")).split() if w not in _NAME_NOISE]
        if len(words) > 1 and words[0] == "pyongyang":
            words = words[1:]
        return _squash(words)

    for brand in data.get("brands", []):
        key = raw_key(brand["name"])
        index[key] = key
        for alias in brand.get("aliases", []):
            index.setdefault(raw_key(alias), key)
    return index


@lru_cache(maxsize=1)
def brand_display() -> dict[str, str]:
    """Folded brand key → the display name from the data file."""
    data = yaml.safe_load(resources.files("nkwatch").joinpath("data/restaurant_brands.yaml").read_text("utf-8"))
    return {name_key(b["name"]): b["name"] for b in data.get("brands", [])}


def same_name(a: str | None, b: str | None) -> bool | None:
    """True/False when both names are known, None when either is missing."""
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return None
    if ka == kb:
        return True
    return fuzz.ratio(ka, kb) >= BRAND_MATCH


@lru_cache(maxsize=1)
def _places() -> tuple[dict[str, str], dict[str, str], set[frozenset[str]]]:
    data = yaml.safe_load(resources.files("nkwatch").joinpath("data/place_equivalents.yaml").read_text("utf-8"))

    def groups(section: str) -> dict[str, str]:
        out: dict[str, str] = {}
        for group in data.get(section, []):
            head = _place_fold(group[0])
            for spelling in group:
                out[_place_fold(spelling)] = head
        return out

    confusable = {frozenset(_place_fold(p) for p in g) for g in data.get("confusable", [])}
    return groups("cities"), groups("regions"), confusable


@lru_cache(maxsize=1 << 16)
def _place_fold(name: str) -> str:
    return " ".join(w for w in fold(name).split() if w not in _PLACE_NOISE).replace(" ", "")


def city_key(name: str | None) -> str | None:
    if not isinstance(name, str) or not name:
        return None
    k = _place_fold(name)
    return _places()[0].get(k, k) or None


def region_key(name: str | None) -> str | None:
    if not isinstance(name, str) or not name:
        return None
    k = _place_fold(name)
    return _places()[1].get(k, k) or None


def confusable(a: str, b: str) -> bool:
    """Two place keys that sources mix up (Shanxi/Shaanxi)."""
    return frozenset((a, b)) in _places()[2]


def person_key(name) -> str | None:
    """A person's name folded for comparison: case, accents, punctuation, word order and romanisation dropped
    ("Thae Yong-ho", "Yong Ho Thae" and "Tae Yong Ho" agree; "Ri Il Kyu" and "Ri Il-gyu")."""
    if isinstance(name, dict):
        name = name.get("name")
    if not isinstance(name, str):
        return None
    words = sorted(romanised(w) for w in fold(name.replace("-", " ")).split())
    return " ".join(words) if len(words) >= 2 else None


ROMANISATION = (("th", "t"), ("eo", "o"), ("oo", "u"), ("j", "ch"), ("g", "k"), ("b", "p"), ("d", "t"))


def romanised(word: str) -> str:
    """A Korean name's syllable folded across romanisations: "gyu" and "kyu", "Thae" and "Tae", "Jong" and "Chong"."""
    for a, b in ROMANISATION:
        word = word.replace(a, b)
    return word
