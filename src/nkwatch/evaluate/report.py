"""The evaluation report as text: one line per figure, the layout of the reference scorer's report."""

from __future__ import annotations


def format_report(r: dict, *, by_doc: bool = False) -> str:
    lines: list[str] = []

    def row(name, s):
        lines.append(f"  {name:<28} P {s['p']:.3f}  R {s['r']:.3f}  F1 {s['f1']:.3f}"
                     f"   (tp {s['tp']}, fp {s['fp']}, fn {s['fn']})")

    run = r.get("run") or {}
    if run:
        lines.append(f"extractor: {run.get('extractor')} ({run.get('version')}), {run.get('articles')} articles "
                     f"in {run.get('seconds')} s")
    for p in run.get("gold_problems", []):
        lines.append(f"gold problem: {p}")
    missing = r["missing_predictions"]
    lines.append(f"documents: {r['documents']}" + (f"   missing predictions: {len(missing)}" if missing else ""))
    row("relevance", r["relevance"])
    row("events", r["events"])
    for t, s in r["events_by_type"].items():
        if s["tp"] + s["fp"] + s["fn"]:
            row("  " + t, s)
    row("event slots", r["event_slots"])
    for t, s in r["slots"].items():
        if s["tp"] + s["fp"] + s["fn"]:
            row("  " + t, s)
    row("claims", r["claims"])
    a = r["claim_attribution"]
    if a.get("gold_attributed"):
        lines.append(f"  {'  attribution':<28} {a.get('matched', 0)} of {a['gold_attributed']} paired claims")
    row("restaurants", r["restaurants"])
    row("  names", r["restaurant_names"])
    row("clusters (pairwise)", r["clusters_pairwise"])
    lines.append(f"  {'evidence valid':<28} {r['evidence_valid_share']:.3f}")
    if by_doc:
        for d, s in r["by_doc"].items():
            lines.append(f"  {d:<40} events F1 {s['events']['f1']:.3f}  slots F1 {s['event_slots']['f1']:.3f}")
    return "\n".join(lines)
