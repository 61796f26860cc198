"""An establishment's name in quotation marks after its level word ("la Spitalul „Sfântul
Apostol Andrei” din Galați") is the place of the figure, as the same name written without them
("la Spitalul Sfântul Apostol Andrei"): the marks no longer end the name, with the parse
(places.place_from_parse, where the parser hangs the name's words anywhere) or without it
(places.site_after_noun). Case: tests/articles/anydomain/nume-ghilimele."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "nume-ghilimele")


def test_the_quoted_name_is_the_place(moded):
    _, r = moded
    quoted, plain = claim_by_text(r, "a", "Patru pacienți", "quantity"), claim_by_text(r, "b", "Cinci pacienți")
    assert quoted.frame.get("place") == plain.frame.get("place") == "Spitalul Sfântul Apostol Andrei"
    assert quoted.frame.get("place_level") == "site"


def test_one_hospital_s_toll_told_twice_disagrees(moded):
    _, r = moded
    [f] = findings_between(r, claim_by_text(r, "a", "Patru pacienți", "quantity"),
                           claim_by_text(r, "b", "Cinci pacienți"))
    assert (f.rule, f.severity) == ("quantity-conflict", "error")
