"""A round count or sum for a precise one: "600 de monede" against "612 monede", "o recompensă de
40.000 de lei" against "39.360 de lei". The round figure is the precise one rounded to its own
last digit (hundreds or more), so a source said it loosely: a warning, not an error
(reconcile/coincidence.round_for). A figure it does not round to ("900 de monede") is still another
figure, and to tens ("20" and "23") no rounding is read. Case: tests/articles/anydomain/cifre-rotunde."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, moded_case_report, severities_between
from claimcheck.reconcile.coincidence import round_for

coins = moded_case_report(ARTICLES / "anydomain" / "cifre-rotunde", name="coins")


def test_a_round_count_is_the_precise_one_said_loosely(coins):
    model, r = coins
    assert severities_between(r, claim_by_text(r, "a", "600 de monede"), claim_by_text(r, "b", "612 monede")) \
        == ["warning"]
    assert severities_between(r, claim_by_text(r, "a", "40.000 de lei"), claim_by_text(r, "b", "39.360 de lei")) \
        == ["warning"]


def test_a_figure_it_does_not_round_to_is_another(coins):
    model, r = coins
    assert severities_between(r, claim_by_text(r, "b", "612 monede"), claim_by_text(r, "c", "900 de monede")) \
        == ["error"]


def test_only_a_figure_written_round_rounds(coins):
    model, r = coins
    six, twelve = claim_by_text(r, "a", "600 de monede"), claim_by_text(r, "b", "612 monede")
    assert round_for(six, twelve, 0.1)
    assert not round_for(twelve, six, 0.1)  # (612 is no round figure)
    assert not round_for(six, claim_by_text(r, "c", "900 de monede"), 0.1)
