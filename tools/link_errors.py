"""Links to read: on a set the rules may be tuned on, every gold link the resolver missed and every link it made
that gold does not hold, each with the matcher's score and reasons between the two mentions (and between the two
events they landed in).

    python tools/link_errors.py grown2            # or: grown, grown3 ... grown13, dev, real:0,1,2,3
    python tools/link_errors.py grown2 --order 3  # the articles in a shuffled order (the resolver is incremental)

Only tuning sets: the real dev set's fold 4 and the blind set are refused (their errors are never read).
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from nkwatch.evaluate.folds import REAL_DEV, TUNED, TUNING_SETS, fold_of, read_jsonl  # noqa: E402
from nkwatch.evaluate.matching import agreement, pair  # noqa: E402
from nkwatch.pipeline import extract_records, published_text  # noqa: E402
from nkwatch.resolve.batch import mentions_of  # noqa: E402
from nkwatch.resolve.match import compare  # noqa: E402

DEV = ROOT.parent / "shared" / "eval" / "dev"


def load(which: str) -> tuple[list[dict], list[dict]]:
    if which in TUNING_SETS:
        return TUNING_SETS[which].load()
    if which == "dev":
        dev = Path("/work/shared/eval/dev")
        return read_jsonl(dev / "dev.articles.jsonl"), read_jsonl(dev / "dev.gold.jsonl")
    if which.startswith("real:"):
        folds = {int(x) for x in which[5:].split(",")}
        if not folds <= TUNED:
            raise SystemExit(f"only the tuned folds {sorted(TUNED)} may be read")
        meta = [m["doc_id"] for m in read_jsonl(REAL_DEV.meta)]
        gold = {g["doc_id"]: g for g in read_jsonl(REAL_DEV.gold)}
        arts = sorted(read_jsonl(REAL_DEV.texts_path()), key=lambda a: meta.index(a["doc_id"]))
        # the whole set is resolved together (as scored); only pairs inside the asked folds are shown
        # only the asked folds' articles are resolved: fold 4's never meet the tuning folds' in these listings
        keep = {d for i, d in enumerate(meta) if fold_of(i) in folds}
        arts = [a for a in arts if a["doc_id"] in keep]
        return arts, [gold[a["doc_id"]] for a in arts]
    raise SystemExit(f"not a tuning set: {which}")


def main(which: str, order: int | None = None) -> None:
    arts, golds = load(which)
    if order:
        pairs = list(zip(arts, golds))
        random.Random(order).shuffle(pairs)
        arts, golds = [a for a, _ in pairs], [g for _, g in pairs]
    show = {a["doc_id"] for a in arts}
    preds = {p["doc_id"]: p for p in extract_records(arts)}
    art_by = {a["doc_id"]: a for a in arts}
    rows = []      # (doc, pred event index or None, pred event, gold cluster)
    for g in golds:
        d = g["doc_id"]
        pe = preds[d].get("events") or []
        ge = g.get("events") or []
        for t in {e.get("type") for e in pe + ge}:
            pi = [i for i, e in enumerate(pe) if e.get("type") == t]
            gi = [j for j, e in enumerate(ge) if e.get("type") == t]
            pairs, up, ug = pair([pe[i] for i in pi], [ge[j] for j in gi], agreement)
            for a, b in pairs:
                rows.append((d, pi[a], pe[pi[a]], ge[gi[b]].get("cluster")))
            for e in ug:
                if not e.get("optional") and e.get("cluster"):
                    rows.append((d, None, e, e.get("cluster")))
    ments = {}
    for d, p in preds.items():
        a = art_by[d]
        for m in mentions_of(p, published=published_text(a.get("published"))):
            ments[(d, m.ordinal)] = m
    missed_event = missed = wrong = right = 0
    for (d1, i1, e1, g1), (d2, i2, e2, g2) in itertools.combinations(rows, 2):
        if d1 not in show and d2 not in show:
            continue
        same_gold = g1 is not None and g1 == g2
        same_pred = i1 is not None and i2 is not None and e1.get("cluster") == e2.get("cluster")
        if same_gold and same_pred:
            right += 1
        if same_gold and not same_pred:
            if i1 is None or i2 is None:
                missed_event += 1
                print(f"\nMISSED (event not extracted) {d1} / {d2}: {g1}")
                continue
            missed += 1
            print(f"\nMISSED {d1}#{i1} / {d2}#{i2}  (gold {g1})")
        elif same_pred and not same_gold:
            wrong += 1
            print(f"\nWRONG {d1}#{i1} / {d2}#{i2}  (gold {g1} vs {g2})")
        else:
            continue
        for d, i, e in ((d1, i1, e1), (d2, i2, e2)):
            keep = {k: v for k, v in e.items() if k not in ("evidence", "cluster") and v not in (None, [], False)}
            print(f"   {d} pub {art_by[d].get('published')}: {keep}")
        c = compare(ments[(d2, i2)], ments[(d1, i1)])
        print(f"   compare: {c.verdict} {c.score:+.2f} {c.reason()}")
    print(f"\nlinks right {right}, missed {missed} (+{missed_event} with an event not extracted), wrong {wrong}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("set", nargs="?", default="grown2")
    ap.add_argument("--order", type=int, default=None, help="shuffle the articles with this seed")
    args = ap.parse_args()
    main(args.set, args.order)
