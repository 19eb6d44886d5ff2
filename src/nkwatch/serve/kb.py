"""Reads of the knowledge base for the API and pages, from the serving index (``serve_*`` tables, index.py).

Every function takes a read connection and returns plain dicts. Without an index (a database that was never
served) they answer empty; ``refresh_index`` builds it.
"""

from __future__ import annotations

import json
import sqlite3

from nkwatch.resolve.fold import first_report_doubt
from nkwatch.resolve.labels import SLOT_LABELS
from nkwatch.resolve.names import city_key
from nkwatch.model.countries import country_name
from nkwatch.serve.index import date_bounds, filter_token, has_index
from nkwatch.store.articles import fts_query
from nkwatch.store.statements import fold_statements


def _year_before(day: str) -> str:
    return f"{int(day[:4]) - 1:04d}{day[4:]}"


EQUALITY = (("type", "type"), ("status", "status"), ("country", "country"), ("restaurant", "rest"),
            ("city", "city"))


def _value(name: str, v: str) -> str:
    return v.upper() if name == "country" else city_key(v) if name == "city" else v


def _date_range(conn: sqlite3.Connection, filters: dict) -> tuple[list[str], list]:
    """Dates as a rowid range (events are stored in date order) plus the exact check on the rows it keeps."""
    conds, params = [], []
    if filters.get("date_from"):
        lo, _ = date_bounds(filters["date_from"])
        # a date spans at most a year (date_hi - date_lo), so no event stored before this one can reach lo;
        # rowid follows date_lo, so the first index entry is the smallest rowid (no MIN() over the range)
        row = conn.execute("SELECT rowid FROM serve_events WHERE date_lo >= ? ORDER BY date_lo, rowid LIMIT 1",
                           (_year_before(lo),)).fetchone()
        conds += ["e.rowid >= ?", "e.date_hi >= ?"]
        params += [row[0] if row else 1 << 62, lo]
    if filters.get("date_to"):
        _, hi = date_bounds(filters["date_to"])
        row = conn.execute("SELECT rowid FROM serve_events WHERE date_lo <= ? ORDER BY date_lo DESC, rowid DESC"
                           " LIMIT 1", (hi,)).fetchone()
        conds.append("e.rowid <= ?")
        params.append(row[0] if row else -1)
    return conds, params


def _select(conn: sqlite3.Connection, what: str, filters: dict) -> tuple[str, list]:
    """``SELECT what FROM ... ORDER BY rowid DESC`` for the filters, newest first.

    One equality filter: its B-tree index, in rowid order. Words, or two filters or more: the FTS index,
    where each filter value is a token (index.filter_token) and FTS5 intersects the lists in rowid order.
    """
    equal = [(name, token, _value(name, filters[name])) for name, token in EQUALITY if filters.get(name)]
    words = fts_query(filters["q"]) if filters.get("q") else ""
    conds, params = _date_range(conn, filters)
    if words or len(equal) > 1:
        match = " ".join([words] * bool(words) + [f'"{filter_token(token, v)}"' for _, token, v in equal])
        sql = ("SELECT {what} FROM serve_events_fts f JOIN serve_events e ON e.rowid = f.rowid"
               " WHERE serve_events_fts MATCH ?").format(what=what)
        conds = [c.replace("e.rowid", "f.rowid") for c in conds]
        return sql + "".join(f" AND {c}" for c in conds) + " ORDER BY f.rowid DESC", [match, *params]
    for name, _, v in equal:
        col = {"restaurant": "restaurant_id"}.get(name, name)
        conds.insert(0, f"e.{col} = ?")
        params.insert(0, v)
    return f"SELECT {what} FROM serve_events e" + (" WHERE " + " AND ".join(conds) if conds else "") + \
        " ORDER BY e.rowid DESC", params


def list_events(conn: sqlite3.Connection, filters: dict, *, limit: int, offset: int) -> list[dict]:
    """Event summaries, newest first (undated last)."""
    if not has_index(conn):
        return []
    sql, params = _select(conn, "e.summary", filters)
    rows = conn.execute(sql + " LIMIT ? OFFSET ?", (*params, limit, offset)).fetchall()
    return [json.loads(r[0]) for r in rows]


def event_dossier(conn: sqlite3.Connection, event_id: str) -> dict | None:
    if not has_index(conn):
        return None
    row = conn.execute("SELECT d.dossier FROM serve_events e JOIN serve_event_dossiers d ON d.rowid = e.rowid"
                       " WHERE e.event_id = ?", (event_id,)).fetchone()
    if row is None:
        d = _rejected_dossier(conn, event_id)
        if d is None:
            return None
    else:
        d = json.loads(row[0])
    d["slot_rows"] = slot_rows(d)
    d["history"] = history_rows(d)
    d["first_reported_doubt"] = first_report_doubt(d)
    d["judgements"] = judgement_sides(conn, d)
    return d


def judgement_sides(conn: sqlite3.Connection, dossier: dict) -> list[dict]:
    """Each merge decision with the two reports it weighed (article, outlet, date) and the event each is in now:
    a score and its reasons say little until one sees which report was held against which, and whether the
    link was made (both here) or not (the other report is in another event, named with a link)."""
    here = {m["mention_id"]: m for m in dossier.get("mention_list") or []}
    out = []
    for j in dossier.get("judgements") or []:
        sides = []
        for mid in (j.get("left_id"), j.get("right_id")):
            if mid is None:
                continue
            if mid in here:
                m = here[mid]
                sides.append({"mention_id": mid, "doc_id": m.get("doc_id"), "outlet": m.get("outlet"),
                              "published": m.get("published"), "event_id": dossier.get("id"), "here": True})
                continue
            row = conn.execute("SELECT m.event_id, m.doc_id, a.outlet, a.published FROM serve_event_mentions m"
                               " LEFT JOIN articles a ON a.doc_id = m.doc_id WHERE m.mention_id = ?",
                               (mid,)).fetchone()
            sides.append({"mention_id": mid, "doc_id": row[1] if row else None, "outlet": row[2] if row else None,
                          "published": row[3] if row else None, "event_id": row[0] if row else None,
                          "here": False})
        linked = len(sides) == 2 and all(s["here"] for s in sides)
        out.append({**j, "sides": sides, "linked": linked})
    return out


def _rejected_dossier(conn: sqlite3.Connection, event_id: str) -> dict | None:
    """An event a review rejected is not in the serving index (it leaves every list) but keeps its dossier, read
    from the one fold; the fold is asked only when a rejection of this id is on record (a cheap look first)."""
    try:
        hit = conn.execute("SELECT 1 FROM kb_reviews WHERE event_id = ? AND action = 'reject' AND retracted IS NULL",
                           (event_id,)).fetchone()
    except sqlite3.OperationalError:   # a database from before reviews
        return None
    if hit is None:
        return None
    from nkwatch.resolve.labels import place_label
    from nkwatch.store.knowledge import fold_knowledge

    k = fold_knowledge(conn)
    e = next((x for x in k.rejected if x["id"] == event_id), None)
    if e is None:
        return None
    articles = [{f: (k.articles.get(d) or {"doc_id": d}).get(f) for f in ("doc_id", "title", "outlet", "published",
                                                                          "url", "text_group")}
                for d in dict.fromkeys(m["doc_id"] for m in e["mention_list"])]
    return {**e, "place_label": place_label(e["place"]), "articles": articles,
            "judgements": k.judgements.get(event_id, []), "reviews": k.reviews.get(event_id, [])}


def _display(slot: str, v) -> str:
    """A reviewed or extracted value as a reader reads it (events' slots and claims' parts)."""
    from nkwatch.model.metrics import metric_label, period_label
    from nkwatch.resolve.reviewed_claims import figure_text

    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, list):
        return ", ".join(_display(slot, x) for x in v)
    if isinstance(v, dict) and "value" in v:        # a claim's figure
        return figure_text(v)
    if slot in ("workplace.country", "destination", "transit", "issuer", "scope") and isinstance(v, str) \
            and len(v) == 2:
        return f"{country_name(v)} ({v.upper()})"
    if slot == "metric" and v:
        return metric_label(v)
    if slot == "period":
        return period_label(v) or "no period"
    if slot == "as_of" and v is None:
        return "the publication date"
    if slot in ("count", "count_max", "male", "female") and isinstance(v, int):
        return f"{v:,}"                 # as the title says it: "about 23,000"
    return str(v)


SLOT_NAMES = SLOT_LABELS


def slot_rows(dossier: dict) -> list[dict]:
    """Each filled slot: the value most sources support, its sources, and every alternative with its sources."""
    out = []
    for slot, f in (dossier.get("slots") or {}).items():
        alternatives = [{"value": _display(slot, a["value"]), "support": a.get("support"), "agrees": a.get("agrees"),
                         "sources": a.get("sources", [])} for a in f.get("alternatives", [])]
        out.append({"slot": slot, "name": SLOT_NAMES.get(slot, slot), "value": _display(slot, f["value"]),
                    "support": f.get("support"), "sources": f.get("sources", []), "refined": f.get("refined"),
                    "unconfirmed": f.get("unconfirmed"), "inferred": f.get("inferred"),
                    "contested": bool(f.get("unconfirmed")) or any(not a["agrees"] for a in alternatives),
                    "alternatives": alternatives, "reviewed": f.get("reviewed"),
                    "extracted": _display(slot, f["extracted"]["value"]) if f.get("extracted") else None})
    return out


def history_rows(dossier: dict) -> list[dict]:
    """The merge decisions and reviews of an event (or the reviews of a claim: ``{"reviews": [...]}``), oldest first:
    when, who, what, why, and whether undone."""
    rows = []
    for j in dossier.get("judgements") or []:
        rows.append({"when": j.get("created") or "", "who": j.get("author") or j.get("made_by"),
                     "what": f"{'merged with' if j['verdict'] == 'same' else 'kept apart from'} another report"
                             if j.get("made_by") == "person" else f"machine link: {j['verdict']}",
                     "reason": j.get("reason"), "undone": j.get("retracted"),
                     "undone_by": j.get("retracted_by") or ("person" if j.get("retracted") else None)})
    for r in dossier.get("reviews") or []:
        if r["action"] == "correct":
            what = f"corrected {SLOT_NAMES.get(r['slot'], r['slot'])} to {_display(r['slot'], r['value'])}"
        elif r["action"] == "reject":
            v = r.get("value") or {}
            what = f"rejected: {(v.get('kind') or '').replace('-', ' ')}" + (f" of {v['of']}" if v.get("of") else "")
        else:
            what = "confirmed"
        rows.append({"when": r["created"], "who": r["made_by"], "what": what, "reason": r.get("reason"),
                     "undone": r.get("retracted"), "undone_by": r.get("retracted_by"), "review_id": r["review_id"]})
    rows.sort(key=lambda x: x["when"])
    return rows


MONTH_FILTERS = {"type", "country", "status", "date_from", "date_to"}
TIMELINE_CAP = 50_000  # a timeline of words or a restaurant counts at most this many of the newest matches


def events_by_month(conn: sqlite3.Connection, filters: dict) -> list[dict]:
    """Dated events per month and type (events dated only to a year are left out)."""
    if not has_index(conn):
        return []
    filters = {k: v for k, v in filters.items() if v}
    if not filters:
        sql, params = "SELECT month, type, n FROM serve_months", []
    elif set(filters) <= MONTH_FILTERS:
        conds, params = _period_conditions(filters, "month", 7)
        sql = "SELECT month, type, SUM(n) FROM serve_months_by WHERE " + " AND ".join(conds) + " GROUP BY 1, 2"
    else:
        inner, params = _select(conn, "e.date AS date, e.type AS type", filters)
        sql = (f"SELECT substr(date, 1, 7), type, COUNT(*) FROM ({inner} LIMIT {TIMELINE_CAP})"
               " WHERE length(date) >= 7 GROUP BY 1, 2")
    return [{"month": m, "type": t, "n": n} for m, t, n in conn.execute(sql, params)]


def _period_conditions(filters: dict, column: str, width: int) -> tuple[list[str], list]:
    """WHERE conditions over the small per-period tables (serve_months_by, serve_years_by): type, status, country,
    and the date range cut to the period's ``width`` (7 for a month, 4 for a year)."""
    conds, params = ["1"], []
    for name in ("type", "status"):
        if filters.get(name):
            conds.append(f"{name} = ?")
            params.append(filters[name])
    if filters.get("country"):
        conds.append("country = ?")
        params.append(filters["country"].upper())
    if filters.get("date_from"):
        conds.append(f"{column} >= ?")
        params.append(date_bounds(filters["date_from"])[0][:width])
    if filters.get("date_to"):
        conds.append(f"{column} <= ?")
        params.append(date_bounds(filters["date_to"])[1][:width])
    return conds, params


def events_by_period(conn: sqlite3.Connection, filters: dict) -> dict:
    """What the timeline draws: dated events per month and type, events dated only to a year per year and type,
    and how many matching events have no date at all (``{"months": [...], "years": [...], "undated": n}``)."""
    out = {"months": events_by_month(conn, filters), "years": [], "undated": 0}
    if not has_index(conn):
        return out
    filters = {k: v for k, v in filters.items() if v}
    if set(filters) <= MONTH_FILTERS:
        # a year-only date overlaps a range when its year does
        conds, params = _period_conditions(filters, "year", 4)
        sql = "SELECT year, type, SUM(n) FROM serve_years_by WHERE " + " AND ".join(conds) + " GROUP BY 1, 2"
        out["years"] = [{"year": y, "type": t, "n": n} for y, t, n in conn.execute(sql, params)]
        if not filters.get("date_from") and not filters.get("date_to"):
            inner, params = _select(conn, "e.date AS date", filters)
            out["undated"] = conn.execute(f"SELECT COUNT(*) FROM ({inner}) WHERE date IS NULL", params).fetchone()[0]
        return out
    inner, params = _select(conn, "e.date AS date, e.type AS type", filters)
    rows = conn.execute(f"SELECT date, type, COUNT(*) FROM ({inner} LIMIT {TIMELINE_CAP})"
                        " WHERE date IS NULL OR length(date) = 4 GROUP BY 1, 2", params).fetchall()
    out["years"] = [{"year": d, "type": t, "n": n} for d, t, n in rows if d]
    out["undated"] = sum(n for d, _, n in rows if not d)
    return out


def _restaurant_point(r: dict) -> dict:
    city = r.get("precision") == "city"   # a restaurant known only to its country is no point
    return {"lat": r.get("lat") if city else None, "lon": r.get("lon") if city else None,
            "place_precision": r.get("precision"),
            "label": ", ".join(x for x in (r.get("name") or "unnamed restaurant", r.get("city"),
                                            country_name(r["country"]) if r.get("country") else None) if x),
            "href": f"/restaurants/{r['id']}", "type": "restaurant"}


def map_points(conn: sqlite3.Connection) -> dict:
    """Restaurants one by one, events grouped by place and type (so a million events are a few hundred marks).
    ``events`` are points, only where a city is known; events known only to their country or province are
    ``areas``: counted per country, precision and type, with no coordinates (a country's middle is no place)."""
    if not has_index(conn):
        return {"restaurants": [], "events": [], "areas": []}
    restaurants = [_restaurant_point(r) for r in list_restaurants(conn)]
    events, areas = [], []
    for kind, lat, lon, prec, typ, n, label, href, group_href in conn.execute(
            "SELECT kind, lat, lon, place_precision, type, n, label, href, group_href FROM serve_places"):
        if kind == "area":
            areas.append({"country": label, "name": country_name(label), "place_precision": prec, "type": typ,
                          "n": n, "href": href if n == 1 else group_href})
        else:
            events.append({"lat": lat, "lon": lon, "place_precision": prec,
                           "type": typ, "label": label if n == 1 else f"{n} {typ} events, e.g. {label}",
                           "href": href if n == 1 else group_href, "n": n})
    return {"restaurants": restaurants, "events": events, "areas": areas}


def list_restaurants(conn: sqlite3.Connection, *, country: str | None = None) -> list[dict]:
    if not has_index(conn):
        return []
    sql, params = "SELECT data FROM serve_restaurants", []
    if country:
        sql += " WHERE country = ?"
        params.append(country.upper())
    out = []
    for (data,) in conn.execute(sql + " ORDER BY name IS NULL, country, name", params):
        r = json.loads(data)
        r.update(_lifecycle_dates(r))
        out.append(r)
    return out


def _lifecycle_dates(r: dict) -> dict:
    from nkwatch.resolve.restaurants import settled

    steps = settled(r.get("lifecycle", []))     # an announced closure has not closed it
    opened = [s["date"] for s in steps if s.get("type") == "opening"]
    closed = [s["date"] for s in steps if s.get("type") == "closure"]
    return {"opened": opened[0] if opened else None, "closed": closed[-1] if closed else None}


def get_restaurant(conn: sqlite3.Connection, restaurant_id: str) -> dict | None:
    if not has_index(conn):
        return None
    row = conn.execute("SELECT data FROM serve_restaurants WHERE restaurant_id = ?", (restaurant_id,)).fetchone()
    if row is None:
        return None
    r = json.loads(row[0])
    r.update(_lifecycle_dates(r))
    r["events"] = [json.loads(s) for (s,) in conn.execute(
        "SELECT summary FROM serve_events WHERE restaurant_id = ? ORDER BY rowid DESC LIMIT 200", (restaurant_id,))]
    # an opening or closure dated by reading "last month" against the publication: the history says so, as the
    # events list does, and so does the state it dates
    for h in r.get("lifecycle") or []:
        row = conn.execute("SELECT summary FROM serve_events WHERE event_id = ?", (h.get("event_id"),)).fetchone() \
            if h.get("event_id") and h.get("date") else None
        h["date_inferred"] = bool(row) and "date" in (json.loads(row[0]).get("inferred") or [])
    r["state_as_of_inferred"] = any(h["date_inferred"] and h.get("date") == r.get("state_as_of")
                                    for h in r.get("lifecycle") or [])
    return r


def list_claims(conn: sqlite3.Connection, *, contested: bool = False) -> list[dict]:
    if not has_index(conn):
        return []
    sql = "SELECT data FROM serve_claims" + (" WHERE contested = 1" if contested else "")
    return [json.loads(d) for (d,) in conn.execute(sql + " ORDER BY group_id")]


def _claim_fold(conn: sqlite3.Connection):
    from nkwatch.store.knowledge import fold_knowledge

    try:
        return fold_knowledge(conn)
    except sqlite3.OperationalError:     # not a knowledge base
        return None


def claim(conn: sqlite3.Connection, claim_id: str) -> dict | None:
    """One claim with its reviews, read from the one fold (the serving index keeps groups, not single claims)."""
    from nkwatch.store.reviews import list_reviews

    k = _claim_fold(conn)
    found = k.claim(claim_id) if k else None
    if found is None:
        return None
    return {**found, "reviews": list_reviews(conn, claim_id=claim_id)}


def rejected_claims(conn: sqlite3.Connection) -> list[dict]:
    """The claims a review rejected (out of every group), read from the fold only when a rejection is on record."""
    try:
        hit = conn.execute("SELECT 1 FROM kb_reviews WHERE target = 'claim' AND action = 'reject'"
                           " AND retracted IS NULL LIMIT 1").fetchone()
    except sqlite3.OperationalError:   # a database from before claim reviews
        return []
    k = _claim_fold(conn) if hit else None
    return k.rejected_claims if k else []


def claim_corrections(source: dict) -> list[dict]:
    """What people corrected of one claim, each part with the reviewed and the extracted value as a reader reads
    them, who and when (the claims page)."""
    return [{"part": "as of" if part == "as_of" else part, "value": _display(part, c["value"]),
             "extracted": _display(part, c["extracted"]), "by": c["by"], "on": c["on"], "reason": c.get("reason")}
            for part, c in (source.get("corrections") or {}).items()]


def claim_reviews(conn: sqlite3.Connection) -> dict[str, list[dict]]:
    """claim id → its reviews, newest first (a claim's history on the claims page); a small table, read whole."""
    from nkwatch.store.canonical import load_reviews

    try:
        rows = load_reviews(conn, active=False)
    except sqlite3.OperationalError:
        return {}
    out: dict[str, list[dict]] = {}
    for r in reversed(rows):
        if r.get("target") == "claim":
            out.setdefault(r["event_id"], []).append(r)
    return out


def counts(conn: sqlite3.Connection) -> dict:
    articles = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    if not has_index(conn):
        return {"events": 0, "restaurants": 0, "articles": articles, "contested": 0, "reviewed": 0}
    one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    return {"events": int(one("SELECT COALESCE(MAX(value), 0) FROM serve_meta WHERE key = 'events'")),
            "restaurants": one("SELECT COUNT(*) FROM serve_restaurants"), "articles": articles,
            "contested": one("SELECT COUNT(*) FROM serve_claims WHERE contested = 1"),
            "reviewed": one("SELECT COUNT(*) FROM serve_events WHERE json_extract(summary, '$.reviewed')")}


def restaurant_choices(conn: sqlite3.Connection) -> list[dict]:
    """The restaurant filter's options: name, city and country, so two restaurants of one name ("Ryugyong, Ningbo,
    China" and "Ryugyong, Dandong, China") are told apart."""
    if not has_index(conn):
        return []
    rows = conn.execute("SELECT restaurant_id, name, json_extract(data, '$.city'), country FROM serve_restaurants"
                        " ORDER BY name IS NULL, name, country, json_extract(data, '$.city')").fetchall()
    return [{"id": rid, "label": ", ".join(x for x in (name or "unnamed restaurant", city,
                                                        country_name(c) if c else None) if x)}
            for rid, name, city, c in rows]


def _current_version(conn: sqlite3.Connection, doc_id: str) -> str | None:
    try:
        row = conn.execute("SELECT extractor_version FROM kb_extractions WHERE doc_id = ? AND status = 'ok'"
                           " ORDER BY seq DESC LIMIT 1", (doc_id,)).fetchone()
    except sqlite3.OperationalError:
        return None
    return row[0] if row else None


def _fact_label(kind: str, fact: dict) -> str:
    if kind == "claim":
        from nkwatch.model.metrics import metric_label, period_label, said
        from nkwatch.resolve.claims import scope_name

        v, hi = fact.get("value"), fact.get("value_max")
        number = isinstance(v, (int, float)) and not isinstance(v, bool)
        # the figure as the sentence gives it ("more than 50,000"), under the metric's name and scope
        v = said(v, hi if isinstance(hi, (int, float)) and not isinstance(hi, bool) else None,
                 fact.get("hedge")) if number else v
        scope = scope_name(fact.get("country"), fact.get("place"))      # (a city's count says its city)
        frame = " · ".join(x for x in (metric_label(fact.get("metric")), scope, period_label(fact.get("period")))
                           if x)
        return f"{frame}: {v}" + (f" ({fact['attributed_to']})" if fact.get("attributed_to") else "")
    if kind == "restaurant":
        return ", ".join(str(x) for x in (fact.get("name") or "a restaurant", fact.get("city"),
                                          country_name(fact["country"]) if fact.get("country") else None) if x)
    return str(fact.get("type") or "event")


def article_facts(conn: sqlite3.Connection, doc_id: str) -> list[dict]:
    """Each fact read from the article (its current extraction), with its spans and where it leads."""
    version = _current_version(conn, doc_id)
    if version is None:
        return []
    indexed = has_index(conn)
    out = []
    for mid, kind, label, evidence in conn.execute(
            "SELECT mention_id, kind, label, evidence FROM kb_mentions WHERE doc_id = ? AND extractor_version = ?"
            " ORDER BY kind, ordinal", (doc_id, version)):
        fact = fold_statements(conn.execute("SELECT property, value FROM kb_statements WHERE subject = ?"
                                            " AND extractor_version = ?", (mid, version)).fetchall())
        link, text = None, _fact_label(kind, fact)
        if kind == "event" and indexed:
            row = conn.execute("SELECT e.event_id, e.summary FROM serve_event_mentions m JOIN serve_events e"
                               " ON e.event_id = m.event_id WHERE m.mention_id = ?", (mid,)).fetchone()
            if row:
                link, text = f"/events/{row[0]}", json.loads(row[1])["label"]
        elif kind == "restaurant" and indexed:
            row = conn.execute("SELECT restaurant_id FROM serve_restaurant_mentions WHERE mention_id = ?",
                               (mid,)).fetchone()
            link = f"/restaurants/{row[0]}" if row else None
        elif kind == "claim":
            link = f"/claims?all=true#c-{mid}"
        spans = [{"start": s["start"], "end": s["end"]} for s in json.loads(evidence or "[]")
                 if isinstance(s, dict) and isinstance(s.get("start"), int) and isinstance(s.get("end"), int)]
        out.append({"kind": kind, "mention_id": mid, "label": text, "link": link, "spans": spans, "fact": fact})
    return out


def dossier_articles(conn: sqlite3.Connection, dossier: dict) -> list[dict]:
    """The event's source articles with their text and the spans of this event's mentions in each."""
    spans: dict[str, list] = {}
    for m in dossier.get("mention_list", []):
        for s in m.get("evidence") or []:
            spans.setdefault(m["doc_id"], []).append({**s, "label": dossier.get("type") or "evidence"})
    out = []
    for a in dossier.get("articles", []):
        row = conn.execute("SELECT text, cuts FROM articles WHERE doc_id = ?", (a["doc_id"],)).fetchone()
        if row is None:
            continue
        out.append({**a, "text": row[0], "cuts": json.loads(row[1] or "[]"), "spans": spans.get(a["doc_id"], [])})
    return out
