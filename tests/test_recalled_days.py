"""A paragraph opened by "Amintim că" recalls another happening, whose figures are never the
story's (rules/frames.yml `aside_markers`), unless it recalls a day of the article's own week:
"Amintim că, joi, după surparea unei galerii, trei mineri au rămas blocați" is this story told
again (extract/quantities.RECALL_DAYS), and its count meets another outlet's. The older recall
stays apart (tests/articles/anydomain/amintim). Case: tests/articles/anydomain/amintim-recent."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "amintim-recent")


def test_a_recalled_day_of_this_week_is_this_story(moded):
    _, r = moded
    recalled = claim_by_text(r, "a", "trei mineri")
    assert not recalled.frame.get("aside")
    [f] = findings_between(r, recalled, claim_by_text(r, "b", "Doi mineri"))
    assert (f.rule, f.severity) == ("quantity-conflict", "error")


def test_a_recalled_other_happening_stays_apart(moded):
    _, r = moded
    other = claim_by_text(r, "a", "patru mineri")
    assert other.frame.get("aside")
    assert not findings_between(r, other, claim_by_text(r, "b", "Doi mineri"))
