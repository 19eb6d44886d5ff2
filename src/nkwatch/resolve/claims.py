"""Claims grouped by their frame — metric, scope (the world, one country, or one city in it), period (per year or in total) and the
year the figure holds at — and compared only inside it: figures whose ranges overlap once hedges are taken into
account agree ("about 12" and 12; "50,000–60,000" and "about 55,000"); only figures no reading can reconcile
contradict. Each figure keeps who said it, where and when.

A figure holds at the date its sentence gives ("in 2016"; the extraction's ``as_of``), else at its article's
publication: then ``as_of_from`` says "published". A year-precision period matches any date inside it.
"""

from __future__ import annotations

from nkwatch.model import stable_id
from nkwatch.model.countries import country_name
from nkwatch.model.metrics import bounds, hedge_kind, metric_label, period_label, said


def _number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def frame_of(fact: dict, article: dict) -> dict:
    """metric, scope, period and as-of year of one claim (None where the text and its article do not say)."""
    as_of, as_of_from = fact.get("as_of"), "text"
    if not as_of:
        as_of, as_of_from = article.get("published"), "published"
    year = str(as_of)[:4] if as_of and str(as_of)[:4].isdigit() else None
    scope = (fact.get("country") or "").upper() or None
    return {"metric": fact.get("metric"), "scope": scope, "place": (fact.get("place") or None) if scope else None,
            "period": fact.get("period"), "year": year, "as_of": as_of if year else None,
            "as_of_from": as_of_from if year else None}


def scope_name(scope: str | None, place: str | None = None) -> str:
    """ "world", "China", or a city's figure's "Shenyang, China"."""
    where = country_name(scope) if scope else "world"
    return f"{place}, {where}" if place and scope else where


def heading(metric: str | None, scope: str | None, period: str | None, year: str | None, place: str | None = None) -> str:
    """"Restaurant count · world · as of 2016", "Restaurant count · Dandong, China · as of 2016", "Defector arrivals ·
    per year · 2018"."""
    parts = [metric_label(metric), scope_name(scope, place)]
    if period_label(period):
        parts.append(period_label(period))
    parts.append((f"in {year}" if period == "year" else f"as of {year}") if year else "undated")
    return " · ".join(parts)


def group_id(frame: dict) -> str:
    if frame.get("place"):      # a city's figures are a group of their own (a country's keep their ids)
        return stable_id("cl", frame["metric"], frame["scope"], frame["place"], frame["period"], frame["year"])
    return stable_id("cl", frame["metric"], frame["scope"], frame["period"], frame["year"])


def _review_of(m: dict) -> dict:
    """What people's reviews made of one claim (resolve/reviewed_claims.py); nothing for a claim never reviewed."""
    return {"version": m.get("version"), "reviewed": bool(m.get("reviewed")), "reviewed_by": m.get("reviewed_by") or [],
            "corrections": m.get("corrections") or {}}


def claim_view(m: dict) -> dict:
    """One claim (``m``: {"mention_id", "fact", "article"}, reviews applied) as a reader sees it on its own: its frame,
    its figure as said, its source, the group it belongs to, and its review."""
    f, a = m["fact"], m["article"]
    fr = frame_of(f, a)
    number = _number(f.get("value"))
    return {"claim_id": m["mention_id"], "doc_id": a.get("doc_id"), "outlet": a.get("outlet"),
            "published": a.get("published"), "metric": fr["metric"], "metric_label": metric_label(fr["metric"]),
            "country": fr["scope"], "scope": fr["scope"] or "world", "place": fr["place"], "period": fr["period"],
            "period_label": period_label(fr["period"]), "year": fr["year"],
            "heading": heading(fr["metric"], fr["scope"], fr["period"], fr["year"], fr["place"]),
            "group_id": group_id(fr) if number and not m.get("rejected") else None,
            "value": f.get("value"), "value_max": f.get("value_max") if _number(f.get("value_max")) else None,
            "said": said(f["value"], f.get("value_max"), f.get("hedge")) if number else None,
            "approx": bool(f.get("approx")), "hedge": f.get("hedge"), "as_of": fr["as_of"],
            "as_of_from": fr["as_of_from"], "attributed_to": f.get("attributed_to") or None,
            "evidence": f.get("evidence") or [], "rejected": bool(m.get("rejected")), "review": m.get("review"),
            **_review_of(m)}


def overlaps(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def disputes(x: dict, y: dict) -> bool:
    """Whether two figures that cannot both be true are a dispute between sources: some source gives one and not the
    other, and some source the other and not the one; or one article gives them as the words of two different named
    tellers ("50,000-60,000, the United Nations says; closer to 100,000, some researchers say"). An article that gives
    both in its own voice, or one of them as a teller's (a figure before and after, an estimate and a count),
    disputes neither."""
    a, b = x["groups"], y["groups"]
    if a - b and b - a:
        return True
    return any(p != q for g in a & b for p in x["tellers"].get(g, ()) for q in y["tellers"].get(g, ()) if p and q)


def _figure_value(fig: dict):
    if fig["reading"] != "point":
        return fig["figure"]        # "more than 100", "tens of thousands": the figure as read, not a bare number
    return [fig["value"], fig["value_max"]] if fig["value_max"] is not None else fig["value"]


def group_claims(mentions: list[dict]) -> list[dict]:
    """``mentions``: {"mention_id", "fact" (contract claim), "article"} → claim groups as plain dicts. Each source
    says whether people reviewed it (``reviewed``, ``reviewed_by``, ``corrections``) and its ``version``.

    A group is contested when two of its figures cannot both be true (their hedged ranges do not overlap) and
    independent sources give them (``disputes``). Each figure lists the figures it is ``disputed_by`` and those the
    same sources also give (``same_source_as``); it ``agrees`` when no other source disputes it. A figure is
    ``best_supported`` only when more independent sources give it than any other; when the most-supported figures tie,
    none is (``equal_support`` on the group), and none is read against another as the reference.
    """
    groups: dict[tuple, dict] = {}
    for m in mentions:
        f, a = m["fact"], m["article"]
        if not _number(f.get("value")):
            continue
        fr = frame_of(f, a)
        key = (fr["metric"], fr["scope"], fr["place"], fr["period"], fr["year"])
        figures = groups.setdefault(key, {})
        value_max = f.get("value_max") if _number(f.get("value_max")) else None
        kind = hedge_kind(f.get("hedge"))
        # one figure is one number read one way: "more than 50,000" is not 50,000, nor "up to 10,000" "tens of
        # thousands"; "about 130" and 130 are one figure (they allow the same number)
        fig = figures.setdefault((f["value"], value_max, kind), {
            "value": f["value"], "value_max": value_max, "reading": kind,
            "figure": None if kind == "point" else said(f["value"], value_max, f.get("hedge")),
            "sources": [], "groups": set(), "ranges": [], "tellers": {}})
        fig["sources"].append({"mention_id": m["mention_id"], "doc_id": a.get("doc_id"), "outlet": a.get("outlet"),
                               "published": a.get("published"), "attributed_to": f.get("attributed_to") or None,
                               "approx": bool(f.get("approx")), "hedge": f.get("hedge"),
                               "said": said(f["value"], value_max, f.get("hedge")), "as_of": fr["as_of"],
                               "as_of_from": fr["as_of_from"], "evidence": f.get("evidence") or [],
                               **_review_of(m)})
        fig["groups"].add(a.get("text_group") or a.get("doc_id"))
        fig["tellers"].setdefault(a.get("text_group") or a.get("doc_id"), set()).add(
            (f.get("attributed_to") or "").strip().lower() or None)
        fig["ranges"].append(bounds(f["value"], value_max, f.get("hedge"), bool(f.get("approx"))))
    out = []
    for (metric, scope, place, period, year), figs in groups.items():
        figures = []
        for fig in figs.values():
            fig["independent_sources"] = len(fig["groups"])
            ranges = fig.pop("ranges")
            # the figure as its sources allow it: the widest reading any of them gives
            fig["range"] = [min(r[0] for r in ranges), max(r[1] for r in ranges)]
            fig["sources"].sort(key=lambda s: (s["published"] or "", s["doc_id"] or ""))
            figures.append(fig)
        figures.sort(key=lambda f: (-f["independent_sources"], f["value"]))
        for fig in figures:
            fig["disputed_by"], fig["same_source_as"] = [], []
        for i, x in enumerate(figures):
            for y in figures[i + 1:]:
                # figures neither their text nor their article dates may hold at any two times: never compared
                if year is None or overlaps(tuple(x["range"]), tuple(y["range"])):
                    continue
                kind = "disputed_by" if disputes(x, y) else "same_source_as"
                x[kind].append(_figure_value(y))
                y[kind].append(_figure_value(x))
        # the best-supported figure is one more independent sources give than any other; a tie has none
        best = figures[0] if len(figures) == 1 or figures[0]["independent_sources"] > \
            figures[1]["independent_sources"] else None
        for fig in figures:
            fig["best_supported"] = fig is best and len(figures) > 1
            fig["agrees"] = not fig["disputed_by"]
            del fig["groups"], fig["tellers"]
        contested = any(fig["disputed_by"] for fig in figures)
        for fig in figures:
            if fig["range"][1] == float("inf"):
                fig["range"][1] = None      # JSON has no infinity: "more than N" has no upper end
        reviewers = sorted({n for fig in figures for s in fig["sources"] for n in s["reviewed_by"]})
        out.append({
            "id": group_id({"metric": metric, "scope": scope, "place": place, "period": period, "year": year}),
            "metric": metric, "metric_label": metric_label(metric),
            "country": scope, "scope": scope or "world", "place": place, "period": period,
            "period_label": period_label(period), "year": year, "heading": heading(metric, scope, period, year, place),
            "contested": contested,
            "undated": year is None,
            # figures that cannot both be true, each given only by sources that give the other too (one article's
            # "an estimated 6,000 ... only about 2,000 are left"): not a dispute between sources
            "same_source": any(fig["same_source_as"] for fig in figures),
            "equal_support": best is None,
            "corroborated": any(f["independent_sources"] > 1 for f in figures),
            "figures": figures,
            "reviewed": any(s["reviewed"] for fig in figures for s in fig["sources"]), "reviewed_by": reviewers,
        })
    out.sort(key=lambda c: (c["metric"] or "", c["country"] or "", c["period"] or "", c["year"] or ""))
    return out
