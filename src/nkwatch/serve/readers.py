"""Read-only SQLite connections for the request threads: one per thread, opened on first use.

Opening a connection costs more than most of our queries, and a connection may not be shared by two
threads at once; one per worker thread gives both.
"""

from __future__ import annotations

import sqlite3
import threading

from nkwatch.store.db import open_reader


class ReaderPool:
    def __init__(self, path: str):
        self.path = path
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()

    def get(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = open_reader(self.path)
            self._local.conn = conn
            with self._lock:
                self._all.append(conn)
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
