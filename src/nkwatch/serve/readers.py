"""Read-only SQLite connections for the request threads: one per thread, opened on first use.

Opening a connection costs more than most of our queries, and a connection may not be shared by two
threads at once; one per worker thread gives both.

The database is checked (``PRAGMA quick_check``) before the first connection is handed out; a damaged file is
never served: every request gets CorruptDatabase (503) until it passes again (rechecked at most every
``recheck_seconds``, so a restored backup is picked up without a restart).
"""

from __future__ import annotations

import sqlite3
import threading
import time

from nkwatch.model import CorruptDatabase, StoreError
from nkwatch.store.db import open_reader


class ReaderPool:
    def __init__(self, path: str, *, recheck_seconds: float = 30.0, time_limit: float = 0.0):
        self.path = path
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._checked = False
        self._failure: tuple[float, StoreError] | None = None
        self.recheck_seconds = recheck_seconds
        self.time_limit = time_limit  # seconds; each get() starts the clock for what the request runs

    def check(self) -> None:
        """Raises the StoreError of a damaged or unreadable database (from the last check, or a new one)."""
        with self._lock:
            if self._checked:
                return
            if self._failure and time.monotonic() - self._failure[0] < self.recheck_seconds:
                raise self._failure[1]
            try:
                open_reader(self.path, check=True).close()
            except CorruptDatabase as e:
                self._failure = (time.monotonic(), e)
                raise
            self._checked, self._failure = True, None

    def mark_damaged(self, error: StoreError) -> None:
        """A query found damage after the start: stop serving until a recheck passes."""
        with self._lock:
            self._checked, self._failure = False, (time.monotonic(), error)

    def get(self) -> sqlite3.Connection:
        self.check()
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = open_reader(self.path, check=False)
            if self.time_limit > 0:
                # Datasette's sql_time_limit_ms: SQLite calls this every 1,000 VM steps; non-zero interrupts the
                # statement (OperationalError "interrupted"), so no query outlives its request's budget.
                local = self._local
                conn.set_progress_handler(lambda: int(time.monotonic() > local.deadline), 1000)
            self._local.conn = conn
            with self._lock:
                self._all.append(conn)
        self._local.deadline = time.monotonic() + self.time_limit
        return conn

    def close(self) -> None:
        with self._lock:
            for c in self._all:
                try:
                    c.close()
                except sqlite3.Error:
                    pass
            self._all.clear()
        self._local = threading.local()
