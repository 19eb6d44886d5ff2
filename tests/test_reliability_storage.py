"""Reliability matrix §8.1 (../shared/RELIABILITY.md), storage rows S1–S15. Every fault row ends with
integrity_check = ok and the invariants of ``check_invariants``; the checker has negative controls (S2)."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from kb_fixture import build_kb
from nkwatch.model import CorruptDatabase, DiskFull, StoreError
from nkwatch.store import journal
from nkwatch.store.db import open_reader, wal_reset_bug_affected
from nkwatch.store.ingestion import Ingestion, ingest
from nkwatch.store.writer import Writer

EXE = str(Path(sys.executable).with_name("nkwatch"))


def corpus(path: Path, n: int, seed: int = 17, prefix: str | None = None) -> Path:
    prefix = prefix or (f"g{seed}" if seed != 17 else "g")
    rng = random.Random(seed)
    vocab = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 9))) for _ in range(3000)]
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = " ".join(rng.choices(vocab, k=50)).capitalize() + "."
            fh.write(json.dumps({"doc_id": f"{prefix}-{i:05d}", "title": f"T {i}", "outlet": "Gen", "text": text}) + "\n")
    return path


def check_invariants(db: Path, expected: int | None = None, *, rereads: bool = False) -> list[str]:
    """What is wrong with a database after a fault: [] when integrity is ok, every article is stored once
    (articles = distinct content hashes = FTS rows), each source line was stored at most once over all runs
    (journal 'ok' rows = articles; no ref journalled 'ok' twice), the cursor of a finished source covers
    every stored line, and (given ``expected``) nothing is missing. ``rereads``: a finished source was
    deliberately ingested again (its lines are then journalled 'duplicate' a second time, by design)."""
    problems = []
    with sqlite3.connect(db) as conn:
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            return ["integrity_check failed"]
        n = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        if conn.execute("SELECT COUNT(DISTINCT content_hash) FROM articles").fetchone()[0] != n:
            problems.append("duplicate content hashes")
        if conn.execute("SELECT COUNT(*) FROM articles_fts").fetchone()[0] != n:
            problems.append("FTS rows differ from articles")
        ok = conn.execute("SELECT COUNT(*) FROM journal WHERE status = 'ok'").fetchone()[0]
        if ok != n:
            problems.append(f"journal has {ok} ok rows for {n} articles")
        twice = conn.execute("SELECT COUNT(*) FROM (SELECT ref FROM journal WHERE ref IS NOT NULL "
                             "AND status IN ('ok', 'duplicate') GROUP BY source, ref HAVING COUNT(*) > 1)"
                             ).fetchone()[0]
        if twice and not rereads:
            problems.append(f"{twice} input lines read twice (the cursor fell behind the stored batches)")
        if expected is not None and n != expected:
            problems.append(f"{n} articles, expected {expected}")
    return problems


def _journal_columns(db: Path) -> set[str]:
    with sqlite3.connect(db) as conn:
        return {r[1] for r in conn.execute("PRAGMA table_info(journal)")}


# --- S1 / S2: kill -9 and the checker's negative controls ---------------------------------------------

def _count(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


@pytest.mark.full
def test_S1_kill_9_at_random_points_100_times_then_exact(tmp_path):
    """A writer process (the library's ingest, batches of 10, extraction on) killed with SIGKILL uniform(40, 120)
    ms after its first commit (start-up, extraction models included, takes longer than the matrix's 120 ms, so
    counting from the start would kill it before it writes anything), 100 times; then a run to the end.
    Exact: every article once, and the invariants."""
    n, kills_wanted = 12000, 100     # (about 70 articles land per run: room for 100 kills with a margin)
    src = corpus(tmp_path / "c.jsonl", n)
    db = tmp_path / "s1.db"
    code = (f"from nkwatch.store.ingestion import ingest; ingest({str(db)!r}, [{str(src)!r}], batch_size=10)")
    env = {k: v for k, v in os.environ.items() if k != "NKWATCH_DB"}
    rng = random.Random(1)
    kills, progressed = 0, 0
    while kills < kills_wanted:
        before = _count(db)
        proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, env=env)
        deadline = time.monotonic() + 120
        while _count(db) == before and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
        time.sleep(rng.uniform(0.04, 0.12))
        if proc.poll() is not None:
            break  # finished before the kill: n was too small for the loop
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        kills += 1
        progressed += _count(db) > before
    assert kills == kills_wanted, f"the ingest finished after {kills} kills"
    assert progressed == kills_wanted  # every cycle committed work before its kill
    assert 0 < _count(db) < n
    final = subprocess.run([sys.executable, "-c", code], capture_output=True, env=env, timeout=1200)
    assert final.returncode == 0, final.stderr.decode()[-2000:]
    assert check_invariants(db, n) == []


def test_S2_negative_control_cursor_in_its_own_transaction_is_caught(tmp_path, monkeypatch):
    """The bug S1 guards against: the batch and its cursor committed separately. A crash between the two
    commits makes the re-run read the batch again; check_invariants must report it."""
    src = corpus(tmp_path / "c.jsonl", 120)
    db = tmp_path / "s2.db"
    original = Ingestion._write
    state = {"batches": 0}

    def buggy_write(self, key, batch, failure, fingerprint):
        # batch without its position, then the position in a second transaction (crashing before it once)
        positions = [i.position for i in batch]
        for i in batch:
            i.position = None
        original(self, key, batch, failure, fingerprint)
        state["batches"] += 1
        if state["batches"] == 2:
            raise KeyboardInterrupt  # the kill -9 between the two commits
        if positions and positions[-1] is not None:
            with self.writer.transaction() as conn:
                journal.set_position(conn, key, str(positions[-1]), state="running", fingerprint=fingerprint)

    monkeypatch.setattr(Ingestion, "_write", buggy_write)
    with pytest.raises(KeyboardInterrupt):
        ingest(db, [str(src)], batch_size=40, extract=False)
    monkeypatch.setattr(Ingestion, "_write", original)
    ingest(db, [str(src)], batch_size=40, extract=False)
    problems = check_invariants(db, 120)
    assert any("read twice" in p for p in problems), problems


def test_S2_the_real_writer_passes_the_same_crash(tmp_path, monkeypatch):
    src = corpus(tmp_path / "c.jsonl", 120)
    db = tmp_path / "s2ok.db"
    original = Ingestion._write
    state = {"batches": 0}

    def crashing_write(self, *a):
        original(self, *a)
        state["batches"] += 1
        if state["batches"] == 2:
            raise KeyboardInterrupt

    monkeypatch.setattr(Ingestion, "_write", crashing_write)
    with pytest.raises(KeyboardInterrupt):
        ingest(db, [str(src)], batch_size=40, extract=False)
    monkeypatch.setattr(Ingestion, "_write", original)
    ingest(db, [str(src)], batch_size=40, extract=False)
    assert check_invariants(db, 120) == []


def test_S2_negative_control_checker_sees_a_duplicate_and_a_loss(tmp_path):
    db = tmp_path / "d.db"
    ingest(db, [str(corpus(tmp_path / "c.jsonl", 10))], extract=False)
    assert check_invariants(db, 10) == []
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE articles SET content_hash = (SELECT content_hash FROM articles LIMIT 1)")
    assert any("duplicate" in p for p in check_invariants(db, 10))
    assert check_invariants(db, 11)  # a missing article is reported too


# --- S5: I/O errors ----------------------------------------------------------------------------------------

class _FailingConnection:
    """The writer's connection with an I/O error injected at the N-th write statement (once, or from then on).
    Above the VFS (sqlite3 cannot load an apsw VFS): it checks what our code does with the error."""

    WRITES = ("INSERT", "UPDATE", "DELETE", "COMMIT", "REPLACE")

    def __init__(self, conn, fail_at: int, persistent: bool):
        self._conn, self.fail_at, self.persistent, self.n = conn, fail_at, persistent, 0
        self.after_failure = 0

    def execute(self, sql, *a):
        if sql.lstrip().upper().startswith(self.WRITES):
            self.n += 1
            failed = self.n == self.fail_at or (self.persistent and self.n >= self.fail_at)
            if self.n > self.fail_at and not self.persistent:
                self.after_failure += 1
            if failed:
                raise sqlite3.OperationalError("disk I/O error")
        return self._conn.execute(sql, *a)

    def __getattr__(self, name):
        return getattr(self._conn, name)


def _run_with_eio(db: Path, src: Path, fail_at: int, persistent: bool):
    original_init = Writer.__init__
    holder = {}

    def init(self, *a, **kw):
        original_init(self, *a, **kw)
        self.conn = holder["conn"] = _FailingConnection(self.conn, fail_at, persistent)

    Writer.__init__ = init
    try:
        try:
            ingest(db, [str(src)], batch_size=20, extract=False)
            return None, holder["conn"]
        except StoreError as e:
            return e, holder["conn"]
    finally:
        Writer.__init__ = original_init


@pytest.mark.parametrize("persistent", [False, True], ids=["once", "persistent"])
def test_S5_io_error_at_the_nth_write_surfaces_stops_and_leaves_a_consistent_database(tmp_path, persistent):
    """Loop N = 1, 2, … until a run gets through: each failing run raises StoreError (the CLI's exit 3), does not
    write on after the failure (no silent retry), and the database reopens consistent; a clean re-run
    then completes exactly."""
    src = corpus(tmp_path / "c.jsonl", 60)
    n = 1
    while True:
        db = tmp_path / f"s5-{n}.db"
        err, conn = _run_with_eio(db, src, n, persistent)
        if err is None:
            break
        assert "I/O error" in str(err), err
        assert conn.after_failure == 0  # stopped at the failure
        assert check_invariants(db) == [], n
        ingest(db, [str(src)], batch_size=20, extract=False)
        assert check_invariants(db, 60) == [], n
        n += 1 if n < 20 else 25
    assert n > 3  # the loop did inject failures before getting through


# --- S4: disk full ---------------------------------------------------------------------------------

def test_S4_disk_full_rolls_back_says_disk_full_and_resumes_exactly(tmp_path, monkeypatch):
    src = corpus(tmp_path / "c.jsonl", 400)
    db = tmp_path / "s4.db"
    Writer(db).close()
    pages = {"limit": None}
    original_init = Writer.__init__

    def limited_init(self, *a, **kw):
        original_init(self, *a, **kw)
        if pages["limit"]:
            self.conn.execute(f"PRAGMA max_page_count={pages['limit']}")  # SQLITE_FULL past this size

    monkeypatch.setattr(Writer, "__init__", limited_init)
    with sqlite3.connect(db) as conn:
        pages["limit"] = conn.execute("PRAGMA page_count").fetchone()[0] + 60
    with pytest.raises(DiskFull) as e:
        ingest(db, [str(src)], batch_size=50)
    assert "disk full" in str(e.value) and "savepoint" not in str(e.value)
    assert e.value.reason == "disk_full"
    stored = _count(db)
    assert stored % 50 == 0 and stored < 400  # whole batches only
    assert check_invariants(db) == []
    pages["limit"] = None  # space freed
    report = ingest(db, [str(src)], batch_size=50)
    assert report.resumed and check_invariants(db, 400) == []


def test_S4_cli_says_disk_full_in_one_line(tmp_path, run_cli):
    src = corpus(tmp_path / "c.jsonl", 300)
    db = tmp_path / "s4cli.db"
    Writer(db).close()
    with sqlite3.connect(db) as conn:
        limit = conn.execute("PRAGMA page_count").fetchone()[0] + 40
    # the CLI opens its own Writer: the limit reaches it through a tiny wrapper script
    script = tmp_path / "run.py"
    script.write_text(
        "import sys\nfrom nkwatch.store.writer import Writer\no = Writer.__init__\n"
        f"def i(self, *a, **k):\n    o(self, *a, **k)\n    self.conn.execute('PRAGMA max_page_count={limit}')\n"
        "Writer.__init__ = i\nfrom nkwatch.cli import main\nsys.exit(main())\n")
    r = subprocess.run([sys.executable, str(script), "--quiet", "--db", str(db), "ingest", str(src)],
                       capture_output=True, timeout=300)
    err = r.stderr.decode()
    assert r.returncode == 3 and "disk full" in err and "Traceback" not in err, err


# --- S6: out of memory on one document ----------------------------------------------------------------

def test_S6_oom_on_one_document_quarantines_it_and_the_rest_goes_on(tmp_path, monkeypatch):
    from nkwatch.store import facts

    src = corpus(tmp_path / "c.jsonl", 30)
    db = tmp_path / "s6.db"
    original = facts.extract_and_store

    def hungry(kb, article):
        if article.doc_id == "g-00007":
            raise MemoryError
        return original(kb, article)

    monkeypatch.setattr(facts, "extract_and_store", hungry)
    report = ingest(db, [str(src)], batch_size=10)
    assert report.stored == 29 and [e.reason for e in report.errors] == ["oom"]
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM articles WHERE doc_id = 'g-00007'").fetchone()[0] == 0
        assert conn.execute("SELECT reason FROM journal WHERE status = 'error'").fetchall() == [("oom",)]
    assert check_invariants(db) == []


def test_S6_oom_while_reading_a_document_is_an_oom_item(monkeypatch):
    from nkwatch.ingest import sources

    def boom(*a, **k):
        raise MemoryError

    monkeypatch.setattr(sources, "decode_bytes", boom)
    item = sources.document_item("x.html", b"<p>hi</p>", "html")
    assert item.error is not None and item.error.reason == "oom"


@pytest.mark.full
def test_S6_real_address_space_limit(tmp_path):
    """The worker under RLIMIT_AS: a 150 MB single-line record must not take the run down."""
    src = tmp_path / "c.jsonl"
    corpus(src, 20)
    with src.open("a") as fh:
        fh.write(json.dumps({"doc_id": "huge", "text": "word " * 30_000_000}) + "\n")
    corpus(tmp_path / "d.jsonl", 5, seed=3)
    db = tmp_path / "s6r.db"
    code = ("import resource, sys; resource.setrlimit(resource.RLIMIT_AS, (700 * 2**20, 700 * 2**20));"
            "from nkwatch.cli import main; sys.exit(main())")
    r = subprocess.run([sys.executable, "-c", code, "--quiet", "--db", str(db), "ingest", str(src),
                        str(tmp_path / "d.jsonl")], capture_output=True, timeout=600)
    assert r.returncode in (0, 1), r.stderr.decode()[-2000:]
    assert _count(db) >= 25


# --- S7: reads during ingest ---------------------------------------------------------------------------

def test_S7_api_reads_during_ingest_see_whole_batches_and_no_errors(tmp_path):
    from fastapi.testclient import TestClient

    from nkwatch.serve.app import create_app
    from nkwatch.serve.config import load_config

    db = tmp_path / "s7.db"
    ingest(db, [str(corpus(tmp_path / "a.jsonl", 50, seed=5))], batch_size=50, extract=False)
    src = corpus(tmp_path / "c.jsonl", 600)
    failures, counts = [], []
    done = threading.Event()

    def writer():
        try:
            ingest(db, [str(src)], batch_size=50, extract=False)
        finally:
            done.set()

    app = create_app(load_config(str(db), refresh_seconds=0, rate_limit=0))
    with TestClient(app, raise_server_exceptions=False) as client:
        t = threading.Thread(target=writer)
        t.start()
        while not done.is_set():
            r = client.get("/api/articles?limit=500")
            if r.status_code != 200 or "locked" in r.text:
                failures.append((r.status_code, r.text[:200]))
            conn = open_reader(db, check=False)
            counts.append(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
            conn.close()
        t.join()
    assert failures == []
    assert all(c % 50 == 0 for c in counts), sorted(set(counts))  # never half a batch
    assert check_invariants(db, 650) == []


# --- S8: the WAL-reset bug ------------------------------------------------------------------------------

def test_S8_wal_reset_bug_is_avoided_by_design_and_reported(tmp_path):
    """Matrix: refuse multi-connection WAL on 3.7.0–3.51.2 or switch to a safe mode, loudly. Ours is the safe
    mode by design, whatever the version: one write connection per database (a process lock), readers opened
    read-only (they cannot checkpoint), and `stats` says which case applies."""
    from nkwatch.store.stats import stats

    db = tmp_path / "s8.db"
    Writer(db).close()
    assert wal_reset_bug_affected((3, 45, 0)) and not wal_reset_bug_affected((3, 51, 3))
    conn = open_reader(db)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall() and conn.execute("CREATE TABLE x(y)")
    s = stats(db)
    assert s["sqlite"]["wal_reset_bug_range"] == wal_reset_bug_affected()


# --- S9: a reader pinning the WAL -----------------------------------------------------------------------

def _wal_size(db: Path) -> int:
    try:
        return os.path.getsize(f"{db}-wal")
    except OSError:
        return 0


def _ingest_with_reader(tmp_path, name, *, reader_tx_seconds: float, cap: int | None):
    import nkwatch.store.writer as writer_mod

    db = tmp_path / name
    ingest(db, [str(corpus(tmp_path / f"{name}-a.jsonl", 10, seed=9))], extract=False)
    src = corpus(tmp_path / f"{name}.jsonl", 1500)
    stop = threading.Event()

    def reader():
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, isolation_level=None)
        while not stop.is_set():
            conn.execute("BEGIN")
            conn.execute("SELECT COUNT(*) FROM articles").fetchone()
            stop.wait(reader_tx_seconds)
            conn.execute("COMMIT")
            stop.wait(0.02)  # between requests
        conn.close()

    th = threading.Thread(target=reader)
    th.start()
    sizes = []
    old_cap = writer_mod.WAL_CAP_BYTES
    writer_mod.WAL_CAP_BYTES = cap if cap is not None else 2**62
    orig = Ingestion._write

    def watched(self, *a):
        orig(self, *a)
        sizes.append(_wal_size(db))

    Ingestion._write = watched
    try:
        ingest(db, [str(src)], batch_size=50, extract=False)
    finally:
        Ingestion._write = orig
        writer_mod.WAL_CAP_BYTES = old_cap
        stop.set()
        th.join()
    return db, sizes


def test_S9_wal_stays_under_the_cap_with_bounded_read_transactions(tmp_path):
    cap = 2 * 2**20
    db, sizes = _ingest_with_reader(tmp_path, "s9.db", reader_tx_seconds=0.03, cap=cap)
    assert max(sizes) < cap + 2 * 2**20, [s // 1024 for s in sizes]  # at most one batch past the cap
    assert check_invariants(db) == []


def test_S9_negative_control_without_checkpoints_a_pinning_reader_grows_the_wal(tmp_path):
    db, sizes = _ingest_with_reader(tmp_path, "s9n.db", reader_tx_seconds=30, cap=None)
    assert max(sizes) > 4 * 2**20


# --- S10: a damaged database ----------------------------------------------------------------------------

def _damage(db: Path) -> None:
    """64 bytes of 0xFF over the b-tree page of articles (checkpointed into the main file first)."""
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'articles'").fetchone()[0]
    with open(db, "r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\xff" * 64)


@pytest.fixture
def damaged(tmp_path):
    db = Path(build_kb(tmp_path / "s10.db"))
    _damage(db)
    return db


def test_S10_quick_check_refuses_a_damaged_database(damaged):
    with pytest.raises(CorruptDatabase, match="damaged"):
        open_reader(damaged)
    with pytest.raises(StoreError, match="damaged"):
        Writer(damaged)  # no writes into a damaged file either


@pytest.mark.parametrize("args", [["articles"], ["articles", "restaurant"], ["stats"], ["events"],
                                  ["show", "t-pier-1"], ["journal"], ["restaurants"], ["claims"],
                                  ["ingest", "-"]])
def test_S10_cli_says_damaged_and_exits_3_without_a_traceback(damaged, run_cli, args):
    r = run_cli(*args, db=damaged, input=b'{"text": "hello there"}\n')
    err = r.stderr.decode()
    assert r.returncode == 3, (r.returncode, err)
    assert "damaged" in err and "Traceback" not in err, err


def test_S10_server_refuses_to_serve_a_damaged_database(damaged):
    from fastapi.testclient import TestClient

    from nkwatch.serve.app import create_app
    from nkwatch.serve.config import load_config

    app = create_app(load_config(str(damaged), refresh_seconds=0, rate_limit=0))
    with TestClient(app, raise_server_exceptions=False) as c:
        h = c.get("/healthz")
        assert h.status_code == 503 and h.json()["ok"] is False and h.json()["reason"] == "corrupt_database"
        for path in ("/api/events", "/api/articles", "/events", "/articles"):
            r = c.get(path, headers={"Accept": "application/json" if "/api" in path else "text/html"})
            assert r.status_code == 503 and "damaged" in r.text, (path, r.status_code)


def test_S10_nkwatch_serve_runs_and_answers_503_on_a_damaged_database(damaged):
    import socket
    import urllib.error
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if k != "NKWATCH_DB"}
    proc = subprocess.Popen([EXE, "--db", str(damaged), "serve", "--port", str(port)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        status = None
        for _ in range(150):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2)
                status = 200
                break
            except urllib.error.HTTPError as e:
                status, body = e.code, e.read().decode()
                break
            except OSError:
                assert proc.poll() is None, proc.stderr.read().decode()
                time.sleep(0.1)
        assert status == 503 and "damaged" in body
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_S10_negative_control_a_sound_database_is_served(tmp_path):
    from fastapi.testclient import TestClient

    from nkwatch.serve.app import create_app
    from nkwatch.serve.config import load_config

    db = build_kb(tmp_path / "ok.db")
    with TestClient(create_app(load_config(db, refresh_seconds=0, rate_limit=0))) as c:
        assert c.get("/healthz").status_code == 200 and c.get("/api/events").status_code == 200


# --- S11–S14 --------------------------------------------------------------------------------------------

def test_S11_two_ingest_processes_at_once_serialise(tmp_path):
    src = corpus(tmp_path / "c.jsonl", 300)
    db = tmp_path / "s11.db"
    cmd = [EXE, "--quiet", "--db", str(db), "ingest", str(src)]
    env = {k: v for k, v in os.environ.items() if k != "NKWATCH_DB"}
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env) for _ in range(2)]
    outs = [p.communicate(timeout=600) for p in procs]
    codes = sorted(p.returncode for p in procs)
    assert codes[0] == 0 and all(c in (0, 3) for c in codes), outs  # the second waited, or said who holds it
    # the second, once it has the lock, reads the finished file again: every line a 'duplicate' (S13)
    assert check_invariants(db, 300, rereads=True) == []


def test_S12_no_connection_crosses_a_fork():
    """Scale workers are Dask processes started with spawn, and tasks take paths, never connections."""
    import inspect

    import dask
    import distributed  # noqa: F401  (registers its configuration)

    import nkwatch.scale.tasks as tasks

    assert dask.config.get("distributed.worker.multiprocessing-method") == "spawn"
    source = inspect.getsource(tasks)
    assert "sqlite3.Connection" not in source and "Writer(" not in source


def test_S13_reingesting_the_same_corpus_and_warc_adds_nothing(tmp_path):
    from test_reliability_warc import build

    src = corpus(tmp_path / "c.jsonl", 60)
    warc = tmp_path / "a.warc.gz"
    build(warc, gz=True)
    db = tmp_path / "s13.db"
    first = ingest(db, [str(src), str(warc)])
    with sqlite3.connect(db) as conn:
        before = conn.execute("SELECT COUNT(*), (SELECT COUNT(*) FROM kb_extractions) FROM articles").fetchone()
        cursor = conn.execute("SELECT source, position, state FROM positions ORDER BY 1").fetchall()
    again = ingest(db, [str(src), str(warc)])
    with sqlite3.connect(db) as conn:
        after = conn.execute("SELECT COUNT(*), (SELECT COUNT(*) FROM kb_extractions) FROM articles").fetchone()
        cursor_after = conn.execute("SELECT source, position, state FROM positions ORDER BY 1").fetchall()
    assert cursor_after == cursor  # the cursor is unchanged
    assert first.stored == 70 and again.stored == 0 and again.duplicates == 70
    assert before == after


def test_S14_cosmetic_copy_is_deduplicated_and_linked(tmp_path):
    text = ("The restaurant in Ningbo closed after thirteen workers left for the South, the ministry said on "
            "Friday, adding that the manager had gone with them. ") * 3
    a = {"doc_id": "one", "url": "https://news.example/story?id=5", "outlet": "Wire", "text": text}
    b = {"doc_id": "two", "url": "https://news.example/story?id=5&utm_source=x&utm_medium=y", "outlet": "Wire",
         "text": "  " + text.replace(". ", ".  \n")}
    src = tmp_path / "c.jsonl"
    src.write_text(json.dumps(a) + "\n" + json.dumps(b) + "\n")
    db = tmp_path / "s14.db"
    report = ingest(db, [str(src)], extract=False)
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT doc_id, text_group FROM articles ORDER BY doc_id").fetchall()
        linked = conn.execute("SELECT COUNT(*) FROM near_duplicates").fetchone()[0]
    # either not stored again (duplicate) or stored and linked to the first copy
    assert report.duplicates == 1 or (linked >= 1 and dict(rows)["two"] == "one"), (report, rows)


def test_S15_postgresql_backend():
    pytest.skip("S15 not applicable: nkwatch has no PostgreSQL backend (SQLite only)")


def test_S_read_only_location_is_read_with_immutable(tmp_path, monkeypatch, run_cli):
    """Matrix 'also seen': on a read-only file system stats/articles/serve failed ('unable to open database
    file', SQLite cannot create the -shm). The reader then opens the file immutable=1. (As root, a read-only
    directory is not enforced, so the refusal is injected.)"""
    import nkwatch.store.db as store_db

    db = Path(build_kb(tmp_path / "ro.db"))
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    real = store_db._connect_ro
    tried = []

    def refusing(uri):
        tried.append(uri)
        if "immutable=1" not in uri:
            raise sqlite3.OperationalError("unable to open database file")
        return real(uri)

    monkeypatch.setattr(store_db, "_connect_ro", refusing)
    conn = open_reader(db)
    assert conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 4
    assert any("immutable=1" in u for u in tried)


# --- S3: power loss (apsw VFS; see powerloss_vfs.py) ----------------------------------------------------------

BATCH = 5


def _powerloss_run(tmp_path: Path, seed: int, synchronous: str, crash_after: int | None,
                   separate_cursor: bool = False) -> tuple[object, int, int]:
    """The workload through the VFS until the crash; (vfs, acknowledged batches, VFS ops used)."""
    apsw = pytest.importorskip("apsw")
    from nkwatch.model import Article, content_hash
    from nkwatch.store.articles import insert_article
    from nkwatch.store.db import migrations
    from powerloss_vfs import Crash, PowerLossVFS

    name = f"pl{seed}{synchronous}{crash_after}{separate_cursor}"
    vfs = PowerLossVFS(name)
    work = tmp_path / f"work-{name}"
    work.mkdir()
    conn = apsw.Connection(str(work / "db.sqlite"), vfs=name)
    acknowledged = 0
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute(f"PRAGMA synchronous={synchronous}")
        conn.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TEXT)")
        for version, mname, sql in migrations():
            conn.execute(f"BEGIN IMMEDIATE;\n{sql}\n;INSERT INTO schema_version (version, name) "
                         f"VALUES ({version}, '{mname}');COMMIT;")
        vfs.crash_after = None if crash_after is None else vfs.ops + crash_after
        rng = random.Random(seed)
        for b in range(12):
            def write_batch():
                for i in range(BATCH):
                    n = b * BATCH + i
                    text = f"Article {n}: " + " ".join(str(rng.random()) for _ in range(40))
                    a = Article(doc_id=f"pl-{n:04d}", text=text, title=f"T{n}")
                    insert_article(conn, a, canonical_url=None, content_hash=content_hash(text), text_group=a.doc_id,
                                   raw=text * 3, first_seen="2026-01-01T00:00:00Z", run_id=None)

            def set_cursor():
                conn.execute("INSERT INTO positions (source, position, state, fingerprint, updated) VALUES "
                             "('s', ?, 'running', NULL, 'now') ON CONFLICT(source) DO UPDATE SET "
                             "position = excluded.position", (str((b + 1) * BATCH),))

            if separate_cursor:  # the bug S2 names: the cursor in its own transaction, before the batch
                conn.execute("BEGIN IMMEDIATE"); set_cursor(); conn.execute("COMMIT")
                conn.execute("BEGIN IMMEDIATE"); write_batch(); conn.execute("COMMIT")
            else:
                conn.execute("BEGIN IMMEDIATE"); write_batch(); set_cursor(); conn.execute("COMMIT")
            acknowledged = b + 1
    except Crash:
        pass
    except apsw.Error:
        pass  # an error raised by the crash inside SQLite's own handling
    ops = vfs.ops
    vfs.crash_after = 0  # every later operation fails: nothing more reaches the disk
    try:
        conn.close(True)
    except Exception:
        pass
    return vfs, acknowledged, ops


def _check_image(image_dir: Path, acknowledged: int, *, durable: bool) -> list[str]:
    db = image_dir / "db.sqlite"
    if not db.exists() or db.stat().st_size == 0:
        return [] if acknowledged == 0 or not durable else ["database file lost"]
    try:
        with sqlite3.connect(db) as conn:
            if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                return ["corrupt"]
            if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'positions'").fetchone():
                return [] if acknowledged == 0 or not durable else ["schema lost"]
            n = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
            pos = conn.execute("SELECT position FROM positions").fetchone()
            fts = conn.execute("SELECT COUNT(*) FROM articles_fts").fetchone()[0]
    except sqlite3.DatabaseError as e:
        return [f"unreadable: {e}"]
    problems = []
    cursor = int(pos[0]) if pos else 0
    if n != cursor or n % BATCH or fts != n:
        problems.append(f"partial: {n} articles, cursor {cursor}, {fts} search rows")
    if durable and n < acknowledged * BATCH:
        problems.append(f"lost acknowledged commits: {n} articles, {acknowledged * BATCH} acknowledged")
    return problems


def _powerloss_loop(tmp_path: Path, images: int, synchronous: str, *, separate_cursor: bool = False,
                    durable: bool) -> list[str]:
    _, _, total = _powerloss_run(tmp_path, 0, synchronous, None, separate_cursor)
    found = []
    for k in range(images):
        rng = random.Random(1000 + k)
        vfs, acked, _ = _powerloss_run(tmp_path, k, synchronous, rng.randrange(1, total), separate_cursor)
        out = tmp_path / f"img-{synchronous}-{separate_cursor}-{k}"
        vfs.image(out, rng)
        found += [f"image {k}: {p}" for p in _check_image(out, acked, durable=durable)]
    return found


@pytest.mark.parametrize("synchronous, durable", [("FULL", True), ("NORMAL", False)])
def test_S3_power_loss_mid_commit(tmp_path, synchronous, durable):
    """WAL+FULL: 0 corrupt, 0 partial, 0 lost acknowledged commits; WAL+NORMAL: 0 corrupt, 0 partial."""
    assert _powerloss_loop(tmp_path, 12, synchronous, durable=durable) == []


@pytest.mark.full
@pytest.mark.parametrize("synchronous, durable", [("FULL", True), ("NORMAL", False)])
def test_S3_power_loss_200_images(tmp_path, synchronous, durable):
    assert _powerloss_loop(tmp_path, 200, synchronous, durable=durable) == []


def test_S3_negative_control_synchronous_off_loses_acknowledged_commits(tmp_path):
    """With synchronous=OFF nothing is synced: the checker must find lost commits (or worse)."""
    assert _powerloss_loop(tmp_path, 12, "OFF", durable=True) != []


def test_S3_negative_control_cursor_in_its_own_transaction_is_partial(tmp_path):
    assert any("partial" in p for p in _powerloss_loop(tmp_path, 12, "FULL", separate_cursor=True, durable=True))
