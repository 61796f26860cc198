"""Prices in a list and what holds now. "Marlboro Gold va costa 31 de lei, iar Camel Blue … Dunhill
33 de lei": the name right before a figure owns it (extract/owners._listed_before), and a name
is whole, so "Winston Blue" is not "Camel Blue" (subjects.same_owner). A price said in the
present or future tense, or in a list with no verb, is the price as of its report
(reconcile/timing): two reports a day apart that differ conflict; five months apart the later
price is a later state (quantity-later), no outlet's error. Undated rises told months apart
are two rises. A crew listed with ages ("copilotul - căpitan-comandor Voicu Socae, 36 de ani")
gives each named one's age, even where the NER misses the name; a paragraph's label in capitals
("ACTUALIZARE 21.18") owns nothing. Cases:
tests/articles/anydomain/preturi-marci, scumpiri-repetate, echipaj-varste."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "preturi-marci")
rises = moded_case_report(ARTICLES / "anydomain" / "scumpiri-repetate", "rises")
crew = moded_case_report(ARTICLES / "anydomain" / "echipaj-varste", "crew")


def test_a_listed_price_belongs_to_the_name_before_it(moded):
    mode, r = moded
    dunhill = claim_by_text(r, "a", "33 de lei")
    assert dunhill.frame["owner"] == "dunhill"
    lucky = claim_by_text(r, "a", "25,50 lei")
    assert (lucky.frame["owner"], lucky.frame["owner_given"]) == ("strike", ["lucky"])
    camel = claim_by_text(r, "b", "27 de lei")
    assert (camel.frame["owner"], camel.frame["owner_given"]) == ("blue", ["camel"])


def test_two_names_with_one_last_word_are_two_owners(moded):
    _, r = moded
    winston = claim_by_text(r, "b", "26 de lei")
    assert winston.frame["owner_given"] == ["winston"]
    assert findings_between(r, winston, claim_by_text(r, "c", "27,50 lei")) == []


def test_prices_a_day_apart_conflict(moded):
    _, r = moded
    found = findings_between(r, claim_by_text(r, "a", "31 de lei"), claim_by_text(r, "b", "30 de lei"))
    assert [f.rule for f in found] == ["quantity-conflict"]


def test_a_price_months_later_is_a_later_state(moded):
    _, r = moded
    later = claim_by_text(r, "c", "31,50 lei")
    for early in (claim_by_text(r, "a", "31 de lei"), claim_by_text(r, "b", "30 de lei")):
        found = findings_between(r, early, later)
        assert [(f.rule, f.severity) for f in found] == [("quantity-later", "warning")]


def test_rises_told_months_apart_are_two_rises(rises):
    _, r = rises
    january, may = claim_by_text(r, "a", "12%"), claim_by_text(r, "b", "8%")
    assert findings_between(r, january, may) == []
    assert findings_between(r, claim_by_text(r, "c", "10%", kind="quantity"), may) == []
    # the same rise told a day apart still disagrees
    found = findings_between(r, january, claim_by_text(r, "c", "10%", kind="quantity"))
    assert [f.rule for f in found] == ["quantity-conflict"]


def test_a_listed_name_and_a_comma_own_the_years_after_them(crew):
    _, r = crew
    a, b = claim_by_text(r, "a", "34 de ani"), claim_by_text(r, "b", "36 de ani", kind="quantity")
    assert (a.frame["owner"], a.frame["owner_given"], a.frame["age"]) == ("socae", ["voicu"], True)
    assert [f.rule for f in findings_between(r, a, b)] == ["quantity-conflict"]
    assert findings_between(r, claim_by_text(r, "a", "52 de ani"), b) == []


def test_a_label_in_capitals_owns_no_figure(crew):
    mode, r = crew
    pilot = claim_by_text(r, "c", "52 de ani", kind="quantity")
    assert pilot.frame.get("owner") != "actualizare"
    if mode == "ro_legal_fl":
        # (the parse takes the label for a subject; without it the window reads "Pilotul")
        assert pilot.frame["age"] and "owner" not in pilot.frame
