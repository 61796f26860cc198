"""A change of a rate in percent where another outlet gives it in percentage points: "rata
șomajului … de 6%, în creștere cu 0,1%" and "în creștere cu 0,1 puncte procentuale". A rate of 6%
that rose by 0,1% is 6,006%; one that rose by 0,1 points is 6,1%: the same figure in the two units
is one change, and one outlet wrote the wrong unit (the classic slip of economic news).

Blocks never compare them (the unit is in the block key, and rightly: a change in percent of a
price and one in points of a rate are two facts). Here the very same figure, a change on both
sides, of a subject both name and that meets (the rate), in frames that agree on everything
else once read in one unit, is one fact. A figure in points is always a difference of two
percentages, so it is a change whatever its clause's words.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from claimcheck.model import Claim
from claimcheck.reconcile.currency import Slip, exact_point, figure_slips, in_unit_of
from claimcheck.reconcile.matching import score_pair
from claimcheck.settings import RunSettings

PERCENT, POINTS = "%", "pp"  # unit ids of rules/units.yml


def points_slips(claims: Iterable[Claim], judged: Callable[[str, str], bool], s: RunSettings,
                 only_articles: set[str] | None = None) -> list[Slip]:
    """(changes in one unit, the same changes in the other, reason)."""
    changes = [c for c in claims if _change(c)]
    return figure_slips(changes, judged, s, only_articles, _one_change,
                        "the same change in {} and in {} (percentage points)")


def _change(c: Claim) -> bool:
    if c.kind != "quantity" or c.frame.get("quantity") != "percent" or not exact_point(c) or not c.value.low:
        return False
    return c.value.unit == POINTS or (c.value.unit == PERCENT and (c.frame.get("role") or "").startswith("change"))


def _one_change(a: Claim, b: Claim, s: RunSettings) -> bool:
    """One change of one named rate, once read in one unit: the subject must meet on both sides
    (an owner alone is not enough, "PIB-ul României a crescut cu 1,4%" and "industria României a
    contribuit cu 1,4 puncte" are two facts)."""
    same, _, fields = score_pair(a, in_unit_of(b, a), s.lang, s.thresholds)
    subject = next((f for f in fields if f.field == "subject"), None)
    return same and subject is not None and bool(subject.score)
