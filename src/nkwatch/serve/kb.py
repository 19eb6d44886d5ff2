"""Reads of the knowledge base (events, restaurants, claims) for the API and pages.

Calls the store's read views; placeholder until the knowledge-base tables exist: empty answers.
"""

from __future__ import annotations

import sqlite3


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone() is not None


def list_events(conn, filters: dict, *, limit: int, offset: int) -> list[dict]:
    return []


def event_dossier(conn, event_id: str) -> dict | None:
    return None


def events_by_month(conn, filters: dict) -> list[dict]:
    return []


def map_points(conn) -> dict:
    return {"restaurants": [], "events": []}


def list_restaurants(conn, *, country: str | None = None) -> list[dict]:
    return []


def get_restaurant(conn, restaurant_id: str) -> dict | None:
    return None


def list_claims(conn, *, contested: bool = False) -> list[dict]:
    return []


def article_facts(conn, doc_id: str) -> list[dict]:
    return []


def counts(conn) -> dict:
    n = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    return {"events": 0, "restaurants": 0, "articles": n, "contested": 0}


def restaurant_choices(conn) -> list[dict]:
    return []


def dossier_articles(conn, dossier: dict) -> list[dict]:
    return []


def dossier_points(dossier: dict) -> dict:
    return {"restaurants": [], "events": []}
