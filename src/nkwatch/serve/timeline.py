"""The timeline: the whole story at first sight (one bar per year, every year in the range, empty ones too), and
one year's months on demand. Events dated only to a year are drawn as such (hatched), never dropped or spread
over months; events with no date are counted beside the chart. Each bar leads to the events of its period.

The chart is plain SVG in a fixed viewBox that the page scales to its width, so it never needs scrolling.
"""

from __future__ import annotations

from urllib.parse import urlencode

EVENT_TYPES = ("defection", "return", "closure", "opening", "sanction")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
WIDTH, HEIGHT = 1000.0, 260.0
LEFT, RIGHT, TOP, BOTTOM = 44.0, 8.0, 12.0, 40.0
# "months ›" under a year is about 42 units wide (10px text); under narrower slots the labels ran together and the
# last one was cut at the edge, so it is drawn only where it fits: the year itself is the link either way
SUBLABEL_SLOT = 52.0


def _year(v) -> int | None:
    try:
        y = int(str(v)[:4])
    except (TypeError, ValueError):
        return None
    return y if 1000 <= y <= 9999 else None


def _month(v) -> tuple[int, int] | None:
    s = str(v or "")
    y = _year(s)
    try:
        m = int(s[5:7])
    except ValueError:
        return None
    return (y, m) if y and 1 <= m <= 12 else None


def _nice_ticks(peak: int) -> list[int]:
    if peak <= 0:
        return [0]
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000):
        if peak / step <= 5:
            break
    else:
        step = max(1, peak // 5)
    top = -(-peak // step) * step
    return list(range(0, top + 1, step))


def _href(path: str, filters: dict, **changes) -> str:
    q = {k: v for k, v in {**filters, **changes}.items() if v not in (None, "")}
    return path + ("?" + urlencode(q) if q else "")


def _type(t) -> str:
    return t if t in EVENT_TYPES else "other"


def build_timeline(data: dict, *, year: int | None = None, filters: dict | None = None) -> dict:
    """``data`` = ``kb.events_by_period(...)``: ``{"months": [{"month", "type", "n"}], "years": [{"year", "type",
    "n"}], "undated": n}``. Without ``year``: one bar per year of the whole range; with it: that year's months,
    after a bar for its events known only to the year."""
    filters = {k: v for k, v in (filters or {}).items() if v and k not in ("date_from", "date_to")}
    # slot key → {type: [dated count, year-only count]}
    cells: dict[object, dict[str, list[int]]] = {}

    def add(key, t, n, year_only):
        c = cells.setdefault(key, {}).setdefault(_type(t), [0, 0])
        c[1 if year_only else 0] += int(n or 0)

    all_years: set[int] = set()
    for r in data.get("months", []):
        ym = _month(r.get("month"))
        if ym:
            all_years.add(ym[0])
            if year is None:
                add(ym[0], r.get("type"), r.get("n"), False)
            elif ym[0] == year:
                add(ym[1], r.get("type"), r.get("n"), False)
    for r in data.get("years", []):
        y = _year(r.get("year"))
        if y:
            all_years.add(y)
            if year is None:
                add(y, r.get("type"), r.get("n"), True)
            elif y == year:
                add(0, r.get("type"), r.get("n"), True)  # slot 0: the year, month unknown

    if year is None:
        keys = list(range(min(all_years), max(all_years) + 1)) if all_years else []
    else:
        keys = [0, *range(1, 13)]
    out = {"view": "years" if year is None else "months", "year": year, "width": WIDTH, "height": HEIGHT,
           "bars": [], "ticks": [], "total": 0, "year_only": 0, "undated": int(data.get("undated") or 0),
           "years": sorted(all_years), "base": HEIGHT - BOTTOM, "left": LEFT, "right": WIDTH - RIGHT,
           "undated_href": _href("/events", filters)}
    if year is not None:
        out["prev"] = max((y for y in all_years if y < year), default=None)
        out["next"] = min((y for y in all_years if y > year), default=None)
    if not keys or not any(cells.values()):
        return out
    peak = max(sum(a + b for a, b in cells.get(k, {}).values()) for k in keys)
    ticks = _nice_ticks(peak)
    scale = (HEIGHT - TOP - BOTTOM) / (ticks[-1] or 1)
    # the "month unknown" slot stands a little apart from the months
    gap = 0.6 if year is not None else 0.0
    slot = (WIDTH - LEFT - RIGHT) / (len(keys) + gap)
    bar_w = min(slot * 0.72, 70.0)
    for i, k in enumerate(keys):
        x0 = LEFT + (i + (gap if year is not None and i > 0 else 0)) * slot
        counts = cells.get(k, {})
        stack, top = [], HEIGHT - BOTTOM
        for t in (*EVENT_TYPES, "other"):
            dated, year_only = counts.get(t, [0, 0])
            for n, only in ((dated, False), (year_only, True)):
                if n:
                    h = n * scale
                    top -= h
                    stack.append({"type": t, "n": n, "year_only": only, "y": round(top, 2), "h": round(h, 2)})
        total = sum(a + b for a, b in counts.values())
        only = sum(b for _, b in counts.values())
        if year is None:
            period, label, zoom = str(k), str(k), _href("/timeline", filters, year=k)
            title = f"{k}: {total} event{'s' * (total != 1)}"
        elif k == 0:
            period, label, zoom = str(year), "month unknown", None
            title = f"{year}, month unknown: {total} event{'s' * (total != 1)} dated only to the year"
        else:
            period, label, zoom = f"{year:04d}-{k:02d}", MONTHS[k - 1], None
            title = f"{MONTHS[k - 1]} {year}: {total} event{'s' * (total != 1)}"
        parts = [f"{s['n']} {s['type']}" + (" (year only)" if s["year_only"] and year is None else "")
                 for s in stack]
        out["bars"].append({"period": period, "label": label, "x": round(x0 + (slot - bar_w) / 2, 2),
                            "slot_x": round(x0, 2), "slot_w": round(slot, 2), "w": round(bar_w, 2),
                            "cx": round(x0 + slot / 2, 2), "total": total, "year_only": only, "stack": stack,
                            "title": title + (": " + ", ".join(parts) if parts else ""),
                            "href": _href("/events", filters, date_from=period, date_to=period), "zoom": zoom,
                            "unknown_month": year is not None and k == 0})
        out["total"] += total
        out["year_only"] += only
    out["ticks"] = [{"n": t, "y": round(HEIGHT - BOTTOM - t * scale, 2)} for t in ticks]
    # a label on every bar when they fit, else every few years
    every = 1 if slot >= 34 else 2 if slot >= 17 else 5
    out["sublabels"] = year is None and slot >= SUBLABEL_SLOT
    for i, b in enumerate(out["bars"]):
        b["show_label"] = year is not None or i % every == 0 or i == len(out["bars"]) - 1
    return out
