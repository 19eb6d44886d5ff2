"""Judgements applied when reading: mentions + same/different decisions → groups (canonical records).

Person decisions come first and bind: a person's "different" keeps two groups apart whatever the machine said;
then machine "same" links join groups unless a person said they differ. Retracted judgements are ignored.
"""

from __future__ import annotations

from typing import Iterable


def group_mentions(mention_ids: Iterable[str], judgements: Iterable[dict]) -> list[list[str]]:
    """Groups of mention ids, each in the order given, groups ordered by their first mention."""
    order = {m: i for i, m in enumerate(mention_ids)}
    parent = {m: m for m in order}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    active = [j for j in judgements if not j.get("retracted") and j["left_id"] in order and j["right_id"] in order]
    # root → the far ends of people's "different" judgements from its group: a link looks at the smaller list of
    # its two groups, not at every such judgement (which grew with links x splits)
    apart: dict[str, list[str]] = {}
    for j in active:
        if j["verdict"] == "different" and j["made_by"] == "person":
            apart.setdefault(j["left_id"], []).append(j["right_id"])
            apart.setdefault(j["right_id"], []).append(j["left_id"])

    def kept_apart(ra: str, rb: str) -> bool:
        a, b = apart.get(ra, ()), apart.get(rb, ())
        small, other = (a, rb) if len(a) <= len(b) else (b, ra)
        return any(find(x) == other for x in small)

    links = sorted((j for j in active if j["verdict"] == "same"),
                   key=lambda j: (j["made_by"] != "person", j.get("judgement_id") or 0))
    for j in links:
        ra, rb = find(j["left_id"]), find(j["right_id"])
        if ra != rb and not kept_apart(ra, rb):
            # the root is the earlier mention, so a group is named after its first mention
            root, child = (ra, rb) if order[ra] < order[rb] else (rb, ra)
            parent[child] = root
            if child in apart:
                apart.setdefault(root, []).extend(apart.pop(child))
    groups: dict[str, list[str]] = {}
    for m in sorted(order, key=order.get):
        groups.setdefault(find(m), []).append(m)
    return sorted(groups.values(), key=lambda g: order[g[0]])
