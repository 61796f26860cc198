"""The first word after an opening quotation mark is capitalised as a sentence's first word is,
and is no name: in "„Rata șomajului a fost de 6%”" the rate is what is measured, not whose figure
it is (extract/measured.opens_quotation, read by the word window and by owners). A quoted
release opens with its subject. Case: tests/articles/anydomain/citat-comunicat."""

from __future__ import annotations

from conftest import ARTICLES, analyse_case, claim_by_text, moded_case_report

CASE = ARTICLES / "anydomain" / "citat-comunicat"
moded = moded_case_report(CASE)


def test_a_quotation_s_first_word_is_no_owner(moded):
    _, r = moded
    for text in ("6%", "0,1 puncte procentuale"):
        assert claim_by_text(r, "a", text, "quantity").frame.get("owner") != "rata"


def test_without_a_parse_the_quoted_rate_is_measured():
    # (with the parse, the reporting verb's subject is read: a gap, docs/design.md)
    r = analyse_case(CASE, "blank")
    assert claim_by_text(r, "a", "6%", "quantity").frame.get("subject") == ["rat", "somaj"]
