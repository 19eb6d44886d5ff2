"""Named accounts for the API: an editor may write, a reader may not. A token is made here, shown once, and only
a salted SHA-256 of it is kept (the token is 256 random bits, so a slow hash would add nothing but latency);
tokens are compared in constant time. Revoking an account stops its token at once: every request looks it up.

    add_user(db, name, role) -> {"name", "role", "token"}       (the only time the token is seen)
    list_users(db) -> [{"name", "role", "created", "revoked"}]
    revoke_user(db, name) -> {"name", "revoked"}
    account_for_token(db, token) -> {"name", "role", "revoked"} | None
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import sqlite3
from datetime import datetime, timezone

from nkwatch.model import InputError
from nkwatch.store.db import DbLike, fetch_dicts, reading

ROLES = ("editor", "reader")
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
# "person" and "machine" already mean the single-token mode and the resolver in the judgements' made_by
RESERVED = {"person", "machine"}


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _hash(salt: str, token: str) -> str:
    return hashlib.sha256((salt + token).encode()).hexdigest()


def _has_table(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='accounts'").fetchone() is not None


def _add(conn: sqlite3.Connection, name: str, role: str) -> dict:
    if not _NAME.match(name or "") or name.lower() in RESERVED:
        raise InputError(f"{name!r} cannot be an account name: letters, digits, . _ - (up to 64), not "
                         f"{' or '.join(sorted(RESERVED))}", source="name")
    if role not in ROLES:
        raise InputError(f"{role!r} is not a role; one of {', '.join(ROLES)}", source="role")
    if conn.execute("SELECT 1 FROM accounts WHERE name = ?", (name,)).fetchone():
        raise InputError(f"there is already an account {name!r} (revoke it and choose another name)", source="name")
    token = "nkw_" + secrets.token_urlsafe(32)
    salt = secrets.token_hex(16)
    conn.execute("INSERT INTO accounts (name, role, salt, token_hash, created) VALUES (?, ?, ?, ?, ?)",
                 (name, role, salt, _hash(salt, token), _now()))
    return {"name": name, "role": role, "token": token}


def _revoke(conn: sqlite3.Connection, name: str) -> dict:
    row = conn.execute("SELECT revoked FROM accounts WHERE name = ?", (name,)).fetchone()
    if row is None:
        raise InputError(f"no account {name!r} (see `nkwatch users list`)", source="name")
    when = row[0] or _now()
    conn.execute("UPDATE accounts SET revoked = ? WHERE name = ?", (when, name))
    return {"name": name, "revoked": when}


def add_user(db, name: str, role: str) -> dict:
    """Make an account; the returned token is not stored and cannot be shown again."""
    from nkwatch.store.views import _write

    return _write(db, _add, name, role)


def revoke_user(db, name: str) -> dict:
    from nkwatch.store.views import _write

    return _write(db, _revoke, name)


def list_users(db: DbLike) -> list[dict]:
    with reading(db) as conn:
        if not _has_table(conn):
            return []
        return fetch_dicts(conn.execute("SELECT name, role, created, revoked FROM accounts ORDER BY name"))


def account_for_token(db: DbLike, token: str) -> dict | None:
    """The account whose token this is (revoked ones too: the caller says why it is refused), else None."""
    with reading(db) as conn:
        if not _has_table(conn):
            return None
        rows = conn.execute("SELECT name, role, salt, token_hash, revoked FROM accounts").fetchall()
    found = None
    for name, role, salt, token_hash, revoked in rows:   # every row compared: the time says nothing of which
        if hmac.compare_digest(_hash(salt, token), token_hash):
            found = {"name": name, "role": role, "revoked": revoked}
    return found
