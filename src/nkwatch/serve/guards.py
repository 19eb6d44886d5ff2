"""ASGI guards that run before any route sees the request: the write token, then the body cap.

Both look at headers only, so a refused request is answered before a byte of its body is read: FastAPI reads
the body before it solves a route's dependencies, which is too late for either check.
"""

from __future__ import annotations

import hmac
import json

from starlette.exceptions import HTTPException

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


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
        if scope["type"] != "http" or scope["method"] in SAFE_METHODS:
            return await self.app(scope, receive, send)
        if not self.token:
            return await _send_json(send, 403, "writes are disabled: the server has no token configured "
                                               "(set NKWATCH_TOKEN or token= in the config file)")
        auth = _header(scope, b"authorization") or ""
        scheme, _, given = auth.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), self.token.encode()):
            return await _send_json(send, 401, "a valid bearer token is required for this request",
                                    [(b"www-authenticate", b'Bearer realm="nkwatch"')])
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
