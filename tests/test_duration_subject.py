"""What lasted is the subject of the verb of lasting ("Finala turneului a durat 48 de minute"),
so two outlets' lengths of one final are compared (extract/neighbours.what_lasted); and a date in
a second clause of its own verb ("și a depășit ca durată finala din 2019") is not the figure's
time (extract/dating._second_clause). Case: tests/articles/anydomain/durata-si-alt-an."""

from __future__ import annotations

from conftest import ARTICLES, case_report, claim_by_text, severities_between

report = case_report(ARTICLES / "anydomain" / "durata-si-alt-an")


def test_the_subject_of_lasting_names_the_span(report):
    for art, text in (("a", "48 de minute"), ("b", "51 de minute")):
        assert claim_by_text(report, art, text).frame.get("subject") == ["final"]


def test_a_date_past_a_second_verb_is_not_the_spans(report):
    assert "time" not in claim_by_text(report, "b", "51 de minute").frame


def test_two_lengths_of_one_final_conflict(report):
    final_a, final_b = claim_by_text(report, "a", "48 de minute"), claim_by_text(report, "b", "51 de minute")
    assert severities_between(report, final_a, final_b) == ["error"]


def test_a_relative_subject_stands_for_the_noun_before_it(report):
    # "o ceremonie de premiere care a durat 25 de minute": the ceremony lasted
    a = claim_by_text(report, "a", "25 de minute")
    b = claim_by_text(report, "b", "40 de minute")
    assert a.frame.get("subject") == b.frame.get("subject") == ["ceremon"]
    assert severities_between(report, a, b) == ["error"]
