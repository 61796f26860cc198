"""A date that opens its sentence before a comma times what the clause after it tells: "Pe 12
martie, autobuzul a fost oprit la …" and "La data de 14 martie 2025, autobuzul care a
transportat țigările a sosit la …" date one happening, in both model modes; without a parse its
subject is the first noun after the comma and its verb the participle after the first auxiliary
(past a relative clause, the main one's). Articles written for this test
(tests/articles/anydomain/data-in-fata)."""

from __future__ import annotations

from conftest import ARTICLES, analyse_case, case_report, claim_by_text, findings_between

report = case_report(ARTICLES / "anydomain" / "data-in-fata")


def test_two_dates_of_one_happening_told_after_them(report):
    a, b = claim_by_text(report, "a", "12 martie"), claim_by_text(report, "b", "14 martie")
    assert a.frame["subject"][0].startswith("autobuz") and b.frame["subject"][0].startswith("autobuz")
    [f] = findings_between(report, a, b)
    assert (f.rule, f.severity) == ("date-conflict", "error")


def test_without_a_parse_the_verb_is_the_main_clauses():
    r = analyse_case(ARTICLES / "anydomain" / "data-in-fata", "blank")
    assert claim_by_text(r, "a", "12 martie").frame["predicate"] == "oprit"
    assert claim_by_text(r, "b", "14 martie").frame["predicate"] == "sosit"
