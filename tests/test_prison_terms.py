"""A prison term is one concept however it is told (rules/concepts.yml `prison_term`): "a fost
condamnat la 11 ani și 4 luni" by the verb alone, "la 12 ani și 4 luni de închisoare" by the noun.
An undated figure said to be an earlier one ("Inițial, …"; rules/frames.yml `earlier_words`) held
at a time the article does not give: not the year before the article, so it is not set apart
from a term dated "În martie 2024" (reconcile/timing). An article telling a term's history is no
update. Both model modes. Case:
tests/articles/anydomain/condamnare-initiala."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "condamnare-initiala")


def test_an_initial_term_meets_a_dated_one(moded):
    _, r = moded
    first, dated = claim_by_text(r, "a", "11 ani"), claim_by_text(r, "b", "12 ani")
    assert first.concept == dated.concept == "prison_term"
    assert [f.rule for f in findings_between(r, first, dated)] == ["quantity-conflict"]


def test_a_history_of_decisions_is_no_update(moded):
    # c.txt: "Inițial … 9 ani …. Ulterior … 7 ani și 6 luni …. În final … 7 ani": one article
    # telling the terms one after another corrects nothing (reconcile/changes.marks_change: two
    # spans of time are never an update), and its terms, unsure, conflict with no other article
    _, r = moded
    assert [c.text for c in r.claims if c.article == "c" and c.kind == "quantity"] == ["9 ani", "7 ani și 6 luni", "7 ani"]
    in_c = {c.id for c in r.claims if c.article == "c"}
    assert [f.rule for f in r.findings if in_c & set(f.claims)] == []
