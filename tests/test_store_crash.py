"""Crash safety: `kill -9` in the middle of ingesting 10,000 articles, then a re-run, gives exactly 10,000."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from nkwatch.store import open_reader

N = 10_000


def generate(path: Path, n: int) -> None:
    """n distinct articles of random made-up words (no near-duplicates among them)."""
    rng = random.Random(20261122)
    letters = "abcdefghijklmnopqrstuvwxyz"
    vocab = ["".join(rng.choice(letters) for _ in range(rng.randint(3, 9))) for _ in range(5000)]
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            words = rng.choices(vocab, k=60)
            text = " ".join(words).capitalize() + "."
            fh.write(json.dumps({"doc_id": f"gen-{i:05d}", "title": f"Generated {i}", "outlet": "Generator",
                                 "published": "2020-01-01", "text": text}) + "\n")


def count(db: Path) -> int:
    try:
        conn = open_reader(db)
    except Exception:
        return 0
    try:
        return conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0
    finally:
        conn.close()


@pytest.mark.slow
def test_kill_9_mid_ingest_then_rerun_gives_exactly_every_article_once(tmp_path):
    src = tmp_path / "big.jsonl"
    db = tmp_path / "crash.db"
    generate(src, N)
    exe = str(Path(sys.executable).with_name("nkwatch"))
    cmd = [exe, "--quiet", "--db", str(db), "ingest", str(src)]
    env = {k: v for k, v in os.environ.items() if k != "NKWATCH_DB"}

    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    try:
        # kill once some batches are committed and well before the end
        deadline = time.monotonic() + 600
        while count(db) < N // 4 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert proc.poll() is None, f"ingest ended before it could be killed: {proc.stderr.read().decode()}"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    stored_before = count(db)
    assert 0 < stored_before < N

    rerun = subprocess.run(cmd, capture_output=True, env=env, timeout=900)
    out = rerun.stdout.decode()
    assert rerun.returncode == 0, rerun.stderr.decode()
    assert f"resumed {src}" in out, out  # it continued from the committed position, not from the start
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == N
        assert conn.execute("SELECT COUNT(DISTINCT content_hash) FROM articles").fetchone()[0] == N
        assert conn.execute("SELECT COUNT(*) FROM articles_fts").fetchone()[0] == N
        # every article journalled "ok" exactly once over both runs: the re-run re-read nothing committed
        assert conn.execute("SELECT COUNT(*), COUNT(DISTINCT doc_id) FROM journal WHERE status = 'ok'"
                            ).fetchone() == (N, N)
        assert conn.execute("SELECT COUNT(*) FROM journal WHERE status != 'ok'").fetchone()[0] == 0
        ids = {r[0] for r in conn.execute("SELECT doc_id FROM articles")}
    assert ids == {f"gen-{i:05d}" for i in range(N)}
