"""A figure the speaker gives of their own is not the whole's (extract/roles.is_own), on an
article pair written for these tests (tests/articles/anydomain/ocupare): a hotel manager's
"Gradul nostru de ocupare este de 100%" is her hotel's, so it neither conflicts with the
resort's 90% elsewhere nor makes her article's 95% for the resort an uncertain figure
(blocks._Block.unsure): the 95% against 90% is still found."""

from __future__ import annotations

from conftest import ARTICLES, case_report, claim_by_text, findings_between

CASE = ARTICLES / "anydomain" / "ocupare"


report = case_report(CASE)


def test_the_speakers_own_figure_is_set_apart(report):
    r = report
    resort_a, own, resort_b = claim_by_text(r, "a", "95%", "quantity"), \
        claim_by_text(r, "a", "100%", "quantity"), claim_by_text(r, "b", "90%", "quantity")
    assert own.frame.get("own") and not resort_a.frame.get("own") and not resort_b.frame.get("own")
    assert not findings_between(r, own, resort_b)
    assert [f.rule for f in findings_between(r, resort_a, resort_b)] == ["quantity-conflict"]


degree = case_report(ARTICLES / "anydomain" / "grad", "degree")


def test_a_degree_of_something_measures_that_thing(degree):
    # "Gradul de ocupare" and "un grad de ocupare": "grad" holds the figure like "nivelul" (rules/
    # frames.yml container_nouns), and what is measured is the occupancy on both sides
    r = degree
    a, b = claim_by_text(r, "a", "80%", "quantity"), claim_by_text(r, "b", "70%", "quantity")
    assert a.frame["subject"] == b.frame["subject"] == ["ocup"]
    assert [f.rule for f in findings_between(r, a, b)] == ["quantity-conflict"]
