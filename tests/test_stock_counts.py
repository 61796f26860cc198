"""A count followed by "câte sunt", "cât avem" (rules/frames.yml `stock_markers`;
extract/roles.is_stock) says how many there are: "Din cele aproximativ 180 de case câte sunt
în satul Valea Mare, 150 au acoperișurile distruse" does not count the houses the hail hit, and
never meets another outlet's "acoperișurile a peste 170 de case" (reconcile/matching: a stock
against a count of what happened). Case: tests/articles/anydomain/stoc-case."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "stoc-case")


def test_how_many_there_are_is_no_damage_count(moded):
    _, r = moded
    stock, hit = claim_by_text(r, "a", "180 de case", kind="quantity"), claim_by_text(r, "b", "170 de case", kind="quantity")
    assert stock.frame.get("stock") and not hit.frame.get("stock")
    assert findings_between(r, stock, hit) == []
