"""Counts said together as the kinds of one group ("32 de adulți și 11 copii sunt internați",
extract/coordinated.py) are each their kind's only, on an article pair written for these tests
(tests/articles/anydomain/categorii-insumate): 32 adults are a part of another outlet's 58
people in hospital, never a conflict with them; 11 children against 14 children is. In both
model modes."""

from __future__ import annotations

from conftest import ARTICLES, case_report, claim_by_text, findings_between

CASE = ARTICLES / "anydomain" / "categorii-insumate"
r = case_report(CASE, "r")


def test_kinds_said_together_are_marked(r):
    adults, children = claim_by_text(r, "a", "32 de adulți"), claim_by_text(r, "a", "11 copii")
    assert adults.frame.get("split") and children.frame.get("split")
    assert not claim_by_text(r, "b", "58 de persoane").frame.get("split")


def test_one_kind_is_not_the_whole_group(r):
    adults, people = claim_by_text(r, "a", "32 de adulți"), claim_by_text(r, "b", "58 de persoane")
    assert adults.frame["event"] == people.frame["event"] == "hospitalise"
    assert findings_between(r, adults, people) == []
    assert findings_between(r, adults, claim_by_text(r, "a", "11 copii")) == []


def test_the_same_kind_still_meets(r):
    eleven, fourteen = claim_by_text(r, "a", "11 copii"), claim_by_text(r, "b", "14 copii")
    assert [f.rule for f in findings_between(r, eleven, fourteen)] == ["quantity-conflict"]
