"""The restaurant registry: restaurant mentions → restaurants (brand, city, country), with coordinates, a
precision code, sources, and a lifecycle from the opening and closure events at that workplace.

Names are compared after folding and the brand lexicon (names.py), fuzzily with rapidfuzz. A mention without
a name joins the one named restaurant known in its city; when the city has none or several, it stands for
"a restaurant in <city>".
"""

from __future__ import annotations

from collections import Counter
from typing import Iterable

from nkwatch.model import stable_id
from nkwatch.resolve.judged import group_mentions
from nkwatch.resolve.names import brand_display, city_key, name_key, same_name


def _key(fact: dict) -> tuple[str | None, str | None, str | None]:
    country = fact.get("country").upper() if isinstance(fact.get("country"), str) else None
    return country, city_key(fact.get("city")), name_key(fact.get("name"))


def restaurant_id(country, city, name) -> str:
    return stable_id("rs", country, city, name)


def _read_events(mentions: list[dict], events: Iterable[dict]) -> tuple[set[str], dict[str, list[dict]], list[dict]]:
    """What the registry reads of the events, in one pass over them (they may be a stream):

    - every place the knowledge base names (cities and regions of its restaurants and events, as name keys): a
      restaurant "named" after one of them is a restaurant in that place, not a brand;
    - the event mentions of each article that has a restaurant mention its article may place (``_placed``), in
      the order of the events and their mention lists;
    - the openings and closures (``_attach_lifecycle``)."""
    places = {name_key(m["fact"].get("city")) for m in mentions}
    unplaced = {m["article"].get("doc_id") for m in mentions if not _has_place(m["fact"])}
    by_doc: dict[str, list[dict]] = {}
    changes = []
    for e in events:
        for m in e.get("mention_list", []):
            w = m["fact"].get("workplace") or {}
            places |= {name_key(w.get("city")), name_key(w.get("region"))}
            if m.get("doc_id") in unplaced:
                by_doc.setdefault(m.get("doc_id"), []).append(m)
        if e["type"] in ("opening", "closure"):
            changes.append({**{k: e[k] for k in ("id", "type", "date", "sources", "status", "place")},
                            "said_restaurant": said_restaurant(e)})
    return places - {None}, by_doc, changes


def _has_place(fact: dict) -> bool:
    """Whether a restaurant mention is placed by its own article (else ``_placed`` looks at its events)."""
    return bool(fact.get("country") or not fact.get("name"))


def _placed(fact: dict, doc_id: str | None, by_doc: dict[str, list[dict]]) -> dict:
    """A restaurant mention its article does not place takes the place of the article's event at the same
    workplace (a restaurant that opens in Vientiane is in Vientiane); otherwise it stays unplaced.
    ``by_doc``: the event mentions of each article (``_read_events``), so a mention looks at its own article's
    events only."""
    if _has_place(fact) or not doc_id:
        return fact
    key = name_key(fact["name"])
    for m in by_doc.get(doc_id, []):
        w = m["fact"].get("workplace") or {}
        if w.get("country") and key and same_name(name_key(w.get("name")) or "", key):
            return {**fact, "city": w.get("city"), "country": w.get("country"), "lat": m["fact"].get("lat"),
                    "lon": m["fact"].get("lon"), "place_precision": m["fact"].get("place_precision")}
    return fact


def _apply_judgements(entries: dict[tuple, dict], judgements: list[dict]) -> list[dict]:
    """The entries regrouped by people's merge ("same") and split ("different") judgements between restaurant
    mentions, which bind over the registry's own grouping (resolve.judged, as for events)."""
    order, home = [], {}
    for e in entries.values():
        for m in e["mentions"]:
            order.append(m["mention_id"])
            home[m["mention_id"]] = e
    built = [{"left_id": e["mentions"][0]["mention_id"], "right_id": m["mention_id"], "verdict": "same",
              "made_by": "machine", "judgement_id": 0} for e in entries.values() for m in e["mentions"][1:]]
    by_id = {m["mention_id"]: m for e in entries.values() for m in e["mentions"]}
    out, used = [], set()
    for group in group_mentions(order, [j for j in judgements if j.get("made_by") == "person"] + built):
        key = home[group[0]]["key"]
        if not any(by_id[x]["fact"].get("name") for x in group):
            key = (key[0], key[1], None)      # a part split off without a name is an unnamed restaurant
        rid = restaurant_id(*key) if key not in used else stable_id("rs", *key, group[0])
        used.add(key)
        out.append({"key": key, "id": rid, "mentions": [by_id[x] for x in group]})
    return out


def build_registry(mentions: list[dict], events: Iterable[dict] | None = None,
                   judgements: list[dict] | None = None) -> list[dict]:
    """``mentions``: {"mention_id", "fact" (contract restaurant), "article"}; ``events``: canonical events.

    Returns restaurants as plain dicts, named ones first. A restaurant is keyed by (name, city); a name that is a
    place's name is no name; unnamed restaurants are one per city; coordinates only for a city. ``judgements``
    (kind restaurant) merge and split entries as people decided.
    """
    entries: dict[tuple, dict] = {}
    places, by_doc, changes = _read_events(mentions, events or [])
    mentions = [{**m, "fact": _placed(m["fact"], m["article"].get("doc_id"), by_doc)} for m in mentions]
    for m in mentions:
        if name_key(m["fact"].get("name")) in places:
            m["fact"] = {**m["fact"], "name": None}

    # the named entries of each country in the order they were made: a mention is compared with its country's
    # restaurants only (comparing it with every entry made the fold grow with mentions x restaurants)
    named_in: dict[str | None, list[dict]] = {}
    # (country, city, name) → the entry it joined. Entries are only ever appended, so the first one a key matches
    # stays the first: a name seen again is a look-up, not a scan of its country
    joined: dict[tuple, dict] = {}

    def entry_for(country, city, name) -> dict:
        e = joined.get((country, city, name))
        if e is None:
            # an entry's city as learnt so far (its key now, not when it was made): a Moran-gwan first named with
            # no city, then placed in Qingdao, is no longer the Moran-gwan of Shenyang
            e = next((e for e in named_in.get(country, []) if same_name(e["key"][2], name)
                      and (e["key"][1] == city or not e["key"][1] or not city)), None)
        if e is None:
            key = (country, city, name)
            if key not in entries:
                entries[key] = {"key": key, "mentions": []}
                named_in.setdefault(country, []).append(entries[key])
            e = entries[key]
        joined[(country, city, name)] = e
        c, ci, n = e["key"]
        if not ci and city:   # a city learnt later places the restaurant more precisely
            e["key"] = (c, city, n)
        return e

    keyed = [(m, _key(m["fact"])) for m in mentions]
    for m, (country, city, name) in sorted(keyed, key=lambda p: p[1][2] is None):
        if name:
            entry_for(country, city, name)["mentions"].append(m)
            continue
        named = [e for e in named_in.get(country, []) if e["key"][1] and e["key"][1] == city]
        if len(named) == 1:
            named[0]["mentions"].append(m)
        else:
            entries.setdefault((country, city, None), {"key": (country, city, None), "mentions": []})["mentions"].append(m)

    out = []
    for e in _apply_judgements(entries, judgements or []):
        country, city, name = e["key"]
        ms = e["mentions"]
        raw_names = Counter(m["fact"]["name"] for m in ms if isinstance(m["fact"].get("name"), str))
        raw_cities = Counter(m["fact"]["city"] for m in ms if isinstance(m["fact"].get("city"), str))
        precision = "city" if city else "country" if country else None
        coords = next(((m["fact"]["lat"], m["fact"]["lon"]) for m in ms if precision == "city"
                       and city_key(m["fact"].get("city")) == city
                       and m["fact"].get("lat") is not None and m["fact"].get("lon") is not None), (None, None))
        out.append({
            "id": e["id"],
            "name": brand_display().get(name) or (raw_names.most_common(1)[0][0] if raw_names else None),
            "aliases": sorted(raw_names),
            "city": raw_cities.most_common(1)[0][0] if raw_cities else None,
            "country": country,
            "lat": coords[0], "lon": coords[1],
            "precision": precision,
            "sources": len({m["article"].get("text_group") or m["article"].get("doc_id") for m in ms}),
            "mentions": [{"mention_id": m["mention_id"], "doc_id": m["article"].get("doc_id"),
                          "outlet": m["article"].get("outlet"), "published": m["article"].get("published"),
                          "name": m["fact"].get("name"), "evidence": m["fact"].get("evidence") or []} for m in ms],
            "lifecycle": [],
            "state": None,
            "_key": (country, city, name),
        })
    _attach_lifecycle(out, changes)
    for r in out:
        r.pop("_key")
    out.sort(key=lambda r: (r["name"] is None, r["country"] or "", r["city"] or "", r["name"] or ""))
    return out


def _name_keys(r: dict) -> list[str]:
    return [k for k in (r["_key"][2], *(name_key(a) for a in r["aliases"])) if k]


def _by_country(restaurants: list[dict]) -> dict[str | None, list[dict]]:
    out: dict[str | None, list[dict]] = {}
    for r in restaurants:
        out.setdefault(r["_key"][0], []).append(r)
    return out


# a lifecycle step of these statuses changes no restaurant's state: the step as the page names it
UNSETTLED = {"pending": "announced", "disputed": "disputed"}


def settled(steps: list[dict]) -> list[dict]:
    """The lifecycle steps that changed the restaurant's state (not an announced or a disputed one)."""
    return [s for s in steps if s.get("status") not in UNSETTLED]


def said_restaurant(event: dict) -> bool:
    """Whether a source says the event's workplace is a restaurant. An event named for no workplace is matched to a
    city's one known restaurant only then: people who returned from Moscow did not thereby work at its Koryo (the
    registry knows a city's restaurants only as far as nkwatch's sources go)."""
    return any(((m.get("fact") or {}).get("workplace") or {}).get("kind") == "restaurant"
               for m in event.get("mention_list") or ())


def _attach_lifecycle(restaurants: list[dict], events: list[dict]) -> None:
    in_country = _by_country(restaurants)
    for ev in events:
        if ev["type"] not in ("opening", "closure"):
            continue
        place = ev["place"]
        country = place.get("country").upper() if isinstance(place.get("country"), str) else None
        city, name = city_key(place.get("city")), name_key(place.get("name"))
        if not country:
            continue
        cands = [r for r in in_country.get(country, []) if not city or r["_key"][1] in (city, None)]
        if name:
            # by any name its sources give it, as RestaurantFinder names the event's restaurant: the Morangwan
            # Restaurant's closure and reopening are the Moran-gwan's, whose page otherwise kept a 2018 state
            cands = [r for r in cands if any(same_name(k, name) for k in _name_keys(r))]
        elif city and ev["said_restaurant"]:
            cands = [r for r in cands if r["_key"][1] == city]
        else:
            continue
        if len(cands) > 1:
            continue    # 'the Moran closed', no city, with a Moran-gwan in Qingdao and one in Shenyang: neither's
        for r in cands:
            r["lifecycle"].append({"event_id": ev["id"], "type": ev["type"], "date": ev["date"],
                                   "sources": ev["sources"], "status": ev["status"]})
    for r in restaurants:
        r["lifecycle"].sort(key=lambda x: x["date"] or "")
        state, state_as_of, steps = None, None, []
        for step in r["lifecycle"]:
            if step.get("status") in UNSETTLED:
                # announced or imminent, or denied by a source: listed, but no change of state
                step["change"] = f"{'opening' if step['type'] == 'opening' else 'closure'} " \
                                 f"{UNSETTLED[step['status']]}"
                steps.append(step)
                continue
            state_as_of = step["date"]
            if step["type"] == "opening":
                step["change"] = "reopened" if state == "closed" else "opened"
                state = "open"
            else:
                step["change"] = "closed"
                state = "closed"
            # two reports of one change on one date (a named closure and "restaurants in the city closed")
            if steps and (steps[-1]["change"], steps[-1]["date"]) == (step["change"], step["date"]):
                continue
            steps.append(step)
        r["lifecycle"] = steps
        r["state"] = state
        r["state_as_of"] = state_as_of if state else None   # the state is the last report's, not today's
    _mark_moves(restaurants)


def _mark_moves(restaurants: list[dict]) -> None:
    """A brand that closes in one city and opens in another of the same country afterwards has moved."""
    named_in = _by_country([r for r in restaurants if r["_key"][2]])
    for r in (r for rs in named_in.values() for r in rs):
        for step in r["lifecycle"]:
            if step["type"] != "opening" or not step["date"]:
                continue
            for other in named_in[r["_key"][0]]:
                if other is r or other["_key"][1] == r["_key"][1] \
                        or not same_name(other["_key"][2], r["_key"][2]):
                    continue
                closed = [x for x in other["lifecycle"] if x["change"] == "closed" and x["date"]
                          and x["date"] <= step["date"]]
                if closed:
                    step["change"] = "moved"
                    step["moved_from"] = other["city"]


class RestaurantFinder:
    """``restaurant_of`` for many events: the registry indexed once, by country (with each entry's city and
    alias keys folded once) and by the events of its lifecycle, so an event looks at its country's restaurants
    only instead of folding every name of the registry again."""

    def __init__(self, restaurants: list[dict]):
        self.in_country: dict[str | None, list[tuple[dict, str | None, list[str]]]] = {}
        self.lifecycle_of: dict[str, str] = {}
        for r in restaurants:
            keys = [k for k in (name_key(a) for a in r["aliases"]) if k]
            self.in_country.setdefault(r["country"], []).append((r, city_key(r["city"]), keys))
            for step in r["lifecycle"]:
                self.lifecycle_of.setdefault(step["event_id"], r["id"])

    def __call__(self, event: dict) -> str | None:
        place = event["place"]
        country = (place.get("country") or "").upper() or None
        if not country:
            return None
        city, name = city_key(place.get("city")), name_key(place.get("name"))
        cands = [c for c in self.in_country.get(country, []) if not city or c[1] in (city, None)]
        if name:
            cands = [c for c in cands if any(same_name(k, name) for k in c[2])]
        elif city and said_restaurant(event):
            cands = [c for c in cands if c[1] == city]
        else:
            return None
        if event["id"] in self.lifecycle_of:
            return self.lifecycle_of[event["id"]]
        return cands[0][0]["id"] if len(cands) == 1 else None

