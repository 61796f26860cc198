"""The verdict between two claims that state one fact (`verdict_of`), what of a claim it reads
(`value_key`, `value_span`), and which rule a disagreement between two clusters of values
gives besides a conflict: a toll that rose (`rose`), a later day's state (`later`), a toll grown
between reports (`grown`), a partial count (`partial`). reconcile/blocks.py walks the groups.
"""

from __future__ import annotations

from datetime import date
from math import ceil

from claimcheck.lang.frames import tables
from claimcheck.lang.stems import stem, stems_meet
from claimcheck.model import Claim, Value
from claimcheck.reconcile.coincidence import (cut_to_last_digit, is_point, round_for, said_in_its_scale, said_to_unit,
                                              share_cut_to_unit, to_the_unit)
from claimcheck.reconcile.happenings import not_happened
from claimcheck.reconcile.timing import dated_span, later_state, one_aged, years_apart
from claimcheck.reconcile.verdicts import (AGREE, CONFLICT, IMPRECISE, LOWER_BOUNDS, UPPER_BOUNDS, YEAR, compare_claims,
                                            compare_dates, interval)
from claimcheck.settings import RunSettings, merged_thresholds

# Days between two reports of a toll past which the later one's higher figure is the toll's later
# state (quantity-grown): a story's next-day reports still disagree about one moment's toll.
GROWN_DAYS = 2
# Days between two reports of any other undated count or measure from which the later one's
# higher figure may be a running total's later state (a drought's hectares on 31 August against
# the 22nd), up to a season: more than a week, when a story's own reports of one moment have long
# stopped; not a year on, when a retelling of a past happening gives its figures again.
TALLY_DAYS = (8, 120)


def value_key(c: Claim) -> tuple:
    """What `verdict_of` reads of a claim: two claims with the same key get the same verdict against
    any other, and read as the same value."""
    # (a person's age is read against its report's date: `_aged_verdict`)
    return (c.kind, c.value, bool(c.frame.get("approx")), c.frame.get("step"), bool(c.frame.get("nearly")),
            c.frame.get("article_date") if c.frame.get("age") else None)


def value_span(c: Claim, tolerance: float) -> tuple[float, float]:
    if c.kind == "date":
        return interval(c.value, 0.0)
    return interval(c.value, tolerance, bool(c.frame.get("approx")), c.frame.get("step"), bool(c.frame.get("nearly")))


def verdict_of(a: Claim, b: Claim, s: RunSettings) -> tuple[str, str]:
    if a.kind == "date":
        return compare_dates(a.value, b.value)
    if a.frame.get("quantity") in ("score", "rank"):
        # a result or a place is right or wrong: 33-24 is not 34-23 said loosely, nor 66th 72nd
        what = "score" if a.frame.get("quantity") == "score" else "place"
        return (AGREE, f"the same {what}") if (a.value.low, a.value.high) == (b.value.low, b.value.high) \
            else (CONFLICT, "two final scores of one match" if what == "score" else "two places of one in one ranking")
    if one_aged(a, b) and years_apart(a, b) >= 1:
        return _aged_verdict(a, b)
    verdict = compare_claims(a, b, s.tolerance)
    if verdict[0] == CONFLICT and a.frame.get("quantity") in ("count", "measure") \
            and _times_apart(a, b) > merged_thresholds(s.thresholds)["scope-ratio"]:
        # "18 persoane au murit înecate în acest sezon" and "Patru turiști au murit în weekend":
        # counts (and lengths, weights: "tronsonul de 50 km" of a 319 km motorway) many times
        # apart are a part and a whole or two scopes the frames did not tell apart, far more
        # often than one figure misreported; none accuses an outlet.
        return AGREE, "counts of different scopes"
    if verdict[0] == CONFLICT and a.frame.get("quantity") == "money" \
            and _times_apart(a, b) > merged_thresholds(s.thresholds)["money-scope-ratio"]:
        # "104 lei per acțiune" and "valoarea companiei … la 46,8 mld. lei": a price and the worth
        # of a whole, not one amount misreported (a thousand times is a slip of "milioane" for
        # "miliarde", which stays a conflict)
        return AGREE, "amounts of different scopes"
    if verdict[0] == IMPRECISE and a.frame.get("quantity") in ("count", "measure") \
            and bound_far(a, b, merged_thresholds(s.thresholds)["scope-ratio"]):
        # "peste 700 de case" and "aproape 6.000 de case": an open bound many times below (or
        # above) the other figure contains it, but says another scope, not the same one loosely
        return AGREE, "a bound and a figure of different scopes"
    if verdict[0] == CONFLICT and two_groups(a, b, s):
        return AGREE, "a few people named by two nouns: two groups"
    if verdict[0] == CONFLICT and (to_the_unit(a, b) or to_the_unit(b, a)):
        return AGREE, "a measure to the unit and with its decimals"
    if verdict[0] == CONFLICT and (said_to_unit(a, b) or said_to_unit(b, a)) and not later([a], [b]):
        # ("Pall Mall 27 de lei" in August is the price after April's 26,5 lei, not its rounding)
        return IMPRECISE, "the same figure rounded to the unit"
    if verdict[0] == CONFLICT and (round_for(a, b, s.tolerance) or round_for(b, a, s.tolerance)) \
            and not later([a], [b]):
        return IMPRECISE, "a round figure for the precise one"
    if verdict[0] == CONFLICT and (said_in_its_scale(a, b, s.tolerance) or said_in_its_scale(b, a, s.tolerance)) \
            and not later([a], [b]):
        return IMPRECISE, "the same figure given to its multiplier's unit"
    if verdict[0] == CONFLICT and (cut_to_last_digit(a, b) or cut_to_last_digit(b, a)):
        return IMPRECISE, "the same figure cut to fewer digits"
    if verdict[0] == CONFLICT and (share_cut_to_unit(a, b) or share_cut_to_unit(b, a)) and not later([a], [b]):
        return IMPRECISE, "the same share cut to the unit"
    if verdict[0] == IMPRECISE and a.frame.get("quantity") == "clock" and _only_touch(a.value, b.value) \
            and not (not_happened(a) or not_happened(b)):
        # "duminică dimineața" and "duminică după-amiază" time one happening: two windows that
        # share only the hour one ends and the other starts (noon) are two parts of the day
        # (but a plan's "în această seară" is no time anything happened at)
        return CONFLICT, "two windows of the day that only touch"
    if verdict[0] == IMPRECISE and a.frame.get("quantity") == "clock" and not (is_point(a) and is_point(b)):
        # "până la ora 18:00" and "între orele 14:00 – 18:00" tell one deadline: a window of
        # time inside another is no imprecision; "la ora 15" against "în jurul orei 14:45" is.
        return AGREE, "overlapping times of day"
    return verdict


def _only_touch(a: Value, b: Value) -> bool:
    """Two windows of time, neither a point, whose only common moment is where one ends."""
    if None in (a.low, a.high, b.low, b.high) or a.low == a.high or b.low == b.high:
        return False
    return a.high == b.low or b.high == a.low


def _aged_verdict(a: Claim, b: Claim) -> tuple[str, str]:
    """One person's age in two reports a year or more apart: the later may be older by up to the
    years between (or the same, an age at death), never younger nor older by more. "Sandu
    Gabriel, 38 de ani" three years after "Gabriel Sandu, de 40 de ani" is wrong in one of them."""
    early, late = sorted((a, b), key=lambda c: c.frame["article_date"])
    if not all(v.qualifier == "exact" and v.low == v.high for v in (early.value, late.value)):
        return AGREE, "ages told loosely years apart"
    years = years_apart(a, b)
    grew = (float(late.value.low) - float(early.value.low)) / YEAR
    if 0 <= grew <= ceil(years):
        return AGREE, f"the same age {years:.0f} years on"
    return CONFLICT, f"an age that does not follow from the other {years:.0f} years apart"


def two_groups(a: Claim, b: Claim, s: RunSettings) -> bool:
    """"trei turiști" and "doi tineri", "trei persoane" and "doi bărbați": a handful of people
    named by two nouns, neither of which says what befell them ("morți", "răniți" do), are two
    groups of one story far more often than one group miscounted; but two nouns that name anyone
    ("persoane", "oameni") with one event are one group."""
    if not (a.frame.get("quantity") == "count" and a.frame.get("people") and b.frame.get("people")):
        return False
    ua, ub = a.value.unit, b.value.unit
    t = tables(s.lang)
    pa, pb = a.frame.get("predicate"), b.frame.get("predicate")
    if all(t.concepts_by_noun.lookup(u or "") in t.generic for u in (ua, ub)) \
            and ((a.frame.get("event") and a.frame.get("event") == b.frame.get("event"))
                 or (pa and pb and stems_meet(stem(pa), stem(pb)))):
        # "Trei persoane au murit" and "Patru oameni au murit": two words for anyone, one verb
        # for what befell them: one group, miscounted (also a verb no table knows: "se aflau
        # alte cinci", "iar în autoturism patru" [se aflau])
        return False
    return bool(ua and ub) and not stems_meet(stem(ua), stem(ub)) \
        and max(_top(a), _top(b)) <= merged_thresholds(s.thresholds)["few-people"] \
        and not any(t.events.lookup(u) for u in (ua, ub))


def bound_far(a: Claim, b: Claim, ratio: float) -> bool:
    """One side is an open bound ("peste 700") and the figures said are more than `ratio` apart."""
    open_ = LOWER_BOUNDS + UPPER_BOUNDS
    if not (a.value.qualifier in open_ or b.value.qualifier in open_):
        return False
    said = [v.low if v.low is not None else v.high for v in (a.value, b.value)]
    if any(not isinstance(x, (int, float)) or x <= 0 for x in said):
        return False
    return max(said) / min(said) > ratio


def _top(c: Claim) -> float:
    """The larger bound of a count."""
    v = c.value
    return float(v.high if v.high is not None else v.low or 0)


def _times_apart(a: Claim, b: Claim) -> float:
    """How many times the larger count is the smaller (by their nearest bounds)."""
    la, ha = interval(a.value, 0.0)
    lb, hb = interval(b.value, 0.0)
    small, big = (ha, lb) if ha < lb else (hb, la)
    return big / small if small and small > 0 else 1.0


def rose(xs: list[Claim], ys: list[Claim], tolerance: float, block: list[Claim]) -> str | None:
    """Why the two counts are a toll that grew between two reports, not an error, or None: one
    side gives the higher count and says it rose to it ("a ajuns la 67", "bilanțul a crescut la
    26"), or says the whole toll rose, and the other does not. An article says it of its figure
    once for all its sayings of it (the title's "31 de persoane internate" is the body's "numărul
    … se ridică la 31"); and the lower figure of an article that itself tells the count rising
    past it ("Până la ora 10, 23 de persoane … UPDATE: numărul se ridică la 31") is a past state
    (`block`: the claims of the two sides' block)."""
    if xs[0].frame.get("quantity") != "count":
        return None
    low, high = _lower_first(xs, ys, tolerance)
    said_risen = {(c.article, value_key(c)) for c in block if c.frame.get("risen")}
    def risen(c: Claim) -> bool:
        return (c.article, value_key(c)) in said_risen
    if all(risen(c) for c in high) and not any(risen(c) for c in low):
        return "the higher count is said to have risen to it"
    if all(any(d.article == c.article and d.frame.get("risen") and _top(d) > _top(c) for d in block) for c in low):
        return "the lower count's own article tells the count rising past it later"
    # "Bilanțul a crescut: cinci persoane au fost rănite, iar alte 9 au primit îngrijiri": the
    # whole toll moved, some of its parts down
    return "one side says the whole toll rose" if _one_side_says(xs, ys, "toll_rose") else None


def _lower_first(xs: list[Claim], ys: list[Claim], tolerance: float) -> tuple[list[Claim], list[Claim]]:
    """The two clusters, the one with the lower value first."""
    return (xs, ys) if value_span(xs[0], tolerance) < value_span(ys[0], tolerance) else (ys, xs)


def later(xs: list[Claim], ys: list[Claim]) -> bool:
    """Every claim of one side is the state of a later day than every claim of the other was
    published on (timing.later_state): the figure changed, no outlet is wrong."""
    return all(later_state(x, y) for x in xs for y in ys) or all(later_state(y, x) for x in xs for y in ys)


def grown(xs: list[Claim], ys: list[Claim], s: RunSettings) -> bool:
    """A toll (rules/events.yml `tolls`) given as of its report on both sides, higher on the side
    whose every report was published GROWN_DAYS or more after every report of the other side: the
    toll's later state."""
    tolls = tables(s.lang).tolls
    if any(c.frame.get("quantity") != "count" or c.frame.get("event") not in tolls
           or not c.frame.get("article_date") or not _as_of_report(c) for c in (*xs, *ys)):
        return False
    return _higher_later(xs, ys, s)[0] >= GROWN_DAYS


def tallied(xs: list[Claim], ys: list[Claim], s: RunSettings) -> bool:
    """Counts or measures as of their reports on both sides (undated, or dated to the report's
    day: "a ajuns, luni, la 402.981 de hectare"), higher on the side whose every report was
    published within TALLY_DAYS after every report of the other: a running total's later state,
    as a toll's is (`grown`)."""
    if any(c.frame.get("quantity") not in ("count", "measure") or not c.frame.get("article_date")
           or not _as_of_report(c) for c in (*xs, *ys)):
        return False
    after, spread = _higher_later(xs, ys, s)
    return TALLY_DAYS[0] <= after and spread <= TALLY_DAYS[1]


def _higher_later(xs: list[Claim], ys: list[Claim], s: RunSettings) -> tuple[int, int]:
    """(days from the lower side's last report to the higher side's first, days from the lower
    side's first report to the higher side's last): how much later the higher figure came, and
    over how long the two sides were published. Every claim has its `article_date`."""
    low, high = _lower_first(xs, ys, s.tolerance)
    lows = [date.fromisoformat(c.frame["article_date"]) for c in low]
    highs = [date.fromisoformat(c.frame["article_date"]) for c in high]
    return (min(highs) - max(lows)).days, (max(highs) - min(lows)).days


def _as_of_report(c: Claim) -> bool:
    """Undated, or dated to its report's day or the day before ("a anunțat luni"): the toll as
    that report knew it."""
    t = c.frame.get("time")
    if not t:
        return True
    if (days := dated_span(t)) is None:
        return False
    day = date.fromisoformat(c.frame["article_date"])
    return days[1] <= day and (day - days[0]).days <= 1


def partial(xs: list[Claim], ys: list[Claim]) -> bool:
    """One side's every claim is said to be partial or provisional, the other's none, or every
    claim of both sides is: a count still moving, not an error (quantity-partial). Two partial
    counts ("după centralizarea a 96%", "… a 97,89% dintre procesele-verbale") are two moments of
    it."""
    return _one_side_says(xs, ys, "partial") or all(c.frame.get("partial") for c in xs + ys) \
        or _final_later(xs, ys)


def _final_later(xs: list[Claim], ys: list[Claim]) -> bool:
    """One side is all from reports that give final, corrected figures ("Rezultatele finale …, după
    soluționarea contestațiilor"), the other none, and every final report came out after every
    other: the earlier figure is the count before the correction, as a partial one is."""
    if not _one_side_says(xs, ys, "final") or not all(c.frame.get("article_date") for c in xs + ys):
        return False
    final, other = (xs, ys) if all(c.frame.get("final") for c in xs) else (ys, xs)
    return min(c.frame["article_date"] for c in final) > max(c.frame["article_date"] for c in other)


def _one_side_says(xs: list[Claim], ys: list[Claim], flag: str) -> bool:
    """Every claim of one side has the frame flag, and no claim of the other."""
    said = [all(c.frame.get(flag) for c in side) for side in (xs, ys)]
    return said[0] != said[1] and not any(c.frame.get(flag) for c in (ys if said[0] else xs))
