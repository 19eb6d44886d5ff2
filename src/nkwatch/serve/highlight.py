"""Split an article's text into plain, highlighted and cut stretches, so a template can wrap evidence in <mark>.

The template escapes every stretch itself; nothing here produces HTML.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Segment:
    text: str
    labels: list[str] = field(default_factory=list)   # which facts point here; empty = not evidence
    start: int = 0
    cut: str | None = None                             # why cleaning removed this stretch, if it did

    @property
    def marked(self) -> bool:
        return bool(self.labels)


def _clip(items, n):
    for s in items:
        try:
            a, b = int(s["start"]), int(s["end"])
        except (KeyError, TypeError, ValueError):
            continue  # a malformed span shows nothing rather than breaking the page
        a, b = max(0, a), min(n, b)
        if a < b:
            yield a, b, s


def segments(text: str, spans: list[dict], cuts: list[dict] | None = None) -> list[Segment]:
    """``spans`` are ``{"start", "end", "label"}``, ``cuts`` ``{"start", "end", "reason"}``.

    Overlapping spans merge their labels; out-of-range spans are clipped, malformed ones skipped.
    """
    n = len(text)
    bounds = {0, n}
    marks = [(a, b, str(s.get("label") or "evidence")) for a, b, s in _clip(spans, n)]
    removed = [(a, b, str(s.get("reason") or "cut")) for a, b, s in _clip(cuts or [], n)]
    for a, b, _ in marks + removed:
        bounds.update((a, b))
    points = sorted(bounds)
    out: list[Segment] = []
    for a, b in zip(points, points[1:]):
        labels = sorted({lab for (s, e, lab) in marks if s <= a and b <= e})
        cut = next((r for (s, e, r) in removed if s <= a and b <= e), None)
        if out and out[-1].labels == labels and out[-1].cut == cut:
            out[-1].text += text[a:b]
        else:
            out.append(Segment(text[a:b], labels, a, cut))
    return out
