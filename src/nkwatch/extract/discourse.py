"""Discourse: what an event's own sentences leave open, read from the article around it.

News spreads one happening over several sentences: the restaurant is named and placed in the lede ("the Ryugyong
restaurant in Ningbo"), the closure comes three sentences on ("the restaurant, now closed"). An event whose
workplace lacks its place takes it from the restaurant the article speaks of there: the same restaurant by name
anywhere in the article, else the nearest placed North Korean restaurant before it in its paragraph or the few
sentences before, else the article's only placed one. What is taken this way keeps the span it was read from as
evidence.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from nkwatch.extract.document import HEADING_REACH
from nkwatch.extract.places import PlaceMention
from nkwatch.extract.restaurants import (HOME, RestaurantMention, actor_possessive, nk_sentence, place_restaurant,
                                         same_restaurant_name, told_at_home)

DEFINITE_WORKPLACE = re.compile(r"(?i)\b(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:restaurant|eatery|establishment)\b|"
                                r"\b(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:staff|employees|workers|waitresses)\b")

if TYPE_CHECKING:
    from nkwatch.extract.document import Document
    from nkwatch.extract.events import Event

WORKPLACE_TYPES = ("defection", "return", "closure", "opening")
REACH = 3       # sentences back an unnamed "the restaurant" may point
PARAGRAPH_PLACES = 20    # the cities before a point that its paragraph's place is looked for among


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
    out: list[PlacedRestaurant] = []
    unplaced: list[RestaurantMention] = []
    seen_nk = False     # "the restaurant in Ningbo" after the article has spoken of the North's restaurants is one
    for r in doc.restaurants:
        si = doc.sentence_of(r.start)
        if si not in doc.body_sentences or r.plural or r.kind != "restaurant":
            seen_nk = seen_nk or (si in doc.body_sentences and (r.nk_marked or bool(r.name)))
            continue
        if r.definite and not r.name and not seen_nk and not r.nk_marked:
            continue
        if not r.name and not r.nk_marked and not r.definite and not nk_sentence(doc, r):
            continue
        seen_nk = True
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


SCENE_OPENING = re.compile(r"(?i)\s*(?:back\s+|over\s+|here\s+)?(?:in|at)\s+(?:the\s+)?")
LOCATIVE_BEFORE = re.compile(r"(?i)\b(?:in|at|near|outside|inside|of|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$")


def current_place(doc: Document, offset: int) -> PlaceMention | None:
    """Where the article is at ``offset`` when the sentence itself says nothing: the nearest foreign city named with
    a locative before it in its paragraph or the sentence before ("In Ningbo, shopkeepers ..."), else the article's one
    foreign city."""
    si = doc.sentence_of(offset)
    para = doc.sentences[si].paragraph if si >= 0 else -1
    if "foreign_cities" not in doc.memo:
        doc.memo["foreign_cities"] = [p for p in doc.places if p.place.kind == "city" and p.place.country not in HOME
                                      and doc.sentence_of(p.start) in doc.body_sentences
                                      and not actor_possessive(doc.text, p)]
        doc.memo["foreign_city_starts"] = [p.start for p in doc.memo["foreign_cities"]]
    foreign = doc.memo["foreign_cities"]
    k = bisect.bisect_left(doc.memo["foreign_city_starts"], offset)
    for p in reversed(foreign[max(0, k - PARAGRAPH_PLACES):k]):
        ps = doc.sentence_of(p.start)
        if doc.sentences[ps].paragraph != para:
            # (news writes a paragraph a sentence: the sentence before still sets the scene if it opens on the place,
            # "In Bangkok, the new restaurant is ...")
            if si - ps == 1 and SCENE_OPENING.fullmatch(doc.text, doc.sentences[ps].start, p.start):
                return p
            break
        if LOCATIVE_BEFORE.search(doc.text[max(0, p.start - 30):p.start]):
            return p
    if len({p.place for p in foreign}) == 1:
        return foreign[0]
    return heading_city(doc, {p.place for p in foreign})


def heading_city(doc: Document, body: set) -> PlaceMention | None:
    """The one foreign city the text's heading names and its body names again ("Border town Tumen gets a taste of
    Pyongyang", "Laos - Vientiane"): the place a travel piece or a feature is set in, for what its body does not
    place. (``body``: the body's foreign cities; a page's menus and slogans name "places" the article never visits.)"""
    if "heading_city" not in doc.memo:
        first_body = min(doc.body_sentences, default=len(doc.sentences))
        heading = [p for p in doc.places if p.start < HEADING_REACH and p.place in body
                   and 0 <= doc.sentence_of(p.start) < first_body and not actor_possessive(doc.text, p)]
        doc.memo["heading_city"] = heading[0] if len({p.place for p in heading}) == 1 else None
    return doc.memo["heading_city"]


def inherit_workplaces(doc: Document, events: list[Event]) -> None:
    """Fill the place (and, for an unnamed restaurant, the name) of each event's workplace from the discourse."""
    placed = placed_restaurants(doc)
    distinct = {(p.mention.name and p.mention.name.lower(), p.city.place.name if p.city else None, p.country)
                for p in placed}
    # ("having the restaurant and its staff in Laos broke the rules" after "VIENTIANE - The restaurant ... closed":
    # a mention placed only in the country another places in one of its cities is no other restaurant)
    distinct -= {(None, None, c) for _, city, c in distinct if city is not None}
    sole = next((p for p in placed if p.city is not None), placed[0] if placed else None) if len(distinct) == 1 else None
    for e in events:
        if e.type in ("closure", "opening") and e.city is not None and any(
                p.city is not None and p.city.place == e.mentions[0].city.place for p in placed if e.mentions[0].city):
            e.inherited["nk"] = True    # "the restaurant in Ningbo" of an article about the North's restaurant there
        if e.type not in WORKPLACE_TYPES or e.city is not None or e._first("region") is not None:
            continue
        kind = e._first("kind")
        if kind not in (None, "restaurant") or (kind is None and e.type not in ("closure", "opening") and not any(
                DEFINITE_WORKPLACE.search(doc.text, m.clause.start, m.clause.end) for m in e.mentions)):
            continue     # (people with no workplace word leave from anywhere; "its staff" are the restaurant's)
        if not e.name and any(r.plural for m in e.mentions
                              for r in doc.within(doc.restaurants, m.clause.start, m.clause.end)):
            continue    # "several of its restaurants have closed": a set, not the one restaurant named before
        first = min(m.sentence for m in e.mentions)
        para = doc.sentences[first].paragraph
        fled = fled_from(doc, e, events)
        if fled is not None:
            # "that restaurant from which the 12 waitresses escaped is now closed": the defection's workplace
            e.inherited.update({k: v for k, v in (("city", fled.city), ("country", fled.country)) if v is not None})
            e.inherited_evidence.extend(fled.mentions[0].evidence[:1])
            continue
        src = None
        if e.name:
            src = next((p for p in placed if same_restaurant_name(p.mention.name, e.name)), None)
        elif e.type in ("defection", "return") and not any(
                DEFINITE_WORKPLACE.search(doc.text, m.clause.start, m.clause.end) for m in e.mentions):
            continue    # people leave from many places: only "the restaurant", "its staff" point to the one before
        else:
            near = [p for p in placed if p.sentence <= first and (p.paragraph == para or first - p.sentence <= REACH)]
            src = sole or (near[-1] if near else None)
        if src is None:
            if e.type in ("closure", "opening") and told_at_home(doc, e.mentions):
                continue    # ("she opened a barbecue place in Seoul's Mapo district": not one of the chain abroad)
            if e.type in ("closure", "opening") or e.name:
                here = current_place(doc, e.mentions[0].trigger[0])
                if here is not None and e.country in (None, here.place.country):
                    e.inherited.update({"city": here, "country": here.place.country})
                    e.inherited_evidence.append((here.start, here.end))
            continue
        if e.country is not None and src.country != e.country:
            continue
        e.inherited.update({"city": src.city, "region": src.region, "country": src.country, "kind": "restaurant"})
        if not e.name and src.mention.name:
            e.inherited["name"] = src.mention.name
        e.inherited_evidence.append((src.mention.start, src.mention.end))


# "builders from the North downed tools in Bahrain ... the workers were sent home": people named again by a definite
# noun are the group the sentences just before placed
THE_GROUP = re.compile(r"(?i)\b(?:the|these|those)\s+(?:[\w-]+\s+){0,2}?(?:workers|labou?rers|employees|staff|waitresses|"
                       r"protesters|strikers)\b")
GROUP_WORDS = re.compile(r"(?i)\b(?:workers|labou?rers|employees|staff|waitresses|company|companies|firm|site)\b")
IN_BEFORE = re.compile(r"(?i)\b(?:in|at)\s+(?:the\s+)?$")
GROUP_REACH = 2     # sentences back the group's place may be told


def inherit_group_places(doc: Document, events: list[Event]) -> None:
    """A flight or a return of "the workers" with no place of its own is placed where the sentences just before put
    that group: one foreign country named after "in" beside a word for workers or their company, in the mention's
    paragraph or the sentence before it. The place stays marked inferred (the resolver weighs it softly)."""
    for e in events:
        if e.type not in ("defection", "return") or e.country is not None or e.city is not None \
                or e._first("region") is not None or e.inherited:
            continue
        told = [m for m in e.mentions if THE_GROUP.search(doc.text, m.clause.start, m.clause.end)]
        if not told:
            continue
        si = min(m.sentence for m in told)
        para = doc.sentences[si].paragraph
        for sj in range(si - 1, max(-1, si - 1 - GROUP_REACH), -1):
            s = doc.sentences[sj]
            if sj not in doc.body_sentences or (s.paragraph != para and sj != si - 1):
                break
            places = [p for p in doc.within(doc.places, s.start, s.end) if p.place.country not in HOME
                      and p.place.kind in ("country", "city") and IN_BEFORE.search(doc.text, max(s.start, p.start - 12), p.start)]
            if not places:
                continue
            if len({p.place.country for p in places}) == 1 and GROUP_WORDS.search(doc.text, s.start, s.end):
                e.inherited["country"] = places[0].place.country
                e.inherited_evidence.append((places[0].start, places[0].end))
            break


def fled_from(doc: Document, e: Event, events: list[Event]) -> Event | None:
    """The defection whose workplace a closure's "restaurant from which they escaped" is, told in the same sentence."""
    from nkwatch.extract.events import FLED_FROM_WHICH

    if e.type not in ("closure", "opening") or e.name:
        return None
    own = {m.sentence for m in e.mentions if FLED_FROM_WHICH.search(doc.text, m.clause.start, m.clause.end)}
    return next((d for d in events if d.type == "defection" and own & {m.sentence for m in d.mentions}
                 and (d.city is not None or d.country is not None)), None)


PLURAL_TRIGGER = re.compile(r"(?i)(?:closures|shutdowns|openings)$")


def one_restaurant(doc: Document, e: Event) -> bool:
    """Whether an event speaks of one restaurant, not of several ("restaurants are shutting down", "shutdowns")."""
    for m in e.mentions:
        if PLURAL_TRIGGER.search(doc.text, m.trigger[0], m.trigger[1]):
            return False
        if any(r.plural for r in doc.within(doc.restaurants, m.clause.start, m.clause.end)) and not e.name:
            return False
    return True


def is_lede_summary(e: Event, lede: list[int]) -> bool:
    """An event told only in the article's first sentences, without the restaurant's name or city."""
    return e.type in WORKPLACE_TYPES and not e.name and e.city is None and all(m.sentence in lede for m in e.mentions)


def agrees(a: Event, b: Event) -> bool:
    from nkwatch.extract.events import dates_agree

    if a.country and b.country and a.country != b.country:
        return False
    if a.count is not None and b.count is not None and a.count != b.count:
        return False
    return dates_agree(a.date(), b.date())


def merge_same_workplace(doc: Document, events: list[Event]) -> list[Event]:
    """After the discourse has placed them, mentions that now name the same restaurant in the same way are one
    happening: a closure (or opening) of one restaurant told in the lede and again in the detail is one event."""
    from nkwatch.extract.events import dates_agree

    out: list[Event] = []
    lede = sorted(doc.body_sentences)[:2]
    for e in events:
        host = None
        summary = next((o for o in out if o.type == e.type and is_lede_summary(o, lede) and agrees(o, e)), None)
        if summary is not None and (e.name or e.city):
            host = summary    # the lede tells the happening in brief, the body in detail: one event
        elif e.type in ("closure", "opening"):
            for o in out:
                if o.type != e.type or not dates_agree(o.date(), e.date()):
                    continue
                if e.city and o.city and e.city != o.city:
                    continue
                if (e.name and o.name and same_restaurant_name(e.name, o.name)) or (
                        not (e.name and o.name) and e.city and e.city == o.city
                        and ("city" in e.inherited or "city" in o.inherited)
                        and one_restaurant(doc, o) and one_restaurant(doc, e)):
                    host = o      # the same restaurant by name, or "the restaurant" of the place told before
                    break
        if host is None:
            out.append(e)
            continue
        host.absorb(e)
    return out


def merge_uncounted(doc: Document, events: list[Event]) -> list[Event]:
    """An article's flight told once with its head count and again without one ("the defection process was swift",
    "they escaped from a restaurant") is one flight: a defection with no count joins the article's one counted
    defection when nothing they say differs and no mention of either tells of more people ("another group")."""
    from nkwatch.extract.events import MORE_PEOPLE, MORE_REACH, prior_happening, pronoun_count

    counted = [e for e in events if e.type == "defection" and e.count is not None]
    if len(counted) != 1:
        return events
    host = counted[0]

    def more_people(m) -> bool:
        return bool(MORE_PEOPLE.search(doc.text, max(m.clause.start, m.trigger[0] - MORE_REACH), m.trigger[0]))

    if any(more_people(m) for m in host.mentions):
        return events       # "three more escaped": the counted ones are a second group, the first told without a count
    out: list[Event] = []
    for e in events:
        if e is not host and e.type == "defection" and e.count is None and agrees(host, e) and all(
                not (a and b and a != b) for a, b in ((host.city, e.city), (host.name, e.name),
                                                      (host._first("kind"), e._first("kind")),
                                                      (host._first("destination"), e._first("destination")))) \
                and not any(more_people(m) or prior_happening(doc.text, m.clause.start, m.clause.end, *m.trigger) is not None
                            for m in e.mentions) and not other_sex(host, pronoun_count(doc, e)):
            host.absorb(e)
            continue
        out.append(e)
    return out


def other_sex(host: Event, said: dict) -> bool:
    """Whether a flight told by "he" (or "she") belongs to another than the one woman (or man) the host counts ("He
    went to look for his sister, who had left before"): two people."""
    return host.count == 1 and bool(said.get("male") and host._first("female")
                                    or said.get("female") and host._first("male"))



def merge_wishes(doc: Document, events: list[Event]) -> list[Event]:
    """People held abroad who ask to be taken South are told of again and again as that wish ("the captives want to
    defect", "they asked to be transferred to the South"): in one article the wishes are one flight under way, when no
    count, date, city or name differs, wherever each mention places them (where they worked, where they are held)."""
    from nkwatch.extract.events import dates_agree, status_of

    out: list[Event] = []
    host: Event | None = None
    for e in events:
        if e.type != "defection" or e._first("destination") not in (None, "KR") or status_of(e, doc) != "pending":
            out.append(e)
            continue
        if host is not None and not (host.count is not None and e.count is not None and host.count != e.count) \
                and dates_agree(host.date(), e.date()) and all(
                    not (a and b and a != b) for a, b in ((host.city, e.city), (host.name, e.name))):
            host.absorb(e)
            continue
        host = host or e
        out.append(e)
    return out

