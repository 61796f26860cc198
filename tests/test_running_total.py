"""An undated count or measure higher in a report published more than a week after another's is
a running total's later state (quantity-grown, a warning), as a toll's is after two days; reports
a day apart still disagree about one moment (reconcile/pairs.tallied, TALLY_DAYS).
Case: tests/articles/anydomain/total-in-crestere (a drought's hectares on 10, 11 and 25 August)."""

from __future__ import annotations

from conftest import ARTICLES, case_report, claim_by_text, findings_between

report = case_report(ARTICLES / "anydomain" / "total-in-crestere")


def test_a_higher_total_two_weeks_later_is_its_later_state(report):
    early = claim_by_text(report, "a", "120.000", "quantity")
    late = claim_by_text(report, "c", "310.000", "quantity")
    assert [(f.severity, f.rule) for f in findings_between(report, early, late)] == [("warning", "quantity-grown")]


def test_reports_a_day_apart_still_conflict(report):
    a = claim_by_text(report, "a", "120.000", "quantity")
    b = claim_by_text(report, "b", "150.000", "quantity")
    assert [(f.severity, f.rule) for f in findings_between(report, a, b)] == [("error", "quantity-conflict")]
