"""The first word after an opening quotation mark is capitalised as a sentence's first word is,
and is no name: in "„Rata șomajului a fost de 6%”" the rate is what is measured, not whose figure
it is (extract/measured.opens_quotation, read by the word window and by owners). A quoted
release opens with its subject; the verb that reports it ("Institutul a transmis:") gives its
source, never what it measures (extract/frames: a reporting verb's subject is no subject, nor
the actor of a change). Case: tests/articles/anydomain/citat-comunicat."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "citat-comunicat")


def test_a_quotation_s_first_word_is_no_owner(moded):
    _, r = moded
    for text in ("6%", "0,1 puncte procentuale"):
        assert claim_by_text(r, "a", text, "quantity").frame.get("owner") != "rata"


def test_the_quoted_rate_is_measured_not_the_reporter(moded):
    _, r = moded
    for text in ("6%", "0,1 puncte procentuale"):
        assert claim_by_text(r, "a", text, "quantity").frame.get("subject") == ["rat", "somaj"], text
