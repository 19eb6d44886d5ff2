"""`nkwatch run`: the same corpus gives byte-identical output through --engine local and --engine dask (a real
LocalCluster of two worker processes), JSONL parts split by byte range lose and duplicate nothing, and the
output is the contract format sorted by doc_id."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from nkwatch.cli import main
from nkwatch.scale import run_archive
from corpus_fixture import load_make_corpus




@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    d = tmp_path_factory.mktemp("corpus")
    load_make_corpus().make_corpus(d, 120, relevant=0.1, passing=0.05, shard_size=40,
                                   formats=("jsonl", "warc.gz"), seed=3)
    return d


def outputs(out: Path) -> dict[str, bytes]:
    files = {p.name: p.read_bytes() for p in sorted(out.glob("*.jsonl"))}
    manifest = json.loads((out / "manifest.json").read_text())
    manifest.pop("run")
    files["manifest.json"] = json.dumps(manifest, sort_keys=True).encode()
    return files


def expected_survivors(corpus: Path) -> int:
    kinds = [line.split("\t")[2] for line in (corpus / "truth.tsv").read_text().splitlines()]
    return 2 * sum(k in ("relevant", "passing") for k in kinds)  # each article is in a JSONL and a WARC shard


@pytest.mark.slow
def test_local_and_dask_engines_write_identical_output(corpus, tmp_path):
    runner = CliRunner()
    local = runner.invoke(main, ["-q", "run", str(corpus), "--engine", "local", "--out", str(tmp_path / "local")])
    assert local.exit_code == 0, local.output
    dask = runner.invoke(main, ["-q", "run", str(corpus), "--engine", "dask", "--workers", "2",
                                "--out", str(tmp_path / "dask")])
    assert dask.exit_code == 0, dask.output
    a, b = outputs(tmp_path / "local"), outputs(tmp_path / "dask")
    assert a.keys() == b.keys() and "extractions-00000.jsonl" in a
    assert a == b
    manifest = json.loads((tmp_path / "dask" / "manifest.json").read_text())
    assert manifest["run"]["engine"] == "dask" and manifest["run"]["workers"] == 2
    assert manifest["totals"]["read"] == 240 and manifest["totals"]["written"] == expected_survivors(corpus)


def test_output_is_contract_records_sorted_by_doc_id_with_their_articles(corpus, tmp_path):
    report = run_archive([str(corpus)], str(tmp_path), engine="local", shard_records=10)
    assert report.complete and report.errors == []
    ex_files = sorted(tmp_path.glob("extractions-*.jsonl"))
    ar_files = sorted(tmp_path.glob("articles-*.jsonl"))
    assert len(ex_files) == len(ar_files) == -(-report.written // 10)
    ids = []
    for ex, ar in zip(ex_files, ar_files):
        recs = [json.loads(line) for line in ex.read_text().splitlines()]
        arts = [json.loads(line) for line in ar.read_text().splitlines()]
        assert [r["doc_id"] for r in recs] == [a["doc_id"] for a in arts]
        for r in recs:
            assert {"doc_id", "relevant", "events", "claims", "restaurants"} <= r.keys()
            assert all("cluster" in e for e in r["events"])
        for a in arts:
            assert a["source"] and a["source_ref"] and (a.get("text") or a.get("html"))
        ids.extend(r["doc_id"] for r in recs)
    assert ids == sorted(ids) and len(ids) == len(set(ids)) == expected_survivors(corpus)
    # An HTML record's evidence points into the text extracted from the page, so that text is written too.
    warc_rows = [json.loads(line) for f in ex_files for line in f.read_text().splitlines()
                 if not json.loads(line)["doc_id"].startswith("news-")]
    assert warc_rows and all(r.get("text") for r in warc_rows)


def test_byte_range_parts_read_every_line_exactly_once(tmp_path):
    src = tmp_path / "big.jsonl"
    # Mostly lines the prefilter drops, so the test is about reading, not extraction.
    lines = [json.dumps({"doc_id": f"d{i:05d}", "text": ("North Korea" if i % 50 == 0 else "Weather") + f" item {i} "
                         + "x" * (i % 97)}) for i in range(3000)]
    src.write_bytes(b"\xef\xbb\xbf" + ("\r\n".join(lines) + "\r\n").encode())  # BOM and CRLF, as Windows writes
    whole = run_archive([str(src)], str(tmp_path / "whole"), engine="local")
    split = run_archive([str(src)], str(tmp_path / "split"), engine="local", part_bytes=4096)
    assert whole.parts == 1 and split.parts > 30
    assert split.read == whole.read == 3000 and split.written == whole.written == 60
    assert whole.errors == split.errors == []
    assert (tmp_path / "split" / "extractions-00000.jsonl").read_bytes() == \
        (tmp_path / "whole" / "extractions-00000.jsonl").read_bytes()


def test_unknown_and_missing_sources_are_reported_and_the_rest_runs(corpus, tmp_path):
    stray = tmp_path / "notes.txt"
    stray.write_text("hello")
    result = CliRunner().invoke(main, ["-q", "run", str(corpus / "news-00000.jsonl"), str(stray),
                                       str(tmp_path / "missing.jsonl"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "notes.txt" in result.output and "missing.jsonl" in result.output
    errors = [json.loads(line) for line in (tmp_path / "out" / "errors.jsonl").read_text().splitlines()]
    assert {Path(e["source"]).name for e in errors} == {"notes.txt", "missing.jsonl"}
    assert json.loads((tmp_path / "out" / "manifest.json").read_text())["totals"]["read"] == 40


def test_scheduler_needs_the_dask_engine(tmp_path):
    result = CliRunner().invoke(main, ["run", str(tmp_path), "--scheduler", "tcp://x:1", "--out", str(tmp_path / "o")])
    assert result.exit_code == 2 and "--engine dask" in result.output
