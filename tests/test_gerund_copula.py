"""A figure said with the gerund of "a fi" measures the noun phrase before it, as after "a fost
de": "Grupul își vinde filiala românească, prețul tranzacției fiind de 412 milioane de euro"
measures the deal's price, not the group. Without a parse "fiind" is a copula the window crosses
(rules/frames.yml `copulas`); with one, a figure with a copula of its own heads its own clause
(extract/measured.subject_from_parse). The price of a thing named by a genitive is the thing's
amount in both articles, so "Prețul tranzacției a fost de 409 milioane de euro" conflicts with
it in both model modes. Case: tests/articles/anydomain/fiind-de."""

from __future__ import annotations

from conftest import ARTICLES, case_report, claim_by_text, severities_between

sale = case_report(ARTICLES / "anydomain" / "fiind-de", name="sale")


def test_the_gerund_clause_says_what_is_measured(sale):
    a, b = claim_by_text(sale, "a", "412 milioane de euro"), claim_by_text(sale, "b", "409 milioane de euro")
    assert "tranzact" in a.frame.get("subject", [])
    assert severities_between(sale, a, b) == ["error"]
