"""Counts said together as the kinds of one group ("32 de adulți și 11 copii sunt internați",
extract/coordinated.py), or one kind named within its whole ("45 de persoane, dintre care 9
copii", frame kind_of), on articles written for these tests (tests/articles/anydomain/
categorii-insumate): 32 adults are a part of another outlet's 58 people in hospital, never a
conflict with them; 11 children against 14 or 9 children is. A verb of state leaves what
befell the counted, and where, to its participle ("se află internate la Spitalul Județean",
rules/frames.yml state_verbs): read from the parse; the window reads no place after a comma."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

CASE = ARTICLES / "anydomain" / "categorii-insumate"


moded = moded_case_report(CASE)


def test_kinds_said_together_are_marked(moded):
    _, r = moded
    adults, children = claim_by_text(r, "a", "32 de adulți"), claim_by_text(r, "a", "11 copii")
    assert adults.frame.get("split") and children.frame.get("split")
    assert not claim_by_text(r, "b", "58 de persoane").frame.get("split")


def test_one_kind_is_not_the_whole_group(moded):
    _, r = moded
    adults, people = claim_by_text(r, "a", "32 de adulți"), claim_by_text(r, "b", "58 de persoane")
    assert adults.frame["event"] == people.frame["event"] == "hospitalise"
    assert findings_between(r, adults, people) == []
    assert findings_between(r, adults, claim_by_text(r, "a", "11 copii")) == []
    assert findings_between(r, adults, claim_by_text(r, "c", "45 de persoane")) == []


def test_the_same_kind_still_meets(moded):
    _, r = moded
    eleven, fourteen = claim_by_text(r, "a", "11 copii"), claim_by_text(r, "b", "14 copii")
    assert [f.rule for f in findings_between(r, eleven, fourteen)] == ["quantity-conflict"]


def test_a_kind_named_within_its_whole_meets_that_kind(moded):
    mode, r = moded
    nine = claim_by_text(r, "c", "9 copii")
    assert nine.frame["part"] and nine.frame["kind_of"].startswith("persoan")
    assert nine.frame["event"] == "hospitalise"
    if mode == "blank":
        return  # (the window takes no place after "dintre care 9 copii,": the unplaced never meets the placed)
    assert [f.rule for f in findings_between(r, nine, claim_by_text(r, "a", "11 copii"))] == ["quantity-conflict"]
    forty_five = claim_by_text(r, "c", "45 de persoane")
    assert forty_five.frame["predicate"].startswith("intern") and "Spitalul" in forty_five.frame["place"]
    assert [f.rule for f in findings_between(r, forty_five, claim_by_text(r, "b", "58 de persoane"))] \
        == ["quantity-conflict"]
