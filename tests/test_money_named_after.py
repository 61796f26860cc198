"""A noun after "ca", "drept" or "din" right after an amount says what the amount is: "35 de
milioane sumă fixă și cinci milioane ca prime" and "plus alte 4 milioane din prime" are two
figures of one bonus, in both model modes ("din cauza …" says why, rules/frames.yml
money_named_by_not). Articles written for this test (tests/articles/anydomain/prime)."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report


moded = moded_case_report(ARTICLES / "anydomain" / "prime")


def test_an_amount_named_by_the_noun_after_it(moded):
    _, r = moded
    five, four = claim_by_text(r, "a", "cinci milioane"), claim_by_text(r, "b", "4 milioane")
    assert five.frame["subject"] == four.frame["subject"] == ["prim"]
    [f] = findings_between(r, five, four)
    assert (f.rule, f.severity) == ("quantity-conflict", "error")
    # the fixed part and the whole are other facts
    assert findings_between(r, claim_by_text(r, "a", "40 de milioane"), four) == []


def test_din_cauza_says_why_not_what(moded):
    _, r = moded
    loss = claim_by_text(r, "a", "3 milioane")
    assert not any(s.startswith("cauz") for s in loss.frame.get("subject") or [])
