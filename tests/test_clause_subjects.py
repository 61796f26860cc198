"""Two prices in one sentence, the second after "iar" with a subject of its own.

"Prețul benzinei standard a ajuns la 7,49 lei pe litru, iar motorina costă 7,82 lei pe litru":
a later figure of a sentence with no noun of its own measures what the first one did, but not
past "iar", which opens a clause of another subject (extract/quantities.py): the diesel's price
never takes the petrol's subject. With the parse, "motorina costă" names what costs (rules/
frames.yml measure_verbs: "cost"), and "motorina a urcat la 7,9 lei", which the NER tags PERSON,
is still a noun in lower case, no name (extract/measured.py): the two diesel prices conflict.
Case: tests/articles/anydomain/motorina-iar."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

fuel = moded_case_report(ARTICLES / "anydomain" / "motorina-iar", "fuel")


def test_the_price_after_iar_is_not_the_first_clauses(fuel):
    _, r = fuel
    diesel = claim_by_text(r, "a", "7,82 lei")
    assert not any(x.startswith("benzin") for x in diesel.frame.get("subject") or [])
    petrol = claim_by_text(r, "a", "7,49 lei")
    assert findings_between(r, diesel, claim_by_text(r, "b", "7,5 lei")) == []
    assert findings_between(r, petrol, claim_by_text(r, "b", "7,9 lei")) == []


def test_two_diesel_prices_of_one_day_conflict(fuel):
    _, r = fuel
    a, b = claim_by_text(r, "a", "7,82 lei"), claim_by_text(r, "b", "7,9 lei")
    # (without the NER "în București" is where, not whose: extract/owners.owner_from_window; the
    # two prices then meet in both modes)
    assert a.frame["subject"] == b.frame["subject"] == ["motorin"]
    [f] = findings_between(r, a, b)
    assert (f.rule, f.severity) == ("quantity-conflict", "error")


traffic = moded_case_report(ARTICLES / "anydomain" / "trafic-a1", "traffic")


def test_a_figure_before_an_auxiliary_takes_the_verb_after_it(traffic):
    # "Două persoane au murit și patru au fost rănite": without a parse the nearest verb is
    # "murit", two words back; a figure right before "au" is the subject of the verb after it
    # (extract/windowed.py), so the four were injured, as "alte trei au fost rănite" elsewhere
    _, r = traffic
    a, b = claim_by_text(r, "a", "patru"), claim_by_text(r, "b", "trei")
    assert a.frame.get("event") == "wound"
    [f] = findings_between(r, a, b)
    assert (f.rule, f.severity) == ("quantity-conflict", "error")
    assert findings_between(r, claim_by_text(r, "a", "Două persoane"), b) == []


def test_a_noun_after_iar_heads_its_measure(traffic):
    # "…, iar coloana de mașini a ajuns la 10 kilometri": "iar" opens the clause, it is no
    # auxiliary of a verb, so "coloana" is read (through "de") as what is measured
    _, r = traffic
    a, b = claim_by_text(r, "a", "10 kilometri"), claim_by_text(r, "b", "15 kilometri")
    assert a.frame["subject"][0] == "coloan"
    [f] = findings_between(r, a, b)
    assert (f.rule, f.severity) == ("quantity-conflict", "error")
