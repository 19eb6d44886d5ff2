"""The FastAPI application: JSON API under /api, server-rendered pages elsewhere, docs served from local files."""

from __future__ import annotations

import json
import logging
import sqlite3
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exception_handlers import request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from nkwatch import __version__
from nkwatch.model import CorruptDatabase, InputError, NkwatchError, StoreError
from nkwatch.store.db import as_store_error
from nkwatch.serve import basemap
from nkwatch.serve.config import ServeConfig, load_config
from nkwatch.serve.auth import AccountGuard
from nkwatch.serve.guards import BodySizeLimit, CrossSiteGuard, RateLimit, SecurityHeaders
from nkwatch.serve.index import is_stale
from nkwatch.serve.readers import ReaderPool
from nkwatch.serve.refresher import IndexRefresher
from nkwatch.serve.rendering import make_templates

log = logging.getLogger("nkwatch.serve")
STATIC_DIR = Path(str(resources.files("nkwatch.serve").joinpath("static")))
DOCS_ASSETS = Path(str(resources.files("fastapi_offline").joinpath("static")))


ERROR_TITLES = {400: "Bad request", 401: "Not allowed", 403: "Not allowed", 404: "Not found",
                405: "Not allowed", 409: "Refused", 413: "Too large", 422: "This filter or address cannot be used",
                500: "Something went wrong", 503: "The database cannot be read"}


def _problems(errors) -> list[str]:
    """FastAPI/pydantic errors → one sentence each, naming the parameter and the value given."""
    out = []
    for e in errors:
        if not isinstance(e, dict):
            out.append(str(e))
            continue
        loc = [str(x) for x in e.get("loc", ()) if x not in ("query", "path", "body")]
        where = ".".join(loc) or "request"
        given = e.get("input")
        value = f" (you gave {given!r})" if isinstance(given, (str, int, float)) and given != "" else ""
        out.append(f"{where}: {e.get('msg', 'invalid')}{value}")
    return out


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api") and "text/html" in request.headers.get("accept", "text/html")


def create_app(config: ServeConfig | None = None) -> FastAPI:
    """The whole web application for one database. ``config`` defaults to ``load_config()`` (env, config file)."""
    config = config or load_config()
    @asynccontextmanager
    async def lifespan(app: FastAPI):
        refresher = app.state.refresher
        # the first page should show what the knowledge base holds now, not after the first refresh turn;
        # a damaged database is neither refreshed (that writes) nor served (every route and /healthz say 503)
        damaged = False
        try:
            await run_in_threadpool(app.state.readers.check)
            if refresher.stale():
                await run_in_threadpool(refresher.refresh)
        except CorruptDatabase as e:
            damaged = True
            refresher.last_error = str(e)
            log.error("not serving %s: %s", config.db, e)
        except NkwatchError as e:
            refresher.last_error = str(e)
        except sqlite3.Error as e:
            refresher.last_error = str(as_store_error(e, "database error", config.db))
        if not damaged:
            refresher.start()
        yield
        refresher.stop()
        app.state.readers.close()

    app = FastAPI(title="nkwatch", version=__version__, docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="North Korea's state-run restaurants abroad, and the people who leave them: "
                              "events, restaurants and figures read from news articles, each with its sources. "
                              "Reading is open; writes need `Authorization: Bearer <token>`.")
    app.state.config = config
    app.state.readers = ReaderPool(config.db, time_limit=config.sql_time_limit_ms / 1000)
    app.state.refresher = IndexRefresher(config.db, every=config.refresh_seconds)
    app.state.templates = make_templates()

    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.mount("/docs-assets", StaticFiles(directory=DOCS_ASSETS), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    def swagger_ui() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url=app.openapi_url, title="nkwatch API",
                                   swagger_js_url="/docs-assets/swagger-ui-bundle.js",
                                   swagger_css_url="/docs-assets/swagger-ui.css",
                                   swagger_favicon_url="/docs-assets/favicon.png")

    @app.get("/redoc", include_in_schema=False)
    def redoc() -> HTMLResponse:
        return get_redoc_html(openapi_url=app.openapi_url, title="nkwatch API",
                              redoc_js_url="/docs-assets/redoc.standalone.js",
                              redoc_favicon_url="/docs-assets/favicon.png", with_google_fonts=False)

    @app.get("/map/countries.geojson", include_in_schema=False)
    def world_geojson() -> Response:
        return Response(json.dumps(basemap.countries_geojson(), separators=(",", ":")),
                        media_type="application/geo+json", headers={"Cache-Control": "public, max-age=86400"})

    @app.get("/healthz", include_in_schema=False)
    def healthz(request: Request):
        """Liveness, and whether the serving index reflects the knowledge base (and why not). 503 when the
        database cannot be served (damaged: quick_check failed; or unreadable)."""
        out = {"ok": True, "version": __version__}
        try:
            conn = request.app.state.readers.get()
            out["index_current"] = not is_stale(conn)
        except StoreError as e:
            out.update(ok=False, index_current=False, error=str(e), reason=e.reason)
            return JSONResponse(out, status_code=503)
        except NkwatchError as e:
            out["index_current"], out["error"] = False, str(e)
        except sqlite3.Error as e:
            err = as_store_error(e, "database error", config.db)
            out.update(ok=False, index_current=False, error=str(err), reason=err.reason)
            return JSONResponse(out, status_code=503)
        if app.state.refresher.last_error:
            out["index_error"] = app.state.refresher.last_error
        return out

    from nkwatch.serve.api import router as api_router
    from nkwatch.serve.pages import router as pages_router
    app.include_router(api_router)
    app.include_router(pages_router)

    @app.exception_handler(StoreError)
    def store_error(request: Request, exc: StoreError):
        return _error(request, 503, f"the database is not available: {exc}")

    @app.exception_handler(sqlite3.Error)
    def sqlite_error(request: Request, exc: sqlite3.Error):
        """A query that failed: cut at the time limit (400: ask for less), or a database fault (503)."""
        if "interrupted" in str(exc):
            return _error(request, 400, f"the query took longer than the server's limit of "
                                        f"{config.sql_time_limit_ms} ms; narrow it (fewer or longer words, "
                                        f"more filters, a smaller offset)")
        err = as_store_error(exc, "database error", Path(config.db).name)
        if isinstance(err, CorruptDatabase):
            app.state.readers.mark_damaged(err)
        return _error(request, 503, f"the database is not available: {err}")

    @app.exception_handler(OverflowError)
    def overflow_error(request: Request, exc: OverflowError):
        return _error(request, 422, "a number in the request is too large")

    @app.exception_handler(InputError)
    def input_error(request: Request, exc: InputError):
        if request.url.path.startswith("/api"):  # the shape of FastAPI's own 422s (HTTPValidationError)
            return JSONResponse({"detail": [{"type": "value_error", "loc": ["query", exc.source or ""],
                                             "msg": exc.message}]}, status_code=422)
        return _error(request, 422, str(exc))

    @app.exception_handler(NkwatchError)
    def nkwatch_error(request: Request, exc: NkwatchError):
        status = 409 if exc.reason in ("judgement_refused", "review_conflict") else 400
        return _error(request, status, str(exc))

    @app.exception_handler(StarletteHTTPException)
    def http_error(request: Request, exc: StarletteHTTPException):
        detail = exc.detail
        if isinstance(detail, list):  # a validator's list of problems, as FastAPI gives them
            return _error(request, exc.status_code, "", getattr(exc, "headers", None), problems=_problems(detail),
                          raw=detail)
        return _error(request, exc.status_code, str(detail), getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        # the API keeps FastAPI's JSON answer; a page says what is wrong with which parameter
        if not _wants_html(request):
            return await request_validation_exception_handler(request, exc)
        return _error(request, 422, "", problems=_problems(exc.errors()))

    @app.exception_handler(Exception)
    def unexpected_error(request: Request, exc: Exception):
        # a bug of ours: say so plainly (the traceback goes to the server's log, never to the page)
        return _error(request, 500, "nkwatch failed on this request. This is a bug in nkwatch, not something "
                                    "you did; the server's log has the details.")

    def _error(request: Request, status: int, detail: str, headers=None, problems=None, raw=None):
        if _wants_html(request):
            return app.state.templates.TemplateResponse(
                request, "error.html", {"status": status, "detail": detail, "problems": problems or [],
                                        "title": ERROR_TITLES.get(status, "Error"), "path": request.url.path},
                status_code=status, headers=headers)
        return JSONResponse({"detail": raw if raw is not None else detail}, status_code=status, headers=headers)


    # Added last = runs first: CORS answers preflights, then the token, then the body cap, all before routing.
    app.add_middleware(BodySizeLimit, max_body=config.max_body)
    app.add_middleware(AccountGuard, token=config.token, db=str(config.db))
    app.add_middleware(CrossSiteGuard)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(RateLimit, rate=config.rate_limit, burst=config.rate_burst)
    if config.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=list(config.cors_origins), allow_credentials=False,
                           allow_methods=["GET", "POST"], allow_headers=["Authorization", "Content-Type"])
    return app
