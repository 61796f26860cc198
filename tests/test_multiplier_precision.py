"""A whole number of millions gives its figure to the million: "64 de milioane de acțiuni" is
64,8 milioane cut to it, an imprecision (a warning), not another count (reconcile/coincidence.
said_in_its_scale). Both model modes. Case: tests/articles/anydomain/actiuni-milioane."""

from __future__ import annotations

from conftest import ARTICLES, case_report, claim_by_text, severities_between

shares = case_report(ARTICLES / "anydomain" / "actiuni-milioane", name="shares")


def test_millions_said_whole_are_imprecise(shares):
    a = claim_by_text(shares, "a", "64 de milioane de acțiuni")
    b = claim_by_text(shares, "b", "64,8 milioane de acțiuni")
    assert severities_between(shares, a, b) == ["warning"]
