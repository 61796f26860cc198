"""A deal's amount is the deal's, said with "preț" or not: "Tranzacția se încheie la un preț de
218,6 milioane de euro" measures the transaction (a price no genitive names is its clause's
subject's: extract/frames.build_frame), as "tranzacția se va ridica la aproximativ 220 de
milioane de euro" does. That one is said in the future and loosely: the estimate of the price
before it was known, which the price falls within (reconcile/happenings.estimate_held), so the
two are one fact said less precisely, not a plan and what came of it. Case:
tests/articles/anydomain/pret-estimat."""

from __future__ import annotations

from conftest import ARTICLES, case_report, claim_by_text, severities_between

deal = case_report(ARTICLES / "anydomain" / "pret-estimat", name="deal")


def test_an_estimate_the_price_falls_within_is_imprecise(deal):
    a = claim_by_text(deal, "a", "aproximativ 220 de milioane de euro")
    b = claim_by_text(deal, "b", "218,6 milioane de euro")
    assert a.frame.get("mood") == "planned"
    assert severities_between(deal, a, b) == ["warning"]
