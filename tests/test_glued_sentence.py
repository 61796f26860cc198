"""A sentence glued to the one before it in scraped text ("era deja plină.Alți cinci pacienți",
extract/words) still opens with its own words: "Alți cinci" is more patients on top of a count,
as another outlet's "Alți șapte pacienți" (a conflict), never the 14 in the ward. Patients,
passengers, tourists and travellers are people without the model's entity tags too (rules/
concepts.yml people): what befell them names their count (tests/articles/anydomain/
propozitie-lipita). In both model modes."""

from __future__ import annotations

from conftest import ARTICLES, case_report, claim_by_text, findings_between

r = case_report(ARTICLES / "anydomain" / "propozitie-lipita", "r")


def test_the_glued_sentence_keeps_its_first_word(r):
    five, seven = claim_by_text(r, "a", "cinci pacienți", kind="quantity"), claim_by_text(r, "b", "șapte pacienți", kind="quantity")
    assert five.frame["increment"] and seven.frame["increment"]
    assert [f.rule for f in findings_between(r, five, seven)] == ["quantity-conflict"]
    assert findings_between(r, five, claim_by_text(r, "a", "14 pacienți", kind="quantity")) == []


def test_patients_are_people(r):
    assert claim_by_text(r, "a", "14 pacienți", kind="quantity").concept == "hospitalised"
