"""A figure said for a group, named right after it ("12,4% în cazul elevilor din mediul rural";
rules/frames.yml `group_openers`, extract/givenfor.group_after), is one fact only with a figure
said for the same group: not with the figure for all ("10,2%"), nor with another group's
("8,1% în cazul elevilor din mediul urban"; reconcile/givenfor.groups_apart). Text only, so both
model modes read it. Case: tests/articles/anydomain/grup-cifra."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "grup-cifra")


def test_one_group_two_figures_conflict(moded):
    _, r = moded
    rural_a, rural_b = claim_by_text(r, "a", "12,4%"), claim_by_text(r, "b", "12,9%")
    assert rural_a.frame["group"] == rural_b.frame["group"]
    assert [f.rule for f in findings_between(r, rural_a, rural_b)] == ["quantity-conflict"]


def test_a_group_is_not_all_nor_another_group(moded):
    _, r = moded
    everyone, urban = claim_by_text(r, "b", "10,2%"), claim_by_text(r, "a", "8,1%")
    assert "group" not in everyone.frame
    for c in (claim_by_text(r, "a", "12,4%"), claim_by_text(r, "b", "12,9%"), urban):
        assert findings_between(r, everyone, c) == []
    assert findings_between(r, urban, claim_by_text(r, "b", "12,9%")) == []
