"""A place or a means tells what befell the counted only as the verb's object or place ("duse
la spital": taken to hospital; rules/events.yml `means`), never as its subject: "Spitalul
Județean … a raportat 14 cazuri de rujeolă" takes no one to hospital (extract/parsed). With a
parse; the word window cannot tell a subject from a place. Case:
tests/articles/anydomain/spitalul-raporteaza."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "spitalul-raporteaza")


def test_a_hospital_that_reports_takes_no_one_in(moded):
    mode, r = moded
    assert claim_by_text(r, "a", "9 persoane").frame.get("event") == "hospitalise"
    if mode == "ro_legal_fl":
        cases = claim_by_text(r, "a", "14 cazuri")
        assert cases.frame.get("predicate") == "raporta" and cases.frame.get("event") is None
