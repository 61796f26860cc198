"""Measures in one unit per dimension, for comparing: "un pod de 1.974 de metri" and "un pod de
aproape 2 kilometri" are one length, "20.800 de tone" and "20,8 milioane de kilograme" one weight.

The scanner keeps a measure in the unit it was written in (the report shows what the article
said); rules/units.yml gives each unit a `base` where a conversion is obvious (km → m × 1000,
t → g × 1.000.000). The reconcilers read copies of the claims in their base units, so blocks,
verdicts, rounding and coincidence compare one scale; the findings name the claims by id, and
their messages give the values in the base unit (and the marks the blocks set on a frame, as
`contrasted`, stay on the copy of a converted measure). Durations are already in seconds and money is
never converted (a rate changes; reconcile/currency.py reads a slip of the currency).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from claimcheck.lang.rules import Lang, compiled
from claimcheck.model import Claim

# frame fields that hold a value in the claim's unit
_SCALED = ("step", "from")


@compiled
def unit_bases(lang: Lang) -> dict[str, tuple[str, float]]:
    """unit -> (base unit, factor) for the measures rules/units.yml gives a base."""
    return {e["unit"]: (str(e["base"][0]), float(e["base"][1]))
            for e in lang.load("units").get("measure") or [] if e.get("base")}


def in_base_units(claims: Iterable[Claim], lang: Lang | None = None) -> list[Claim]:
    """`claims`, with every measure whose unit has a base given in that base (a copy; the
    others as they are)."""
    bases = unit_bases(lang)
    return [_in_base(c, bases) for c in claims]


def in_base_unit(c: Claim, lang: Lang | None = None) -> Claim:
    return _in_base(c, unit_bases(lang))


def _in_base(c: Claim, bases: dict[str, tuple[str, float]]) -> Claim:
    v = c.value
    if c.kind != "quantity" or v is None or c.frame.get("quantity") != "measure" or v.unit not in bases:
        return c
    base, factor = bases[v.unit]
    if base == v.unit and factor == 1:
        return c
    frame = dict(c.frame)
    frame["written_factor"] = factor  # (what "to the unit" means for it: `written_factor`)
    for key in _SCALED:
        if isinstance(frame.get(key), (int, float)):
            frame[key] = _scaled(frame[key], factor)
    return replace(c, value=replace(v, low=_scaled(v.low, factor), high=_scaled(v.high, factor), unit=base),
                   frame=frame)


def written_factor(c: Claim) -> float:
    """How many base units the unit a measure was written in is (1 for a claim as written):
    "42 de kilometri", compared as 42.000 m, is whole in its kilometre."""
    return float(c.frame.get("written_factor") or 1)


def _scaled(x, factor: float):
    if x is None:
        return None
    # (rounded: 1,1 km is 1100 m, not 1100.0000000000002)
    y = round(x * factor, 9)
    return int(y) if y == int(y) else y
