"""A named one's percentage that names nothing it measures, compared where other outlets' figures
of that one say what they measure.

"Județele Iași și Constanța au înregistrat scăderi semnificative, de -26,3%" says whose the fall
is, not what fell; "În Iași, numărul ipotecilor întabulate a scăzut cu 26,4%" says both. Blocks
(blocks.block_key) keep the first under its owner and the second under what it measures, so the
two would never meet. When at least MIN_OUTLETS other articles give that one's percentages and
all of them measure one thing, the bare one is taken for the same measure (matching.score_pair
still judges each pair); one article alone naming it is no consensus ("Simion … din 97,89% din
secții" is the count's progress, misread as his)."""

from __future__ import annotations

from collections import defaultdict

from claimcheck.model import Claim

MIN_OUTLETS = 2

Key = tuple[str, ...]


def owned_to_measured(keyed: list[tuple[Claim, Key]]) -> list[tuple[Claim, Key]]:
    """`keyed` with each owner-only percentage moved to the one measured block of its owner."""
    measured: dict[tuple, dict[Key, set[str]]] = defaultdict(lambda: defaultdict(set))
    for c, key in keyed:
        if key[0] == "percent" and key[1].startswith("~") and c.frame.get("owner"):
            measured[(c.frame["owner"], key[2])][key].add(c.article)
    out = []
    for c, key in keyed:
        if key[0] == "percent" and key[1].startswith("@"):
            named = measured.get((c.frame.get("owner"), key[2])) or {}
            if len(named) == 1:
                ((target, articles),) = named.items()
                if c.article not in articles and len(articles) >= MIN_OUTLETS:
                    key = target
        out.append((c, key))
    return out
