"""A count head with no noun of its own ("…, când numărul a fost de peste 26.000": "a" is the
auxiliary, not a genitive article) counts what was just counted (extract/count_heads.count_head,
extract/quantities), not a noun "fost". Two dated bases of one comparison ("decât în 2025, când
numărul a fost de peste 26.000"; "comparativ cu anul precedent, când au fost înregistrate 26.315
contestații") are the earlier value of one count, with no verb to tell it
(reconcile/matching). Both model modes. Case: tests/articles/anydomain/contestatii-baza."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "contestatii-baza")


def test_last_years_count_is_rounded_not_contradicted(moded):
    _, r = moded
    loose, exact = claim_by_text(r, "a", "peste 26.000"), claim_by_text(r, "b", "26.315")
    assert loose.frame["noun"] == exact.frame["noun"]
    assert loose.frame.get("previous") and exact.frame.get("previous")
    assert [f.rule for f in findings_between(r, loose, exact)] == ["quantity-imprecise"]


def test_this_years_count_agrees(moded):
    _, r = moded
    assert findings_between(r, claim_by_text(r, "a", "18.402"), claim_by_text(r, "b", "18.402")) == []
