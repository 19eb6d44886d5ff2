"""The HTML pages: server-rendered, one read per page, everything from an article escaped by the templates."""

from __future__ import annotations

import json

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response
from pydantic import BeforeValidator, Field

from nkwatch.model import InputError
from nkwatch.model.filters import EVENT_TYPES, MAX_OFFSET, STATUSES, event_filters
from nkwatch.serve import kb
from nkwatch.serve.feeds import atom_feed, changed_events, json_feed
from nkwatch.serve.articles import article_view, search_articles
from nkwatch.serve.highlight import segments
from nkwatch.serve.mapdata import year_range
from nkwatch.serve.timeline import build_timeline

router = APIRouter(include_in_schema=False)


def _blank_is_none(v):
    """A form's empty choice ("all years") sends ``year=``: that is no year, not a bad one."""
    return None if v == "" else v
PAGE = 50


def _render(request: Request, name: str, **context) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(request, name, context)


def _conn(request: Request):
    return request.app.state.readers.get()


FILTER_FIELDS = ("type", "status", "country", "date_from", "date_to", "restaurant", "city", "q")


def _clean_filters(params: dict) -> tuple[dict, str | None]:
    """Form values → the filters kb understands, validated by the library (nkwatch.model.filters); a bad value
    gives no filtering and the reason, shown on the page (status 422) above the form as the user typed it."""
    raw = {k: params.get(k) for k in FILTER_FIELDS if params.get(k)}
    try:
        return event_filters(raw), None
    except InputError as e:
        return {}, str(e)


@router.get("/", response_class=HTMLResponse)
def home(request: Request):
    filters, error = _clean_filters({k: v for k, v in request.query_params.items()
                                     if k in ("type", "date_from", "date_to")})
    if error:
        raise InputError(error)     # a map that says "any type" for ?type=bogus would show what was not asked
    conn = _conn(request)
    return _render(request, "home.html", nav="map", filters=filters, types=EVENT_TYPES, years=year_range(conn),
                   timeline=build_timeline(kb.events_by_period(conn, {})),
                   counts=kb.counts(conn), recent=kb.list_events(conn, {}, limit=10, offset=0))


@router.get("/timeline", response_class=HTMLResponse)
def timeline(request: Request, year: Annotated[Annotated[int, Field(ge=1000, le=9999)] | None,
                                                BeforeValidator(_blank_is_none), Query()] = None):
    filters, error = _clean_filters({k: v for k, v in request.query_params.items() if k != "year"})
    if error:
        raise InputError(error)
    conn = _conn(request)
    return _render(request, "timeline.html", nav="timeline", filters=filters, types=EVENT_TYPES,
                   timeline=build_timeline(kb.events_by_period(conn, filters), year=year, filters=filters))


@router.get("/events", response_class=HTMLResponse)
def events(request: Request, offset: int = Query(0, ge=0, le=MAX_OFFSET)):
    filters, error = _clean_filters(dict(request.query_params))
    items = [] if error else kb.list_events(_conn(request), filters, limit=PAGE + 1, offset=offset)
    shown_filters = {k: str(request.query_params.get(k))[:60] for k in FILTER_FIELDS
                     if request.query_params.get(k)} if error else filters
    response = _render(request, "events.html", nav="events", events=items[:PAGE], filters=shown_filters,
                       types=EVENT_TYPES, statuses=STATUSES, params=filters, offset=offset, limit=PAGE,
                       shown=min(len(items), PAGE), has_more=len(items) > PAGE, error=error,
                       restaurants=kb.restaurant_choices(_conn(request)))
    if error:
        response.status_code = 422
    return response


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event(request: Request, event_id: str):
    conn = _conn(request)
    d = kb.event_dossier(conn, event_id)
    if d is None:
        raise HTTPException(404, "no such event")
    texts = []
    for src in kb.dossier_articles(conn, d):
        texts.append({**src, "segments": segments(src["text"], src["spans"], src.get("cuts"))})
    return _render(request, "event.html", nav="events", e=d, texts=texts)


@router.get("/restaurants", response_class=HTMLResponse)
def restaurants(request: Request):
    conn = _conn(request)
    items = kb.list_restaurants(conn)
    return _render(request, "restaurants.html", nav="restaurants", restaurants=items)


@router.get("/restaurants/{restaurant_id}", response_class=HTMLResponse)
def restaurant(request: Request, restaurant_id: str):
    r = kb.get_restaurant(_conn(request), restaurant_id)
    if r is None:
        raise HTTPException(404, "no such restaurant")
    return _render(request, "restaurant.html", nav="restaurants", r=r)


@router.get("/claims", response_class=HTMLResponse)
def claims(request: Request, all: bool = False, rejected: bool = False):
    """Claim groups (the contested ones, or all), each claim with what people corrected, its history and a review
    form; ``rejected``: also the claims a review took out of the groups."""
    from nkwatch.resolve.reviewed_claims import CLAIM_REJECT_KINDS, CLAIM_SLOTS
    from nkwatch.model.metrics import metrics

    conn = _conn(request)
    items = kb.list_claims(conn, contested=not all)
    history = kb.claim_reviews(conn)
    out = kb.rejected_claims(conn) if rejected else []
    for c in [s for g in items for f in g["figures"] for s in f["sources"]] + out:
        c["shown_corrections"] = kb.claim_corrections(c)
        c["history"] = kb.history_rows({"reviews": history.get(c.get("mention_id") or c.get("claim_id"), [])})
    return _render(request, "claims.html", nav="claims", groups=items, show_all=all, show_rejected=rejected,
                   rejected=out, parts=CLAIM_SLOTS, reject_kinds=CLAIM_REJECT_KINDS, metrics=metrics())


@router.get("/articles", response_class=HTMLResponse)
def articles(request: Request, q: str | None = None, offset: int = Query(0, ge=0, le=MAX_OFFSET)):
    q = event_filters({"q": q}).get("q")
    items = search_articles(_conn(request), q, limit=PAGE + 1, offset=offset)
    return _render(request, "articles.html", nav="articles", articles=items[:PAGE], q=q,
                   params={"q": q}, offset=offset, limit=PAGE, shown=min(len(items), PAGE),
                   has_more=len(items) > PAGE)


@router.get("/articles/{doc_id:path}", response_class=HTMLResponse)
def article(request: Request, doc_id: str):
    a = article_view(_conn(request), doc_id)
    if a is None:
        raise HTTPException(404, "no such article")
    spans = [{**s, "label": f["label"]} for f in a["facts"] for s in f.get("spans", [])]
    return _render(request, "article.html", nav="articles", article=a, facts=a["facts"],
                   segments=segments(a["text"], spans, a.get("cuts")))


@router.get("/ingest", response_class=HTMLResponse)
def ingest_form(request: Request):
    return _render(request, "ingest.html", nav="ingest", writes_enabled=request.app.state.config.writes_enabled)


# --- watch feeds: the events list's filters, new and changed events first ----------------------------------

def _feed_input(request: Request) -> tuple[list[dict], dict, str]:
    filters, error = _clean_filters(dict(request.query_params))
    if error:
        raise InputError(error)     # a feed reader gets the 422 with the reason, not an unfiltered feed
    return changed_events(_conn(request), filters), filters, str(request.base_url).rstrip("/")


@router.get("/feeds/events.atom")
def events_atom(request: Request) -> Response:
    events, filters, base = _feed_input(request)
    return Response(atom_feed(events, filters, base), media_type="application/atom+xml; charset=utf-8")


@router.get("/feeds/events.json")
def events_json_feed(request: Request) -> Response:
    events, filters, base = _feed_input(request)
    return Response(json.dumps(json_feed(events, filters, base), ensure_ascii=False),
                    media_type="application/feed+json; charset=utf-8")


@router.get("/review", response_class=HTMLResponse)
def review_queue(request: Request, type: str | None = None,
                 offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0):
    """The review queue: events no one has confirmed or rejected, most doubtful first, with why."""
    from nkwatch.store.views import review_queue as queue

    if type == "":
        type = None                 # the form's "all"
    elif type is not None and type not in EVENT_TYPES:
        raise InputError(f"type: {type[:60]!r} is not one of {', '.join(EVENT_TYPES)}")
    q = queue(_conn(request), type=type, limit=PAGE, offset=offset)
    return _render(request, "review.html", nav="review", q=q, type=type, types=EVENT_TYPES, offset=offset,
                   page=PAGE)
