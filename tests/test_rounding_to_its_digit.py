"""A loose figure given to its last digit ("aproape 1.180 de lei", to the ten) names the one
precise figure that rounds to it (1.178 lei) though another lies within a few percent (1.205 lei)
(reconcile.coincidence); and a number after a month that no day or year could be ("în martie
1.178 lei") is a figure, not the date "martie 1". On articles written for these tests
(tests/articles/anydomain/rotunjire-zeci), in both model modes."""

from __future__ import annotations

from conftest import ARTICLES, case_report, claim_by_text, findings_between
from claimcheck.scan.numbers import scan

CASE = ARTICLES / "anydomain" / "rotunjire-zeci"


report = case_report(CASE)


def test_a_rounding_names_the_figure_it_rounds(report):
    r = report
    loose = claim_by_text(r, "b", "aproape 1.180", kind="quantity")
    london, paris = claim_by_text(r, "a", "1.178 lei"), claim_by_text(r, "a", "1.205 lei")
    assert [f.rule for f in findings_between(r, london, loose)] == ["quantity-imprecise"]
    assert not findings_between(r, paris, loose)
    assert [c.text for c in r.claims if c.article == "a" and c.kind == "date"] == ["în martie"]


def test_a_month_before_a_figure_no_day_could_be():
    text = "în martie 1.178 lei, în iulie 2000, martie 13, 2024"
    assert [text[m.start:m.end] for m in scan(text)] == ["1.178 lei"]
