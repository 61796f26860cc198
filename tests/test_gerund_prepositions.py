"""A gerund that works as a preposition ("reluată începând cu ora 15.10", rules/frames.yml
gerund_prepositions) is no verb of the fact: the time is when traffic was resumed, not when
something began, so it never meets "începând cu ora 00:01, se suspendă" of the same article, and
it meets another outlet's "reluată la ora 15.40" (tests/articles/anydomain/incepand-cu). Read
from the parse; the window reads no verb here and keeps the two times apart by their words."""

from __future__ import annotations

from conftest import ARTICLES, case_report, claim_by_text, findings_between

r = case_report(ARTICLES / "anydomain" / "incepand-cu", "r")


def test_the_resumed_time_is_not_the_suspended_one(r):
    resumed, suspended = claim_by_text(r, "a", "ora 15.10"), claim_by_text(r, "a", "ora 00:01")
    assert findings_between(r, resumed, suspended) == []
    assert [f.rule for f in findings_between(r, resumed, claim_by_text(r, "b", "ora 15.40"))] == ["quantity-conflict"]
    if resumed.frame.get("predicate"):  # (the parse's reading)
        assert resumed.frame["predicate"].startswith("relu") and suspended.frame["predicate"].startswith("suspend")
