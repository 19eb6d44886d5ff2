"""Discourse: what an event's own sentences leave open, read from the article around it.

News spreads one happening over several sentences: the restaurant is named and placed in the lede ("the Ryugyong
restaurant in Ningbo"), the closure comes three sentences on ("the restaurant, now closed"). An event whose
workplace lacks its place takes it from the restaurant the article speaks of there: the same restaurant by name
anywhere in the article, else the nearest placed North Korean restaurant before it in its paragraph or the few
sentences before, else the article's only placed one. What is taken this way keeps the span it was read from as
evidence.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from nkwatch.extract.places import PlaceMention
from nkwatch.extract.restaurants import RestaurantMention, place_restaurant, same_restaurant_name

if TYPE_CHECKING:
    from nkwatch.extract.document import Document
    from nkwatch.extract.events import Event

WORKPLACE_TYPES = ("defection", "return", "closure", "opening")
REACH = 3       # sentences back an unnamed "the restaurant" may point


@dataclass(slots=True)
class PlacedRestaurant:
    mention: RestaurantMention
    sentence: int
    paragraph: int
    city: PlaceMention | None
    region: str | None
    country: str | None


def placed_restaurants(doc: Document) -> list[PlacedRestaurant]:
    """The article's North Korean restaurant mentions that say where the restaurant is, in text order; a named one
    placed nowhere in its own sentence takes the place another mention of the same name gives."""
    from nkwatch.extract.rules import nk_sentence

    out: list[PlacedRestaurant] = []
    unplaced: list[RestaurantMention] = []
    for r in doc.restaurants:
        si = doc.sentence_of(r.start)
        if si not in doc.body_sentences or r.plural or r.kind != "restaurant" or (r.definite and not r.name):
            continue
        if not r.name and not r.nk_marked and not nk_sentence(doc, r):
            continue
        city, region, country = place_restaurant(doc, r)
        if city is None and region is None and country is None:
            if r.name:
                unplaced.append(r)
            continue
        out.append(PlacedRestaurant(r, si, doc.sentences[si].paragraph, city, region, country))
    for r in unplaced:
        same = next((p for p in out if same_restaurant_name(p.mention.name, r.name)), None)
        if same is not None:
            si = doc.sentence_of(r.start)
            out.append(PlacedRestaurant(r, si, doc.sentences[si].paragraph, same.city, same.region, same.country))
    out.sort(key=lambda p: p.mention.start)
    return out


def inherit_workplaces(doc: Document, events: list[Event]) -> None:
    """Fill the place (and, for an unnamed restaurant, the name) of each event's workplace from the discourse."""
    placed = placed_restaurants(doc)
    if not placed:
        return
    distinct = {(p.mention.name and p.mention.name.lower(), p.city.place.name if p.city else None, p.country)
                for p in placed}
    for e in events:
        if e.type not in WORKPLACE_TYPES or e.city is not None or e._first("region") is not None:
            continue
        kind = e._first("kind")
        if kind not in (None, "restaurant") or (kind is None and e.type not in ("closure", "opening")):
            continue
        if any(r.plural for m in e.mentions for r in doc.within(doc.restaurants, m.clause.start, m.clause.end)):
            continue    # "several of its restaurants have closed": a set, not the one restaurant named before
        first = min(m.sentence for m in e.mentions)
        para = doc.sentences[first].paragraph
        src = None
        if e.name:
            src = next((p for p in placed if same_restaurant_name(p.mention.name, e.name)), None)
        else:
            near = [p for p in placed if p.sentence <= first and (p.paragraph == para or first - p.sentence <= REACH)]
            src = near[-1] if near else (placed[0] if len(distinct) == 1 else None)
        if src is None or (e.country is not None and src.country != e.country):
            continue
        e.inherited.update({"city": src.city, "region": src.region, "country": src.country, "kind": "restaurant"})
        if not e.name and src.mention.name:
            e.inherited["name"] = src.mention.name
        e.inherited_evidence.append((src.mention.start, src.mention.end))
