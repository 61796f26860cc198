"""A count after "cei"/"cele" is a reference back only for a handful (`REFERENCE_MAX`: "cei doi
piloți", the ones just named) or a count the article gave before; "cei 176 de pasageri au fost
cazați" says how many, and all of them: the whole number of its noun (frame `total`), one fact
with another outlet's "Cei 182 de pasageri" without a verb to tell it
(extract/quantities, reconcile/matching). In both modes: "spre Londra" is where the flight was
bound, not whose the passengers are (extract/owners). Case: tests/articles/anydomain/cei-pasageri."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "cei-pasageri")


def test_all_the_passengers_conflict(moded):
    mode, r = moded
    a, b = claim_by_text(r, "a", "176 de pasageri"), claim_by_text(r, "b", "182 de pasageri")
    assert a.frame.get("total") and b.frame.get("total")
    assert [f.rule for f in findings_between(r, a, b)] == ["quantity-conflict"]
    assert a.frame.get("owner") is None


def test_a_handful_named_before_is_no_claim(moded):
    _, r = moded
    assert not [c for c in r.claims if c.kind == "quantity" and "piloți" in c.text]
