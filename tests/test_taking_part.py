"""Taking part is a happening of its own (rules/events.yml take_part): "participă 24 de echipe"
and "plutonul reunește 22 de echipe" count the teams in one race, a conflict; "trei echipe s-au
retras" is another fact. A count of a noun no concept knows meets another only through such a
class (tests/articles/anydomain/participanti). In both model modes."""

from __future__ import annotations

from conftest import ARTICLES, case_report, claim_by_text, findings_between

r = case_report(ARTICLES / "anydomain" / "participanti", "r")


def test_two_verbs_of_taking_part_count_one_field(r):
    said, other = claim_by_text(r, "a", "24 de echipe"), claim_by_text(r, "b", "22 de echipe")
    assert said.frame["event"] == other.frame["event"] == "take_part"
    assert [f.rule for f in findings_between(r, said, other)] == ["quantity-conflict"]


def test_teams_that_withdrew_are_another_fact(r):
    withdrew = claim_by_text(r, "b", "Trei echipe")
    for c in (claim_by_text(r, "a", "24 de echipe"), claim_by_text(r, "b", "22 de echipe")):
        assert findings_between(r, withdrew, c) == []
