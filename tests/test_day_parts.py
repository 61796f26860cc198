"""A part of the day that a day anchors is a time of day ("în seara de 9 martie 2024", "în
dimineața zilei de 9 martie 2024", "vineri după-amiaza"): the interval it names
(rules/clock.yml `day_parts`, scan/numbers/dayparts.py), compared like a clock time. Parts hours
apart, parts that only touch ("după-amiaza" and "seara" share 18:00), or a clock time outside
the part, disagree; a time inside it agrees. A bare "Seara, …" is no claim, nor a part that only
glosses a clock time ("Sâmbătă dimineață, în jurul orei 6:10"). Cases: tests/articles/anydomain/parte-zi and parte-zi-aterizare."""

from __future__ import annotations

import pytest
from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

from claimcheck.scan.numbers import scan

crash = moded_case_report(ARTICLES / "anydomain" / "parte-zi", "crash")
landing = moded_case_report(ARTICLES / "anydomain" / "parte-zi-aterizare", "landing")


def _parts(text: str) -> list[tuple[str, float, float]]:
    return [(m.text, m.value.low, m.value.high) for m in scan(text) if m.attrs.get("day_part")]


def test_an_anchored_part_is_its_interval_and_a_bare_one_is_nothing():
    assert _parts("Accidentul s-a produs în seara de 9 martie 2024.") == [("seara", 1080, 1439)]
    assert _parts("Incendiul a izbucnit în dimineața zilei de sâmbătă.") == [("dimineața", 300, 720)]
    assert _parts("Avionul a aterizat vineri după-amiaza la Timișoara.") == [("după-amiaza", 720, 1080)]
    assert _parts("Aseară, doi tineri au fost răniți.") == [("Aseară", 1080, 1439)]
    assert _parts("Seara, localnicii au aprins lumânări.") == []
    assert _parts("Oamenii se plimbă dimineața prin parc.") == []


def test_a_part_next_to_a_clock_time_only_glosses_it():
    assert _parts("Sâmbătă dimineață, în jurul orei 6:10, accidentul s-a produs într-o curbă.") == []
    # (a clock time in the next sentence is another statement)
    assert _parts("Accidentul s-a produs sâmbătă seara. La ora 6:10 a sosit ambulanța.") == [("seara", 1080, 1439)]


def test_an_evening_and_a_morning_of_one_crash_disagree(crash):
    _, r = crash
    evening, morning = claim_by_text(r, "a", "seara"), claim_by_text(r, "b", "dimineața")
    assert [f.severity for f in findings_between(r, evening, morning)] == ["error"]


def test_a_clock_time_outside_the_part_disagrees_and_one_inside_agrees(crash):
    mode, r = crash
    if mode == "blank":
        # ("Sâmbătă dimineață, în jurul orei 6:10, accidentul s-a produs": without a parse the
        # fronted time is tied to no happening)
        pytest.skip("a fronted clock time's happening is read from the parse")
    six = claim_by_text(r, "c", "în jurul orei 6:10")
    assert [f.severity for f in findings_between(r, claim_by_text(r, "a", "seara"), six)] == ["error"]
    assert not findings_between(r, claim_by_text(r, "b", "dimineața"), six)


def test_parts_that_only_touch_disagree_and_a_time_inside_one_agrees(landing):
    # (one landing "vineri după-amiaza" in one report and "vineri seara" in another: two parts
    # that share only 18:00 are two answers to when it happened, as readers of the reports
    # labelled them; reconcile/pairs.py)
    _, r = landing
    afternoon = claim_by_text(r, "a", "după-amiaza")
    evening = claim_by_text(r, "b", "seara")
    nine = claim_by_text(r, "c", "în jurul orei 21:00")
    assert [f.severity for f in findings_between(r, afternoon, evening)] == ["error"]
    assert not findings_between(r, evening, nine)
    assert [f.severity for f in findings_between(r, afternoon, nine)] == ["error"]


alt = moded_case_report(ARTICLES / "anydomain" / "parte-zi-alt-verb", "alt")


def test_a_verb_past_the_comma_after_a_time_tells_another_clause(alt):
    # "Ei au fost aduși la suprafață vineri dimineață, unul dintre ei fiind deja decedat": the
    # morning is when they were brought up, not when one died (without a parse the window once
    # took the only verb a table knows, past the comma)
    _, r = alt
    morning = claim_by_text(r, "a", "dimineață")
    assert morning.frame.get("predicate") != "decedat" and morning.frame.get("event") != "die"
    assert claim_by_text(r, "b", "aseară").frame.get("event") == "die"


broke_out = moded_case_report(ARTICLES / "anydomain" / "izbucnit-ora", "broke_out")


def test_a_verb_of_breaking_out_times_its_subject(broke_out):
    # "Un incendiu puternic a izbucnit în jurul orei 18:30" / "Incendiul a izbucnit în jurul orei
    # 19:00": "a izbucnit" says only that the fire began (frames.yml `happen_verbs`,
    # `happen_forms`), so the fire is what both times time; without a parse the noun is the word
    # after "un", not its adjective
    _, r = broke_out
    early, late = claim_by_text(r, "a", "în jurul orei 18:30"), claim_by_text(r, "b", "în jurul orei 19:00")
    assert early.frame.get("happening", "").startswith("incend")
    assert late.frame.get("happening", "").startswith("incend")
    assert findings_between(r, early, late)
