"""Figures that coincide: one article's precise figure and another's rounding of it.

Blocks (blocks.py) compare only claims whose words say they count or measure the same thing, and
a veto stops two claims whose wording differs ("694.718 pasageri" and "aproape 700.000 de
călători"; "17.700.242 de pasageri" with no verb said and "17,7 milioane de pasageri"). News names
one figure in many words, but a figure given to many digits is itself a name: a precise value
and another article's rounding of it (to the digits that article gives, or within a few percent
when it says "aproape", "peste", "circa") are one figure far more often than two facts that
happen to agree to the last digit said. Such a pair is reported as imprecise when nothing but
wording sets the frames apart (matching.FieldScore.wording): a place, a date, a mood, an owner or
a part still veto. Coincidence never makes a conflict: disagreeing values carry no such sign.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable
from decimal import Decimal

from claimcheck.lang.stems import stem, stems_meet
from claimcheck.model import Claim
from claimcheck.reconcile.baseunits import written_factor
from claimcheck.reconcile.matching import score_pair
from claimcheck.reconcile.verdicts import CONFLICT, IMPRECISE, LOWER_BOUNDS, UPPER_BOUNDS, compare_claims, last_digit
from claimcheck.settings import RunSettings

MIN_DIGITS = 3  # a precise figure needs this many significant digits to name itself ("5,96", "427.000")
LOOSE_SHARE = 0.03  # "aproape 700.000" names 694.718; "peste 150.000" does not name 157.000
NEAREST = 6  # precise figures looked at per rounded one (figures of a synthetic corpus crowd)
NEAREST_STEPS = 4 * NEAREST  # figures walked past for them (an article's own and repeated ones are passed over)
_FIRST_NUMBER = re.compile(r"\d[\d.\s]*(?:,\d+)?")


def coinciding(claims: Iterable[Claim], judged: Callable[[str, str], bool], s: RunSettings,
               only_articles: set[str] | None = None) -> list[tuple[list[Claim], list[Claim], str]]:
    """(precise claims, claims that round them, reason) for the pairs the blocks did not already
    judge (`judged(id, id)`: grouped together or in one finding). The claims of one value on
    each side come together, so that a figure that five outlets round is one finding."""
    precise: dict[tuple, list[tuple[float, Claim]]] = defaultdict(list)
    stated: list[tuple[tuple, float, Claim]] = []
    unit: dict[str, float] = {}  # claim id -> the last digit it gives (see _unit)
    for c in claims:
        cls = claim_class(c)
        n = _stated(c) if cls is not None else None
        if n is None:
            continue
        stated.append((cls, n, c))
        unit[c.id] = written_unit(c, n)
        if c.value.low == c.value.high and c.value.qualifier in ("exact", "approx") \
                and digits(n) >= MIN_DIGITS:
            precise[cls].append((n, c))
    for xs in precise.values():
        xs.sort(key=lambda p: (p[0], p[1].id))
    keys = {cls: [x for x, _ in xs] for cls, xs in precise.items()}
    sides: dict[tuple, tuple[dict[str, Claim], dict[str, Claim], str]] = {}
    for cls, n, loose in stated:
        xs = precise.get(cls)
        if not xs:
            continue
        def within(width: float) -> list[tuple[float, Claim]]:
            lo, hi = bisect_left(keys[cls], n - width), bisect_right(keys[cls], n + width)
            return [(x, exact) for x, exact in _nearest(xs, keys[cls], n, lo, hi, loose.article)
                    if _rounds_to(x, unit[exact.id], n, unit[loose.id], loose)]

        # "aproape 2.180 euro" is given to the ten: the one precise figure that rounds to it
        # (2.178) is what it names, though 2.223 is also within a few percent of it
        near = within(last_digit(abs(n), loose.frame.get("step"), loose.value.unit) / 2) if _loose(loose) else []
        # (a whole unit: a figure cut to its last digit lies up to one unit above it)
        near = near or within(max(unit[loose.id], LOOSE_SHARE * abs(n) if _loose(loose) else 0.0))
        if not near or (len({x for x, _ in near}) != 1 and not _one_figure(near, unit)):
            # "aproape 8,1 lei" of 8,12 or of 8,15: figures crowded in a few percent (the prices
            # of a market, the shares of a vote) do not say which one a rounding names
            continue
        for x, exact in near:
            if judged(exact.id, loose.id):
                continue
            if only_articles is not None and not {exact.article, loose.article} & only_articles:
                continue
            if not _same_kind_of_thing(exact, loose):
                continue
            verdict, reason = compare_claims(exact, loose, s.tolerance)
            if verdict == CONFLICT and cut_to_last_digit(loose, exact):
                verdict, reason = IMPRECISE, "the same figure cut to fewer digits"
            elif verdict == CONFLICT and rounded_to_unit(loose, exact):
                verdict, reason = IMPRECISE, "the same figure rounded to the unit"
            if verdict != IMPRECISE:
                continue
            _, _, fields = score_pair(exact, loose, s.lang, s.thresholds)
            if any(f.veto and not f.wording for f in fields):
                continue
            key = (cls, _value(exact), _value(loose))
            ex, lx, _ = sides.setdefault(key, ({}, {}, f"{reason}: one figure to the digits it is given, "
                                                     "in other words"))
            ex[exact.id], lx[loose.id] = exact, loose
    return [(list(ex.values()), list(lx.values()), why) for ex, lx, why in sides.values()]


def _one_figure(near: list[tuple[float, Claim]], unit: dict[str, float]) -> bool:
    """The figures near a rounding are one figure given to different digits: "5,516 miliarde" and
    "5,52 mld." (a rounding of it) are what "5,5 miliarde" names, not two candidates."""
    best = max(near, key=lambda p: (digits(p[0]), p[0]))[0]
    return all(abs(x - best) <= unit[c.id] / 2 + 1e-9 for x, c in near)


def _nearest(xs: list[tuple[float, Claim]], keys: list[float], n: float, lo: int, hi: int,
             own: str) -> list[tuple[float, Claim]]:
    """The figures of xs[lo:hi] nearest to n from NEAREST outlet-and-value pairs other than the
    rounding's own article, walking out from where n would stand: a window that a corpus crowds
    with one figure costs at most NEAREST_STEPS steps, not its size. (The rounding's own article
    and a figure an article says twice, in its title and its body, would otherwise take the
    places of other outlets' figures; both sayings of a figure are kept, since one of them may be
    told apart by its frame.)"""
    right = bisect_left(keys, n, lo, hi)
    left = right - 1
    out: list[tuple[float, Claim]] = []
    seen: set[tuple[str, float]] = set()
    steps = 0
    while (left >= lo or right < hi) and steps < NEAREST_STEPS:
        steps += 1
        if right >= hi or (left >= lo and n - keys[left] <= keys[right] - n):
            pick = xs[left]
            left -= 1
        else:
            pick = xs[right]
            right += 1
        if pick[1].article == own:
            continue
        key = (pick[1].article, pick[0])
        if key not in seen:
            if len(seen) == NEAREST:
                break
            seen.add(key)
        out.append(pick)
    return out


def _value(c: Claim) -> tuple:
    return c.value, bool(c.frame.get("approx")), c.frame.get("step")


def _same_kind_of_thing(a: Claim, b: Claim) -> bool:
    """Counts of one noun, or of people by two nouns ("pasageri", "călători": the parse tags
    both as persons); "155.000 de turiști" is not "155.605 locuri de cazare"."""
    if a.frame.get("quantity") != "count":
        return True
    ua, ub = a.value.unit, b.value.unit
    if ua and ub and stems_meet(stem(ua), stem(ub)):
        return True
    # ("27 de adulți și 10 copii": a kind of a group said in parts is never other people)
    return bool(a.frame.get("people") and b.frame.get("people")) \
        and not (a.frame.get("split") or b.frame.get("split"))


def claim_class(c: Claim) -> tuple | None:
    """What a figure must share with another to be one: the kind of measure and, but for counts
    (whose noun is the wording in question), the unit."""
    if c.kind != "quantity" or c.value is None:
        return None
    q = c.frame.get("quantity")
    if q in (None, "clock", "minute", "rank") or c.frame.get("age"):
        return None  # (times of day, minutes of play and places coincide by their few values)
    return (q, "" if q == "count" else (c.value.unit or ""))


def _stated(c: Claim) -> float | None:
    """The number a claim says: its point, or the bound it gives."""
    v = c.value
    if v.qualifier in UPPER_BOUNDS:
        n = v.high
    elif v.qualifier in LOWER_BOUNDS or v.low == v.high:
        n = v.low
    else:
        return None  # (ranges and vague amounts name no single figure)
    return float(n) if isinstance(n, (int, float)) else None


def digits(x: float) -> int:
    """Significant digits: 17.700.242 has 8, 427.000 has 3, 5,96 has 3."""
    if x == 0:
        return 0
    r = repr(abs(float(x)))
    if "e" in r:
        return len(Decimal(r).normalize().as_tuple().digits)
    whole, _, frac = r.partition(".")
    # (repr gives the shortest decimal that reads back: "5.96", "17700242.0", "427000.0")
    return len(whole.strip("0")) if frac == "0" else len((whole + frac).lstrip("0"))


def written_unit(c: Claim, n: float) -> float:
    """The last digit a figure gives, as a value: 0,1 for "17,7 milioane" (its step, in millions:
    100.000), 1.000.000 for "17 milioane", 1 for "694.718" and for figures in words."""
    step = c.frame.get("step")
    if step:
        return float(step)
    # (a measure compared in its base unit was written in another: "42 de kilometri" gives its
    # kilometre, 1.000 m; reconcile/baseunits.py)
    factor = written_factor(c)
    digits_ = _written_digits(c)
    if digits_ is not None:
        written = int(digits_ or 0)
        if written and (n / factor) % written == 0:
            scale = n / factor / written
            if scale >= 10 and float(10 ** round(len(str(int(scale))) - 1)) == scale:
                return scale * factor
    return factor


def _written_digits(c: Claim) -> str | None:
    """The digits of the claim's first number as written ("30000" of "30.000 de lei"), or None for
    one written with decimals or in words."""
    m = _FIRST_NUMBER.search(c.text or "")
    return re.sub(r"\D", "", m.group()) if m and "," not in m.group() else None


def cut_to_last_digit(short: Claim, long_: Claim) -> bool:
    """`short` gives `long_`'s figure cut, not rounded, to its last digit: "10,28 miliarde de lei"
    of 10.287.553.182 lei, "630 milioane de lei" of 630.646.624 lei (news truncates as often as it
    rounds). Only for a figure given to many more digits than the other, so that "12 milioane"
    and "11 milioane" stay two figures."""
    if (points := _plain_points(short, long_)) is None:
        return False
    n, x = points
    unit = written_unit(short, n)
    return unit > written_factor(short) and _cut(x, n, unit)


# A multiplier word ("mii", "milioane", "miliarde") gives a figure to its own unit at least this big.
SCALE_UNIT = 1000


def said_in_its_scale(short: Claim, long_: Claim, tolerance: float) -> bool:
    """`short` is a whole number of millions (or thousands) that `long_`, given with a decimal
    more in the same word, rounds or cuts to: "347 milioane €" of 347,5 milioane, "89 de
    milioane de acțiuni" of 89,7 milioane. The word says the figure's precision; "12 milioane"
    and "11 milioane", both whole, stay two figures, and so do "3 miliarde" and 3,6 miliarde,
    more than `tolerance` apart."""
    if short.frame.get("quantity") not in ("count", "money") or (points := _plain_points(short, long_)) is None:
        return False
    n, x = points
    unit = written_unit(short, n)
    if unit < SCALE_UNIT or unit <= written_factor(short) or not n or (x >= 0) != (n >= 0) \
            or written_unit(long_, x) >= unit or digits(x) != digits(n) + 1:
        return False
    return -unit / 2 <= abs(x) - abs(n) < unit and abs(x - n) <= tolerance * abs(n)


# A written figure ending in this many zeros is round: "400 de monede", "30.000 de lei" (not "30 de
# milioane", given to the million, nor "20 de morți": a toll of 20 against 23 is two tolls).
ROUND_ZEROS = 2


def round_for(short: Claim, long_: Claim, tolerance: float) -> bool:
    """`short` is a round count or sum, written with ROUND_ZEROS zeros or more, that `long_`'s
    figure rounds to: "400 de monede" for 407, "o recompensă de 30.000 de lei" for 29.160 lei. A
    source said the figure loosely, not another one; "2.400" against "1.800" does not round, and
    a figure more than `tolerance` off is another figure however round."""
    if short.frame.get("quantity") not in ("count", "money") or short.frame.get("step") or long_.frame.get("step") \
            or (points := _plain_points(short, long_)) is None:
        return False
    n, x = points
    written = _written_digits(short)
    if not written or not n:
        return False
    zeros = len(written) - len(written.rstrip("0"))
    if zeros < ROUND_ZEROS or not int(written) or n % int(written):
        return False
    unit = 10 ** zeros * (n / int(written))  # (the multiplier word's scale: "400 de mii")
    # (strictly inside half its digit: "1.300 de cazuri" against 1.250 is another count)
    return digits(x) > digits(n) and abs(x - n) < unit / 2 and abs(x - n) <= tolerance * abs(n)


def to_the_unit(short: Claim, long_: Claim) -> bool:
    """`short` gives `long_`'s measure rounded to the unit, with no decimals written: "maratonul
    de 42 de kilometri" of 42,195 km. Said so, a well-known measure is not said loosely."""
    return short.frame.get("quantity") == "measure" and _whole_of(short, long_)


def rounded_to_unit(short: Claim, long_: Claim) -> bool:
    """`short` gives `long_`'s figure rounded to the unit, and digits enough to be a name itself:
    "355 de lei pe MWh" of 355,34 lei/MWh, a price without its bani, is one figure said less
    precisely; "28 de lei" of 27,55 lei is as often a price of another month. (A measure said so
    is no imprecision at all: `to_the_unit`.)"""
    return short.frame.get("quantity") != "measure" and _whole_of(short, long_) \
        and digits(float(short.value.low)) >= MIN_DIGITS


def said_to_unit(short: Claim, long_: Claim) -> bool:
    """`short` is `long_`'s measure, amount or share rounded to the unit ("63 de litri pe metru
    pătrat" of 63,4 l/mp): for two claims already known to state one fact, said less precisely,
    not a different figure. (Counts have no decimals to round.)"""
    return short.frame.get("quantity") != "count" and _whole_of(short, long_, more=1)


def share_cut_to_unit(short: Claim, long_: Claim) -> bool:
    """`short` gives `long_`'s percentage cut to the unit, its decimals dropped: "un salt de 36%"
    of 36,6% (news truncates a share as often as it rounds it). Not amounts: "27 de lei" of 27,55
    lei is as often another month's price."""
    if short.frame.get("quantity") != "percent" or long_.frame.get("quantity") != "percent" \
            or short.frame.get("step") or (points := _plain_points(short, long_)) is None:
        return False
    n, x = points
    return n.is_integer() and 0 < abs(x) - abs(n) < 1 and (x >= 0) == (n >= 0)


def _whole_of(short: Claim, long_: Claim, more: int = 2) -> bool:
    """`short` is `long_`'s figure rounded to the unit, with no decimals written, and `long_`
    gives at least `more` digits more (for a figure to name another by itself, two: "12
    milioane" and "11,5 milioane" stay two figures)."""
    if short.frame.get("step") or (points := _plain_points(short, long_)) is None:
        return False
    n, x = points
    # (in the unit the short one was written in: "42 de kilometri" is 42.000 m, whole in km;
    # reconcile/baseunits.py)
    unit = written_factor(short)
    n, x = n / unit, x / unit
    half_up = math.copysign(math.floor(abs(x) + 0.5), x)  # (round() would take 26,5 to 26)
    return n.is_integer() and not x.is_integer() and half_up == n and digits(x) >= digits(n) + more


def _plain_points(short: Claim, long_: Claim) -> tuple[float, float] | None:
    """The two figures, when each is one number said plainly (no range, bound or "about"), or
    None: what a rounding or a cut is read between."""
    if not (is_point(short) and is_point(long_)) or short.frame.get("approx") or long_.frame.get("approx"):
        return None
    n, x = short.value.low, long_.value.low
    if not isinstance(n, (int, float)) or not isinstance(x, (int, float)):
        return None
    return float(n), float(x)


def _cut(x: float, n: float, n_unit: float) -> bool:
    """`n` is `x` cut to the digit `n_unit`, and `x` has many more digits than it."""
    return digits(x) > digits(n) + 1 and 0 <= abs(x) - abs(n) < n_unit


def is_point(c: Claim) -> bool:
    return c.value.qualifier == "exact" or bool(c.frame.get("around"))


def _loose(c: Claim) -> bool:
    return c.value.qualifier != "exact" or bool(c.frame.get("approx"))


def _rounds_to(x: float, x_unit: float, n: float, n_unit: float, loose: Claim) -> bool:
    """`loose` says `exact`'s figure with fewer digits, or loosely within a few percent, on the
    side its bound says ("peste 10.000" of 10.147, not of 9.870)."""
    if _loose(loose):
        q = loose.value.qualifier
        if (q in LOWER_BOUNDS and x < n) or (q in UPPER_BOUNDS and x > n):
            return False
        # (a loose figure's zeros are not digits it gives: "în medie cu 600 de lei" names the
        # figures that round to it at the hundreds, 622 lei among them)
        said_to = last_digit(abs(n), loose.frame.get("step"), loose.value.unit)
        return abs(x - n) <= max(LOOSE_SHARE * abs(x), n_unit / 2, said_to / 2)
    # (or cut, not rounded, to its last digit: "10,28 miliarde" of 10.287.553.182, see cut_to_last_digit)
    return digits(n) < digits(x) and n_unit > x_unit and (abs(x - n) <= n_unit / 2 + 1e-9 or _cut(x, n, n_unit))
