"""A line's label, a year or a number and a colon ("2023: Profit net de 410 milioane de lei"), is
no name: without NER the capitalised word after it opens the line (`measured.after_line_label`),
so "Profit" is not whose figure it is but what it measures, of the label's year. And a date past a
semicolon dates the next clause's figure ("… 520.430.120 lei; în 2023, … 410.220.330 lei": the
2023 is not the first figure's, `dating.SEMICOLON_WORDS`). Cases
tests/articles/anydomain/eticheta-an and an-punct-virgula."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "eticheta-an")


def test_the_word_after_a_year_label_is_no_owner(moded):
    _, r = moded
    for text in ("410 milioane de lei", "520 milioane de lei"):
        assert claim_by_text(r, "a", text).frame.get("owner") != "profit"


def test_the_subject_after_a_year_label_is_read_and_the_year_dates_it(moded):
    # "2023: Profit net de 410 milioane de lei": the profit, of 2023 (the line's label), so it meets
    # 2023's profit elsewhere and never 2024's
    _, r = moded
    a410, a520 = claim_by_text(r, "a", "410 milioane de lei"), claim_by_text(r, "a", "520 milioane de lei")
    assert (a410.concept, a410.frame.get("time_text")) == ("profit", "2023")
    assert (a520.concept, a520.frame.get("time_text")) == ("profit", "2024")
    assert not findings_between(r, a410, claim_by_text(r, "b", "520 de milioane de lei"))


clauses = moded_case_report(ARTICLES / "anydomain" / "an-punct-virgula", "clauses")


def test_a_date_past_a_semicolon_dates_the_next_clause_s_figure(clauses):
    # "În 2024, … 520.430.120 lei; în 2023, … 410.220.330 lei; iar în 2022, … 380.120.000 lei"
    _, r = clauses
    got = [claim_by_text(r, "a", t).frame.get("time_text") for t in ("520.430.120 lei", "410.220.330 lei", "380.120.000 lei")]
    assert got == ["În 2024", "în 2023", "în 2022"]
