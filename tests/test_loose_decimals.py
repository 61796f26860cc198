"""A loose figure given with decimals is loose by a few of its last digit (verdicts.interval,
LOOSE_STEPS), not by a tenth of its value, on articles written for these tests
(tests/articles/anydomain/pret-aproximativ): "aproximativ 8,72 lei" is 8,74 lei said loosely, but
not 8,60 lei, which a tenth (±0,87 lei) would have taken in."""

from __future__ import annotations

from conftest import ARTICLES, case_report, claim_by_text, findings_between

CASE = ARTICLES / "anydomain" / "pret-aproximativ"


report = case_report(CASE)


def test_about_a_price_to_the_ban(report):
    r = report
    about, lower, near = (claim_by_text(r, art, text) for art, text in
                          (("a", "aproximativ 8,72"), ("b", "8,60 lei"), ("c", "8,74 lei")))
    assert [f.rule for f in findings_between(r, about, near)] == ["quantity-imprecise"]
    assert [f.rule for f in findings_between(r, about, lower)] == ["quantity-conflict"]
