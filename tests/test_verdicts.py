"""Interval verdicts (docs/design.md, "Verdicts"), tested on the values themselves."""

from datetime import date

from claimcheck.model import Value
from claimcheck.reconcile.verdicts import AGREE, CONFLICT, IMPRECISE, compare, compare_dates, describe

EXACT_15K = Value(15000, 15000, "militar", "exact")
APPROX_15K = Value(15000, 15000, "soldat", "approx")
RANGE_11_12K = Value(11000, 12000, "soldat", "range")
HOURS_2_5 = Value(9000, 9000, "s", "exact")
MORE_THAN_2H = Value(7200, None, "s", "more_than")


def test_disjoint_values_conflict():
    assert compare(EXACT_15K, RANGE_11_12K)[0] == CONFLICT
    assert compare(APPROX_15K, RANGE_11_12K)[0] == CONFLICT
    # "circa 11.000-12.000" widened by 10% reaches 13.200: still short of 15.000 - 10%.
    assert compare(APPROX_15K, RANGE_11_12K, b_approx=True)[0] == CONFLICT


def test_approximate_values_within_tolerance_are_imprecise_not_conflicts():
    assert compare(EXACT_15K, APPROX_15K) == (AGREE, "equal")
    # "aproape 14.000" against 15.000: compatible, but one source gave the figure loosely
    assert compare(Value(14000, 14000, None, "approx"), EXACT_15K)[0] == IMPRECISE
    assert compare(Value(13000, 13000, None, "approx"), EXACT_15K)[0] == CONFLICT
    assert compare(Value(13000, 13000, None, "approx"), EXACT_15K, tolerance=0.2)[0] == IMPRECISE
    # two loose figures within each other's tolerance agree
    assert compare(Value(14000, 14000, None, "approx"), APPROX_15K)[0] == AGREE


def test_a_figure_rounded_to_fewer_decimals_is_imprecise():
    # 9,9% is 9,88% said with one decimal; 31,2% and 31,9% of one vote are two figures
    assert compare(Value(9.9, 9.9, "%"), Value(9.88, 9.88, "%"), a_step=0.1, b_step=0.01)[0] == IMPRECISE
    assert compare(Value(31.2, 31.2, "%"), Value(31.9, 31.9, "%"), a_step=0.1, b_step=0.1)[0] == CONFLICT
    assert compare(Value(32.42, 32.42, "%"), Value(32.4, 32.4, "%"), a_step=0.01, b_step=0.1)[0] == IMPRECISE
    # whole numbers carry no rounding: 2 dead and 3 dead conflict
    assert compare(Value(2, 2, "persoana"), Value(3, 3, "persoana"))[0] == CONFLICT


def test_containment_at_different_precision_is_imprecise():
    assert compare(HOURS_2_5, MORE_THAN_2H)[0] == IMPRECISE
    assert compare(MORE_THAN_2H, HOURS_2_5)[0] == IMPRECISE
    assert compare(Value(None, 7000, "s", "less_than"), HOURS_2_5)[0] == CONFLICT


def test_vague_amounts_are_confirmed_not_imprecise():
    thousands = Value(2000, None, "soldat", "vague")
    assert compare(thousands, EXACT_15K) == (AGREE, "within the vague amount")
    tens = Value(20, 99, "racheta", "vague")
    # "zeci de pacienți" against 102 is far more often another group than a wrong figure: an
    # amount that vague accuses no one, even outside the other
    assert compare(tens, Value(500, 500, "racheta", "exact"))[0] == AGREE
    assert compare(Value(20, 20, "racheta", "exact"), Value(500, 500, "racheta", "exact"))[0] == CONFLICT


def test_dates_at_different_grain_agree():
    year = Value(date(2024, 1, 1), date(2024, 12, 31), "date")
    june = Value(date(2024, 6, 1), date(2024, 6, 30), "date")
    assert compare_dates(year, june)[0] == AGREE
    assert compare_dates(Value(date(2023, 1, 1), date(2023, 12, 31), "date"), june)[0] == CONFLICT


def test_describe():
    assert describe(RANGE_11_12K) == "range 11000–12000 soldat"
    assert describe(MORE_THAN_2H) == "more_than 2 h"
    assert describe(HOURS_2_5) == "exact 2 h 30 min"
    assert describe(Value(80 * 365 * 86400, 80 * 365 * 86400, "s")) == "exact 80 y"


def test_two_bounds_on_the_same_side_agree():
    # "peste 3,4 milioane" and "peste 3,57 milioane" are both true of one figure
    more_34 = Value(3_400_000, None, "vot", "more_than")
    more_357 = Value(3_570_000, None, "vot", "more_than")
    assert compare(more_34, more_357)[0] == AGREE
    assert compare(Value(None, 10, "%", "less_than"), Value(None, 12, "%", "at_most"))[0] == AGREE
    # a bound against a figure is told when it is the figure cut at the bound's last digit
    # ("peste 3,8 milioane" of 3.862.761), not when it lies further off ("peste 3,4 milioane":
    # true, and a weaker statement; see test_bound_holds.py)
    votes = Value(3_862_761, 3_862_761, "vot")
    assert compare(more_34, votes, a_step=100_000)[0] == AGREE
    assert compare(Value(3_800_000, None, "vot", "more_than"), votes, a_step=100_000)[0] == IMPRECISE


def test_a_range_within_a_bound_agrees_but_a_point_within_it_is_imprecise():
    up_to = Value(None, 0.5, "m³/s", "at_most")
    assert compare(up_to, Value(0.2, 0.5, "m³/s", "range"))[0] == AGREE
    assert compare(Value(0.2, 0.5, "m³/s", "range"), up_to)[0] == AGREE
    assert compare(up_to, Value(0.4, 0.4, "m³/s", "exact"))[0] == IMPRECISE
    # two ranges that overlap still disagree in precision
    assert compare(Value(0.2, 0.5, "m³/s", "range"), Value(0.4, 1.0, "m³/s", "range"))[0] == IMPRECISE
