"""Whose a prison sentence is, from the parse.

- "Fostul director al Spitalului Județean Buzău a fost condamnat …": a name inside a complement
  of a common noun ("al Spitalului …", "din Buzău") is not whose figure it is; the director is
  (extract/owners._complement_of; a name right after a title, "candidatul George-Nicolae Simion",
  still is).
- "Curtea de Apel Ploiești l-a condamnat pe fostul director …": with a person for its object,
  the verb's subject is who acted, not whose sentence it is.
Before, the two sentences belonged to "Buzău" and "Ploiești", different owners, and were never
compared: 4 ani și 6 luni against 4 ani și două luni is a conflict; the prosecutors' demand (7
ani) is no sentence and is not paired with either.
Case: tests/articles/anydomain/mita-director (articles of our own)."""

from __future__ import annotations

import pytest

from conftest import ARTICLES, analyse_case, claim_by_text, findings_between


@pytest.fixture(scope="module")
def bribe(nlp_full):
    # (the parse decides here: without it the nearest name before each figure, "Buzău", owns it)
    return analyse_case(ARTICLES / "anydomain" / "mita-director")


def test_a_complements_name_and_the_acting_court_own_no_sentence(bribe):
    a, b = claim_by_text(bribe, "a", "4 ani și 6 luni"), claim_by_text(bribe, "b", "4 ani și două luni")
    assert a.frame.get("owner") is None and b.frame.get("owner") is None


def test_two_sentences_of_one_convict_conflict(bribe):
    a, b = claim_by_text(bribe, "a", "4 ani și 6 luni"), claim_by_text(bribe, "b", "4 ani și două luni")
    [f] = findings_between(bribe, a, b)
    assert (f.rule, f.severity) == ("quantity-conflict", "error")
    asked = claim_by_text(bribe, "a", "7 ani")
    assert findings_between(bribe, asked, b) == []
