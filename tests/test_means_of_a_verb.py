"""What a verb's argument names may tell what befell the counted ("transportate cu ambulanțele
la UPU", "preluați de ambulanțe": taken to hospital, rules/events.yml means), but never makes
a counted noun's own class: "patru ambulanțe au intervenit" counts vehicles, with no happening
of the hospitalised (tests/articles/anydomain/ambulante). A token of the parse is compared by
position, not identity (spaCy makes a new Token on each access): the counted noun itself, the
verb's subject, never lends its class to its own clause. Without the model "pasageri" is no
known person: the two counts never meet, and the ambulances never do."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report


moded = moded_case_report(ARTICLES / "anydomain" / "ambulante")


def test_carried_by_ambulance_is_taken_to_hospital(moded):
    mode, r = moded
    twelve, nine = claim_by_text(r, "a", "12 persoane"), claim_by_text(r, "b", "9 pasageri", kind="quantity")
    assert twelve.frame["event"] == "hospitalise"
    if mode == "blank":
        return
    assert nine.frame["event"] == "hospitalise"
    assert [f.rule for f in findings_between(r, twelve, nine)] == ["quantity-conflict"]


def test_ambulances_counted_are_no_hospitalised_people(moded):
    _, r = moded
    ambulances = claim_by_text(r, "a", "patru ambulanțe")
    assert ambulances.frame.get("event") is None
    assert [f for f in r.findings if ambulances.id in f.claims] == []
