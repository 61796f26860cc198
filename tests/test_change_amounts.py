""""cu" before an amount is a change only with a word of change or a comparative near it
(extract/roles.change_is_said): "au înșelat … cu aproximativ 12 milioane de lei" gives the
damage itself, which another outlet's "Prejudiciul … se ridică la 12,4 milioane de lei" rounds;
"mai scump cu 15 lei" stays a difference. After "de la X", the figure after "la" is the value a
change reaches (extract/roles.is_reached_value), a level even in a line that starts with a
change noun ("creștere cu 2%, de la 350 lei/MWh la 357 lei/MWh"), and the article that tells the
change from one to the other corrects nothing (reconcile/changes.told_change reads a unit between
them). Case: tests/articles/anydomain/cu-suma. In both model modes."""

from __future__ import annotations

from conftest import ARTICLES, case_report, claim_by_text, findings_between

r = case_report(ARTICLES / "anydomain" / "cu-suma", "r")


def test_an_amount_after_a_verb_that_is_no_change_is_the_amount(r):
    damage = claim_by_text(r, "a", "12 milioane de lei")
    assert damage.frame["role"] == "level"
    found = findings_between(r, damage, claim_by_text(r, "b", "12,4 milioane de lei"))
    assert [f.rule for f in found] == ["quantity-imprecise"]


def test_a_comparative_keeps_the_difference(r):
    assert claim_by_text(r, "a", "15 lei").frame["role"] == "change"


def test_the_value_a_change_reaches_is_a_level(r):
    assert claim_by_text(r, "b", "357 lei").frame["role"] == "level"
    assert claim_by_text(r, "b", "350 lei").frame.get("previous")
    reached = claim_by_text(r, "a", "317,39 lei")
    assert reached.frame["role"] == "level"
    assert [f.rule for f in findings_between(r, reached, claim_by_text(r, "b", "317,4 lei"))] == ["quantity-imprecise"]


def test_a_change_told_from_one_value_to_the_other_is_no_update(r):
    assert findings_between(r, claim_by_text(r, "a", "294 de lei"), claim_by_text(r, "a", "317,39 lei")) == []
