"""Faults during `nkwatch run`: a worker killed mid-task, corrupt shards, and a re-run after an interruption."""

from __future__ import annotations

import json
import os
import signal
import sys
from pathlib import Path

import cloudpickle
import pytest
from click.testing import CliRunner
from distributed.diagnostics.plugin import WorkerPlugin

from nkwatch.cli import main
from nkwatch.extract import get_extractor, register
from nkwatch.scale import TaskSettings, run_archive
from nkwatch.scale.outputs import marker_path, part_path
from nkwatch.scale.shards import find_shards, plan_parts
from nkwatch.scale.tasks import process_part
from corpus_fixture import load_make_corpus




@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    d = tmp_path_factory.mktemp("corpus")
    load_make_corpus().make_corpus(d, 240, relevant=0.1, passing=0.05, shard_size=30, formats=("jsonl",), seed=5)
    return d


@pytest.fixture(scope="module")
def fresh(corpus, tmp_path_factory):
    """The corpus run once without faults: what every interrupted run must end up writing."""
    out = tmp_path_factory.mktemp("fresh")
    return out, run_archive([str(corpus)], str(out), engine="local")


def read_rows(out: Path, pattern: str) -> list[dict]:
    return [json.loads(line) for p in sorted(out.glob(pattern)) for line in p.read_text().splitlines()]


# --- a worker killed mid-task ---------------------------------------------------------------------------

class KillOnce:
    """Delegates to the rules extractor, but the first worker to reach its third article kills its own process
    (SIGKILL: no cleanup, like the OOM killer) — once per test, recorded by a flag file."""

    name = "rules-kill-once"

    def __init__(self, flag: str):
        self.flag, self.inner, self.calls = flag, get_extractor("rules"), 0
        self.version = self.inner.version

    def extract(self, article):
        self.calls += 1
        if self.calls == 3 and os.environ.get("NKWATCH_TEST_ROLE") == "worker":
            try:
                fd = os.open(self.flag, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
            except FileExistsError:
                pass
            else:
                os.write(fd, str(os.getpid()).encode())
                os.close(fd)
                os.kill(os.getpid(), signal.SIGKILL)
        return self.inner.extract(article)


def register_kill_once(flag: str) -> None:
    get_extractor("rules")  # the default backend registers itself only while no other factory exists
    register(KillOnce.name)(lambda: KillOnce(flag))


class RegisterKillOnce(WorkerPlugin):
    """A worker plugin, so the replacement worker the nanny starts has the extractor too."""

    def __init__(self, flag: str):
        self.flag = flag

    def setup(self, worker):
        os.environ["NKWATCH_TEST_ROLE"] = "worker"
        register_kill_once(self.flag)


@pytest.mark.slow
def test_a_worker_killed_mid_task_is_replaced_and_every_article_is_processed_once(corpus, fresh, tmp_path):
    from distributed import Client, LocalCluster

    flag = str(tmp_path / "killed.pid")
    register_kill_once(flag)
    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    try:
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
                Client(cluster) as client:
            client.register_plugin(RegisterKillOnce(flag))
            before = set(client.run(os.getpid).values())
            report = run_archive([str(corpus)], str(tmp_path / "out"), engine="dask",
                                 scheduler=cluster.scheduler_address,
                                 settings=TaskSettings(extractor=KillOnce.name))
            client.wait_for_workers(2)
            after = set(client.run(os.getpid).values())
    finally:
        cloudpickle.unregister_pickle_by_value(sys.modules[__name__])
    killed = int(Path(flag).read_text())
    assert killed in before and killed not in after and len(after) == 2  # the nanny replaced it
    assert report.complete and report.read == 240
    got = read_rows(tmp_path / "out", "extractions-*.jsonl")
    ids = [r["doc_id"] for r in got]
    assert len(ids) == len(set(ids)) == fresh[1].written
    assert got == read_rows(fresh[0], "extractions-*.jsonl")


# --- corrupt shards ---------------------------------------------------------------------------------------

def test_corrupt_shards_are_reported_and_skipped_and_the_rest_is_processed(corpus, tmp_path):
    mc = load_make_corpus()
    good = tmp_path / "in"
    mc.make_corpus(good, 60, relevant=0.5, shard_size=30, formats=("jsonl", "warc.gz", "jsonl.gz"), seed=9)
    (good / "garbage.warc.gz").write_bytes(os.urandom(4000))
    whole = (good / "news-00001.warc.gz").read_bytes()
    (good / "cut.warc.gz").write_bytes(whole[: len(whole) // 2])
    gz = (good / "news-00001.jsonl.gz").read_bytes()
    (good / "cut.jsonl.gz").write_bytes(gz[: len(gz) // 2])
    lines = (good / "news-00000.jsonl").read_text().splitlines()
    (good / "badline.jsonl").write_text(lines[0] + "\n{not json\n" + "[1, 2]\n")

    result = CliRunner().invoke(main, ["-q", "run", str(good), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1, result.output
    errors = read_rows(tmp_path / "out", "errors.jsonl")
    by_file = {}
    for e in errors:
        by_file.setdefault(Path(e["source"]).name, set()).add(e["reason"])
    assert "corrupt_shard" in by_file["garbage.warc.gz"]
    assert by_file["cut.warc.gz"] & {"corrupt_shard", "truncated"}
    assert "corrupt_shard" in by_file["cut.jsonl.gz"]
    assert by_file["badline.jsonl"] == {"bad_record"}
    refs = {e["ref"] for e in errors if Path(e["source"]).name == "badline.jsonl"}
    assert len(refs) == 2 and all(r.startswith("byte ") for r in refs)
    assert all(e["message"].startswith(e["source"]) for e in errors)
    # The same articles in three formats: the first read is kept, the others are listed, not counted as errors.
    dups = read_rows(tmp_path / "out", "duplicates.jsonl")
    assert dups and {d["reason"] for d in dups} == {"duplicate"} and not {e["reason"] for e in errors} & {"duplicate"}
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    read_by_shard = {Path(p["shard"]).name: p["read"] for p in manifest["parts"]}
    assert read_by_shard["news-00000.jsonl"] == 30 and read_by_shard["news-00000.warc.gz"] == 30
    assert 0 < read_by_shard["cut.warc.gz"] < 30  # what came before the damage is kept
    ids = {r["doc_id"] for r in read_rows(tmp_path / "out", "extractions-*.jsonl")}
    assert lines and json.loads(lines[0])["doc_id"] in ids


# --- re-run after an interruption --------------------------------------------------------------------------

def test_a_rerun_continues_where_an_interrupted_run_stopped(corpus, fresh, tmp_path):
    out = tmp_path / "out"
    shards, _ = find_shards([str(corpus)])
    parts = plan_parts(shards)
    # The interrupted run: three parts finished; one wrote its output but died before its done-marker;
    # another left only a temporary file.
    for p in parts[:3]:
        process_part(p, str(out))
    process_part(parts[3], str(out))
    marker_path(out, parts[3].key).unlink()
    part_path(out, parts[4].key).with_name(f".{parts[4].key}.jsonl.123.abcd.tmp").write_text("half a line")
    finished = {p.key: part_path(out, p.key).stat().st_mtime_ns for p in parts[:3]}

    report = run_archive([str(corpus)], str(out), engine="local")
    assert report.parts_skipped == 3 and report.complete and report.read == 240
    assert {p.key: part_path(out, p.key).stat().st_mtime_ns for p in parts[:3]} == finished  # not redone
    assert (out / "extractions-00000.jsonl").read_bytes() == (fresh[0] / "extractions-00000.jsonl").read_bytes()

    again = run_archive([str(corpus)], str(out), engine="local")
    assert again.parts_skipped == len(parts) and again.written == fresh[1].written


def test_parts_done_under_another_extractor_version_run_again(corpus, tmp_path):
    out = tmp_path / "out"
    run_archive([str(corpus)], str(out), engine="local")
    shards, _ = find_shards([str(corpus)])
    first = plan_parts(shards)[0]
    marker = json.loads(marker_path(out, first.key).read_text())
    marker["settings"]["extractor_version"] = "older"
    marker_path(out, first.key).write_text(json.dumps(marker))
    report = run_archive([str(corpus)], str(out), engine="local")
    assert report.parts_skipped == report.parts - 1


@pytest.mark.slow
def test_a_killed_nkwatch_run_continues_when_run_again(corpus, fresh, tmp_path):
    import subprocess
    import time

    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "nkwatch.cli", "-q", "run", str(corpus), "--out", str(out)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while proc.poll() is None and not list((out / "parts").glob("*.done.json")):
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait()
    done_before = len(list((out / "parts").glob("*.done.json")))
    if proc.returncode == 0 or done_before == 8:
        pytest.skip("the run finished before it could be interrupted")
    assert not (out / "manifest.json").exists()

    again = subprocess.run(cmd + ["--json"], capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    summary = json.loads(again.stdout)
    assert summary["parts_skipped"] == done_before and summary["read"] == 240
    assert read_rows(out, "extractions-*.jsonl") == read_rows(fresh[0], "extractions-*.jsonl")
    assert summary["written"] == fresh[1].written
