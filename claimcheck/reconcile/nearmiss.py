"""Two precise figures a few units apart: "examenul a fost susținut de 152.233 de absolvenți" and
"152.235 de absolvenți prezenți".

Coincidence (coincidence.py) reads a figure given to many digits as a name for one fact, and
joins it with its rounding across wording vetoes, but never makes a conflict. Two figures given
to the same many digits that still differ in their last ones are the other side of that sign:
they name one fact, and one outlet has it wrong (a typo, a figure copied before a correction).
Only for figures of five significant digits or more, within 0.05% of each other, alone in that
window on both sides (the counts of a results table crowd it: two candidates' votes are never
read as one), of one class (counts: of one noun) and one written precision, with nothing but wording between their
frames, and neither said to be partial.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable

from claimcheck.model import Claim
from claimcheck.reconcile.coincidence import claim_class, digits, written_unit
from claimcheck.reconcile.matching import score_pair
from claimcheck.reconcile.verdicts import CONFLICT, compare
from claimcheck.settings import RunSettings

MIN_DIGITS = 5  # "152.233" names itself; "1.500" does not
NEAR = 0.0005  # the share of the figure two near misses lie within


def near_misses(claims: Iterable[Claim], judged: Callable[[str, str], bool], s: RunSettings,
                only_articles: set[str] | None = None) -> list[tuple[list[Claim], list[Claim], str]]:
    """(claims of one figure, claims of the other, reason) for precise figures of two articles a
    few units apart. Figures are sorted per class, so each is compared with its neighbours only."""
    by_class: dict[tuple, list[tuple[float, Claim]]] = defaultdict(list)
    for c in claims:
        cls = claim_class(c)
        v = c.value
        if cls is None or v.qualifier != "exact" or v.low != v.high or c.frame.get("approx") \
                or c.frame.get("partial") or not isinstance(v.low, (int, float)):
            continue
        if digits(float(v.low)) >= MIN_DIGITS:
            # (a count's class holds every noun: its own noun's figures are its neighbours)
            by_class[(*cls, v.unit if cls[0] == "count" else "")].append((float(v.low), c))
    sides: dict[tuple, tuple[dict[str, Claim], dict[str, Claim]]] = {}
    for cls, xs in by_class.items():
        xs.sort(key=lambda p: (p[0], p[1].id))
        values = sorted({x for x, _ in xs})
        for i, (x, a) in enumerate(xs):
            for y, b in xs[i + 1:]:
                if y - x > NEAR * abs(y):
                    break
                if y == x or a.article == b.article or judged(a.id, b.id):
                    continue
                if only_articles is not None and not {a.article, b.article} & only_articles:
                    continue
                if _crowded(values, x) or _crowded(values, y) or written_unit(a, x) != written_unit(b, y):
                    continue
                if compare(a.value, b.value, s.tolerance, False, False, a.frame.get("step"),
                           b.frame.get("step"))[0] != CONFLICT:
                    continue
                _, _, fields = score_pair(a, b, s.lang, s.thresholds)
                if any(f.veto and not f.wording for f in fields):
                    continue
                ex, ey = sides.setdefault((cls, x, y), ({}, {}))
                ex[a.id], ey[b.id] = a, b
    reason = "two precise figures of one fact a few units apart: one figure to many digits, miscopied"
    return [(list(ex.values()), list(ey.values()), reason) for ex, ey in sides.values()]


def _crowded(values: list[float], x: float) -> bool:
    """Another figure than the pair's within the window of `x`: a table of close figures.
    (`values`: sorted and distinct; two bisections, not a walk over the class.)"""
    width = NEAR * abs(x)
    return bisect_right(values, x + width) - bisect_left(values, x - width) > 2

