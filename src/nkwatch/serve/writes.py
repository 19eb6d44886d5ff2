"""The API's writes, each a call into the store. The Writer is opened per request and closed after it, so a
running server never keeps `nkwatch ingest` from taking the database."""

from __future__ import annotations

from nkwatch.model import InputError


def ingest_one(db: str, body: dict) -> dict:
    raise InputError("ingest is not available yet")


def merge(db: str, a: str, b: str, reason: str | None) -> dict:
    raise InputError("merge is not available yet")


def split(db: str, event_id: str, reason: str | None) -> dict:
    raise InputError("split is not available yet")
