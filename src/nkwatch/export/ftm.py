"""FollowTheMoney entities (JSON lines, one entity per line, as `ftm` tools read them), made with the
followthemoney package so every property is validated against its schema:

- each restaurant → an Organization, with an Address (city, country, coordinates);
- each defection, return, opening or closure → an Event involving the restaurant where it happened;
- each sanction → a Sanction on the collective of North Korea's overseas restaurants and workers (one
  Organization), with the issuing authority and the instrument as its program.
"""

from __future__ import annotations

import json
from typing import TextIO

from followthemoney import model

from nkwatch.export.formats import register
from nkwatch.export.kb_records import load_kb, slot, source_docs
from nkwatch.resolve.names import city_key, name_key, same_name
from nkwatch.resolve.restaurants import settled

PREFIX = "nkwatch"
OVERSEAS = f"{PREFIX}-kp-overseas-earnings"


def _state(code) -> str | None:
    """An issuer that is a state (ISO2), not an organisation such as the UN or the EU."""
    import pycountry

    return code if isinstance(code, str) and len(code) == 2 and pycountry.countries.get(alpha_2=code) else None


def _entity(schema: str, id_: str, **props):
    proxy = model.make_entity(schema)
    proxy.id = id_
    for prop, values in props.items():
        for v in values if isinstance(values, (list, tuple, set)) else [values]:
            if v not in (None, ""):
                proxy.add(prop, v, quiet=True)  # values the type cannot hold (a bad date) are dropped
    return proxy


def _sources(docs: list[str], articles: dict) -> dict:
    urls = [(articles.get(d) or {}).get("url") for d in docs]
    return {"sourceUrl": [u for u in urls if u and u.startswith(("http://", "https://"))],
            "publisher": [(articles.get(d) or {}).get("outlet") for d in docs]}


def _restaurant_for(e: dict, restaurants: list[dict]) -> str | None:
    for r in restaurants:
        if any(step.get("event_id") == e["id"] for step in r.get("lifecycle", [])):
            return r["id"]
    country, city, name = slot(e, "workplace.country"), city_key(slot(e, "workplace.city")), \
        name_key(slot(e, "workplace.name"))
    cands = [r for r in restaurants if r.get("country") == country and city and city_key(r.get("city")) == city]
    if name:
        cands = [r for r in cands if any(same_name(name_key(a) or "", name) for a in r.get("aliases", [])
                                         if name_key(a))]
    return cands[0]["id"] if len(cands) == 1 else None


def entities(db):
    kb = load_kb(db)
    for r in kb.restaurants:
        rid = f"{PREFIX}-{r['id']}"
        addr_id = f"{rid}-address"
        docs = list(dict.fromkeys(m["doc_id"] for m in r.get("mentions", [])))
        full = ", ".join(x for x in (r.get("city"), r.get("country")) if x)
        yield _entity("Address", addr_id, full=full or None, city=r.get("city"), country=r.get("country"),
                      latitude=r.get("lat"), longitude=r.get("lon"))
        steps = settled(r.get("lifecycle", []))
        yield _entity("Organization", rid, name=r.get("name") or f"North Korean restaurant in {full or 'unknown'}",
                      alias=r.get("aliases", []), country=r.get("country"), addressEntity=addr_id,
                      description="North Korean state-run restaurant abroad", status=r.get("state"),
                      incorporationDate=[s["date"] for s in steps if s.get("type") == "opening"][:1],
                      dissolutionDate=[s["date"] for s in steps if s.get("type") == "closure"][-1:],
                      **_sources(docs, kb.articles))
    if any(e["type"] == "sanction" for e in kb.events):
        yield _entity("Organization", OVERSEAS, country="kp",
                      name="North Korea's state-run restaurants and workers abroad",
                      description="The overseas earnings that sanctions on North Korean workers and restaurants target")
    for e in kb.events:
        docs = source_docs(e)
        src = _sources(docs, kb.articles)
        eid = f"{PREFIX}-{e['id']}"
        if e["type"] == "sanction":
            issuer = slot(e, "issuer")
            first = (e.get("first_reported") or {}).get("outlet")
            yield _entity("Sanction", eid, entity=OVERSEAS, authority=issuer, program=slot(e, "instrument"),
                          startDate=e.get("date"), country=_state(issuer),
                          summary=f"{e['sources']} source(s); first reported by {first}", **src)
            continue
        rest = _restaurant_for(e, kb.restaurants)
        place = ", ".join(str(x) for x in (slot(e, "workplace.name"), slot(e, "workplace.city"),
                                           slot(e, "workplace.region"), slot(e, "workplace.country")) if x)
        count = e.get("count")
        name = f"{e['type'].capitalize()}" + (f" of {count}" if count is not None else "") + \
            (f" at {place}" if place else "") + (f" ({e['date']})" if e.get("date") else "")
        yield _entity("Event", eid, name=name, date=e.get("date"), country=slot(e, "workplace.country"),
                      location=place or None, involved=f"{PREFIX}-{rest}" if rest else None,
                      summary=f"status {e.get('status') or 'unknown'}; {e['sources']} independent source(s)",
                      **src)


@register("ftm")
def write_ftm(db, fh: TextIO) -> int:
    n = 0
    reviewed = {f"{PREFIX}-{e['id']}": e for e in load_kb(db).events}
    for proxy in entities(db):
        record = proxy.to_dict()
        e = reviewed.get(record["id"])
        if e is not None:   # FtM has no property for it: said beside the entity, as the other exports say it
            record.update(reviewed=bool(e.get("reviewed")), reviewed_by=";".join(e.get("reviewed_by") or []))
        fh.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
        n += 1
    return n
