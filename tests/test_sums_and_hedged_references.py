"""A count of two nouns joined by "și" ("peste 400 de angajați și clienți") is a sum, never a
count of the first noun (extract/valued.joined_noun, marked "+" in the subject), unless a figure
stands between them ("peste 420 de angajați și a celor 30 de agenți" are two counts); and a
figure after "cei"/"celor" that hedges ("tuturor celor peste 420 de angajați") says how many, as
does a bare one over a handful said for the first time ("a celor 30 de agenți": all of them, frame
`total`; "cei doi lideri" still refers back). On articles written for these tests
(tests/articles/anydomain/suma-evacuati), in both model modes."""

from __future__ import annotations

from conftest import ARTICLES, case_report, claim_by_text, findings_between

CASE = ARTICLES / "anydomain" / "suma-evacuati"


report = case_report(CASE)


def test_a_sum_is_not_a_count_of_its_first_noun(report):
    r = report
    both, staff = claim_by_text(r, "a", "400 de angajați", kind="quantity"), claim_by_text(r, "b", "380 de angajați", kind="quantity")
    assert both.frame["subject"] == ["angaj", "+client"]
    assert not findings_between(r, both, staff)


def test_a_hedged_reference_is_a_claim_and_a_figure_between_ends_the_noun(report):
    r = report
    hedged, staff = claim_by_text(r, "c", "peste 420 de angajați", kind="quantity"), claim_by_text(r, "b", "380 de angajați", kind="quantity")
    assert hedged.frame["subject"] == ["angaj"]
    assert [f.rule for f in findings_between(r, hedged, staff)] == ["quantity-conflict"]
    guards = claim_by_text(r, "c", "30 de agenți", kind="quantity")
    assert guards.frame.get("total") and guards.value.unit != hedged.value.unit
    assert not findings_between(r, guards, staff) and not findings_between(r, guards, hedged)
