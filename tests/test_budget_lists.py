"""Budget lists, on articles written for these tests (tests/articles/anydomain/rectificare): a
rounding names a figure that another outlet gives to more digits ("circa 3,2 miliarde" of
"3,214 miliarde" and of "3,21 mld.", one figure, not a crowd: coincidence._one_figure); a
clause whose verb is left out ("…, iar Ministerul Transporturilor de 1,487 miliarde lei") gives
its figure to its own noun (valued.gapped_subject, from the parse); and a vague amount after
"peste" ("peste mai multe case", over several houses) stays vague."""

from __future__ import annotations

import pytest

from conftest import ARTICLES, case_report, claim_by_text, findings_between
from claimcheck.scan.numbers import scan

CASE = ARTICLES / "anydomain" / "rectificare"


report = case_report(CASE)


def test_a_rounding_of_one_figure_given_to_more_digits(report):
    r = report
    loose = claim_by_text(r, "c", "circa 3,2", kind="quantity")
    for art, text in (("a", "3,214"), ("b", "3,21 mld")):
        assert [f.rule for f in findings_between(r, claim_by_text(r, art, text), loose)] == ["quantity-imprecise"]


@pytest.mark.model
def test_a_gapped_clause_gives_its_figure_to_its_own_noun():
    from conftest import analyse_case

    r = analyse_case(CASE)
    assert claim_by_text(r, "a", "1,487").frame["subject"] == ["minister", "transportur"]


def test_a_vague_amount_after_peste_stays_vague():
    text = "alunecarea a trecut peste mai multe case"
    (m,) = scan(text)
    assert m.value.qualifier == "vague"
