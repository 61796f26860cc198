"""A comparison's base belongs to its own words: "față de anul anterior" at the end of one sentence
neither makes the next sentence's "În 2021, au fost 389 de decese" a base nor the figure before it an
earlier one (extract/dating._after_marker reads from the figure's sentence on; frames._in_base); a
date between commas dates the clause around it (dating._set_off); a
bare year after "comparativ cu" is a year, and the "când" clause after it is of that year
(rules/dates.yml year_base_cues). An article comparing this year's figure with last year's gives
two years' figures, not a figure and its correction.
Case: tests/articles/anydomain/baza-an."""

from __future__ import annotations

from conftest import ARTICLES, case_report, claim_by_text

report = case_report(ARTICLES / "anydomain" / "baza-an")


def test_a_year_opening_the_sentence_after_a_comparison_dates_its_figure(report):
    assert claim_by_text(report, "a", "389 de decese").frame.get("time_text") == "În 2021"


def test_a_word_of_the_base_is_not_the_figures_own(report):
    assert not claim_by_text(report, "a", "412 persoane").frame.get("modifiers")


def test_a_date_set_off_by_commas_dates_the_figure_after_it_too(report):
    # "a scăzut cu 4,2%, în 2024, la 412 persoane": the year is the clause's, not only 4,2%'s
    assert claim_by_text(report, "a", "412 persoane").frame.get("time_text") == "în 2024"


def test_a_bare_year_after_comparativ_cu_dates_the_when_clause(report):
    assert claim_by_text(report, "a", "24 de decese").frame["time"]["low"] == "2023-01-01"
    assert any(c.kind == "date" and c.text == "2023" for c in report.claims)


def test_a_count_after_fata_de_is_no_year(report):
    assert not any(c.kind == "date" and "2000" in c.text for c in report.claims)


def test_the_article_comparing_two_years_is_not_flagged(report):
    assert report.findings == []
