"""The one writer of a database: the only connection that ever writes to it (datasette's pattern).

SQLite 3.7.0–3.51.2 can corrupt a WAL database when two connections write or checkpoint it at the same
moment (the WAL-reset bug). So, per database file, there is exactly one write connection:

- in a process, ``Writer.for_path`` hands every caller the same Writer, and its lock serialises transactions;
- across processes, the Writer holds an exclusive ``flock`` on ``<db>.writer.lock`` while it is open; a second
  process waits for it (up to ``lock_timeout`` seconds) and then gives up with a StoreError naming the holder.

Readers use read-only connections (``nkwatch.store.db.open_reader``), which never checkpoint.
"""

from __future__ import annotations

import fcntl
import logging
import os
import sqlite3
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from nkwatch.model import StoreError
from nkwatch.store.db import as_store_error, configure_writer, migrate, quick_check


# The -wal file grows while a reader's snapshot stops checkpoints from restarting it. After each commit past
# this size the writer runs a TRUNCATE checkpoint, which waits (busy_timeout) for the readers of old frames to
# finish; the server's readers are bounded by its query time limit, so it completes. journal_size_limit keeps
# the file from staying large after a checkpoint that could only restart it.
log = logging.getLogger("nkwatch.store")
WAL_CAP_BYTES = 64 * 1024 * 1024
CHECKPOINT_WAIT = 0.25   # seconds a checkpoint waits for readers of older snapshots, per try


class Writer:
    _registry: dict[str, "Writer"] = {}
    _registry_lock = threading.Lock()

    def __init__(self, path: str | Path, *, lock_timeout: float = 60.0):
        self.path = Path(path)
        self._lock = threading.RLock()
        self._users = 1
        self._lockfile = self._acquire_process_lock(lock_timeout)
        self._checkpoint_at = 0   # -wal size that triggers the next checkpoint try (after a failed one)
        try:
            self.conn = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False)
            configure_writer(self.conn)
            quick_check(self.conn)
            self.applied = migrate(self.conn)
        except sqlite3.DatabaseError as e:
            self._release_process_lock()
            raise as_store_error(e, "cannot open the database for writing", str(self.path)) from e
        except StoreError:
            self._release_process_lock()
            raise

    @classmethod
    def for_path(cls, path: str | Path, *, lock_timeout: float = 60.0) -> "Writer":
        """The process's single Writer for this file, opened (and migrated) on first use.

        Every call must be paired with ``close()`` (``with Writer.for_path(db) as w:``): the Writer counts its
        users and really closes, releasing the process lock, when the last one is done, so one thread closing
        never pulls the connection from under another.
        """
        key = os.path.realpath(path)
        with cls._registry_lock:
            w = cls._registry.get(key)
            if w is None or w.conn is None:
                w = cls(path, lock_timeout=lock_timeout)
                cls._registry[key] = w
            else:
                w._users += 1
            return w

    def _acquire_process_lock(self, timeout: float):
        lock_path = Path(f"{self.path}.writer.lock")
        try:
            fh = open(lock_path, "a+")
        except OSError as e:
            raise StoreError(f"cannot create the writer lock {lock_path}: {e.strerror}", source=str(self.path)) from e
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    fh.seek(0)
                    holder = fh.read().strip() or "another process"
                    fh.close()
                    raise StoreError(f"another writer holds the database ({holder}); waited {timeout:g}s",
                                     source=str(self.path))
                time.sleep(0.1)
        fh.seek(0)
        fh.truncate()
        fh.write(f"pid {os.getpid()}\n")
        fh.flush()
        return fh

    def _release_process_lock(self) -> None:
        if self._lockfile is not None:
            try:
                fcntl.flock(self._lockfile, fcntl.LOCK_UN)
            finally:
                self._lockfile.close()
                self._lockfile = None

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE … COMMIT); rolled back whole if the block raises.

        A database error that escapes (disk full, a read-only file, a locked database) leaves as a StoreError
        naming the file, so the CLI prints it instead of a traceback.
        """
        with self._lock:
            if self.conn is None:
                raise StoreError("the writer is closed", source=str(self.path))
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as e:
                raise StoreError(f"cannot start a write: {e}", source=str(self.path)) from e
            try:
                yield self.conn
            except BaseException as e:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                if isinstance(e, sqlite3.Error):
                    raise as_store_error(e, "write failed and was rolled back", str(self.path)) from e
                raise
            else:
                try:
                    self.conn.execute("COMMIT")
                except sqlite3.Error as e:
                    if self.conn.in_transaction:
                        self.conn.execute("ROLLBACK")
                    raise as_store_error(e, "commit failed and was rolled back", str(self.path)) from e
                self._cap_wal()

    def _cap_wal(self) -> None:
        """A TRUNCATE checkpoint once the -wal file is past WAL_CAP_BYTES (see there).

        The try waits at most CHECKPOINT_WAIT for readers of older snapshots (not the 10 s busy timeout): a
        reader that pins the WAL must not stall ingest. After a failed try the next one waits until the file
        has grown by another quarter of the cap, with a warning each time."""
        try:
            size = os.path.getsize(f"{self.path}-wal")
        except OSError:
            return
        if size <= max(WAL_CAP_BYTES, self._checkpoint_at):
            return
        busy = 1
        try:
            self.conn.execute(f"PRAGMA busy_timeout={int(CHECKPOINT_WAIT * 1000)}")
            busy = self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        except sqlite3.Error as e:
            log.warning("checkpoint of %s failed: %s", self.path, e)
        finally:
            self.conn.execute("PRAGMA busy_timeout=10000")
        if busy:
            self._checkpoint_at = size + WAL_CAP_BYTES // 4
            log.warning("the -wal file of %s is %d MB, over its %d MB cap: a reader holds a transaction open "
                        "(the server's are cut at its query time limit)", self.path, size >> 20,
                        WAL_CAP_BYTES >> 20)
        else:
            self._checkpoint_at = 0

    def execute(self, sql: str, params=()) -> int:
        """One write statement in its own transaction; returns the rows changed."""
        with self.transaction() as conn:
            return conn.execute(sql, params).rowcount

    def close(self) -> None:
        """Done with this Writer; the connection and the process lock go when its last user is done."""
        with self._registry_lock:
            if self._users <= 0:
                return  # closed already
            self._users -= 1
            if self._users > 0:
                return
            key = os.path.realpath(self.path)
            if self._registry.get(key) is self:
                del self._registry[key]  # from now on for_path opens a new Writer (which waits for our lock)
        with self._lock:
            if self.conn is not None:
                self.conn.close()
                self.conn = None
            self._release_process_lock()

    def __enter__(self) -> "Writer":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
