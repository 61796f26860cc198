"""A date named at length as a comparison base ("comparativ cu aceeași perioadă a anului
trecut", "…, respectiv noiembrie 2025") is the base's date, read against the period reported,
not a happening's date read against the article's day (extract/dates._marks, up to `_BASE_REACH`
words back): "anului trecut" in a January report of November figures is not 2026 against
another outlet's "noiembrie 2025". And the figure a monthly release moved from, told in the same
sentence ("4.651.200 de persoane, în creștere cu 6.400 față de luna precedentă, de la 4.644.800
pensionari"), corrects nothing (reconcile/changes.told_change reads across a figure in the
gap). Case: tests/articles/anydomain/baza-comparatie."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "baza-comparatie")


def test_a_comparison_base_dates_no_happening(moded):
    _, r = moded
    assert claim_by_text(r, "a", "anului trecut", kind="date").frame.get("compared")


def test_a_monthly_release_contradicts_nothing(moded):
    _, r = moded
    assert claim_by_text(r, "a", "4.644.800 pensionari").value.low == 4644800
    assert [(f.rule, [c.text for c in f.claims]) for f in r.findings] == []
