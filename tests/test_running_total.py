"""An undated count or measure higher in a report published more than a week after another's is
a running total's later state (quantity-grown, a warning), as a toll's is after two days; reports
a day apart still disagree about one moment (reconcile/pairs.tallied, TALLY_DAYS). A total dated
to its report's own day is as of that report too. Cases: tests/articles/anydomain/total-in-crestere,
total-zi-raport (a drought's hectares on 10, 11 and 25 August; on Monday and two weeks later)."""

from __future__ import annotations

from conftest import ARTICLES, case_report, claim_by_text, findings_between, moded_case_report

report = case_report(ARTICLES / "anydomain" / "total-in-crestere")


def test_a_higher_total_two_weeks_later_is_its_later_state(report):
    early = claim_by_text(report, "a", "120.000", "quantity")
    late = claim_by_text(report, "c", "310.000", "quantity")
    assert [(f.severity, f.rule) for f in findings_between(report, early, late)] == [("warning", "quantity-grown")]


def test_reports_a_day_apart_still_conflict(report):
    a = claim_by_text(report, "a", "120.000", "quantity")
    b = claim_by_text(report, "b", "150.000", "quantity")
    assert [(f.severity, f.rule) for f in findings_between(report, a, b)] == [("error", "quantity-conflict")]



day_of_report = moded_case_report(ARTICLES / "anydomain" / "total-zi-raport", name="day_of_report")


def test_a_total_dated_to_its_report_s_own_day_is_as_of_that_report(day_of_report):
    # "a ajuns, luni, la 120.000 de hectare" in Monday's report, 260.000 two weeks later: the
    # running total's later state, as for an undated one (pairs._as_of_report); without a parse
    # the two are not grouped at all
    model, r = day_of_report
    a, b = claim_by_text(r, "a", "120.000", "quantity"), claim_by_text(r, "b", "260.000", "quantity")
    expected = [] if model == "blank" else [("warning", "quantity-grown")]
    assert [(f.severity, f.rule) for f in findings_between(r, a, b)] == expected
