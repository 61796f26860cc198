"""A place or a means tells what befell the counted only as the verb's object or place ("duse
la spital": taken to hospital; rules/events.yml `means`), never as its subject: "Spitalul
Județean … a raportat 14 cazuri de rujeolă" takes no one to hospital (extract/parsed). With a
parse; the word window cannot tell a subject from a place. Case:
tests/articles/anydomain/spitalul-raporteaza."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "spitalul-raporteaza")


def test_a_hospital_that_reports_takes_no_one_in(moded):
    mode, r = moded
    assert claim_by_text(r, "a", "9 persoane").frame.get("event") == "hospitalise"
    if mode == "ro_legal_fl":
        cases = claim_by_text(r, "a", "14 cazuri")
        assert cases.frame.get("predicate") == "raporta" and cases.frame.get("event") is None


def test_a_hospital_that_reports_is_the_figures_source_not_its_place(moded):
    # (an establishment opening the sentence is its figure's place, tests/test_establishment_sites,
    # unless it reports the figure: then it is who says it, and 14 is the town's count)
    _, r = moded
    cases = claim_by_text(r, "a", "14 cazuri")
    assert cases.frame.get("place_level") != "site"
    assert [f.severity for f in findings_between(r, cases, claim_by_text(r, "b", "17 cazuri"))] == ["error"]
