"""A count of what a thing is made of ("o echipă pedestră formată din 9 salvatori montani",
rules/frames.yml made_of) counts that thing's members: a part of another outlet's "două echipe,
totalizând 13 salvatori montani", never a conflict with it, however alike the nouns
(tests/articles/anydomain/echipa-formata). Two teams' members still meet each other. In both
model modes."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report


moded = moded_case_report(ARTICLES / "anydomain" / "echipa-formata")


def test_a_teams_members_are_not_the_whole_count(moded):
    _, r = moded
    team, whole = claim_by_text(r, "a", "9 salvatori"), claim_by_text(r, "b", "13 salvatori")
    assert team.frame["member_of"].startswith("echip") and not whole.frame.get("member_of")
    assert findings_between(r, team, whole) == []
    assert findings_between(r, claim_by_text(r, "c", "7 salvatori"), whole) == []


def test_two_teams_members_meet(moded):
    mode, r = moded
    nine, seven = claim_by_text(r, "a", "9 salvatori"), claim_by_text(r, "c", "7 salvatori")
    assert seven.frame["member_of"].startswith("echip")
    if mode == "blank":  # (with the model, "salvați" and "a trimis" tell two happenings apart)
        assert [f.rule for f in findings_between(r, nine, seven)] == ["quantity-conflict"]
