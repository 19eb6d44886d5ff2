"""The JSON API under /api: thin routes, each calling one read or write function.

Reads are open. Writes (ingest, merge, split) pass ``BearerTokenGuard`` before their body is read; the
``HTTPBearer`` dependency on them only documents that in the OpenAPI schema.
"""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.security import HTTPBearer
from pydantic import BaseModel, Field, model_validator

from nkwatch.model.filters import EVENT_TYPES, MAX_OFFSET, MAX_SEARCH_TERMS, STATUSES, event_filters

from nkwatch.serve import kb, writes
from nkwatch.serve.articles import article_view, search_articles

router = APIRouter(prefix="/api")
bearer = HTTPBearer(auto_error=False, description="The server's write token (NKWATCH_TOKEN).")

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
        date_from: str | None = Query(None, max_length=10, description=_DATE_HELP),
        date_to: str | None = Query(None, max_length=10, description=_DATE_HELP),
        status: Literal[STATUSES] | None = None,               # type: ignore[valid-type]
        q: str | None = Query(None, max_length=200, description="full-text search in the events' source "
                              f"articles (at most {MAX_SEARCH_TERMS} words)")) -> dict:
    """The filters, validated by the one library function every reader uses (bad value → 422 with the reason)."""
    return event_filters({"type": type, "country": country, "restaurant": restaurant, "city": city,
                          "date_from": date_from, "date_to": date_to, "status": status, "q": q})


Offset = Query(0, ge=0, le=MAX_OFFSET, description="rows to skip")


@router.get("/events", tags=["events"], summary="Canonical events, newest first, filtered")
def events(request: Request, filters: dict = Depends(event_filter_params),
           limit: int = Query(50, ge=1, le=MAX_PAGE), offset: int = Offset) -> dict:
    items = kb.list_events(_conn(request), filters, limit=limit + 1, offset=offset)
    return _page(items, limit, offset)


@router.get("/events/{event_id}", tags=["events"], summary="One event's dossier: slots, sources, evidence, history")
def event(request: Request, event_id: str) -> dict:
    d = kb.event_dossier(_conn(request), event_id)
    if d is None:
        raise HTTPException(404, "no such event")
    return d


@router.get("/timeline", tags=["events"], summary="Events per month and type")
def timeline(request: Request, filters: dict = Depends(event_filter_params)) -> dict:
    return {"months": kb.events_by_month(_conn(request), filters)}


@router.get("/map", tags=["events"], summary="Restaurants and events with coordinates and place precision")
def map_points(request: Request) -> dict:
    return kb.map_points(_conn(request))


@router.get("/restaurants", tags=["restaurants"], summary="The restaurant registry with lifecycles")
def restaurants(request: Request, country: str | None = Query(
        None, max_length=60, description="country name or ISO 3166 code (China, CN, CHN)")) -> dict:
    code = event_filters({"country": country}).get("country")
    return {"items": kb.list_restaurants(_conn(request), country=code)}


@router.get("/restaurants/{restaurant_id}", tags=["restaurants"], summary="One restaurant with its history")
def restaurant(request: Request, restaurant_id: str) -> dict:
    r = kb.get_restaurant(_conn(request), restaurant_id)
    if r is None:
        raise HTTPException(404, "no such restaurant")
    return r


@router.get("/claims", tags=["claims"], summary="Figures grouped by metric, scope and period")
def claims(request: Request, contested: bool = False) -> dict:
    return {"items": kb.list_claims(_conn(request), contested=contested)}


@router.get("/articles", tags=["articles"], summary="Stored articles; full-text search with q")
def articles(request: Request, q: str | None = Query(None, max_length=200, description=f"at most {MAX_SEARCH_TERMS} words"),
             limit: int = Query(50, ge=1, le=MAX_PAGE), offset: int = Offset) -> dict:
    q = event_filters({"q": q}).get("q")
    return _page(search_articles(_conn(request), q, limit=limit + 1, offset=offset), limit, offset)


@router.get("/articles/{doc_id:path}", tags=["articles"],
            summary="One article: text, cuts, and the spans facts came from")
def article(request: Request, doc_id: str) -> dict:
    a = article_view(_conn(request), doc_id)
    if a is None:
        raise HTTPException(404, "no such article")
    return a


# --- writes -----------------------------------------------------------------------------------------

class IngestBody(BaseModel):
    url: str | None = Field(None, max_length=2000, description="fetch and ingest this page")
    text: str | None = Field(None, description="or: the article's text")
    title: str | None = Field(None, max_length=1000)
    outlet: str | None = Field(None, max_length=300)
    published: str | None = Field(None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")
    doc_id: str | None = Field(None, max_length=200)

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
    reason: str | None = Field(None, max_length=500)


@router.post("/ingest", tags=["writes"], summary="Ingest a URL or a text (token)", dependencies=[Depends(bearer)])
async def ingest(request: Request, body: IngestBody) -> dict:
    out = await run_in_threadpool(writes.ingest_one, request.app.state.refresher, body.model_dump())
    if out["status"] == "error":  # recorded in the journal; the caller learns why
        raise HTTPException(422, out["detail"])
    return out


@router.post("/merge", tags=["writes"], summary="Judge two events the same (token)", dependencies=[Depends(bearer)])
async def merge(request: Request, body: MergeBody) -> dict:
    return await run_in_threadpool(writes.merge, request.app.state.refresher, body.a, body.b, body.reason)


@router.post("/split", tags=["writes"], summary="Undo the merges of an event (token)",
             dependencies=[Depends(bearer)])
async def split(request: Request, body: SplitBody) -> dict:
    return await run_in_threadpool(writes.split, request.app.state.refresher, body.event_id, body.reason)
