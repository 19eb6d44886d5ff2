"""The rule-based extractor: regular expressions, a gazetteer indexed by first word and lexicons, no model in the hot path.

Why rules and not spaCy's statistical model: the small English model runs about 5 documents a second per core in
full, mis-tags place names ("Siem Reap" as a person) and does not know the chain's brand names, while the slots the
contract asks for (counts with sex splits, routes, hedges, relative dates) are read from the words around a trigger,
which rules over a gazetteer do at over a hundred documents a second, offline, with every span exact.
"""

from __future__ import annotations

import re
from typing import Any

from nkwatch.extract import register
from nkwatch.extract.claims import LIVING_IN_SOUTH_AFTER, extract_claims
from nkwatch.extract.document import Document
from nkwatch.extract.discourse import current_place
from nkwatch.extract.events import extract_events
from nkwatch.extract.korean import is_korean, read_korean
from nkwatch.extract.places import gazetteer, great_circle_km
from nkwatch.extract.restaurants import (APPOSITIVE, BRANCHES, ELIDED_REACH, RESTAURANT_WORD, RestaurantMention, brand_key, city_inside, listed_after,
                                         place_restaurant, placed_at_home, same_restaurant_name,
                                         the_chains_placed, the_norths_by_discourse, told_after_the_norths)
from nkwatch.model import Article

MAX_CHARS = 400_000          # longer texts are read up to here (a 5 MB page is no article); a warning says so
# (the UN's name for the state counts too: "DPR Korea", and the full official name, shortened or not)
NK = re.compile(r"(?i)\b(?:North\s+Korea|N\.?\s*Korea|DPRK|DPR\s+Korea|"
                r"(?:Democratic\s+)?People['’]?s\s+Republic\s+of\s+Korea|"
                r"Pyongyang(?![\w-]*style))")
# the North's officers who train a state's guard, army or police: its people at work abroad
TRAINING_FORCES = (r"(?:military|police)\s+(?:trainers|instructors|training)|training\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}"
                   r"(?:presidential\s+guard|police|army|armed\s+forces|soldiers|troops|special\s+forces|bodyguards)\b")
SENT_PEOPLE = r"(?:workers|builders|labou?rers|personnel|professionals|specialists|experts|engineers|technicians|coaches)"
TOPIC = re.compile(r"(?i)\b(?:restaurants?|eater(?:y|ies)|waitress(?:es)?|defect(?:ed|ion|ions|ors?)|fle(?:d|e|es|eing)|escape[ds]?|escaping|"
                   r"workers?\s+(?:abroad|overseas)|overseas\s+workers|labou?rers|sanctions?|repatriat\w*|"
                   r"hard\s+(?:currency|cash)|"
                   r"(?:cheap|contract|imported)\s+labou?r|"     # ("provide Russian builders with cheap labor")
                   # ("secure roles at firms to generate revenue for the DPRK": the North's earnings, in other words)
                   r"(?:earn|generat|rais)\w*\s+(?:hard\s+|foreign\s+)?(?:currency|revenue|income|funds)\s+for\s+(?:the\s+)?"
                   r"(?:North|regime|Pyongyang|DPRK|Kim|Democratic\s+People['’]?s\s+Republic)|"
                   # ("North Korean IT workers", "DPRK software developers": the North's programmers, wherever they work)
                   r"(?:North\s+Korean|DPRK)\s+(?:IT|tech|software|computer|web)\s+(?:workers|developers|specialists|"
                   r"experts|engineers|programmers)|"
                   r"museums?|galler(?:y|ies)|(?:slave|forced)\s+labou?r|"   # (the North's museums and art galleries abroad earn too)
                   r"(?:North\s+Korean|DPRK)\s+(?:workers?|labou?rers?|builders|employees|personnel|nationals)|"
                   r"(?:workers|builders|labou?rers|crews|coaches|doctors|specialists|experts)\s+from\s+North\s+Korea|"
                   # ("could send builders to the occupied regions", "began sending specialists overseas", "some 20 of
                   # its engineers were dispatched to Tonga", "will send thousands of road construction workers and
                   # medics to Fiji": the North's people sent to work abroad)
                   rf"(?:send|sends|sending|sent|dispatch\w*)\s+(?:[\w-]+\s+){{0,4}}?{SENT_PEOPLE}(?:\s+and\s+[\w-]+)?\s+"
                   r"(?:to|abroad|overseas)\b|"
                   rf"{SENT_PEOPLE}\s+(?:were|was|are|have\s+been|had\s+been|being)\s+(?:sent|dispatched)\s+(?:to|abroad|overseas)\b|"
                   + TRAINING_FORCES + ")")
# what a sanctions-only article must speak of to be about the North's people and businesses abroad (the contract)
# (not "working as a second secretary at the embassy": a diplomat's post; nor "visa-free travel": visitors, no workers;
# nor "sanctions are not yet working.": a measure that works, no one at work)
ABROAD_TOPIC = re.compile(r"(?i)\b(?:restaurants?|eater(?:y|ies)|waitress(?:es)?|workers?|nationals|overseas|abroad|labou?r(?:ers)?|employ\w*|"
                          r"working(?!\s+as\s+(?:an?\s+|the\s+)?(?:(?:first|second|third)\s+secretary|counsell?or|attach[eé]|"
                          r"ambassador|consul|envoy|diplomat)\b)(?!\s*[.,;:!?])|"
                          r"businesses|companies|firms|enterprises|joint\s+ventures|investments?|visas?(?!-free)|permits?|authori[sz]ations?|(?:must|to|and)\s+leave|"
                          r"hard\s+currency|earnings|defect\w*|repatriat\w*|expel\w*|diplomats?|trainers|instructors|military\s+advis[eo]rs|"
                          + TRAINING_FORCES + r")\b")
MONEY_ONLY = {"hard currency", "earnings"}
LOCATED_AFTER = re.compile(r"(?i),?\s+(?:which\s+|that\s+)?(?:was|is|had\s+been|has\s+been)?\s*(?:reportedly\s+|also\s+|)"
                           r"(?:located|situated|based)\s+(?:in|at|near)\s")
IN_RIGHT_AFTER = re.compile(r"\s+(?:in|at)\s")
# "It is the fourth North Korean restaurant in Laos": said of one already told, no new one
# "a North-Korean restaurant", "South-Korea" (hyphenated, as some outlets write them): read as the two words they are,
# the hyphen turned into a space so the text keeps its length and the offsets hold
HYPHENATED_KOREA = re.compile(r"(?i)\b(North|South)-(Korea)")
# "TOKYO (Kyodo)--Japanese police said ...": a wire's dateline dash written without spaces, turned into two spaces (the
# same length) so the words on either side are words of their own
GLUED_DASH = re.compile(r"(?<=[\w).])--(?=[A-Z])")
PREDICATE_BEFORE = re.compile(r"(?i)\b(?:is|was|are|were|became|becomes|remains|remained)\s+$")
ORDINAL = re.compile(r"(?i)\b(?:first|second|third|fourth|fifth|sixth|latest|newest|only|last|largest|biggest|oldest|\d+(?:st|nd|rd|th))\b")
HOME = {"KR", "KP"}
NAME_FOLLOWS = re.compile(r",[ \t]+")


STAFF_AFTER = re.compile(r"(?i)[\s-]+(?:workers?|staff(?:ers)?|employees?|waitress(?:es)?|waiters?|managers?|chefs?|cooks?|"
                         r"owners?|hostess(?:es)?|girls|women)\b")   # "13 North Korean restaurant workers": people, no place


def extract_restaurants(doc: Document) -> list[dict]:
    gz = gazetteer()
    entries: list[dict] = []
    mentions = body_restaurants(doc)
    appositive_of: dict[int, RestaurantMention] = {}
    named_after = set()
    for prev, r in zip(mentions, mentions[1:]):
        if prev.name and APPOSITIVE.match(doc.text[prev.end:r.start + 3]) and r.start - prev.end < 25:
            appositive_of[id(r)] = prev     # "Pyongyang Chinsun Kwan, the Friendship Restaurant": one restaurant
        elif not prev.name and r.name and NAME_FOLLOWS.fullmatch(doc.text, prev.end, r.start):
            named_after.add(id(prev))       # "a second restaurant, Pyongyang Unban,": the named one
    skip = set(appositive_of) | named_after
    appositive_for = {id(prev): x for x in mentions for prev in [appositive_of.get(id(x))] if prev is not None}
    abroad = any(p.place.country not in HOME and doc.sentence_of(p.start) in doc.body_sentences for p in doc.places)
    kept_end: int | None = None     # where the last mention taken for the North's ends (its elided next one is too)
    for r in mentions:
        if id(r) in skip:
            continue
        # "the restaurant" refers back and introduces nothing; "the North Korean restaurants in Yanji and Hunchun"
        # places the ones spoken of, one in each city it lists (below)
        refers_back = r.definite and not r.name and city_inside(doc, r) is None \
            and not LOCATED_AFTER.match(doc.text, r.end) \
            and not (IN_RIGHT_AFTER.match(doc.text, r.end) and not PREDICATE_BEFORE.search(doc.text, max(0, r.start - 12), r.start)
                     and not ORDINAL.search(doc.text, r.start, r.end))
        # ("the restaurant was reportedly located in Ningbo", "the North Korean restaurant in Phnom Penh", "the four
        # restaurants in Phnom Penh": placed, and one spoken of before is the same entry again)
        # (but the article's first restaurant, "we ate at the North Korean restaurant", refers to none before it: the
        # writer's, where the writer is)
        first_told = r is mentions[0] and r.nk_marked and not r.plural
        if refers_back and not r.plural and not first_told:
            continue
        chain = chain_of(doc, r, mentions)
        if not r.name and not r.nk_marked and not the_norths_by_discourse(doc, r) and not chain and not (
                told_after_the_norths(doc, r) and LOCATED_AFTER.match(doc.text, r.end) or the_chains_placed(doc, r)) \
                and not (kept_end is not None and 0 <= r.start - kept_end <= ELIDED_REACH
                         and not RESTAURANT_WORD.search(doc.text, r.start, r.end)):     # "and two others in X"
            continue    # (but "the restaurant was located in Ningbo", told of the North's restaurant before, is it)
        kept_end = r.end
        appos = appositive_for.get(id(r))
        city, region, country = place_restaurant(doc, r, upto=appos.end if appos else None)
        inside = city_inside(doc, r)
        if inside is not None:
            city, region, country = inside, None, inside.place.country
        listed = []
        if r.plural and r.count < 2 and city is not None and city.start > r.end \
                and (r.nk_marked or chain or the_chains_placed(doc, r)):
            listed = listed_after(doc, city)
        elif r.plural and r.count < 2 and city is None and chain and (at := IN_RIGHT_AFTER.match(doc.text, r.end)):
            first = next((p for p in doc.within(doc.places, at.end(), at.end() + 60) if p.start == at.end()), None)
            # "with branches in Bangladesh, Dubai, Laos and Nepal": the chain's cities of a list of countries and cities
            listed = listed_after(doc, first, countries=True) if first is not None else []
        if listed:
            # "restaurants in Bishkek and Osh", "other branches in Kathmandu, Bangkok and Dhaka": one entry per city
            for p in listed:
                span = {"start": r.start, "end": p.end}
                known = next((e for e in entries if e["name"] == chain and e["city"] == p.place.name), None)
                if known is not None:     # the same cities' restaurants spoken of again
                    known["evidence"].append(span)
                    continue
                entries.append({"name": chain, "city": p.place.name, "country": p.place.country, "region": None,
                                "evidence": [span], "lat": p.place.lat, "lon": p.place.lon,
                                "place_precision": "city", "at_home": False, "count": 1})
            continue
        if not r.name and not r.plural and (not r.definite or first_told) and r.nk_marked and city is None \
                and region is None and country is None and (not refers_back or first_told) \
                and not STAFF_AFTER.match(doc.text, r.end):
            here = current_place(doc, r.start)     # "... the streets of Ulaanbaatar. Up a side stair is a North Korean
            if here is not None:                  # restaurant": one the text introduces where it stands
                city, country = here, here.place.country
        if refers_back and not (first_told and city is not None) \
                or (not r.name and city is None and region is None and (country is None or r.plural)):
            continue
        at_home = False
        if r.name and city is None and region is None and country is not None:
            only = only_city_in(doc, country)
            if only is not None:
                city = only      # "Koryo Restaurant, Pyongyang's first foray into Burma" of an article whose one city there is Rangoon
        if city is None and region is None and country is None:
            here = current_place(doc, r.start)     # a named restaurant the sentence does not place
            if here is not None:
                city, country = here, here.place.country
            else:   # "Okryu-gwan in Pyongyang", or an article that names no place abroad: not the chain abroad
                at_home = placed_at_home(doc, r) or not abroad or home_only(doc)
        if r.kind != "restaurant":
            continue
        spot = city.place if city else (gz.country(country) if country else None)
        entry: dict[str, Any] = {"name": r.name, "city": city.place.name if city else None, "country": country,
                                 "region": region, "evidence": [{"start": r.start, "end": r.end}],
                                 "lat": spot.lat if spot else None, "lon": spot.lon if spot else None,
                                 "place_precision": "city" if city else ("region" if region else ("country" if country else None)),
                                 "at_home": at_home}
        entry["count"] = r.count if not r.name else 1
        # "another restaurant in China" after one there: one more, never the one before (in a lede, "another"
        # speaks of one outside the text, and the restaurant it is is told next)
        entry["another"] = not r.name and bool(ANOTHER.match(doc.text, r.start)) and any(
            e["country"] == entry["country"] for e in entries)
        same = None
        for e in entries if not entry["another"] else ():
            if same_restaurant_name(r.name, e["name"]):
                # one brand in two cities is two restaurants ("Okryu-gwan in Dubai", "Okryu-gwan in Abu Dhabi")
                if not (e["city"] and entry["city"] and e["city"] != entry["city"] and km_apart(e, entry) > SAME_CITY_KM):
                    same = e     # (a suburb named in one sentence and its city in the next are one place)
            elif not r.name and not e["name"] and e["city"] == entry["city"] and e["country"] == entry["country"] \
                    and e.get("region") == entry.get("region"):
                same = e
            if same:
                break
        if same:
            same["count"] = max(same["count"], entry["count"])     # "one of two restaurants in Jakarta"
            same["evidence"].append(entry["evidence"][0])
            same["at_home"] = (same["at_home"] or entry["at_home"]) and not (same["city"] or same["country"])
            for k in ("city", "country", "region", "lat", "lon", "place_precision"):
                if same[k] is None and entry[k] is not None and (k != "city" or same["country"] in (None, entry["country"])):
                    same[k] = entry[k]
            continue
        entries.append(entry)
    # An unnamed restaurant placed only by country is another mention of a better-placed one there; a restaurant
    # the article places nowhere is not one of the chain abroad that it reports (the contract: "places somewhere").
    placed = {e["country"] for e in entries if e["city"] or e["region"] or e["name"]}
    entries = [e for e in entries if (e["name"] or e["city"] or e["region"] or e["country"] not in placed
                                      or e.get("another")) and not e.pop("at_home", False)]
    entries = named_takes_the_city(entries, doc.text)
    # (a name the article places nowhere, not even through another entry, is none the article places: "the party
    # sent me to cook at the Chongbong Restaurant")
    entries = [e for e in entries if e["city"] or e["region"] or e["country"]]
    out = []
    for e in entries:
        e.pop("region", None)
        e.pop("another", None)
        # one entry per restaurant: "two North Korean restaurants in Hanoi" are two (the contract), of which those
        # named ("including the Pyongyang restaurant") are already entries of their own
        n = e.pop("count")
        if n > LISTED_ONE_BY_ONE:
            n = 1
        if not e["name"] and e["city"]:
            # "a North Korean restaurant in Abu Dhabi" beside "Okryu-gwan in Abu Dhabi" is that one, unless a count
            # says there are more
            n -= sum(1 for x in entries if x["name"] and x["city"] == e["city"])
            if n < 1:
                continue
        out.extend([e] + [{**e, "evidence": list(e["evidence"])} for _ in range(n - 1)])
    return out


def home_only(doc: Document) -> bool:
    """Whether the article's restaurants (those of its body) are the North's at home: one is placed there ("a new
    seafood restaurant in Pyongyang") and none abroad (an unplaced name is then that one, not a branch of the chain)."""
    if "home_only" not in doc.memo:
        mentions = body_restaurants(doc)
        doc.memo["home_only"] = any(placed_at_home(doc, x) for x in mentions) and not any(
            any(slot is not None for slot in place_restaurant(doc, x)) for x in mentions)
    return doc.memo["home_only"]


# a town of the North named as a zone of the South's firms or the North's own ("the Kaesong industrial complex")
ZONE_AFTER = re.compile(r"(?i)\s+(?:industrial|economic|export|tourist|tourism|development|free\s+trade)\s+"
                        r"(?:complex|park|zone|region|district|area)\b")

SHORT_NAME_AFTER = re.compile(r"\s*\(([A-Z]{2,6})\)")


def about_a_zone_at_home(doc: Document) -> bool:
    """Whether the article is about a zone inside the North ("the Kaesong industrial complex"), named more often than
    all places abroad together: its workers are at home, and so are those pulled out of it."""
    zone = [p for p in doc.places if p.place.country == "KP" and p.place.kind in ("city", "region")
            and ZONE_AFTER.match(doc.text, p.end)]
    # (and the short name given it, "the Kaesong Industrial Complex (KIC)", each time it is used again)
    short = {m.group(1) for p in zone
             if (m := SHORT_NAME_AFTER.match(doc.text, ZONE_AFTER.match(doc.text, p.end).end()))}
    named = len(zone) + sum(len(re.findall(rf"\b{s}\b", doc.text)) - 1 for s in short)
    return named >= 2 and named > sum(p.place.country not in HOME for p in doc.places)


def at_work_at_home(doc: Document, events: list[dict], claims: list[dict]) -> tuple[list[dict], list[dict]]:
    """Without the counts and withdrawals of workers told with no place abroad, in an article about a zone inside the
    North ("48,000 North Korean workers stayed home", "North Korea pulled out its workers")."""
    if not about_a_zone_at_home(doc):
        return events, claims
    return ([e for e in events if not (e["type"] == "return" and e["workplace"]["country"] is None)],
            [c for c in claims if not (c["metric"] == "overseas_worker_count" and c["country"] is None)])


def body_restaurants(doc: Document) -> list[RestaurantMention]:
    return [r for r in doc.restaurants if doc.sentence_of(r.start) in doc.body_sentences]


def with_workplaces_told(restaurants: list[dict], events: list[dict]) -> list[dict]:
    """ "12 North Korean waitresses and their manager had defected to Seoul from the Chinese city of Ningbo": a
    restaurant of the North's that the article places only through the people who worked there, or through its opening
    or closing ("the chain opened a branch in Kathmandu"), is one it mentions (and an unnamed one placed
    only in its country is that one again)."""
    told = workplaces_told(events, restaurants)
    if not told:
        return restaurants
    placed = {r["country"] for r in told}
    return [r for r in restaurants if r["name"] or r["city"] or r["country"] not in placed] + told


def workplaces_told(events: list[dict], restaurants: list[dict]) -> list[dict]:
    out: list[dict] = []
    cities = {r["city"] for r in restaurants}
    for e in events:
        w = e.get("workplace") or {}
        if e["type"] == "sanction" or w.get("kind") != "restaurant" or not w.get("city") or w["city"] in cities:
            continue
        if w.get("name") and any(same_restaurant_name(r["name"], w["name"]) for r in restaurants):
            continue
        cities.add(w["city"])
        out.append({"name": w.get("name"), "city": w["city"], "country": w.get("country"), "evidence": list(e["evidence"][:1]),
                    "lat": e.get("lat"), "lon": e.get("lon"), "place_precision": "city"})
    return out


def named_takes_the_city(entries: list[dict], text: str) -> list[dict]:
    """ "Laos' Pyongyang Restaurant" and "one of them is in Vientiane": where an article names one restaurant in a
    country without its city and places one unnamed restaurant in a city there, they are the same restaurant."""
    out = list(entries)
    for country in {e["country"] for e in entries if e["country"]}:
        named = [e for e in out if e["country"] == country and e["name"] and not e["city"]]
        placed = [e for e in out if e["country"] == country and not e["name"] and e["city"] and e["count"] == 1
                  and not e.get("another")]
        others = [e for e in out if e["country"] == country and e["name"] and e["city"]]
        if len(named) == 1 and len(placed) == 1 and not others:
            n, p = named[0], placed[0]
            for k in ("city", "region", "lat", "lon", "place_precision"):
                n[k] = p[k]
            n["evidence"].extend(p["evidence"])
            out.remove(p)
    # "a North Korean restaurant within a short drive" of Yangon, then "the North Korean Restaurant (Pyongyang Koryo
    # Restaurant)": an article's one named restaurant placed nowhere and its one placed restaurant are the same
    unplaced = [e for e in out if e["name"] and not e["city"] and not e["country"]]
    placed = [e for e in out if e["city"] or e["country"]]
    if len(unplaced) == 1 and len(placed) == 1 and not placed[0]["name"] and placed[0]["count"] == 1 \
            and not placed[0].get("another") and not any(
                brand_key(unplaced[0]["name"]) in brand_key(text[s["start"]:s["end"]]) for s in placed[0]["evidence"]):
        # (but not "a Koryo restaurant in China" beside the Koryo restaurant the article visits: another of the chain)
        n, p = unplaced[0], placed[0]
        for k in ("city", "country", "region", "lat", "lon", "place_precision"):
            n[k] = p[k]
        n["evidence"].extend(p["evidence"])
        out.remove(p)
    return out


def only_city_in(doc: Document, country: str):
    """The one city of ``country`` the article's body names, if it names exactly one."""
    if "cities_by_country" not in doc.memo:
        by: dict[str, dict] = {}
        for p in doc.places:
            if p.place.kind == "city" and doc.sentence_of(p.start) in doc.body_sentences:
                by.setdefault(p.place.country, {}).setdefault(p.place, p)
        doc.memo["cities_by_country"] = by
    cities = doc.memo["cities_by_country"].get(country, {})
    return next(iter(cities.values())) if len(cities) == 1 else None


SAME_CITY_KM = 40
# "two North Korean restaurants in Hanoi" are two entries; "eight restaurants in Beijing" is a figure (a claim), of which
# the article speaks of one restaurant at a time, if at all
LISTED_ONE_BY_ONE = 4
ANOTHER = re.compile(r"(?i)another\b")


def km_apart(a: dict, b: dict) -> float:
    """Distance between two entries' points (infinite when either has none)."""
    return great_circle_km(a.get("lat"), a.get("lon"), b.get("lat"), b.get("lon"))


def chain_of(doc: Document, r: RestaurantMention, mentions: list[RestaurantMention]) -> str | None:
    """The name of the chain whose "other branches" a plural mention counts: the one named restaurant of its
    sentence ("Okryu-Gwan is part of a chain ... with other branches in ...")."""
    if r.name or not BRANCHES.search(doc.text, r.start, r.end):
        return None
    si = doc.sentence_of(r.start)
    names = {x.name for x in mentions if x.name and doc.sentence_of(x.start) == si}
    return names.pop() if len(names) == 1 else None


def north_korea_mentions(text: str, title: str | None) -> int:
    return len(NK.findall(text)) + len(NK.findall(title or ""))


def is_relevant(doc: Document, events: list, claims: list, restaurants: list, nk_hits: int | None = None) -> bool:
    text = doc.text
    if nk_hits is None:
        nk_hits = north_korea_mentions(text, doc.title)
    if nk_hits == 0:
        return False
    # (a tally of the defectors who live in the South, told alone, is the background of a story about life there:
    # "some 40,000 defectors live in the South, and one of them coaches a choir" -- the other signs decide; a tally of
    # those who fled tells of defections)
    background = bool(claims) and all(residents_tally(text, c) for c in claims)
    if claims and not background or restaurants or any(e["type"] != "sanction" for e in events):
        return True
    if events and about_a_zone_at_home(doc):
        return False    # sanctions alone in an article about a zone inside the North: its workers are at home
    if events:      # sanctions alone: the article is ours when they bear on the North's earnings abroad
        # (its people or businesses there: money alone, "fishing licences sold for hard currency", is not)
        topics = {" ".join(m.group(0).lower().split()) for m in ABROAD_TOPIC.finditer(text)}
        return bool(topics - MONEY_ONLY) or nk_hits >= 2 and built_abroad(doc)
    if home_only(doc) or about_a_zone_at_home(doc):
        return False    # a new restaurant in Pyongyang, the workers of a zone inside the North: the North at home,
        #                 not its restaurants and workers abroad
    topics = len(TOPIC.findall(text))
    at_work = len(at_work_abroad(doc))
    if nk_hits >= 2 and (at_work >= 2 or at_work and (topics or headline_at_work_abroad(doc))):
        return True     # "North Korean tailors hired under contract by a mill in Slovakia": the North earning abroad
        #                 (once in the body, when the headline tells it too: "North Korean doctors killed in Fiji")
    if nk_hits >= 2 and built_abroad(doc):
        return True     # "the North Koreans built Heroes' Acre": the North's studios and builders at work abroad
    if nk_hits >= 2 and topics == 1 and NORTHS_WORKERS.search(text):
        here = doc.dateline     # "TOMSK, Russia -- ... North Korean laborers work on every site here": its
        return here is not None and here.place.country not in HOME     # workers, told from where they work abroad
    return nk_hits >= 2 and topics >= 2


def headline_at_work_abroad(doc: Document) -> bool:
    """Whether the headline names the North's people at work in a place outside the two Koreas."""
    title = doc.title or ""
    return bool(NORTH_KOREANS.search(title) and AT_WORK.search(title)) and any(
        p.candidates and p.candidates[0].country not in HOME for p in gazetteer().find(title))


def residents_tally(text: str, claim: dict) -> bool:
    """Whether a claim counts the defectors living in the South ("some 30,000 defectors now live in Seoul")."""
    if claim["metric"] != "defector_arrivals" or claim["period"] != "cumulative":
        return False
    span = claim["evidence"][0]
    at = text.find(claim["text"], span["start"], span["end"])
    return at >= 0 and bool(LIVING_IN_SOUTH_AFTER.match(text, at + len(claim["text"])))


def at_work_abroad(doc: Document) -> list[int]:
    """The body sentences that tell of North Koreans at work in a place outside the two Koreas: a North Korean (or
    someone from the North) and a word of work ("employed", "seamstresses", "clinic", "construction") beside a foreign
    place in one sentence. Whatever their trade, the North's people earning abroad are what the tool follows."""
    text, out = doc.text, []
    for i in sorted(doc.body_sentences):
        s = doc.sentences[i]
        # (the place may be the sentence before, in its paragraph: "This is Suva, Fiji. Some North Koreans are
        # raising a monument")
        prev = doc.sentences[i - 1] if i > 0 and doc.sentences[i - 1].paragraph == s.paragraph else s
        if NORTH_KOREANS.search(text, s.start, s.end) and AT_WORK.search(text, s.start, s.end) and any(
                p.place.country not in HOME for p in doc.within(doc.places, prev.start, s.end)):
            out.append(i)
    return out


NORTH_KOREANS = re.compile(r"(?i)\b(?:North\s+Koreans?|N\.\s*Koreans?|DPRK|from\s+(?:the\s+)?(?:North\s+Korea|DPRK)|"
                           # ("North Korea could send builders to ..."): the state sending its people
                           r"(?:North\s+Korea|Pyongyang)\s+(?:\w+\s+){0,2}?(?:send|sends|sent|sending|dispatch\w*)|"
                           # ("North Korea keeps thousands of its citizens at work in Tonga": its people)
                           r"(?:North\s+Korea|Pyongyang)\s+(?:[\w,-]+\s+){1,8}?its\s+(?:own\s+)?"
                           r"(?:citizens|nationals|people|workers|labou?rers))\b")
AT_WORK = re.compile(r"(?i)\b(?:work(?:s|ed|ing)?|workers?|employ\w*|labou?r\w*|hired|hiring|seamstress\w*|doctors?|clinics?|"
                     # ("North Korean web developers ... in China": its programmers, at work there)
                     r"developers?|programmers?|coders?|freelancers?|"
                     r"coach(?:es|ing)?|"
                     r"(?:re)?construction|builders?|miners?|staff|wages?|salar(?:y|ies)|contracts?|"
                     # ("a figure cast by North Korean sculptors", "North Koreans were raising a giant
                     # monument"): the North's studios at work abroad
                     r"sculptors?|statues?|monuments?|murals?|erect(?:s|ed|ing)?|"
                     # ("land for North Korean farmers on Vanua Levu"): its farmers working a host's fields
                     r"farmers?|farmland|farming)\b")


def built_abroad(doc: Document) -> bool:
    return built_by_the_north(doc) and any(p.place.country not in HOME for p in doc.places)


def built_by_the_north(doc: Document) -> bool:
    """Whether a body sentence tells of the North building a monument or a work of the kind its studios export ("the
    North Koreans are putting up a bronze statue", "a North Korean firm raised it"), or of its overseas
    building firm at work ("contracting Mansudae to build ..."), and places it nowhere in the North."""
    text = doc.text
    for i in doc.body_sentences:
        s = doc.sentences[i]
        if not BUILDER.search(text, s.start, s.end) or not BUILD.search(text, s.start, s.end) \
                or IN_THE_NORTH.search(text, s.start, s.end):
            continue
        if BUILDING_FIRM.search(text, s.start, s.end) or MONUMENT.search(text, s.start, s.end):
            return True
    return False


BUILDER = re.compile(r"(?i)\b(?:North\s+Koreans?|N\.\s*Koreans?|North\s+Korea['’]s|DPRK|Mansudae)\b")
BUILDING_FIRM = re.compile(r"\bMansudae\b")      # the North's studio that builds abroad (Mansudae Overseas Projects)
BUILD = re.compile(r"(?i)\b(?:build|builds|built|building|construct\w*|erect\w*|designed|raising|cast)\b")
MONUMENT = re.compile(r"(?i)\b(?:statues?|monuments?|memorials?|shrines?|panoramas?|stadiums?|mausoleums?|murals?|"
                      r"palaces?)\b")
IN_THE_NORTH = re.compile(r"(?i)\b(?:in|at|near)\s+(?:Pyongyang|North\s+Korea\b|the\s+North\b|the\s+DPRK)")
NORTHS_WORKERS = re.compile(r"(?i)\b(?:North\s+Korean|DPRK)\s+(?:workers|labou?rers|loggers|lumberjacks|builders)\b")


LETTER = re.compile(r"[^\W\d_]")
ASCII_LETTER = re.compile(r"[A-Za-z]")
_NOT_ASCII_LETTER = bytes(c for c in range(128) if not chr(c).isalpha())


def _mostly_non_latin(text: str) -> bool:
    ascii_bytes = text.encode("ascii", "ignore")
    ascii_letters = len(ascii_bytes) - len(ascii_bytes.translate(None, _NOT_ASCII_LETTER))
    if ascii_letters >= len(text) - len(ascii_bytes):
        return False    # at least as many Latin letters as there are non-ASCII characters of any kind
    letters = len(LETTER.findall(text))
    return bool(letters) and len(ASCII_LETTER.findall(text)) < 0.5 * letters


def input_warnings(text: str, published, korean: bool = False) -> list[str]:
    """What about the input limits what can be read from it, said once per article."""
    from nkwatch.extract.dates import parse_published

    out = []
    if not korean and not text.isascii() and _mostly_non_latin(text):
        out.append("text is mostly in a non-Latin script other than Korean: the rules read little or nothing from it")
    if not published:
        out.append("no publication date: relative dates (\"last Thursday\") are left unresolved")
    elif parse_published(str(published)) is None:
        out.append(f"publication date {published!r} is not a calendar date: relative dates are left unresolved")
    return out


class RuleExtractor:
    """``nkwatch.rules.v1``: the default backend."""

    name = "rules"
    version = "nkwatch.rules.v1"

    def __init__(self) -> None:
        gazetteer()  # build the index once, at start-up, not inside the first article

    def extract(self, article: Article) -> dict:
        text = article.clean_text()
        warnings = []
        if len(text) > MAX_CHARS:
            warnings.append(f"text of {len(text)} characters: read the first {MAX_CHARS}")
            text = text[:MAX_CHARS]
        korean = is_korean(text)
        warnings.extend(input_warnings(text, article.published, korean))
        text = text if korean else GLUED_DASH.sub("  ", HYPHENATED_KOREA.sub(r"\1 \2", text))
        nk_hits = 0 if korean else north_korea_mentions(text, article.title)
        relevant = False
        events, claims, restaurants = [], [], []
        if korean:
            relevant, events, claims, restaurants = read_korean(text, article.published)
        elif nk_hits:     # without North Korea an article is not relevant, whatever else it says: nothing to read
            doc = Document(article.doc_id, text, article.published, article.title)
            events = extract_events(doc)
            claims = extract_claims(doc)
            events, claims = at_work_at_home(doc, events, claims)
            restaurants = with_workplaces_told(extract_restaurants(doc), events)
            relevant = is_relevant(doc, events, claims, restaurants, nk_hits)
            if not relevant:
                events, claims, restaurants = [], [], []
        rec = {"doc_id": article.doc_id, "relevant": relevant, "events": events, "claims": claims,
               "restaurants": restaurants, "extractor": self.version}
        if warnings:
            rec["warnings"] = warnings
        return rec


register("rules")(RuleExtractor)
register("nkwatch.rules.v1")(RuleExtractor)
