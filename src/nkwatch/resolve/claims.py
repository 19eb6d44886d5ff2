"""Claims grouped by what they measure (metric, scope country, period): the same figure from independent
sources corroborates, different figures for the same thing contradict. Each figure keeps who said it, where
and when."""

from __future__ import annotations

import json

from nkwatch.model import stable_id


def _figure(fact: dict) -> str:
    return json.dumps([fact.get("value"), fact.get("value_max")])


def group_claims(mentions: list[dict]) -> list[dict]:
    """``mentions``: {"mention_id", "fact" (contract claim), "article"} → claim groups as plain dicts."""
    groups: dict[tuple, dict] = {}
    for m in mentions:
        f = m["fact"]
        if not isinstance(f.get("value"), (int, float)) or isinstance(f.get("value"), bool):
            continue
        key = (f.get("metric"), (f.get("country") or "").upper() or None, f.get("period"))
        g = groups.setdefault(key, {"figures": {}})
        fig = g["figures"].setdefault(_figure(f), {"value": f.get("value"), "value_max": f.get("value_max"),
                                                   "sources": [], "groups": set()})
        a = m["article"]
        fig["sources"].append({"mention_id": m["mention_id"], "doc_id": a.get("doc_id"), "outlet": a.get("outlet"),
                               "published": a.get("published"), "attributed_to": f.get("attributed_to"),
                               "approx": bool(f.get("approx")), "evidence": f.get("evidence") or []})
        fig["groups"].add(a.get("text_group") or a.get("doc_id"))
    out = []
    for (metric, country, period), g in groups.items():
        figures = []
        for fig in g["figures"].values():
            fig["independent_sources"] = len(fig.pop("groups"))
            fig["sources"].sort(key=lambda s: (s["published"] or "", s["doc_id"] or ""))
            figures.append(fig)
        figures.sort(key=lambda f: (-f["independent_sources"], f["value"]))
        out.append({
            "id": stable_id("cl", metric, country, period),
            "metric": metric, "country": country, "period": period,
            "contested": len(figures) > 1,
            "corroborated": any(f["independent_sources"] > 1 for f in figures),
            "figures": figures,
        })
    out.sort(key=lambda c: (c["metric"] or "", c["country"] or "", c["period"] or ""))
    return out
