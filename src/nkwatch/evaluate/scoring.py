"""Precision, recall and F1 of extraction records against gold records, as the contract's "Scoring" defines them.

Same rules and same report keys as the reference scorer (../shared/eval/score.py); a test holds the two equal on the
dev set. Relevance, events (per type), event slots (per slot), claims, restaurants, cluster links, evidence validity.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict

from nkwatch.evaluate.matching import (agreement, alts, claim_key_equal, codes, get, norm_name, pair, place_sim,
                                       slot_equal)
from nkwatch.model.errors import ScoringError

EVENT_TYPES = ("defection", "return", "closure", "opening", "sanction")
METRICS = ("restaurant_count", "host_country_count", "annual_revenue_usd",
           "overseas_worker_count", "overseas_worker_revenue_usd", "defector_arrivals")
EVENT_SLOTS = ("count", "count_max", "approx", "male", "female",
               "workplace.kind", "workplace.name", "workplace.city", "workplace.region",
               "workplace.country", "transit", "destination", "date", "status",
               "issuer", "instrument")


class PRF:
    """True/false positive and false negative counts; nothing to score is a perfect score."""

    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def scores(self) -> dict:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        if not (self.tp + self.fp + self.fn):
            p = r = f = 1.0
        return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


def score_slot(slot: str, pred, gold, acc: PRF, per_slot: dict) -> None:
    if isinstance(gold, list) and slot != "transit" and None in gold:
        # gold accepts "nothing" as well as the listed values
        rest = [g for g in gold if g is not None]
        if pred is None:
            return
        if rest and slot_equal(slot, pred, rest):
            acc.add(tp=1)
            per_slot[slot].add(tp=1)
        else:
            acc.add(fp=1)
            per_slot[slot].add(fp=1)
        return
    if slot == "transit":
        p, g = codes(pred), codes(gold)
        tp = len(p & g)
        acc.add(tp, len(p - g), len(g - p))
        per_slot[slot].add(tp, len(p - g), len(g - p))
        return
    if pred is None and gold is None:
        return
    if pred is not None and gold is not None and slot_equal(slot, pred, gold):
        acc.add(tp=1)
        per_slot[slot].add(tp=1)
    else:
        fp, fn = int(pred is not None), int(gold is not None)
        acc.add(fp=fp, fn=fn)
        per_slot[slot].add(fp=fp, fn=fn)


def offset(x):
    """A span offset as an int; None for anything else (a bool, a string, 12.5, Infinity)."""
    if isinstance(x, bool):
        return None
    if isinstance(x, float) and x.is_integer():
        return int(x)
    return x if isinstance(x, int) else None


def evidence_valid(fact, text: str) -> bool:
    """A non-empty list of spans, each inside ``text`` and covering more than whitespace."""
    spans = fact.get("evidence") if isinstance(fact, dict) else None
    if not isinstance(spans, list) or not spans:
        return False
    for s in spans:
        a, b = (offset(s.get("start")), offset(s.get("end"))) if isinstance(s, dict) else (None, None)
        if a is None or b is None or not (0 <= a < b <= len(text)) or not text[a:b].strip():
            return False
    return True


def evidence_text(article: dict, p: dict) -> str:
    """What evidence points into: the article's text; for an html record, the text the system wrote."""
    if article.get("text") or not article.get("html"):
        return article.get("text") or ""
    return p["text"] if isinstance(p.get("text"), str) else ""


def cluster_id(e: dict):
    return None if e.get("cluster") in (None, "") else e["cluster"]


def _index_predictions(pred: list, gold_by: dict) -> dict:
    pred_by = {}
    for p in pred:
        if p.get("doc_id") not in gold_by:
            raise ScoringError(f"prediction for doc_id {p.get('doc_id')!r}, which has no gold record")
        if p["doc_id"] in pred_by:
            raise ScoringError(f"two predictions for doc_id {p['doc_id']!r}")
        pred_by[p["doc_id"]] = p
    return pred_by


def _score_slots(pe: dict | None, ge: dict | None, *accs) -> None:
    for slot in EVENT_SLOTS:
        pv, gv = (get(pe, slot) if pe else None), (get(ge, slot) if ge else None)
        for acc, per_slot in accs:
            score_slot(slot, pv, gv, acc, per_slot)


def score(articles: list[dict], gold: list[dict], pred: list[dict]) -> dict:
    """The report: the reference scorer's keys and figures. Raises ScoringError for a prediction gold does not know."""
    arts = {a.get("doc_id"): a for a in articles}
    gold_by = {g["doc_id"]: g for g in gold}
    pred_by = _index_predictions(pred, gold_by)
    missing = [d for d in gold_by if d not in pred_by]

    rel, ev_all, slots_all = PRF(), PRF(), PRF()
    ev_type: dict = defaultdict(PRF)
    per_slot: dict = defaultdict(PRF)
    claims, claim_attr, rests, rest_name = PRF(), Counter(), PRF(), PRF()
    evid: Counter = Counter()
    by_doc = {}
    pred_mentions = []  # (pred cluster, gold cluster of its paired gold event or None), every scored prediction
    gold_mentions = []  # gold cluster of every gold event that counts (required, or optional and paired)

    for doc_id, g in gold_by.items():
        p = pred_by.get(doc_id, {})
        text = evidence_text(arts.get(doc_id, {}), p)
        pev, pcl, prs = (p.get(k) or [] for k in ("events", "claims", "restaurants"))
        doc_slots, doc_ev = PRF(), PRF()
        gr, pr = bool(g.get("relevant")), bool(p.get("relevant"))
        rel.add(tp=int(gr and pr), fp=int(pr and not gr), fn=int(gr and not pr))

        for fact in itertools.chain(pev, pcl, prs):
            evid["valid" if evidence_valid(fact, text) else "invalid"] += 1

        pev = [e for e in pev if evidence_valid(e, text)]
        groups = [(t, [e for e in pev if e.get("type") == t], [e for e in (g.get("events") or []) if e.get("type") == t])
                  for t in EVENT_TYPES]
        # An event of no contract type pairs with nothing: a false positive, not something to skip.
        groups.append((None, [e for e in pev if e.get("type") not in EVENT_TYPES], []))
        for t, pe, ge in groups:
            pairs, up, ug = pair(pe, ge, agreement)
            ug_req = [e for e in ug if not e.get("optional")]
            for acc in (ev_all, ev_type[t], doc_ev):
                acc.add(tp=len(pairs), fp=len(up), fn=len(ug_req))
            for i, j in pairs:
                _score_slots(pe[i], ge[j], (slots_all, per_slot), (doc_slots, defaultdict(PRF)))
                pred_mentions.append((cluster_id(pe[i]), cluster_id(ge[j])))
                gold_mentions.append(cluster_id(ge[j]))
            gold_mentions.extend(cluster_id(e) for e in ug_req)
            pred_mentions.extend((cluster_id(e), None) for e in up)
            for e in up:
                _score_slots(e, None, (slots_all, per_slot), (doc_slots, defaultdict(PRF)))
            for e in ug_req:
                _score_slots(None, e, (slots_all, per_slot), (doc_slots, defaultdict(PRF)))

        pc = [c for c in pcl if evidence_valid(c, text)]
        gc = g.get("claims") or []
        pairs, up, ug = pair(pc, gc, lambda a, b: 1.0, claim_key_equal)
        claims.add(tp=len(pairs), fp=len(up), fn=len([c for c in ug if not c.get("optional")]))
        for i, j in pairs:
            ga, pa = gc[j].get("attributed_to"), pc[i].get("attributed_to")
            if ga:
                claim_attr["gold_attributed"] += 1
                if pa and any(set(norm_name(pa).split()) & set(norm_name(x).split()) for x in alts(ga)):
                    claim_attr["matched"] += 1

        prs = [r for r in prs if evidence_valid(r, text)]
        grs = g.get("restaurants") or []
        pairs, up, ug = pair(prs, grs, place_sim, lambda a, b: place_sim(a, b) > 0)
        rests.add(tp=len(pairs), fp=len(up), fn=len([r for r in ug if not r.get("optional")]))
        for i, j in pairs:
            score_slot("workplace.name", get(prs[i], "name"), get(grs[j], "name"), rest_name, defaultdict(PRF))

        by_doc[doc_id] = {"events": doc_ev.scores(), "event_slots": doc_slots.scores()}

    # Links: pairs of mentions put in one cluster. A predicted link is right when both ends are
    # paired with gold mentions of one gold cluster; recall is over every gold link.
    same_p = right = 0
    for (pa, ga), (pb, gb) in itertools.combinations(pred_mentions, 2):
        if pa is not None and pa == pb:
            same_p += 1
            right += ga is not None and ga == gb
    same_g = sum(n * (n - 1) // 2 for c, n in Counter(gold_mentions).items() if c is not None)
    cluster = PRF()
    cluster.add(tp=right, fp=same_p - right, fn=same_g - right)

    total_facts = evid["valid"] + evid["invalid"]
    return {
        "documents": len(gold_by), "missing_predictions": missing,
        "relevance": rel.scores(),
        "events": ev_all.scores(),
        "events_by_type": {t: ev_type[t].scores() for t in EVENT_TYPES},
        "event_slots": slots_all.scores(),
        "slots": {s: per_slot[s].scores() for s in EVENT_SLOTS},
        "claims": claims.scores(),
        "claim_attribution": dict(claim_attr),
        "restaurants": rests.scores(),
        "restaurant_names": rest_name.scores(),
        "clusters_pairwise": cluster.scores(),
        "evidence_valid_share": round(evid["valid"] / total_facts, 4) if total_facts else 1.0,
        "by_doc": by_doc,
    }
