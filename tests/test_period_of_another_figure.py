"""A period a later clause says belongs to the figure nearest it ("…, o rată de participare de
94,1%, situată la aceleași valori consemnate în ultimii 5 ani": the rate's five years), not to
the count said before it (extract/quantities._period_is_own): the 120.400 candidates of this
year meet another outlet's 121.900 as a conflict (tests/articles/anydomain/perioada-alteia). In
both model modes."""

from __future__ import annotations

from conftest import ARTICLES, case_report, claim_by_text, findings_between

r = case_report(ARTICLES / "anydomain" / "perioada-alteia", "r")


def test_the_period_is_the_nearer_figures(r):
    count, rate = claim_by_text(r, "a", "120.400 de elevi"), claim_by_text(r, "a", "94,1%")
    assert rate.frame["period"] and rate.frame["time_text"] == "5 ani"
    assert not count.frame.get("period") and not count.frame.get("time_text")
    assert [f.rule for f in findings_between(r, count, claim_by_text(r, "b", "121.900 de elevi"))] == ["quantity-conflict"]
