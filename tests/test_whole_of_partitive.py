"""The whole a partitive is taken from ("În microbuz se aflau 16 persoane, dintre care nouă au
murit") is not what befell the part: the 16 were aboard, the nine died. So the 16 are never a
death toll against another outlet's "Zece persoane au murit", while the nine are
(extract/parsed.event_after_noun: a number word the tagger calls a pronoun is still the part's
subject; extract/windowed.py: without a parse the window stops at "dintre care").
Case: tests/articles/anydomain/intreg-si-morti."""

from __future__ import annotations

from conftest import ARTICLES, case_report, claim_by_text, findings_between, severities_between

report = case_report(ARTICLES / "anydomain" / "intreg-si-morti")


def test_the_whole_takes_no_event_of_its_part(report):
    whole = claim_by_text(report, "a", "16 persoane")
    assert whole.frame.get("event") is None
    assert findings_between(report, whole, claim_by_text(report, "b", "Zece persoane")) == []


def test_the_part_is_the_toll_another_outlet_disagrees_with(report):
    part = claim_by_text(report, "a", "nouă")
    assert part.frame.get("event") == "die"
    assert severities_between(report, part, claim_by_text(report, "b", "Zece persoane")) == ["error"]


aside = case_report(ARTICLES / "anydomain" / "categorii-insumate", name="aside")


def test_a_part_set_off_without_a_verb_leaves_the_whole_its_own(aside):
    # "45 de persoane, dintre care 9 copii, se află internate": the 45 are in hospital
    a = claim_by_text(aside, "b", "58 de persoane")
    b = claim_by_text(aside, "c", "45 de persoane")
    assert severities_between(aside, a, b) == ["error"]
