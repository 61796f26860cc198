"""Two readings found on articles written for domains no real-news set was tuned on.

- "120 de litri pe metru pătrat" is rain whatever the verb ("s-au înregistrat"): the three words
  right after a figure are its context (extract/frames), where rules/concepts.yml knows "pe metru
  pătrat". Case: litri-mp.
- "Pâinea s-a scumpit cu 12%" is a change of the bread's price, the fact "Prețul pâinii a crescut
  cu 15%" states (rules/frames.yml `price_verbs`, `price_noun`). Case: scumpire.
In both model modes."""

from __future__ import annotations

from conftest import ARTICLES, case_report, claim_by_text, findings_between

rain = case_report(ARTICLES / "anydomain" / "litri-mp", "rain")
prices = case_report(ARTICLES / "anydomain" / "scumpire", "prices")


def test_litres_per_square_metre_are_rain(rain):
    a, b = claim_by_text(rain, "a", "120 de litri"), claim_by_text(rain, "b", "95 de litri")
    assert a.concept == b.concept == "rainfall"
    assert [f.rule for f in findings_between(rain, a, b)] == ["quantity-conflict"]


def test_a_verb_of_price_says_the_price(prices):
    a, b = claim_by_text(prices, "a", "15%"), claim_by_text(prices, "b", "12%")
    assert b.frame["subject"][0] == a.frame["subject"][0]
    assert [f.rule for f in findings_between(prices, a, b)] == ["quantity-conflict"]
