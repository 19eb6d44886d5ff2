"""The timeline: events per month as stacked bars, every month in the range present even when empty."""

from __future__ import annotations

EVENT_TYPES = ("defection", "return", "closure", "opening", "sanction")


def _month_index(m: str) -> int | None:
    try:
        y, mo = int(m[:4]), int(m[5:7])
    except (TypeError, ValueError):
        return None
    return y * 12 + mo - 1 if 1 <= mo <= 12 else None


def build_timeline(rows: list[dict], *, bar: float = 14.0, height: float = 160.0) -> dict:
    """``rows`` = ``[{"month": "2016-04", "type": "defection", "n": 3}, ...]`` (events dated to a month or day)."""
    by_month: dict[int, dict[str, int]] = {}
    for r in rows:
        i = _month_index(str(r.get("month") or ""))
        if i is None:
            continue
        t = r.get("type") if r.get("type") in EVENT_TYPES else "other"
        by_month.setdefault(i, {}).setdefault(t, 0)
        by_month[i][t] += int(r.get("n") or 0)
    if not by_month:
        return {"bars": [], "width": 0, "height": height, "max": 0, "total": 0, "years": []}
    lo, hi = min(by_month), max(by_month)
    peak = max(sum(v.values()) for v in by_month.values())
    scale = (height - 30) / peak
    bars, years = [], []
    for k, i in enumerate(range(lo, hi + 1)):
        y, mo = divmod(i, 12)
        x = 30 + k * bar
        counts = by_month.get(i, {})
        stack, top = [], height - 20
        for t in (*EVENT_TYPES, "other"):
            n = counts.get(t, 0)
            if n:
                h = n * scale
                top -= h
                stack.append({"type": t, "n": n, "y": round(top, 2), "h": round(h, 2)})
        month = f"{y:04d}-{mo + 1:02d}"
        bars.append({"month": month, "x": x, "w": bar - 2, "total": sum(counts.values()), "stack": stack})
        if mo == 0 or k == 0:
            years.append({"x": x, "label": str(y)})
    return {"bars": bars, "width": 40 + len(bars) * bar, "height": height, "max": peak,
            "total": sum(b["total"] for b in bars), "years": years}
