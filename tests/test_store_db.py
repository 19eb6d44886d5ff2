"""The database file: migrations, pragmas, the one-writer rule, read-only readers."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time

import pytest

from nkwatch.model import StoreError
from nkwatch.store import db as store_db
from nkwatch.store import open_reader, stats
from nkwatch.store.writer import Writer


def test_migrations_apply_once_and_are_recorded(db_path):
    with Writer(db_path) as w:
        assert w.applied == [v for v, _, _ in store_db.migrations()]
        assert w.applied[0] == 1
    with Writer(db_path) as w:
        assert w.applied == []  # reopening applies nothing twice
    with open_reader(db_path) as conn:
        assert store_db.schema_version(conn) == store_db.latest_version()


def test_migration_numbers_are_unique_and_in_the_store_range():
    names = [(v, n) for v, n, _ in store_db.migrations()]
    assert names == sorted(names)
    assert all(1 <= v for v, _ in names)


def test_a_failing_migration_rolls_back_whole(db_path, monkeypatch):
    with Writer(db_path):
        pass
    good = store_db.migrations()
    bad = (good[-1][0] + 1, "9999_broken.sql", "CREATE TABLE half_done (x);\nTHIS IS NOT SQL;")
    monkeypatch.setattr(store_db, "migrations", lambda: [*good, bad])
    with pytest.raises(StoreError, match="9999_broken.sql"):
        Writer(db_path)
    monkeypatch.undo()
    with open_reader(db_path) as conn:
        assert store_db.schema_version(conn) == good[-1][0]
        assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'half_done'").fetchone() is None
    Writer(db_path).close()  # the lock was released by the failed open


def test_writer_runs_wal_with_full_sync(db_path):
    with Writer(db_path) as w:
        assert w.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert w.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_one_writer_per_database_in_a_process(db_path):
    a = Writer.for_path(db_path)
    b = Writer.for_path(str(db_path))
    try:
        assert a is b
    finally:
        a.close()
        b.close()
    assert a.conn is None
    c = Writer.for_path(db_path)
    assert c is not a and c.conn is not None
    c.close()


def test_one_user_closing_the_shared_writer_does_not_pull_it_from_another(db_path):
    import threading

    outer = Writer.for_path(db_path)
    inner_done = threading.Event()

    def other_user():
        with Writer.for_path(db_path) as w:  # e.g. a second request thread of the web server
            w.execute("INSERT INTO runs (started, sources) VALUES ('t', '[]')")
        inner_done.set()

    t = threading.Thread(target=other_user)
    t.start()
    t.join()
    assert inner_done.is_set()
    outer.execute("INSERT INTO runs (started, sources) VALUES ('t', '[]')")  # still open for its first user
    outer.close()
    assert outer.conn is None
    assert stats(db_path)["runs"] == 2
    Writer(db_path, lock_timeout=1).close()  # and the process lock was released at the last close


def test_a_second_process_cannot_open_a_second_writer(db_path):
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from nkwatch.store.writer import Writer; w = Writer(sys.argv[1]);"
         " print('ready', flush=True); time.sleep(30)", str(db_path)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError, match=f"pid {holder.pid}"):
            Writer(db_path, lock_timeout=0.3)
    finally:
        holder.kill()
        holder.wait()
    Writer(db_path, lock_timeout=5).close()  # the lock dies with its process


def test_readers_are_read_only(db_path):
    Writer(db_path).close()
    with open_reader(db_path) as conn:
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            conn.execute("INSERT INTO runs (started, sources) VALUES ('x', '[]')")


def test_reader_on_a_missing_or_foreign_file_says_which(tmp_path):
    missing = tmp_path / "nope.db"
    with pytest.raises(StoreError, match="nope.db"):
        open_reader(missing)
    assert not missing.exists()
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(StoreError, match="not an nkwatch database"):
        stats(other)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="junk.db"):
        stats(junk)


def test_wal_reset_bug_range():
    assert store_db.wal_reset_bug_affected((3, 40, 1))
    assert store_db.wal_reset_bug_affected((3, 7, 0))
    assert store_db.wal_reset_bug_affected((3, 51, 2))
    assert not store_db.wal_reset_bug_affected((3, 51, 3))
    assert not store_db.wal_reset_bug_affected((3, 6, 23))


def test_stats_report_the_sqlite_decision(db_path):
    Writer(db_path).close()
    s = stats(db_path)
    assert s["sqlite"]["version"] == sqlite3.sqlite_version
    assert s["sqlite"]["wal_reset_bug_range"] == store_db.wal_reset_bug_affected()
    assert s["articles"] == 0 and s["schema_version"] == store_db.latest_version()


def test_readers_see_whole_batches_only(db_path):
    with Writer(db_path) as w:
        reader = open_reader(db_path)
        try:
            with w.transaction() as conn:
                conn.execute("INSERT INTO runs (started, sources) VALUES ('t', '[]')")
                assert reader.execute("SELECT COUNT(*) FROM runs").fetchone()[0] == 0  # not committed yet
            assert reader.execute("SELECT COUNT(*) FROM runs").fetchone()[0] == 1
        finally:
            reader.close()


def test_a_database_error_in_a_write_is_a_store_error_naming_the_file_and_nothing_is_kept(db_path):
    with Writer(db_path) as w:
        with pytest.raises(StoreError, match=r"nkwatch\.db: write failed and was rolled back"):
            with w.transaction() as conn:
                conn.execute("INSERT INTO runs (started, sources) VALUES ('t', '[]')")
                conn.execute("INSERT INTO runs (run_id, started, sources) VALUES (1, 'again', '[]')")  # same key
        assert w.conn.execute("SELECT COUNT(*) FROM runs").fetchone()[0] == 0
        w.execute("INSERT INTO runs (started, sources) VALUES ('t', '[]')")  # and the writer still works
