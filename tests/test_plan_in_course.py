"""A plan and a present tense over the period the article stands in are one change: "alocațiile
vor crește în medie cu 90 de lei de la 1 martie" and "alocațiile cresc cu 95 de lei din martie",
both written on 10 March, meet (an approximate 90 against 95: imprecise), where a plan against
a figure that came true before the article stays apart ("în această iarnă vor primi 150.000 de
familii" is not last year's 135.000). A day-month under a future cue may lie up to a month
behind the article ("de la 1 martie" on 10 March is this March, not next year's). On articles
written for these tests (tests/articles/anydomain/plan-in-curs), in both model modes."""

from __future__ import annotations

from conftest import ARTICLES, case_report, claim_by_text, findings_between

CASE = ARTICLES / "anydomain" / "plan-in-curs"


report = case_report(CASE)


def test_a_plan_meets_the_present_of_its_month(report):
    r = report
    plan, now = claim_by_text(r, "a", "90 de lei", kind="quantity"), claim_by_text(r, "b", "95 de lei", kind="quantity")
    assert plan.frame["mood"] == "planned" and plan.frame["time"]["low"] == "2026-03-01"
    assert [f.rule for f in findings_between(r, plan, now)] == ["quantity-imprecise"]


def test_a_plan_does_not_meet_what_came_true_before(report):
    r = report
    plan, last_year = claim_by_text(r, "a", "150.000 de familii", kind="quantity"), \
        claim_by_text(r, "b", "135.000 de familii", kind="quantity")
    assert plan.frame["mood"] == "planned"
    assert findings_between(r, plan, last_year) == []


PERIOD = ARTICLES / "anydomain" / "plan-perioada"
period = case_report(PERIOD, "period")


def test_a_plan_for_a_period_under_way_is_what_came_to_be(period):
    """"vor participa 3.000 de militari" in an exercise "în perioada 20 octombrie-13 noiembrie"
    is the figure "peste 3.000 de militari participă" gives on 10 November (happenings.plan_came),
    and not the one told on 5 October, before the period began."""
    r = period
    plan, during, before = claim_by_text(r, "a", "3.000"), claim_by_text(r, "b", "3.000"), claim_by_text(r, "c", "2.600")
    assert plan.frame["mood"] == "planned" and plan.frame["time"]["low"] == "2025-10-20"
    assert [f.rule for f in findings_between(r, plan, during)] == ["quantity-imprecise"]
    assert not findings_between(r, plan, before)
