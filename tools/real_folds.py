"""Score the extractor on the real dev set (../shared/eval/real), all of it and fold by fold.

The 40 articles are third-party text: only their gold and metadata are in ../shared; the texts are rebuilt outside
every repository (../shared/eval/real/README.md) and read from ``NKWATCH_REAL_TEXTS``
(default /tmp/nkwatch-eval/real.texts.jsonl). Folds are fixed: article i of meta order (0-based) is in fold i % 5.
Rules are tuned on the ``--tune`` folds only; the others are the figures that count.

    python tools/real_folds.py                      # the table: all, tuned folds, held-back folds, each fold
    python tools/real_folds.py --errors --folds 0,1,2   # per-article misses on the tuning folds, to read
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from nkwatch.evaluate import load_jsonl, score  # noqa: E402
from nkwatch.evaluate.folds import FOLDS, fold_of, real_texts_path  # noqa: E402
from nkwatch.pipeline import extract_records  # noqa: E402

REAL = ROOT.parent / "shared" / "eval" / "real"
KEYS = ("relevance", "events", "event_slots", "claims", "restaurants", "clusters_pairwise")


def figures(report: dict) -> dict:
    out = {k: round(report[k]["f1"], 3) for k in KEYS}
    out["evidence"] = round(report["evidence_valid_share"], 3)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tune", default="0,1,2", help="the folds rules were tuned on (default 0,1,2)")
    ap.add_argument("--errors", action="store_true", help="print each article's misses and false positives")
    ap.add_argument("--folds", default=None, help="with --errors: only these folds")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    path = real_texts_path()
    if not path.is_file():
        print(f"no rebuilt texts at {path} (see {REAL / 'README.md'})", file=sys.stderr)
        return 2
    arts = load_jsonl(str(path))
    gold = {g["doc_id"]: g for g in load_jsonl(str(REAL / "gold.jsonl"))}
    preds = {p["doc_id"]: p for p in extract_records(arts)}
    tune = {int(x) for x in args.tune.split(",") if x}

    def report_for(ids: list[str]) -> dict:
        a = [x for x in arts if x["doc_id"] in ids]
        return score(a, [gold[x["doc_id"]] for x in a], [preds[x["doc_id"]] for x in a])

    meta = [m["doc_id"] for m in load_jsonl(str(REAL / "meta.jsonl"))]
    arts = sorted(arts, key=lambda a: meta.index(a["doc_id"]))
    ids = [a["doc_id"] for a in arts]
    missing = [d for d in meta if d not in ids]
    if missing:
        print(f"texts missing for {len(missing)}: {' '.join(missing)}", file=sys.stderr)
    fold_of_doc = {d: fold_of(i) for i, d in enumerate(meta)}
    rows = {"all": figures(report_for(ids)),
            "tuned folds": figures(report_for([d for d in ids if fold_of_doc[d] in tune])),
            "held-back folds": figures(report_for([d for d in ids if fold_of_doc[d] not in tune]))}
    for k in range(FOLDS):
        rows[f"fold {k}" + (" (tuned)" if k in tune else "")] = figures(report_for([d for d in ids if fold_of_doc[d] == k]))
    if args.json:
        print(json.dumps(rows, indent=1))
    else:
        print(f"{'':22}" + "".join(f"{k[:11]:>12}" for k in (*KEYS, "evidence")))
        for name, r in rows.items():
            print(f"{name:22}" + "".join(f"{r[k]:>12.3f}" for k in (*KEYS, "evidence")))
    if args.errors:
        show = {int(x) for x in args.folds.split(",")} if args.folds else tune
        for a in arts:
            if fold_of_doc[a["doc_id"]] in show:
                print_errors(a, gold[a["doc_id"]], preds[a["doc_id"]])
    return 0


def print_errors(article: dict, gold: dict, pred: dict) -> None:
    """Gold and predicted facts side by side, for reading (events, claims, restaurants)."""
    def ev(e):
        w = e.get("workplace") or {}
        keep = {k: e.get(k) for k in ("type", "count", "count_max", "male", "female", "date", "status", "destination",
                                      "transit", "issuer", "instrument") if e.get(k) not in (None, [], False)}
        keep.update({f"w.{k}": v for k, v in w.items() if v})
        if e.get("optional"):
            keep["optional"] = True
        return keep
    print(f"\n=== {article['doc_id']} ({article.get('published')}) {article.get('title')}")
    for name, f in (("events", ev), ("claims", lambda c: {k: c.get(k) for k in ("metric", "value", "value_max", "approx",
                                                                                  "country", "period", "attributed_to")}),
                    ("restaurants", lambda r: {k: r.get(k) for k in ("name", "city", "country", "optional")})):
        g, p = [f(x) for x in gold.get(name, [])], [f(x) for x in pred.get(name, [])]
        if g or p:
            print(f"  {name}:")
            for x in g:
                print(f"    gold {x}")
            for x in p:
                print(f"    pred {x}")


if __name__ == "__main__":
    raise SystemExit(main())
