"""Amounts more than `money-scope-ratio` (1.000) times apart are a price and the worth of a whole
("55 de lei pe acțiune", "preț care ridică valoarea companiei la 23,4 miliarde de lei"), not one
amount misreported (reconcile/pairs.verdict_of). Both model modes. Case:
tests/articles/anydomain/pret-si-valoare."""

from __future__ import annotations

from dataclasses import replace

from conftest import ARTICLES, case_report, claim_by_text

from claimcheck.reconcile.pairs import verdict_of
from claimcheck.reconcile.verdicts import AGREE, CONFLICT
from claimcheck.settings import RunSettings

offer = case_report(ARTICLES / "anydomain" / "pret-si-valoare", name="offer")


def test_a_price_and_a_whole_worth_do_not_conflict(offer):
    price = claim_by_text(offer, "b", "55 de lei")
    worth = claim_by_text(offer, "b", "23,4 miliarde de lei")
    s = RunSettings()
    assert verdict_of(price, worth, s) == (AGREE, "amounts of different scopes")
    # (a slip of "milioane" for "miliarde" is a thousand times: still a conflict)
    slip = replace(price, value=replace(price.value, low=55000.0, high=55000.0))
    assert verdict_of(price, slip, s)[0] == CONFLICT
