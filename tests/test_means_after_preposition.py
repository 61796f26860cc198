"""Without a parse, a noun of rules/events.yml `means` ("spital", "ambulanță") tells what befell
the counted only after a preposition ("Alți 3 angajați au fost duși la spital") or as a list
line's label, never as whose someone is ("fostul director al spitalului … la 4 ani de
închisoare": no term is a hospitalisation). extract/windowed._as_means, rules/frames.yml
`means_prepositions`. Case: tests/articles/anydomain/directorul-spitalului."""

from __future__ import annotations

from conftest import ARTICLES, case_report, claim_by_text

report = case_report(ARTICLES / "anydomain" / "directorul-spitalului")


def test_whose_hospital_is_no_hospitalisation(report):
    assert claim_by_text(report, "a", "4 ani").frame.get("event") is None


def test_taken_to_hospital_still_is(report):
    assert claim_by_text(report, "a", "3 angajați").frame.get("event") == "hospitalise"
