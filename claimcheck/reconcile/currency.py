"""One amount in two currencies: "100.000 de euro aurul" and "medalia de aur fiind răsplătită cu
100.000 de dolari".

Blocks (blocks.py) keep a currency in the block key, and rightly: euros are never dollars, and
two amounts in two currencies are far more often two facts (a budget in euros, a bonus in
dollars) than one. But when two articles give the very same figure for the same named thing, in
frames that agree on everything else, the figure is one fact and one of them has its currency
wrong: a conversion changes the figure ("100.000 de dolari, circa 92.000 de euro"), a slip of the
currency keeps it.

The frames must name what the amount is for on both sides (a subject that meets, or one owner):
a bare "100.000 de euro" next to "100.000 de dolari" is a coincidence of round figures, not a
sign of one fact.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import replace

from claimcheck.model import Claim
from claimcheck.reconcile.groups import UnionFind
from claimcheck.reconcile.matching import score_pair
from claimcheck.settings import RunSettings


Slip = tuple[list[Claim], list[Claim], str]


def currency_slips(claims: Iterable[Claim], judged: Callable[[str, str], bool], s: RunSettings,
                   only_articles: set[str] | None = None) -> list[Slip]:
    """(claims in one currency, claims in another, reason) for the amounts that articles give
    as one figure in two currencies."""
    money = [c for c in claims if c.kind == "quantity" and c.frame.get("quantity") == "money" and exact_point(c)]
    return figure_slips(money, judged, s, only_articles, _one_fact, "the same figure in {} and in {}")


def figure_slips(claims: Iterable[Claim], judged: Callable[[str, str], bool], s: RunSettings,
                 only_articles: set[str] | None, one_fact: Callable[[Claim, Claim, RunSettings], bool],
                 reason: str) -> list[Slip]:
    """(claims in one unit, claims in the other, reason) for one figure `one_fact` reads as one
    fact said in two units. Claims are bucketed by figure, so only equal figures are ever
    compared; the claims of one unit on each side come together, so that a figure two outlets
    give in dollars and one in euros is one finding. `reason` takes the two units."""
    by_figure: dict[float, list[Claim]] = defaultdict(list)
    for c in claims:
        by_figure[float(c.value.low)].append(c)
    out: list[Slip] = []
    for figure in sorted(by_figure):
        cs = sorted(by_figure[figure], key=lambda c: c.id)
        if len({c.value.unit for c in cs}) < 2:
            continue  # (one unit: the common case, and nothing to pair)
        joined: UnionFind[str] = UnionFind()
        for i, a in enumerate(cs):
            for b in cs[i + 1:]:
                if a.article == b.article or a.value.unit == b.value.unit or judged(a.id, b.id):
                    continue
                if only_articles is not None and not {a.article, b.article} & only_articles:
                    continue
                if one_fact(a, b, s):
                    joined.add(a.id)
                    joined.add(b.id)
                    joined.union(a.id, b.id)
        by_id = {c.id: c for c in cs}
        for ids in joined.components():
            members = [by_id[i] for i in ids]
            units = sorted({c.value.unit for c in members})
            if len(units) != 2:
                continue  # (three units for one figure: no side to name)
            xs = [c for c in members if c.value.unit == units[0]]
            ys = [c for c in members if c.value.unit == units[1]]
            out.append((xs, ys, reason.format(*units)))
    return out


def exact_point(c: Claim) -> bool:
    """A point figure said exactly, in a unit."""
    v = c.value
    return v is not None and bool(v.unit) and v.low is not None and v.low == v.high and v.qualifier == "exact"


def _one_fact(a: Claim, b: Claim, s: RunSettings) -> bool:
    """`a` and `b` would be one fact if `b` spoke in `a`'s currency, and both name what for.
    ("aurul" is "medalia de aur" said short: a subject that is the other's narrowing word names
    the same thing here, where the figure itself already says one fact.)"""
    same, _, fields = score_pair(a, in_unit_of(b, a), s.lang, s.thresholds)
    named = {f.field: f for f in fields}
    nested = _nested(a.frame.get("subject") or [], b.frame.get("subject") or [])
    vetoes = [f.field for f in fields if f.veto]
    if not (same or (vetoes == ["subject"] and nested)):
        return False
    subject, actor = named.get("subject"), named.get("actor")
    return nested or bool((subject is not None and subject.score) or (actor is not None and actor.score))


def in_unit_of(b: Claim, a: Claim) -> Claim:
    """`b` read in `a`'s unit (currency), as a slip is judged (and `claimcheck explain` shows it)."""
    return replace(b, value=replace(b.value, unit=a.value.unit))


def _nested(x: list[str], y: list[str]) -> bool:
    """One subject is the other's last word alone: "aur" and "medal aur"."""
    short, long = sorted((x, y), key=len)
    return len(short) == 1 and len(long) > 1 and short[0] == long[-1].lstrip("+")
