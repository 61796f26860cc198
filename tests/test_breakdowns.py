"""Figures after a colon that add up to the figure before it are its parts
(extract/coordinated.mark_breakdowns): "Kessler a plătit 14 milioane de euro: 11 milioane de euro
sumă fixă și trei milioane ca bonusuri" is one price, 14 millions, and the 11 millions is no second
price of that article, so another outlet's "în schimbul sumei de 12 milioane de euro" (a price paid
in exchange: rules/concepts.yml) conflicts with the 14. Amounts after a colon that do not add up
("9 milioane de euro: 5 milioane … și 2 milioane") stay figures of their own. In both model modes
(tests/articles/anydomain/suma-defalcata)."""

from __future__ import annotations

from conftest import ARTICLES, case_report, claim_by_text, findings_between

r = case_report(ARTICLES / "anydomain" / "suma-defalcata", "r")


def test_parts_that_add_up_to_the_total_are_parts(r):
    total, fixed = claim_by_text(r, "a", "14 milioane de euro"), claim_by_text(r, "a", "11 milioane de euro")
    assert fixed.concept == total.concept and fixed.frame.get("part")
    assert not total.frame.get("part")
    # a part that names its own kind is a figure of that kind, not a part of the price
    assert not claim_by_text(r, "a", "trei milioane").frame.get("part")


def test_figures_after_a_colon_that_do_not_add_up_are_no_parts(r):
    for text in ("5 milioane", "2 milioane"):
        assert not claim_by_text(r, "a", text).frame.get("part")


def test_the_total_conflicts_with_another_outlets_price(r):
    paid = claim_by_text(r, "b", "12 milioane de euro")
    assert paid.concept == claim_by_text(r, "a", "14 milioane de euro").concept  # "în schimbul sumei de"
    [f] = findings_between(r, claim_by_text(r, "a", "14 milioane de euro"), paid)
    assert (f.rule, f.severity) == ("quantity-conflict", "error")
    assert findings_between(r, claim_by_text(r, "a", "11 milioane de euro"), paid) == []
