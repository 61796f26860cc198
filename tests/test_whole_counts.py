"""A count after "din totalul de", "dintre cei" (rules/frames.yml `whole_markers`) with nothing
befalling it is the whole a share is taken from: how many there are, a stock
(extract/roles.is_stock). "Din totalul de aproximativ 1.600 de salariați ai fabricii, aproape
o treime …" is not a count of the laid-off, and never meets another outlet's "2.200 de salariați
au fost concediați" (reconcile/matching). And "fabricii" names a factory, not making
(rules/events.yml `manufacture`). Case: tests/articles/anydomain/total-salariati."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "total-salariati")


def test_the_staff_is_not_the_laid_off(moded):
    _, r = moded
    staff, fired = claim_by_text(r, "a", "1.600 de salariați"), claim_by_text(r, "b", "2.200 de salariați")
    assert staff.frame.get("stock") and staff.frame.get("event") is None
    assert findings_between(r, staff, fired) == []
