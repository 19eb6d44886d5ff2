"""Who is writing: the ASGI guard that checks a write's bearer token against the server's single token
($NKWATCH_TOKEN, the account "person") and the named accounts (`nkwatch users add`), before the body is read.

An editor may write; a reader is refused (403, with why); an unknown or revoked token is refused (401). The
account's name goes to the route as ``request.state.account`` and is recorded with what it writes. With no
single token and no accounts, writes are switched off (403), as before accounts existed.
"""

from __future__ import annotations

import hmac

from starlette.concurrency import run_in_threadpool

from nkwatch.serve.guards import WRITE_METHODS, _header, _send_json

SINGLE_TOKEN_ACCOUNT = "person"
_INVALID = [(b"www-authenticate", b'Bearer realm="nkwatch", error="invalid_token", '
                                  b'error_description="the token is not valid"')]


def _lookup(db: str, token: str) -> tuple[bool, dict | None]:
    """(whether any account exists, the token's account or None)."""
    from nkwatch.store.accounts import account_for_token
    from nkwatch.store.db import open_reader

    try:
        conn = open_reader(db, check=False)   # the server checked the file when it started
    except Exception:  # noqa: BLE001 — no database, no accounts: the single token still decides
        return False, None
    try:
        any_account = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'accounts'").fetchone() is not None \
            and conn.execute("SELECT 1 FROM accounts LIMIT 1").fetchone() is not None
        return any_account, (account_for_token(conn, token) if token and any_account else None)
    finally:
        conn.close()


class AccountGuard:
    def __init__(self, app, token: str | None, db: str):
        self.app = app
        self.token = token
        self.db = db

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] not in WRITE_METHODS:
            return await self.app(scope, receive, send)
        auth = _header(scope, b"authorization") or ""
        scheme, _, given = auth.partition(" ")
        given = given.strip() if scheme.lower() == "bearer" else ""
        if self.token and given and hmac.compare_digest(given.encode(), self.token.encode()):
            return await self._as(SINGLE_TOKEN_ACCOUNT, scope, receive, send)
        any_account, account = await run_in_threadpool(_lookup, self.db, given)
        if not self.token and not any_account:
            return await _send_json(send, 403, "writes are disabled: the server has no token configured "
                                               "(set NKWATCH_TOKEN or token= in the config file, or add an "
                                               "account with `nkwatch users add`)")
        if not given:
            # RFC 6750 §3.1: no credentials → no error code, just the challenge
            return await _send_json(send, 401, "a valid bearer token is required for this request",
                                    [(b"www-authenticate", b'Bearer realm="nkwatch"')])
        if account is None:
            return await _send_json(send, 401, "the bearer token is not valid", _INVALID)
        if account["revoked"]:
            return await _send_json(send, 401, f"the token of account {account['name']} was revoked on "
                                               f"{account['revoked'][:10]}", _INVALID)
        if account["role"] != "editor":
            return await _send_json(send, 403, f"account {account['name']} is a reader: readers cannot write "
                                               f"(an editor's token is needed)")
        return await self._as(account["name"], scope, receive, send)

    async def _as(self, name: str, scope, receive, send):
        scope.setdefault("state", {})["account"] = name
        return await self.app(scope, receive, send)
