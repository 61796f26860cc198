"""Comparing two values as intervals: agree, imprecise or conflict (docs/design.md, "Verdicts").

Kept apart from grouping so that the arithmetic can be tested on its own.
"""

from __future__ import annotations

from datetime import date
from math import inf

from claimcheck.model import LOWER_BOUNDS, UPPER_BOUNDS, Claim, Value

AGREE, IMPRECISE, CONFLICT = "agree", "imprecise", "conflict"
RANK = {AGREE: 0, IMPRECISE: 1, CONFLICT: 2}
DEFAULT_TOLERANCE = 0.10
LOOSE_STEPS = 5  # how many of its last digit a loose figure given with decimals may be off


# A narrower figure under this share of the broader one's value is a part of it (matching: a
# phrase said more fully; breakdown: a report's figure against a whole split by place).
PART_SHARE = 0.8


def smaller_part(narrow: Value, broad: Value) -> bool:
    """The narrower phrase's figure is clearly below the broader one's: a part of it, not the same
    thing said more fully (`PART_SHARE`)."""
    return magnitude(narrow) < PART_SHARE * magnitude(broad)


def magnitude(v: Value) -> float:
    """A value as one number: its low end, else its high one (0 for none)."""
    x = v.low if isinstance(v.low, (int, float)) else v.high
    return abs(float(x)) if isinstance(x, (int, float)) else 0.0


def _num(v: float | date | None, default: float) -> float:
    if v is None:
        return default
    if isinstance(v, date):
        return float(v.toordinal())
    return float(v)


def interval(v: Value, tolerance: float = DEFAULT_TOLERANCE, approx: bool = False,
             step: float | None = None, nearly: bool = False) -> tuple[float, float]:
    """The closed interval a value allows. "aproximativ 15.000" allows ±tolerance ("aproximativ
    8,72 lei", given to the ban, at most ±LOOSE_STEPS bani); "circa
    11.000-12.000" widens the range by the same share. Open bounds are infinite. "peste 2 ore"
    strictly excludes 2 hours, but news rounds, so bounds stay closed. A figure written to a
    decimal place (`step`: 0.1 for "9,9%") stands for every value that rounds to it. "aproape
    50" (`nearly`) is loose below, and above only by a quarter of that (rounding): almost 50 is
    not 54, though "aproape 20 de milioane" may be 20,4."""
    lo, hi = _num(v.low, -inf), _num(v.high, inf)
    if v.qualifier == "approx" or approx:
        # "aproximativ 8,72 lei" is loose by a few of its last digit, not by a tenth of it: the
        # more digits a figure is given to, the less "about" can move it
        def slack(x: float) -> float:
            return min(abs(x) * tolerance, LOOSE_STEPS * step) if step else abs(x) * tolerance

        lo = lo - slack(lo) if lo != -inf else lo
        hi = hi + (slack(hi) / 4 if nearly else slack(hi)) if hi != inf else hi
    elif step:
        lo, hi = lo - step / 2, hi + step / 2
    return lo, hi


def is_point(v: Value) -> bool:
    return v.low is not None and v.low == v.high and v.qualifier in ("exact", "approx")


def compare(a: Value, b: Value, tolerance: float = DEFAULT_TOLERANCE, a_approx: bool = False,
            b_approx: bool = False, a_step: float | None = None, b_step: float | None = None,
            a_nearly: bool = False, b_nearly: bool = False) -> tuple[str, str]:
    """(verdict, reason) for two values of the same measure."""
    alo, ahi = interval(a, tolerance, a_approx, a_step, a_nearly)
    blo, bhi = interval(b, tolerance, b_approx, b_step, b_nearly)
    if ahi < blo or bhi < alo:
        if a.qualifier == "vague" or b.qualifier == "vague":
            # "zeci de pacienți" against 102: an amount that vague is far more often another
            # group of people than a wrong figure; it accuses no one
            return AGREE, "a vague amount outside the other: not the same fact"
        return CONFLICT, "disjoint"
    if {a.qualifier, b.qualifier} == {"more_than", "less_than"} and max(alo, blo) == min(ahi, bhi):
        # "Peste 20.000 de oameni" and "Sub 20.000": over a number and under it only touch at it
        return CONFLICT, "more than a number against less than it"
    if is_point(a) and is_point(b):
        if a.low == b.low and a_nearly != b_nearly:
            flat, flat_approx, flat_step = (b, b_approx, b_step) if a_nearly else (a, a_approx, a_step)
            if not (flat.qualifier == "approx" or flat_approx) \
                    and not (flat_step and flat_step >= last_digit(abs(float(a.low)), None, a.unit)):
                # "aproape 12 ore" against "12 ore": one source says the figure falls short of the
                # number the other gives flat; the flat one is rounded up, the less precise of the
                # two (but "șase decenii" is given to the decade, as loose as "aproape 60 de ani")
                return IMPRECISE, "almost a number against the number itself"
        if a.low == b.low:
            return AGREE, "equal"
        loose = [v for v, ap in ((a, a_approx), (b, b_approx)) if v.qualifier == "approx" or ap]
        if len(loose) == 1:
            # "aproape 20%" against 19,23%: compatible, but one source gave the figure loosely.
            return IMPRECISE, f"a loose figure against a precise one (within ±{tolerance:.0%})"
        if not loose and a_step and a_step == b_step:
            # 86,4% against 86,5%, "2 ore și 14 minute" against "2 ore și 15 minute": given to
            # the same digit, two figures are two figures; their roundings only touch at an edge
            return CONFLICT, "two figures given to the same precision"
        if not loose:
            # 9,9% against 9,88%: the same figure rounded to fewer decimals.
            return IMPRECISE, "the same figure rounded differently"
        if last_digit(abs(float(a.low)), a_step, a.unit) != last_digit(abs(float(b.low)), b_step, b.unit):
            # "aproximativ 1.000 de metri" against "aproximativ 930 de metri": both loose, but one
            # given to the ten and one to the thousand is the less precise
            return IMPRECISE, "two loose figures, one given more precisely"
        return AGREE, f"equal within ±{tolerance:.0%}"
    if a.qualifier == b.qualifier and a.low == b.low and a.high == b.high:
        return AGREE, "equal"
    # "peste 3,4 milioane" and "peste 3,57 milioane": two bounds on the same side are both true of
    # one figure; neither source is the less precise about it.
    if (a.qualifier in LOWER_BOUNDS and b.qualifier in LOWER_BOUNDS) \
            or (a.qualifier in UPPER_BOUNDS and b.qualifier in UPPER_BOUNDS):
        if _bound_cut(a, b, a_step, b_step, tolerance):
            # "peste 80.000 de oameni" and "peste 83.700": the one bound, cut to the ten thousand
            return IMPRECISE, "one bound said to fewer digits"
        return AGREE, "two bounds on the same side"
    # A vague amount ("mii de soldați", "zeci de rachete") claims no precision: a precise figure
    # inside it confirms it rather than making either source imprecise.
    if a.qualifier == "vague" or b.qualifier == "vague":
        return AGREE, "within the vague amount"
    # "peste 2,8 milioane" and "circa 2,8 milioane": two loose sayings of one figure; neither is
    # the more precise, so neither is said loosely against the other
    for bound, other, other_approx, nearly in ((a, b, b_approx, b_nearly), (b, a, a_approx, a_nearly)):
        if bound.qualifier in LOWER_BOUNDS + UPPER_BOUNDS and (other.qualifier == "approx" or other_approx) \
                and is_point(other) and other.low == (bound.low if bound.qualifier in LOWER_BOUNDS else bound.high):
            if nearly and bound.qualifier in LOWER_BOUNDS:
                # "aproape 20.000 de oameni" and "peste 20.000": under the number and over it
                return CONFLICT, "almost a number against more than it"
            return AGREE, "a bound and an approximate figure at the same number"
    a_in_b = blo <= alo and ahi <= bhi
    b_in_a = alo <= blo and bhi <= ahi
    bound = LOWER_BOUNDS + UPPER_BOUNDS
    if (a_in_b and b.qualifier in bound and a.qualifier == "range") or \
            (b_in_a and a.qualifier in bound and b.qualifier == "range"):
        # "până la 0,5 mc/s" and "0,2 - 0,5 mc/s": a range inside a bound says more, not otherwise
        return AGREE, "a range within a bound"
    if (held := _bound_holds(a, b, a_approx, b_approx, a_step, b_step, tolerance)) is not None:
        return AGREE, held
    if a_in_b or b_in_a:
        return IMPRECISE, "one contains the other, at different precision"
    return IMPRECISE, "the intervals overlap, at different precision"


YEAR = 365 * 86400  # seconds, as the number rules count a year
_TIME_DIGITS = {"s": (YEAR, 86400, 3600, 60, 1), "min": (60, 1)}  # durations, clock times


def last_digit(x: float, step: float | None, unit: str | None = None) -> float:
    """The size of a figure's last significant digit: 0,1 million for "3,4 milioane" (its
    `step`), 10 for 60, 1 for 82, an hour for "două ore" (7200 s) and for "ora 14" (840 min)."""
    if step:
        return step
    if unit in _TIME_DIGITS:
        return float(next(d for d in _TIME_DIGITS[unit] if x % d == 0))
    p = 1.0
    while x and x == int(x) and x % (p * 10) == 0:
        p *= 10
    return p


def compare_claims(a: Claim, b: Claim, tolerance: float = DEFAULT_TOLERANCE) -> tuple[str, str]:
    """`compare` of two claims' values, with what their frames say of how each was given: loosely
    (`approx`, `nearly`) or to a decimal place (`step`)."""
    return compare(a.value, b.value, tolerance, bool(a.frame.get("approx")), bool(b.frame.get("approx")),
                   a.frame.get("step"), b.frame.get("step"), bool(a.frame.get("nearly")), bool(b.frame.get("nearly")))


def _bound_cut(a: Value, b: Value, a_step: float | None, b_step: float | None, tolerance: float) -> bool:
    """Two bounds on one side, one of them the other cut to its own last digit (down for "peste",
    up for "sub") and within half the tolerance of it: "peste 80.000" and "peste 83.700". Not "peste
    3.000" and "peste 2.900" (no rounding of 2.900 gives 3.000 from below), nor "peste 10.000" and
    "peste 17.000" (too far apart to be one figure said loosely)."""
    lower = a.qualifier in LOWER_BOUNDS
    ea, eb = (a.low, b.low) if lower else (a.high, b.high)
    if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (ea, eb)) or ea == eb:
        return False
    da, db = last_digit(abs(float(ea)), a_step, a.unit), last_digit(abs(float(eb)), b_step, b.unit)
    if da == db:
        return False
    (loose, d), precise = ((float(ea), da), float(eb)) if da > db else ((float(eb), db), float(ea))
    cut = (precise // d) * d if lower else -((-precise) // d) * d
    # (half the tolerance: "peste 220 de locuințe" and "peste 200 de case", 9% apart, are two
    # true bounds far more often than one figure said loosely)
    return cut == loose and abs(precise - loose) <= tolerance / 2 * abs(precise)


def _bound_holds(a: Value, b: Value, a_approx: bool, b_approx: bool, a_step: float | None,
                 b_step: float | None, tolerance: float) -> str | None:
    """Why a bound and a precise figure it holds for agree, or None. "peste 82%" against 82,56%
    is the figure cut to its last digit: said loosely (imprecise). "Peste 3,4 milioane" against
    3.862.761 is true and says far less than the figure, further from it than its own last digit
    and than the tolerance: a weaker statement, not a less precise copy of the same figure; and
    "cel puțin 3" against 3 holds to the letter."""
    for bound, point, point_approx, step in ((a, b, b_approx, a_step), (b, a, a_approx, b_step)):
        if bound.qualifier not in LOWER_BOUNDS + UPPER_BOUNDS or point.qualifier != "exact" \
                or point_approx or not is_point(point):
            continue
        edge = bound.low if bound.qualifier in LOWER_BOUNDS else bound.high
        if edge is None or isinstance(edge, date) or isinstance(point.low, date):
            return None
        gap = abs(float(point.low) - float(edge))
        if gap == 0 and bound.qualifier in ("at_least", "at_most"):
            return "the figure meets the bound"
        if gap > max(last_digit(abs(float(edge)), step, bound.unit), tolerance * abs(float(edge))):
            return "a bound far below the figure: true of it, and says less" \
                if bound.qualifier in LOWER_BOUNDS else "a bound far above the figure: true of it, and says less"
        return None
    return None


def compare_dates(a: Value, b: Value) -> tuple[str, str]:
    """Dates: a year and a month inside it agree (different grain is not imprecision in news)."""
    alo, ahi = interval(a, 0.0)
    blo, bhi = interval(b, 0.0)
    if ahi < blo or bhi < alo:
        return CONFLICT, "disjoint dates"
    return AGREE, "overlapping dates"


def describe(v: Value) -> str:
    """A short reading of a value for messages: "range 11000–12000", "more_than 7200 s"."""

    def n(x: float | date | None) -> str:
        if isinstance(x, date):
            return x.isoformat()
        if x is None:
            return "?"
        return f"{x:g}" if abs(x) < 1e15 else f"{x:.3e}"

    if v.unit == "s":
        return _describe_duration(v)
    if v.unit == "score":  # a result, higher first ("34-23")
        return f"{n(v.high)}-{n(v.low)}"
    if v.unit == "min":  # a clock time: minutes since midnight
        def hm(x: float | date | None) -> str:
            return "?" if x is None or isinstance(x, date) else f"{int(x) // 60:02d}:{int(x) % 60:02d}"
        if v.low is not None and v.low == v.high:
            return f"{v.qualifier} {hm(v.low)}"
        return f"{v.qualifier} {hm(v.low) if v.low is not None else ''}–{hm(v.high) if v.high is not None else ''}"
    unit = f" {v.unit}" if v.unit and v.unit != "date" else ""
    if v.low is not None and v.low == v.high:
        return f"{v.qualifier} {n(v.low)}{unit}"
    if v.low is None:
        return f"{v.qualifier} {n(v.high)}{unit}"
    if v.high is None:
        return f"{v.qualifier} {n(v.low)}{unit}"
    return f"{v.qualifier} {n(v.low)}–{n(v.high)}{unit}"


_SPANS = (("y", YEAR), ("d", 86400), ("h", 3600), ("min", 60), ("s", 1))


def human_seconds(x: float) -> str:
    """9000 → "2 h 30 min"; a year is 365 days, as the number rules count it. Under an hour a
    fraction of a second is kept: race times ("1 min 44.72 s") and margins ("0.02 s") differ there.
    Two parts of years or days are enough ("4 y 182 d"); hours go down to the second, where a
    marathon's "2 h 13 min 37 s" and "2 h 14 min" differ."""
    if x < 3600 and abs(x - round(x)) > 1e-9:
        minutes, secs = divmod(x, 60)
        secs = f"{round(secs, 3):g} s"
        return f"{int(minutes)} min {secs}" if minutes else secs
    parts, rest = [], round(x)
    for name, size in _SPANS:
        if rest >= size:
            parts.append(f"{rest // size} {name}")
            rest %= size
        if len(parts) == 2 and x >= 86400:
            break
    return " ".join(parts) or "0 s"


def _describe_duration(v: Value) -> str:
    def n(x: float | date | None) -> str:
        return "?" if x is None or isinstance(x, date) else human_seconds(float(x))

    if v.low is not None and v.low == v.high:
        return f"{v.qualifier} {n(v.low)}"
    if v.low is None or v.high is None:
        return f"{v.qualifier} {n(v.high if v.low is None else v.low)}"
    return f"{v.qualifier} {n(v.low)}–{n(v.high)}"
