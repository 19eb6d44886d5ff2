"""Keeps the serving index in step with the knowledge base while the server runs.

A background thread looks every few seconds for changes the index's triggers noted (one indexed read) and
refreshes the events they touch when `nkwatch ingest`, a merge, a split or a review changed the knowledge base.
The refresh takes the database's single Writer for a moment; when another process holds it, the thread tries
again on its next turn.
"""

from __future__ import annotations

import logging
import sqlite3
import threading

from nkwatch.model import NkwatchError
from nkwatch.serve.index import is_stale, refresh_index
from nkwatch.store.db import open_reader

log = logging.getLogger("nkwatch.serve")


class IndexRefresher:
    def __init__(self, db: str, *, every: float = 5.0):
        self.db = db
        self.every = every
        self.lock = threading.Lock()      # every write this process makes goes through it
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.last_error: str | None = None

    def stale(self) -> bool:
        conn = open_reader(self.db, check=False)  # every few seconds: the server checked the file at start
        try:
            return is_stale(conn)
        finally:
            conn.close()

    def refresh(self, *, lock_timeout: float = 5.0) -> dict | None:
        with self.lock:
            try:
                result = refresh_index(self.db, lock_timeout=lock_timeout)
                self.last_error = None
                if result:
                    log.info("serving index refreshed: %s", result)
                return result
            except NkwatchError as e:
                if str(e) != self.last_error:  # once per cause, not every turn of a long ingest
                    log.warning("serving index not refreshed (will retry): %s", e)
                self.last_error = str(e)
                return None

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            try:
                if self.stale():
                    self.refresh(lock_timeout=0.5)
            except NkwatchError as e:
                self.last_error = str(e)
            except sqlite3.Error as e:  # damage found after the start: keep the thread, say why
                self.last_error = f"database error: {e}"

    def start(self) -> None:
        if self.every > 0 and self._thread is None:
            self._thread = threading.Thread(target=self._run, name="nkwatch-index", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None
