"""A parade's troops, said three ways (tests/articles/anydomain/defilare): "au defilat 1.800 de
militari din diferite structuri, alături de detașamente ale aliaților NATO" counts the troops of
one parade. "din diferite structuri" narrows them to no kind (rules/frames.yml `various_words`)
nor says the count sums several happenings (`several_markers` only after their noun); the units
beside them, "detașamente", are no sending (rules/events.yml: "detasa" began the noun). And one
article's "Peste 2.400 de militari" and "2.400 de militari români" are one count said twice, the
second more fully: "români" is no kind the article sets apart (reconcile/marks._values_apart)."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, moded_case_report, severities_between

parade = moded_case_report(ARTICLES / "anydomain" / "defilare", name="parade")


def test_troops_of_various_units_are_the_parades_troops(parade):
    model, r = parade
    a = claim_by_text(r, "a", "1.800 de militari", "quantity")
    assert a.frame.get("subject") == ["militar"]
    assert not a.frame.get("several")
    assert a.frame.get("event") != "send"
    assert severities_between(r, a, claim_by_text(r, "c", "2.400 de militari", "quantity")) == ["error"]


def test_a_figure_said_again_more_fully_sets_no_kind_apart(parade):
    model, r = parade
    a = claim_by_text(r, "a", "1.800 de militari", "quantity")
    fuller = claim_by_text(r, "b", "2.400 de militari", "quantity", index=1)
    assert "români" in fuller.sentence
    assert not fuller.frame.get("contrasted")
    assert severities_between(r, a, fuller) == ["error"]
