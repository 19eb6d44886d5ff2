"""The JSON API under /api: thin routes, each calling one read or write function.

Reads are open. Writes (ingest, merge, split, reviews of events and claims) pass ``AccountGuard`` (serve/auth.py)
before their body is read: an editor's token or the server's single token; the ``HTTPBearer`` dependency on them
only documents that in the OpenAPI schema. The account's name is recorded with the write.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.security import HTTPBearer
from pydantic import BaseModel, Field, model_validator

from fastapi.exceptions import RequestValidationError

from nkwatch.model import InputError, ReviewConflict, ReviewRefused
from nkwatch.model.filters import (DATE_PATTERN, EVENT_TYPES, MAX_OFFSET, MAX_SEARCH_TERMS, STATUSES,
                                   event_filters)

from nkwatch.serve import kb, writes
from nkwatch.serve.articles import article_view, search_articles
from nkwatch.serve.mapdata import event_layers, map_layers

# Answers any route can give besides its own: documented so that clients (and schemathesis) expect them.
_ERROR = {"content": {"application/json": {"schema": {"type": "object", "properties": {"detail": {}}}}}}
COMMON_RESPONSES = {
    400: {**_ERROR, "description": "the query took longer than the server's time limit (sql_time_limit_ms)"},
    429: {**_ERROR, "description": "too many requests from this client; see Retry-After"},
    503: {**_ERROR, "description": "the database is not available (damaged, or unreadable)"},
}
NOT_FOUND = {404: {**_ERROR, "description": "no such item"}}
WRITE_RESPONSES = {401: {**_ERROR, "description": "no, an invalid or a revoked bearer token"},
                   403: {**_ERROR, "description": "writes are disabled, a reader's token, or a cross-site request"},
                   409: {**_ERROR, "description": "the judgement would break the knowledge base"},
                   413: {**_ERROR, "description": "request body over the server's cap"}}

router = APIRouter(prefix="/api", responses=COMMON_RESPONSES)
bearer = HTTPBearer(auto_error=False, description="An editor's token (`nkwatch users add NAME --role editor`) "
                                                   "or the server's single write token (NKWATCH_TOKEN).")

MAX_PAGE = 500   # the documented row limit: no list answers more than this many items at once
_DATE_HELP = "ISO date at any precision: YYYY, YYYY-MM or YYYY-MM-DD"


def _conn(request: Request):
    return request.app.state.readers.get()


def _page(items: list, limit: int, offset: int) -> dict:
    more = len(items) > limit
    items = items[:limit]
    return {"items": items, "limit": limit, "offset": offset,
            "next_offset": offset + limit if more else None}


def event_filter_params(
        type: Literal[EVENT_TYPES] | None = None,             # type: ignore[valid-type]
        country: str | None = Query(None, max_length=60,
                                    description="country name or ISO 3166 code (China, CN, CHN)"),
        restaurant: str | None = Query(None, max_length=200, description="restaurant id"),
        city: str | None = Query(None, max_length=100),
        date_from: str | None = Query(None, max_length=10, pattern=DATE_PATTERN, description=_DATE_HELP),
        date_to: str | None = Query(None, max_length=10, pattern=DATE_PATTERN, description=_DATE_HELP),
        status: Literal[STATUSES] | None = None,               # type: ignore[valid-type]
        q: str | None = Query(None, max_length=200, description="full-text search in the events' source "
                              f"articles (at most {MAX_SEARCH_TERMS} words)")) -> dict:
    """The filters, validated by the one library function every reader uses (bad value → 422 with the reason)."""
    return validated({"type": type, "country": country, "restaurant": restaurant, "city": city,
                      "date_from": date_from, "date_to": date_to, "status": status, "q": q})


def validated(raw: dict) -> dict:
    """``event_filters`` with its InputError as FastAPI's own 422 (the documented HTTPValidationError shape)."""
    try:
        return event_filters(raw)
    except InputError as e:
        field = e.source or "query"
        raise RequestValidationError([{"type": "value_error", "loc": ("query", field), "msg": e.message,
                                       "input": raw.get(field)}]) from None


Offset = Query(0, ge=0, le=MAX_OFFSET, description="rows to skip")


@router.get("/events", tags=["events"], summary="Canonical events, newest first, filtered")
def events(request: Request, filters: dict = Depends(event_filter_params),
           limit: int = Query(50, ge=1, le=MAX_PAGE), offset: int = Offset) -> dict:
    items = kb.list_events(_conn(request), filters, limit=limit + 1, offset=offset)
    return _page(items, limit, offset)


@router.get("/events/{event_id}", tags=["events"], summary="One event's dossier: slots, sources, evidence, history", responses=NOT_FOUND)
def event(request: Request, event_id: str) -> dict:
    d = kb.event_dossier(_conn(request), event_id)
    if d is None:
        raise HTTPException(404, "no such event")
    return d


@router.get("/events/{event_id}/map.geojson", tags=["events"], summary="One event on the map: its place and route", responses=NOT_FOUND)
def event_map(request: Request, event_id: str) -> dict:
    d = kb.event_dossier(_conn(request), event_id)
    if d is None:
        raise HTTPException(404, "no such event")
    return event_layers(d)


@router.get("/timeline", tags=["events"], summary="Events per month and type")
def timeline(request: Request, filters: dict = Depends(event_filter_params)) -> dict:
    return {"months": kb.events_by_month(_conn(request), filters)}


@router.get("/map", tags=["events"], summary="Restaurants and events with coordinates and place precision")
def map_points(request: Request) -> dict:
    """``events``: points, grouped by place and type, only where a city is known. ``areas``: events known only to
    their country or a province, counted per country (ISO code), precision and type, with no coordinates."""
    return kb.map_points(_conn(request))


@router.get("/map.geojson", tags=["events"],
            summary="The interactive map's GeoJSON: points only where a city is known, routes as lines")
def map_geojson(request: Request, filters: dict = Depends(event_filter_params),
                layers: Literal["all", "events", "restaurants"] = "all") -> dict:
    """City-level events and restaurants are Points; an event known only to its country or region is counted
    under ``countries`` (with its region named and listed) and never gets a point; an event with no place is only
    counted (``unplaced``). Routes (workplace → transit countries → destination) are LineStrings drawn from a
    city; the others are counted (``routes_not_drawn``)."""
    return map_layers(_conn(request), filters, layers=layers)


@router.get("/restaurants", tags=["restaurants"], summary="The restaurant registry with lifecycles")
def restaurants(request: Request, country: str | None = Query(
        None, max_length=60, description="country name or ISO 3166 code (China, CN, CHN)")) -> dict:
    code = validated({"country": country}).get("country")
    return {"items": kb.list_restaurants(_conn(request), country=code)}


@router.get("/restaurants/{restaurant_id}", tags=["restaurants"], summary="One restaurant with its history", responses=NOT_FOUND)
def restaurant(request: Request, restaurant_id: str) -> dict:
    r = kb.get_restaurant(_conn(request), restaurant_id)
    if r is None:
        raise HTTPException(404, "no such restaurant")
    return r


@router.get("/claims", tags=["claims"], summary="Figures grouped by metric, scope and period")
def claims(request: Request, contested: bool = False,
           rejected: bool = Query(False, description="also list the claims a review rejected (under `rejected`)"),
           ) -> dict:
    out = {"items": kb.list_claims(_conn(request), contested=contested)}
    if rejected:
        out["rejected"] = kb.rejected_claims(_conn(request))
    return out


@router.get("/claims/{claim_id}", tags=["claims"], responses=NOT_FOUND,
            summary="One extracted claim (its id is in each group's sources): frame, figure, source, reviews")
def claim(request: Request, claim_id: str = Path(max_length=200)) -> dict:
    c = kb.claim(_conn(request), claim_id)
    if c is None:
        raise HTTPException(404, "no such claim")
    return c


@router.get("/articles", tags=["articles"], summary="Stored articles; full-text search with q")
def articles(request: Request, q: str | None = Query(None, max_length=200, description=f"at most {MAX_SEARCH_TERMS} words"),
             limit: int = Query(50, ge=1, le=MAX_PAGE), offset: int = Offset) -> dict:
    q = validated({"q": q}).get("q")
    return _page(search_articles(_conn(request), q, limit=limit + 1, offset=offset), limit, offset)


@router.get("/articles/{doc_id:path}", tags=["articles"], responses=NOT_FOUND,
            summary="One article: text, cuts, and the spans facts came from")
def article(request: Request, doc_id: str) -> dict:
    a = article_view(_conn(request), doc_id)
    if a is None:
        raise HTTPException(404, "no such article")
    return a


# --- writes -----------------------------------------------------------------------------------------

class IngestBody(BaseModel):
    url: str | None = Field(None, max_length=2000, pattern=r"^[Hh][Tt][Tt][Pp][Ss]?://",
                            description="fetch and ingest this page (http or https)")
    text: str | None = Field(None, description="or: the article's text")
    title: str | None = Field(None, max_length=1000)
    outlet: str | None = Field(None, max_length=300)
    published: str | None = Field(None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")
    doc_id: str | None = Field(None, max_length=200)

    model_config = {"json_schema_extra": {"anyOf": [{"required": ["url"]}, {"required": ["text"]}]}}

    @model_validator(mode="after")
    def one_source(self):
        if not self.url and not (self.text and self.text.strip()):
            raise ValueError("give a url or a text")
        return self


class MergeBody(BaseModel):
    a: str = Field(description="event id")
    b: str = Field(description="event id")
    reason: str | None = Field(None, max_length=500)


class SplitBody(BaseModel):
    event_id: str
    mentions: list[Annotated[str, Field(max_length=200)]] | None = Field(
        None, max_length=1000, description="the reports (mention ids, `em-…`) to take out of the event; without "
        "them, the latest merge a person made is undone, or every report of a machine-built event is separated")
    reason: str | None = Field(None, max_length=500)


@router.post("/ingest", tags=["writes"], summary="Ingest a URL or a text (token)", dependencies=[Depends(bearer)],
             responses={**WRITE_RESPONSES, 422: {**_ERROR, "description": "a bad body (a list of problems), or "
                                                 "input that could not be ingested (why, as a sentence)"}})
async def ingest(request: Request, body: IngestBody) -> dict:
    out = await run_in_threadpool(writes.ingest_one, request.app.state.refresher, body.model_dump(), _who(request))
    if out["status"] == "error":  # recorded in the journal; the caller learns why
        raise HTTPException(422, out["detail"])
    return out


@router.post("/merge", tags=["writes"], summary="Judge two events the same (token)", dependencies=[Depends(bearer)],
             responses=WRITE_RESPONSES)
async def merge(request: Request, body: MergeBody) -> dict:
    return await run_in_threadpool(writes.merge, request.app.state.refresher, body.a, body.b, body.reason,
                                   _who(request))


@router.post("/split", tags=["writes"], summary="Undo the merges of an event (token)",
             dependencies=[Depends(bearer)],
             responses=WRITE_RESPONSES)
async def split(request: Request, body: SplitBody) -> dict:
    return await run_in_threadpool(writes.split, request.app.state.refresher, body.event_id, body.reason,
                                   _who(request), body.mentions)


def _who(request: Request) -> str:
    return getattr(request.state, "account", None) or "person"


class ReviewBody(BaseModel):
    action: Literal["confirm", "reject", "correct"]
    slot: str | None = Field(None, max_length=40, description="for correct: count, female, male, city, country, "
                             "region, name, date, status, transit, destination, issuer, instrument, approx")
    value: Any = Field(None, description="for correct: the value; for reject: not-an-event, not-relevant or "
                       "duplicate")
    duplicate_of: str | None = Field(None, max_length=200, description="for reject as duplicate: the event it repeats")
    reason: str | None = Field(None, max_length=1000)
    source: str | None = Field(None, max_length=200, description="doc_id of an article that supports a correction")
    expected_version: str | None = Field(None, max_length=64, description="the event's `version` when the "
                                         "reviewer loaded it: if it has changed since, the review is refused (409)")


REVIEW_RESPONSES = {**WRITE_RESPONSES, **NOT_FOUND,
                    409: {**_ERROR, "description": "the event changed since expected_version"},
                    422: {**_ERROR, "description": "a value the slot cannot hold, or a bad body (why, in words)"}}


def _refused(e: ReviewRefused):
    if e.source in ("event", "claim", "review"):
        raise HTTPException(404, e.message) from None
    raise HTTPException(422, str(e)) from None


@router.post("/events/{event_id}/reviews", tags=["reviews"], status_code=201, dependencies=[Depends(bearer)],
             summary="Confirm, reject or correct an event (editor)", responses=REVIEW_RESPONSES)
async def add_review(request: Request, event_id: str, body: ReviewBody) -> dict:
    try:
        return await run_in_threadpool(writes.review, request.app.state.refresher, event_id, body.model_dump(),
                                       _who(request))
    except ReviewRefused as e:
        _refused(e)
    except ReviewConflict as e:
        raise HTTPException(409, str(e)) from None


class ClaimReviewBody(BaseModel):
    action: Literal["reject", "correct"]
    slot: str | None = Field(None, max_length=40, description="for correct: metric, scope (a country or world), "
                             "period (year, cumulative or none), value (a number, or a range low–high) or as_of")
    value: Any = Field(None, description="for correct: the value; for reject: not-a-claim, not-relevant or misread")
    reason: str | None = Field(None, max_length=1000)
    source: str | None = Field(None, max_length=200, description="doc_id of an article that supports a correction")
    expected_version: str | None = Field(None, max_length=64, description="the claim's `version` when the reviewer "
                                         "loaded it: if it has changed since, the review is refused (409)")


@router.post("/claims/{claim_id}/reviews", tags=["reviews"], status_code=201, dependencies=[Depends(bearer)],
             summary="Correct or reject one extracted claim (editor)",
             responses={**REVIEW_RESPONSES, 409: {**_ERROR, "description": "the claim changed since expected_version"}})
async def add_claim_review(request: Request, body: ClaimReviewBody, claim_id: str = Path(max_length=200)) -> dict:
    try:
        return await run_in_threadpool(writes.claim_review, request.app.state.refresher, claim_id,
                                       body.model_dump(), _who(request))
    except ReviewRefused as e:
        _refused(e)
    except ReviewConflict as e:
        raise HTTPException(409, str(e)) from None


@router.delete("/reviews/{review_id}", tags=["reviews"], dependencies=[Depends(bearer)],
               summary="Undo a review (editor)", responses=REVIEW_RESPONSES)
async def undo_review(request: Request, review_id: int = Path(ge=1, le=2**62)) -> dict:
    try:
        return await run_in_threadpool(writes.undo_review, request.app.state.refresher, review_id, _who(request))
    except ReviewRefused as e:
        if e.source == "retracted":
            raise HTTPException(409, str(e)) from None
        _refused(e)


@router.get("/reviews", tags=["reviews"], summary="Reviews, newest first, with any that no longer apply")
def list_reviews(request: Request, event: str | None = Query(None, max_length=200, description="one event's"),
                 claim: str | None = Query(None, max_length=200, description="one claim's"),
                 problems: bool = Query(False, description="only active reviews the fold could not apply as made"),
                 limit: int = Query(50, ge=1, le=MAX_PAGE), offset: int = Offset) -> dict:
    from nkwatch.store.views import reviews

    items = reviews(_conn(request), event, problems, limit=offset + limit + 1, claim_id=claim)[offset:]
    return _page(items, limit, offset)


@router.get("/review-queue", tags=["reviews"], summary="Events not yet confirmed or rejected, most doubtful first")
def review_queue(request: Request, type: Literal[EVENT_TYPES] | None = None,   # type: ignore[valid-type]
                 limit: int = Query(50, ge=1, le=MAX_PAGE), offset: int = Offset) -> dict:
    from nkwatch.store.views import review_queue as queue

    q = queue(_conn(request), type=type, limit=limit + 1, offset=offset)
    return {**_page(q["events"], limit, offset), "total": q["total"], "reviewed": q["reviewed"],
            "unreviewed": q["unreviewed"]}
