"""People named by what befell them ("peste 30 de reținuți", a plural participle of an event's
verb) count what "reținerea a 31 de persoane" counts; a place written with and without its
article ("din țară", "din toată țara") is one place; and a counted noun the model lemmatizes in
one sentence and not in the next ("biblioteci") is one noun (matching.concept_key: its stem).
On articles written for these tests (tests/articles/anydomain/participii)."""

from __future__ import annotations

import pytest

from conftest import ARTICLES, analyse_case, case_report, claim_by_text, findings_between

CASE = ARTICLES / "anydomain" / "participii"


report = case_report(CASE)


def test_people_named_by_a_participle(report):
    r = report
    held, people = claim_by_text(r, "a", "30 de reținuți", kind="quantity"), claim_by_text(r, "b", "31 de persoane", kind="quantity")
    assert held.concept == people.concept == "people"
    assert [f.rule for f in findings_between(r, held, people)] == ["quantity-imprecise"]


@pytest.mark.model
def test_one_country_and_one_noun_whatever_the_lemma():
    r = analyse_case(CASE)
    a, b = claim_by_text(r, "a", "1.370 de biblioteci", kind="quantity"), claim_by_text(r, "b", "1.500 de biblioteci", kind="quantity")
    assert [f.rule for f in findings_between(r, a, b)] == ["quantity-conflict"]
