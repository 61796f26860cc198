"""A count after "altor" is more of them, not the total ("cu mobilizarea altor patru ambulanțe"
besides the three already there: rules/frames.yml elliptic_determiners), and an acronym right
after a counted noun says whose they are ("3 ambulanțe SMURD" are not "4 ambulanțe aparținând
Serviciului Județean de Ambulanță": measured.noun_modifiers). Either way a report of three SMURD
ambulances accuses no one who also counts four others (tests/articles/anydomain/
ambulante-suplimentare, ambulante-smurd)."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

more = moded_case_report(ARTICLES / "anydomain" / "ambulante-suplimentare", name="more")
owned = moded_case_report(ARTICLES / "anydomain" / "ambulante-smurd", name="owned")


def test_four_other_ambulances_are_more_of_them(more):
    _, r = more
    four, three = claim_by_text(r, "a", "patru ambulanțe"), claim_by_text(r, "b", "3 ambulanțe", kind="quantity")
    assert four.frame.get("increment") is True
    assert findings_between(r, four, three) == []


def test_smurd_ambulances_are_not_the_county_service_ones(owned):
    _, r = owned
    smurd = claim_by_text(r, "a", "3 ambulanțe", kind="quantity")
    county = claim_by_text(r, "a", "4 ambulanțe", kind="quantity")
    elsewhere = claim_by_text(r, "b", "3 ambulanțe", kind="quantity")
    assert smurd.frame["subject"][:2] == ["ambulant", "smurd"]  # (then "+autospecial" after "și")
    assert elsewhere.frame["subject"] == ["ambulant", "smurd"]
    assert findings_between(r, county, elsewhere) == []
    assert findings_between(r, smurd, elsewhere) == []
