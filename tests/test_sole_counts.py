"""A noun no concept knows, counted with one value only in each of two reports of one event, is
that event's one figure of it in both (reconcile/marks.mark_sole): "formată din 12 echipaje"
against "a trimis 14 echipaje" is a conflict, though only one side tells a happening; an article
that gives the noun two values ("10 echipaje … alte 3 echipaje") has no one figure of it. A
figure in a clause after a comparison base ("față de luna precedentă, când erau înregistrați
488.100 de șomeri", rules/frames.yml base_clause_openers) is the base's value, never the
month's; "peste" after a verb of falling ("s-a prăbușit marți peste doi muncitori",
rules/qualifiers.yml prepositions_after) is "onto", so two workers against three is a conflict,
not a loose bound. On articles written
for these tests (tests/articles/anydomain/numar-unic, luna-precedenta). Without the model the
window takes "România" for the owner of one count, so the crews are not compared there."""

from __future__ import annotations

from conftest import ARTICLES, case_report, claim_by_text, findings_between, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "numar-unic")
months = case_report(ARTICLES / "anydomain" / "luna-precedenta", "months")


def test_one_figure_of_a_noun_in_each_report_meets(moded):
    mode, r = moded
    twelve, fourteen = claim_by_text(r, "a", "12 echipaje"), claim_by_text(r, "b", "14 echipaje")
    assert twelve.frame["sole"] and fourteen.frame["sole"]
    if mode == "ro_legal_fl":
        assert [f.rule for f in findings_between(r, twelve, fourteen)] == ["quantity-conflict"]
    for many in (claim_by_text(r, "c", "10 echipaje"), claim_by_text(r, "c", "3 echipaje")):
        assert not many.frame.get("sole")
        assert findings_between(r, twelve, many) == []


def test_peste_after_a_fall_is_onto(moded):
    _, r = moded
    two = claim_by_text(r, "a", "doi muncitori")
    assert two.value.qualifier == "exact" and two.value.high == 2
    assert [f.rule for f in findings_between(r, two, claim_by_text(r, "b", "trei muncitori"))] == ["quantity-conflict"]


def test_the_value_in_a_base_clause_is_the_one_before(months):
    before, now = claim_by_text(months, "a", "488.100"), claim_by_text(months, "b", "501.200")
    assert before.frame["previous"]
    assert findings_between(months, before, now) == []
