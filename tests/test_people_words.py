"""Two words for anyone, one thing that befell them (written for a road accident, a domain
reading no set tuned this on).

- "Trei persoane au murit" and "Patru oameni au murit" count one group, miscounted: two nouns that
  name anyone ("persoane", "oameni") with one event are no two groups (reconcile/pairs.two_groups,
  which still keeps "trei turiști" and "doi tineri" apart).
- Without a parse, "… au murit și alte cinci au fost rănite" wounded the five: at one distance the
  verb after a figure is its own (extract/windowed.frame_from_window), so the five injured never
  meet another outlet's four dead.
Case: tests/articles/anydomain/persoane-oameni. In both model modes."""

from __future__ import annotations

from conftest import ARTICLES, case_report, claim_by_text, findings_between

r = case_report(ARTICLES / "anydomain" / "persoane-oameni", "r")


def test_two_words_for_the_same_dead_are_one_group(r):
    found = findings_between(r, claim_by_text(r, "a", "Trei persoane"), claim_by_text(r, "b", "Patru oameni"))
    assert [f.rule for f in found] == ["quantity-conflict"]


def test_the_others_took_their_own_verb(r):
    five = claim_by_text(r, "a", "cinci")
    assert five.frame.get("event") == "wound"
    assert findings_between(r, five, claim_by_text(r, "b", "Patru oameni")) == []
