"""The value a change starts from, said through a noun that holds it: "ar urma să crească la 338,5
lei pe MWh, de la nivelul actual de 312 de lei pe MWh" (extract/roles.is_previous_value). The 312
is the value before the change, the same fact as another outlet's "de la 311,76 lei/MWh", not a
second figure for the new tariff. The change is told before it ("să crească": the subjunctive is
in rules/events.yml), so without a parse the figure needs no verb of its own; and a unit's
symbol written with a capital ("MWh") is no name that owns the figure. Case:
tests/articles/anydomain/nivel-anterior."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "nivel-anterior")


def test_the_value_before_the_change_meets_the_other_outlets_rounded(moded):
    _, r = moded
    before_a, before_b = claim_by_text(r, "a", "312 de lei"), claim_by_text(r, "b", "311,76 lei")
    assert before_a.frame.get("previous") and before_b.frame.get("previous")
    [f] = findings_between(r, before_a, before_b)
    assert (f.rule, f.severity) == ("quantity-imprecise", "warning")


def test_the_new_value_is_not_the_old_one(moded):
    _, r = moded
    new = claim_by_text(r, "a", "338,5 lei")
    assert not new.frame.get("previous")
    assert not findings_between(r, new, claim_by_text(r, "b", "311,76 lei"))


def test_a_unit_symbol_owns_no_figure(moded):
    _, r = moded
    for text in ("312 de lei", "peste 8%"):
        assert claim_by_text(r, "a", text).frame.get("owner") != "mwh"
