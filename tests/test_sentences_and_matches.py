"""A sentence against a sentence, with the prosecutors' demand beside it; a match's score when
the other team is named after it, and the minutes of a list of goals.

- "Procurorii DNA ceruseră o pedeapsă de 8 ani": the lemmatiser reads "ceruseră" as "ceru", no
  verb the event table knows; the word as written is looked up too (extract/parsed.py), so the
  demand is an offer and the article's 5 ani și 6 luni is its one sentence, in conflict with
  another outlet's 5 ani. (Read from the parse: without it the demand stays unknown, and the
  article's two terms leave its sentence unsure.)
- "Farul Constanța a câștigat titlul după victoria cu 3-1 contra FCSB": two capitalised words
  before the score are one team, and the other is named after it; "Farul a învins FCSB cu
  scorul de 3-2" is the same match (extract/givenfor.teams), and the two results conflict.
- "Alibec, în minutele 55 și 80": two minutes of play (rules/clock.yml minutes_list_words), not a
  minute and 80 of the spectators counted in the sentence before.
Cases: tests/articles/anydomain/pedeapsa-ceruse, scor-echipa-dupa."""

from __future__ import annotations

import pytest

from claimcheck.scan.numbers.clock import scan_clock

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

sentence = moded_case_report(ARTICLES / "anydomain" / "pedeapsa-ceruse", "sentence")
match = moded_case_report(ARTICLES / "anydomain" / "scor-echipa-dupa", "match")


def test_a_demand_in_the_pluperfect_is_an_offer_not_a_second_sentence(sentence):
    model, r = sentence
    if model == "blank":
        pytest.skip("what the prosecutors did is read through the parse")
    demand = claim_by_text(r, "a", "8 ani")
    assert demand.frame.get("event") == "offer"
    [f] = findings_between(r, claim_by_text(r, "a", "5 ani și 6 luni"), claim_by_text(r, "b", "5 ani"))
    assert (f.rule, f.severity) == ("quantity-conflict", "error")
    assert findings_between(r, demand, claim_by_text(r, "b", "5 ani")) == []


def test_a_score_whose_other_team_is_named_after_it_is_of_the_same_match(match):
    _, r = match
    a, b = claim_by_text(r, "a", "3-1"), claim_by_text(r, "b", "3-2")
    assert {"far", "fcsb"} <= set(a.frame["teams"])
    [f] = findings_between(r, a, b)
    assert (f.rule, f.severity) == ("quantity-conflict", "error")


def test_minutes_of_a_list_of_goals_are_minutes():
    found = [(m.text, m.kind, m.value.low) for m in scan_clock("Alibec, în minutele 55 și 80.")]
    assert found == [("minutele 55", "minute", 55), ("80", "minute", 80)]
    assert [m.value.low for m in scan_clock("golurile din minutele 12, 40 și 88")] == [12, 40, 88]


def test_no_minute_is_read_as_a_count_of_spectators(match):
    _, r = match
    assert not [c for c in r.claims if c.article == "a" and c.text == "80" and c.value.unit != "minut de joc"]
