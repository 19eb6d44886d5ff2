"""Two `nkwatch ingest` processes on one database at once: the second waits for the one writer, both finish."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path


def test_two_ingest_processes_on_one_database_take_turns(tmp_path):
    db = tmp_path / "shared.db"
    exe = str(Path(sys.executable).with_name("nkwatch"))
    env = {k: v for k, v in os.environ.items() if k != "NKWATCH_DB"}
    files = []
    for name in ("a", "b"):
        p = tmp_path / f"{name}.jsonl"
        p.write_text("".join(json.dumps({"doc_id": f"{name}-{i}", "title": f"{name} {i}",
                                         "text": f"Item {i} of batch {name}: word{i}{name} and more words."}) + "\n"
                             for i in range(300)), encoding="utf-8")
        files.append(p)
    procs = [subprocess.Popen([exe, "--quiet", "--db", str(db), "ingest", str(p)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, env=env) for p in files]
    outs = [p.communicate(timeout=600) for p in procs]
    for p, (out, err) in zip(procs, outs):
        assert p.returncode == 0, err.decode()
        assert out.decode().startswith("stored 300, duplicates 0, errors 0")
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 600
        assert conn.execute("SELECT COUNT(*) FROM runs WHERE finished IS NOT NULL").fetchone()[0] == 2
