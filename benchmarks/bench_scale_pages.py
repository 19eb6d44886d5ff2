"""The scale benchmark on WARC.gz news pages (issue 15), as `make bench` runs it: 10,000 pages, 2 workers.

    python benchmarks/bench_scale_pages.py [--warc-pages 1000000] [any option of bench_scale.py]

Everything is in bench_scale.py (``--warc-pages``); this file only gives `make bench` that mode's default size.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_scale import main  # noqa: E402

if __name__ == "__main__":
    args = sys.argv[1:]
    sys.exit(main(args if any(a.startswith("--warc-pages") for a in args) else ["--warc-pages", "10000", *args]))
