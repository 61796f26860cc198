"""People counted by an ellipsis are people, as the count they take their noun from ("Un
autocar cu 23 de persoane s-a izbit de un autoturism în care se aflau alte trei";
extract/quantities). Two such handfuls named by two words for anyone ("persoane", "oameni") and
one verb ("se aflau", which no table knows) are one group miscounted, not two groups of one
story (reconcile/pairs.two_groups): "trei" in the car against another outlet's "doi". The
parse gives the verb; without it nothing is said. Case: tests/articles/anydomain/autocar-autoturism."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "autocar-autoturism")


def test_people_in_the_car_conflict(moded):
    mode, r = moded
    three, two = claim_by_text(r, "a", "trei"), claim_by_text(r, "b", "doi")
    found = [f.rule for f in findings_between(r, three, two)]
    if mode == "ro_legal_fl":
        assert three.frame.get("people") and two.frame.get("people")
        assert found == ["quantity-conflict"]
    else:
        assert found == []


def test_the_coach_and_the_car_stay_apart(moded):
    _, r = moded
    coach = claim_by_text(r, "b", "23 de oameni")
    assert findings_between(r, coach, claim_by_text(r, "a", "trei")) == []
