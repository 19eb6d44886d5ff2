"""ASGI guards that run before any route sees the request: the write token, then the body cap.

Both look at headers only, so a refused request is answered before a byte of its body is read: FastAPI reads
the body before it solves a route's dependencies, which is too late for either check.
"""

from __future__ import annotations

import hmac
import json
import math
import threading
import time

from starlette.exceptions import HTTPException

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# Only these can change something; any other method (TRACE, CONNECT, made-up ones) goes on to routing, which
# answers 405: a token challenge for a method no route has would be the wrong answer.
WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


async def _send_json(send, status: int, detail: str, headers: list[tuple[bytes, bytes]] = ()) -> None:
    body = json.dumps({"detail": detail}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            *headers]})
    await send({"type": "http.response.body", "body": body})


def _header(scope, name: bytes) -> str | None:
    for k, v in scope.get("headers", []):
        if k == name:
            return v.decode("latin-1")
    return None


class BearerTokenGuard:
    """Every request that can change something (not GET/HEAD/OPTIONS) needs ``Authorization: Bearer <token>``.

    With no token configured, writes are switched off altogether (403) rather than left open.
    """

    def __init__(self, app, token: str | None):
        self.app = app
        self.token = token

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] not in WRITE_METHODS:
            return await self.app(scope, receive, send)
        if not self.token:
            return await _send_json(send, 403, "writes are disabled: the server has no token configured "
                                               "(set NKWATCH_TOKEN or token= in the config file)")
        auth = _header(scope, b"authorization") or ""
        scheme, _, given = auth.partition(" ")
        if scheme.lower() != "bearer" or not given.strip():
            # RFC 6750 §3.1: no credentials → no error code, just the challenge
            return await _send_json(send, 401, "a valid bearer token is required for this request",
                                    [(b"www-authenticate", b'Bearer realm="nkwatch"')])
        if not hmac.compare_digest(given.strip().encode(), self.token.encode()):
            return await _send_json(send, 401, "the bearer token is not valid",
                                    [(b"www-authenticate",
                                      b'Bearer realm="nkwatch", error="invalid_token", '
                                      b'error_description="the token is not valid"')])
        return await self.app(scope, receive, send)


class BodyTooLarge(HTTPException):
    """An HTTPException so that FastAPI's body parsing passes it on instead of turning it into a 400."""

    def __init__(self, limit: int):
        super().__init__(413, f"request body over {limit} bytes")


class BodySizeLimit:
    """Refuses bodies over ``max_body`` bytes with 413: at once when Content-Length says so, else while streaming."""

    def __init__(self, app, max_body: int):
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = _header(scope, b"content-length")
        if declared is not None:
            try:
                too_big = int(declared) > self.max_body
            except ValueError:
                return await _send_json(send, 400, "Content-Length is not a number")
            if too_big:
                return await _send_json(send, 413, f"request body over {self.max_body} bytes")
        seen = 0
        started = False

        async def counting_receive():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    raise BodyTooLarge(self.max_body)
            return message

        async def tracking_send(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except BodyTooLarge:
            if not started:
                await _send_json(send, 413, f"request body over {self.max_body} bytes")


class SecurityHeaders:
    """Headers every page gets. The Content-Security-Policy lets scripts come only from our own files, so even
    markup that slipped past escaping could not run; the API docs pages (inline bootstrapping scripts) are exempt."""

    CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
           "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
    EXEMPT = ("/docs", "/redoc")

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        exempt = scope["path"].startswith(self.EXEMPT)

        async def with_headers(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer")]
                if not exempt:
                    headers.append((b"content-security-policy", self.CSP.encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)


class RateLimit:
    """Per-client token bucket: ``rate`` requests a second on average, bursts up to ``burst``; beyond, 429 with
    Retry-After. Clients are told apart by address (behind a proxy that is the proxy: put the limit there).
    Static files and /healthz are not counted (a page load fetches several; a monitor must always get through).

    Twenty lines of our own rather than slowapi/limits: one bucket per address in memory is all one server
    process needs, and it must answer before routing, as the other guards do.
    """

    EXEMPT = ("/static/", "/docs-assets/", "/healthz", "/map/world.svg")
    MAX_CLIENTS = 10_000

    def __init__(self, app, rate: float, burst: int):
        self.app = app
        self.rate = rate
        self.burst = burst
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def _take(self, client: str) -> float:
        """0 when the request may go, else the seconds until it may."""
        now = time.monotonic()
        with self._lock:
            tokens, last = self._buckets.get(client, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - last) * self.rate)
            if tokens >= 1:
                self._buckets[client] = (tokens - 1, now)
                wait = 0.0
            else:
                self._buckets[client] = (tokens, now)
                wait = (1 - tokens) / self.rate
            if len(self._buckets) > self.MAX_CLIENTS:  # forget full buckets (idle clients)
                full = [k for k, (t, _) in self._buckets.items() if t >= self.burst - 1]
                for k in full[: len(full) // 2 or 1]:
                    self._buckets.pop(k, None)
        return wait

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or self.rate <= 0 or scope["path"].startswith(self.EXEMPT):
            return await self.app(scope, receive, send)
        client = (scope.get("client") or ("?", 0))[0]
        wait = self._take(client)
        if wait > 0:
            retry = str(max(1, math.ceil(wait))).encode()
            return await _send_json(send, 429, f"too many requests: the limit is {self.rate:g} a second "
                                               f"(bursts of {self.burst}); try again later",
                                    [(b"retry-after", retry)])
        return await self.app(scope, receive, send)


class CrossSiteGuard:
    """Refuses a request that can change something when the browser says it comes from another site
    (``Sec-Fetch-Site: cross-site``) or its ``Origin`` is not this server (Datasette 1.0's header CSRF check).
    Clients that send neither header (curl, scripts) are let through to the token check."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] not in WRITE_METHODS:
            return await self.app(scope, receive, send)
        site = (_header(scope, b"sec-fetch-site") or "").lower()
        origin = _header(scope, b"origin")
        host = _header(scope, b"host") or ""
        foreign = site == "cross-site"
        if origin and origin != "null" and not foreign:
            from urllib.parse import urlsplit

            foreign = urlsplit(origin).netloc.lower() != host.lower()
        elif origin == "null":
            foreign = True
        if foreign:
            return await _send_json(send, 403, "cross-site request refused: writes must come from this site "
                                               "or from a client that is not a browser")
        return await self.app(scope, receive, send)
