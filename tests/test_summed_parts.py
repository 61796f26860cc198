"""Figures that add up to another report's figure are its parts: "participă 90 de edituri în
pavilionul central și 60 de edituri în corturile din parc" gives the 150 publishers of the fair in
two parts, so neither is held against "150 de edituri" (reconcile/marks.mark_summed_parts), while
"120 de edituri" still is. Without the NER a name after "în" is where a count was made, not whose it
is ("în Copou participă 120 de edituri": extract/owners.owner_from_window).
Case: tests/articles/anydomain/targ-parti."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report, severities_between

fair = moded_case_report(ARTICLES / "anydomain" / "targ-parti", name="fair")


def test_figures_that_add_up_to_another_are_its_parts(fair):
    model, r = fair
    whole = claim_by_text(r, "a", "150 de edituri")
    parts = [claim_by_text(r, "b", "90 de edituri"), claim_by_text(r, "b", "60 de edituri")]
    assert all(p.frame.get("part") for p in parts)
    assert all(findings_between(r, whole, p) == [] for p in parts)


def test_another_whole_still_conflicts(fair):
    model, r = fair
    other = claim_by_text(r, "c", "120 de edituri")
    assert other.frame.get("owner") is None
    assert severities_between(r, claim_by_text(r, "a", "150 de edituri"), other) == ["error"]
