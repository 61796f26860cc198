"""When a figure was true, told around it rather than beside it.

- "Ghețarul s-a desprins … în 1998. La acea vreme, suprafața sa era estimată la 2.400 de kilometri
  pătrați": a sentence that opens by pointing back to a time (rules/frames.yml `time_anaphors`) is
  of the date the sentence before gave, so its figure meets another report's 1998 figure, not one
  of the year the article was written. Case: ghetar-atunci.
- "deținut din 1956 de un alt ghețar": a year before "de" and a noun with an article is a year, no
  count of glaciers (rules/dates.yml `agent_after_linker`); "1,1 trilioane de tone" is 10^12 tonnes,
  as news uses the word (rules/numbers.yml). Case: ghetar-atunci.
- "în jurul orei 17.10 (ora României)": the zone a time is given in says nothing of what happened
  then (rules/frames.yml `clock_glosses`), so a launch and a landing that share only it and a
  name are two happenings. Case: balon-ore."""

from __future__ import annotations

import pytest

from conftest import ARTICLES, case_report, claim_by_text, findings_between, moded_case_report

glacier = moded_case_report(ARTICLES / "anydomain" / "ghetar-atunci", name="glacier")
balloon = case_report(ARTICLES / "anydomain" / "balon-ore", name="balloon")


def test_a_sentence_that_points_back_takes_the_time_before_it(glacier):
    model, r = glacier
    then, other = claim_by_text(r, "a", "2.400 de kilometri"), claim_by_text(r, "b", "2.100 de kilometri")
    assert then.frame["time"]["low"] == other.frame["time"]["low"] == "1998-01-01"
    if model == "ro_legal_fl":  # (without a parse "suprafața sa era estimată" names nothing measured)
        assert [f.severity for f in findings_between(r, then, other)] == ["error"]


def test_a_year_before_de_and_an_agent_is_a_year(glacier):
    _, r = glacier
    assert claim_by_text(r, "a", "din 1956", kind="date").value.low.year == 1956
    assert not [c for c in r.claims if c.kind == "quantity" and c.value.low == 1956]


def test_trillion_is_ten_to_the_twelfth(glacier):
    _, r = glacier
    assert claim_by_text(r, "a", "trilioane").value.low == pytest.approx(1.1e12)  # tonnes


def test_a_time_zone_is_no_word_of_the_happening(balloon):
    launch, landing = claim_by_text(balloon, "a", "orei 17.10"), claim_by_text(balloon, "b", "orei 19.40")
    assert findings_between(balloon, launch, landing) == []

