"""Score the extractor on the real article sets (src/nkwatch/evaluate/folds.py): the real dev set all of it and fold
by fold, and the grown set.

The texts are third-party and rebuilt outside every repository (../shared/eval/real/README.md,
src/nkwatch/data/eval/real/README.md). Rules are tuned on the ``--tune`` folds only; the other folds are the figures
that count.

    python tools/real_folds.py                          # the table: all, tuned folds, held-back folds, each fold, grown,
                                                        # blind (figures only)
    python tools/real_folds.py --errors --folds 0,1,2   # per-article facts, gold beside predicted, to read
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from nkwatch.evaluate import score  # noqa: E402
from nkwatch.evaluate.folds import BLIND_SETS, FOLDS, REAL_DEV, TUNED, TUNING_SETS, fold_of, read_jsonl  # noqa: E402
from nkwatch.pipeline import extract_records  # noqa: E402

KEYS = ("relevance", "events", "event_slots", "claims", "restaurants", "clusters_pairwise")


def figures(report: dict) -> dict:
    out = {k: round(report[k]["f1"], 3) for k in KEYS}
    out["evidence"] = round(report["evidence_valid_share"], 3)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tune", default=",".join(map(str, sorted(TUNED))), help="the folds rules were tuned on")
    ap.add_argument("--errors", action="store_true", help="print each article's facts, gold beside predicted")
    ap.add_argument("--folds", default=None, help="with --errors: only these folds ('grown' for the grown set)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    why = REAL_DEV.available()
    if why:
        print(f"real dev set: {why}", file=sys.stderr)
        return 2
    meta = [m["doc_id"] for m in read_jsonl(REAL_DEV.meta)]
    arts = sorted(read_jsonl(REAL_DEV.texts_path()), key=lambda a: meta.index(a["doc_id"]))
    gold = {g["doc_id"]: g for g in read_jsonl(REAL_DEV.gold)}
    preds = {p["doc_id"]: p for p in extract_records(arts)}
    fold = {d: fold_of(i) for i, d in enumerate(meta)}
    tune = {int(x) for x in args.tune.split(",") if x}

    def report_for(ids: set[str], articles=arts, golds=gold, predictions=preds) -> dict:
        a = [x for x in articles if x["doc_id"] in ids]
        return score(a, [golds[x["doc_id"]] for x in a], [predictions[x["doc_id"]] for x in a])

    ids = [a["doc_id"] for a in arts]
    rows = {"all 40": figures(report_for(set(ids))),
            "tuned folds": figures(report_for({d for d in ids if fold[d] in tune})),
            "held-back folds": figures(report_for({d for d in ids if fold[d] not in tune}))}
    for k in range(FOLDS):
        rows[f"fold {k}" + (" (tuned)" if k in tune else "")] = figures(report_for({d for d in ids if fold[d] == k}))
    sets: dict[str, tuple] = {}     # name → (articles, gold by doc, predictions by doc)
    for name, realset in {**TUNING_SETS, **BLIND_SETS}.items():
        if realset.available() is None:
            set_arts, set_gold = realset.load()
            sets[name] = (set_arts, {g["doc_id"]: g for g in set_gold},
                          {p["doc_id"]: p for p in extract_records(set_arts)})
            rows[f"{name} set"] = figures(report_for({a["doc_id"] for a in set_arts}, *sets[name]))
    if args.json:
        print(json.dumps(rows, indent=1))
    else:
        print(f"{'':22}" + "".join(f"{k[:11]:>12}" for k in (*KEYS, "evidence")))
        for name, r in rows.items():
            print(f"{name:22}" + "".join(f"{r[k]:>12.3f}" for k in (*KEYS, "evidence")))
    if args.errors:
        show = set(args.folds.split(",")) if args.folds else {str(k) for k in tune}
        for a in arts:
            if str(fold[a["doc_id"]]) in show:
                print_errors(a, gold[a["doc_id"]], preds[a["doc_id"]])
        for name in TUNING_SETS:        # never the blind set's: figures only, nothing is tuned to it
            if name in show and name in sets:
                set_arts, set_gold, set_preds = sets[name]
                for a in set_arts:
                    print_errors(a, set_gold[a["doc_id"]], set_preds[a["doc_id"]])
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

    def claim(c):
        return {k: c.get(k) for k in ("metric", "value", "value_max", "approx", "country", "period", "attributed_to")}

    def restaurant(r):
        return {k: r.get(k) for k in ("name", "city", "country", "optional")}

    print(f"\n=== {article['doc_id']} ({article.get('published')}) {article.get('title')}")
    for name, f in (("events", ev), ("claims", claim), ("restaurants", restaurant)):
        g, p = [f(x) for x in gold.get(name, [])], [f(x) for x in pred.get(name, [])]
        if g or p:
            print(f"  {name}:")
            for x in g:
                print(f"    gold {x}")
            for x in p:
                print(f"    pred {x}")


if __name__ == "__main__":
    raise SystemExit(main())
