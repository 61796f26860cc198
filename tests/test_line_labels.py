"""A line's label, a year or a number and a colon ("2023: Profit net de 410 milioane de lei"), is
no name: without NER the capitalised word after it opens the line (`measured.after_line_label`),
so "Profit" is not whose figure it is. Case tests/articles/anydomain/eticheta-an."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "eticheta-an")


def test_the_word_after_a_year_label_is_no_owner(moded):
    _, r = moded
    for text in ("410 milioane de lei", "520 milioane de lei"):
        assert claim_by_text(r, "a", text).frame.get("owner") != "profit"
