"""A span named by a happening's noun, and a surname typed with two letters swapped.

- "Lupta cu peștele a durat peste o oră și jumătate" and "după o luptă de 70 de minute": the verb
  that lasted takes the happening its subject names (a fight, rules/events.yml), as the noun
  before the span does, so both are one span and disagree (with the parse; without it what
  lasted is not read).
- "a declarat Sotica" after "Pescarul Marin Stoica": a surname with two letters swapped is the
  name the article gave, and never another speaker of the same quotation (names.same_speaker,
  rapidfuzz's OSA distance).
Case: tests/articles/anydomain/lupta-durata."""

from __future__ import annotations

import pytest

from conftest import ARTICLES, claim_by_text, moded_case_report, severities_between, speaker_of

fish = moded_case_report(ARTICLES / "anydomain" / "lupta-durata", name="fish")


def test_a_fight_that_lasted_is_the_fight_of_so_many_minutes(fish):
    model, r = fish
    if model == "blank":
        pytest.skip("without the parse the span that lasted has no subject read")
    lasted = claim_by_text(r, "a", "peste o oră și jumătate", kind="quantity")
    minutes = claim_by_text(r, "b", "70 de minute")
    assert lasted.frame.get("event") == minutes.frame.get("event") == "fight"
    assert severities_between(r, lasted, minutes) == ["error"]


def test_a_swapped_letter_surname_is_the_same_speaker(fish):
    _, r = fish
    assert speaker_of(r, "am scos din apă", article="c") == "Marin Stoica"
    assert not [f for f in r.findings if f.rule == "quote-speaker-conflict"]
