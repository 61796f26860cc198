"""An amount converted into another currency right after it ("mai scumpă cu circa 400 de milioane
de lei (circa 80 de milioane de euro)", "…, adică aproximativ 500 de milioane de euro") says what
that amount says (extract/coordinated.mark_conversions): the difference between two offers stays
a difference, never a contract's value another outlet gives (tests/articles/anydomain/conversie).
In both model modes."""

from __future__ import annotations

from conftest import ARTICLES, case_report, claim_by_text, findings_between

r = case_report(ARTICLES / "anydomain" / "conversie", "r")


def test_a_conversion_keeps_the_role_of_its_amount(r):
    lei, euro = claim_by_text(r, "a", "400 de milioane de lei"), claim_by_text(r, "a", "80 de milioane de euro")
    assert lei.frame["role"] == "change" and euro.frame["role"] == "change" and euro.frame["converted"]
    assert euro.frame.get("subject") == lei.frame.get("subject")
    assert claim_by_text(r, "a", "500 de milioane de euro").frame["role"] == "level"


def test_a_difference_is_not_a_value(r):
    difference = claim_by_text(r, "a", "80 de milioane de euro")
    for value in (claim_by_text(r, "b", "600 de milioane de euro"), claim_by_text(r, "a", "500 de milioane de euro")):
        assert findings_between(r, difference, value) == []
