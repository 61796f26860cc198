"""Interval verdicts (DESIGN.md's table), tested on the values themselves."""

from datetime import date

from claimcheck.claims import Value
from claimcheck.verdicts import AGREE, CONFLICT, IMPRECISE, compare, compare_dates, describe

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


def test_approximate_values_agree_within_tolerance():
    assert compare(EXACT_15K, APPROX_15K) == (AGREE, "equal")
    assert compare(Value(14000, 14000, None, "approx"), EXACT_15K) == (AGREE, "equal within ±10%")
    assert compare(Value(13000, 13000, None, "approx"), EXACT_15K)[0] == CONFLICT
    assert compare(Value(13000, 13000, None, "approx"), EXACT_15K, tolerance=0.2)[0] == AGREE


def test_containment_at_different_precision_is_imprecise():
    assert compare(HOURS_2_5, MORE_THAN_2H)[0] == IMPRECISE
    assert compare(MORE_THAN_2H, HOURS_2_5)[0] == IMPRECISE
    assert compare(Value(None, 7000, "s", "less_than"), HOURS_2_5)[0] == CONFLICT


def test_vague_amounts_are_confirmed_not_imprecise():
    thousands = Value(2000, None, "soldat", "vague")
    assert compare(thousands, EXACT_15K) == (AGREE, "within the vague amount")
    tens = Value(20, 99, "racheta", "vague")
    assert compare(tens, Value(500, 500, "racheta", "exact"))[0] == CONFLICT


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
