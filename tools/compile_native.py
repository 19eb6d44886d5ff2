"""Compile the hot modules (the rule extractor, the text cleaning) to C with mypyc. Optional: the Python sources give
the same output, slower.

    python tools/compile_native.py          # build (about a minute); `make install` runs it
    python tools/compile_native.py --clean  # remove the compiled modules: the sources run

Every module in ``nkwatch.native.COMPILED`` gets a compiled twin beside its source (``events.cpython-311-*.so``),
with the shared runtime ``nkwatch/compiled__mypyc*.so``; ``nkwatch/_compiled.json`` records the SHA-256 of every
source compiled. ``nkwatch.native`` loads the compiled modules only while each source still has its recorded hash;
after an edit the sources run (with a warning) until this script runs again. A failed build removes what an
earlier build left, so the sources run.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
sys.path.insert(0, str(SRC))

with warnings.catch_warnings():     # "out of date" is what this script is run to mend
    warnings.simplefilter("ignore", RuntimeWarning)
    from nkwatch.native import COMPILED, GROUP, MANIFEST, PACKAGE_DIR, compiled_state, source_digest, source_of  # noqa: E402


def compiled_files() -> list[Path]:
    """What a build leaves in the package: the modules' compiled twins, the shared runtime, the manifest."""
    out = [PACKAGE_DIR / MANIFEST]
    for module in [*COMPILED, GROUP + "__mypyc"]:
        source = source_of(module)
        out.extend(source.parent.glob(f"{source.stem}.*.so"))
        out.extend(source.parent.glob(f"{source.stem}.so"))
    return [p for p in out if p.exists()]


def clean() -> None:
    for p in compiled_files():      # the manifest first: from here on the sources run
        p.unlink()


def build(opt_level: str) -> None:
    from mypyc.build import mypycify
    from setuptools import setup

    sources = [source_of(m) for m in COMPILED]
    digests = {m: source_digest(path) for m, path in zip(COMPILED, sources)}
    with tempfile.TemporaryDirectory(prefix="nkwatch-mypyc-") as tmp:
        modules = mypycify(
            ["--ignore-missing-imports", "--follow-imports=silent", *[str(p.relative_to(ROOT)) for p in sources]],
            opt_level=opt_level, group_name=GROUP, target_dir=str(Path(tmp) / "c"))
        setup(name="nkwatch-compiled", ext_modules=modules, package_dir={"": "src"},
              script_args=["-q", "build_ext", "--inplace", "--build-temp", str(Path(tmp) / "obj"),
                           "--build-lib", str(Path(tmp) / "lib")])
    (PACKAGE_DIR / MANIFEST).write_text(json.dumps(
        {"compiler": "mypyc", "python": sys.implementation.cache_tag, "sources": digests}, indent=1) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clean", action="store_true", help="remove the compiled modules and stop")
    ap.add_argument("--opt-level", default="3", help="the C compiler's optimisation level (mypyc's opt_level)")
    ap.add_argument("--log", type=Path, default=ROOT / "build" / "compile_native.log",
                    help="where mypy's and the C compiler's output goes")
    ap.add_argument("--in-process", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.in_process:        # the build itself, its output sent to the log by the parent
        os.chdir(ROOT)      # mypy names modules by their paths under src/
        build(a.opt_level)
        return 0
    clean()
    if a.clean:
        print("compiled modules removed: the Python sources run")
        return 0
    a.log.parent.mkdir(parents=True, exist_ok=True)
    with a.log.open("w") as log:
        done = subprocess.run([sys.executable, __file__, "--in-process", "--opt-level", a.opt_level],
                              stdout=log, stderr=subprocess.STDOUT, check=False)
    if done.returncode != 0 or not compiled_state(environ={})[0]:
        clean()
        tail = "".join(a.log.read_text(errors="replace").splitlines(keepends=True)[-15:])
        print(f"{tail}\ncompiling with mypyc failed (the whole output is in {a.log}): nkwatch runs from its Python "
              "sources, with the same output, slower", file=sys.stderr)
        return 1
    print(f"compiled {len(COMPILED)} modules with mypyc (the rule extractor, the text cleaning; output in {a.log})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
