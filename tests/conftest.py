"""Shared fixtures: where ../shared is (tests that need it skip cleanly without it), a fresh database path."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent (third-party seeds and the dev set live beside the repo)")
    return SHARED


@pytest.fixture
def dev_articles(shared_dir) -> Path:
    p = shared_dir / "eval" / "dev" / "dev.articles.jsonl"
    if not p.is_file():
        pytest.skip(f"{p} is absent")
    return p


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "nkwatch.db"


@pytest.fixture
def run_cli(db_path):
    """Run the installed `nkwatch` command for real (a subprocess), against ``db_path`` unless told otherwise."""
    exe = Path(sys.executable).with_name("nkwatch")

    def run(*args: str, db: Path | None = None, input: bytes | None = None, timeout: float = 300):
        env = dict(os.environ, PYTHONIOENCODING="utf-8")
        env.pop("NKWATCH_DB", None)
        cmd = [str(exe), "--db", str(db or db_path), *args]
        return subprocess.run(cmd, input=input, capture_output=True, timeout=timeout, env=env)

    return run


def pytest_addoption(parser):
    parser.addoption("--full", action="store_true", default=False,
                     help="also run the reliability loops marked `full` (make test-full)")


def pytest_collection_modifyitems(config, items):
    if config.getoption("--full"):
        return
    skip = pytest.mark.skip(reason="a long loop: run with --full (make test-full)")
    for item in items:
        if "full" in item.keywords:
            item.add_marker(skip)
