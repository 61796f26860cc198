"""Bounds on either side of one number: "Aproape 20.000 de oameni" is under 20.000 and "Peste
20.000" over it, and so is "Sub 20.000" against "Peste 20.000": each pair is a conflict (closed
bounds only touch at the number; news rounds, but not across it). "Aproape 20.000" and "Sub
20.000" say the same side and agree. Case: tests/articles/anydomain/aproape-peste."""

from __future__ import annotations

from conftest import ARTICLES, case_report, claim_by_text, severities_between

sides = case_report(ARTICLES / "anydomain" / "aproape-peste", name="sides")


def test_almost_and_over_one_number_conflict(sides):
    r = sides
    almost, over, under = (claim_by_text(r, art, "20.000") for art in "abc")
    assert severities_between(r, almost, over) == ["error"]
    assert severities_between(r, over, under) == ["error"]
    assert severities_between(r, almost, under) == []
