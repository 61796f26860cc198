"""A change told between two values is known by those values, whatever words say what changed:
"ar urma să crească de la 5,20 lei pe metru cub la 5,70 lei pe metru cub, ceea ce înseamnă o
majorare de aproximativ 10%" and "tariful … crește cu 9,62%, de la 5,20 lei/mc la 5,70 lei/mc"
are one change said loosely (imprecise), and "a fost majorat cu 12%, de la 5,20 lei la 5,70 lei"
is that change miscomputed (a conflict), though "ceea ce" names nothing the blocks could match
(reconcile/anchored.py). Two changes between other values are two changes, even at the same
size: the sewage tariff's "circa 10%" is never set against the drinking water's 9,62%. "o
majorare de aproximativ 10%" is a change without a parse too (rules/frames.yml
change_noun_links). The value before may come second, through its noun ("la 6,30 lei pe MWh, de
la nivelul actual de 5,80 lei pe MWh"). Cases: tests/articles/anydomain/schimbare-intre-valori,
schimbare-nivel."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "schimbare-intre-valori")


def test_one_change_between_the_same_values_said_loosely(moded):
    _, r = moded
    loose, precise = claim_by_text(r, "a", "aproximativ 10%"), claim_by_text(r, "b", "9,62%")
    assert loose.frame["role"] == "change"
    [f] = findings_between(r, loose, precise)
    assert (f.rule, f.severity) == ("quantity-imprecise", "warning")
    assert "one change between the same two values (5.2 RON → 5.7 RON)" in f.message


def test_the_same_change_miscomputed_is_a_conflict(moded):
    _, r = moded
    [f] = findings_between(r, claim_by_text(r, "a", "aproximativ 10%"), claim_by_text(r, "c", "12%"))
    assert (f.rule, f.severity) == ("quantity-conflict", "error")


def test_a_change_between_other_values_is_another_change(moded):
    _, r = moded
    sewage = claim_by_text(r, "a", "circa 10%")
    assert not [f for f in r.findings if sewage.id in f.claims]


level = moded_case_report(ARTICLES / "anydomain" / "schimbare-nivel", "level")


def test_the_value_before_may_come_second_through_its_noun(level):
    # "ar urma să crească la 6,30 lei pe MWh, de la nivelul actual de 5,80 lei pe MWh, ceea ce
    # reprezintă o majorare de aproximativ 9%" against "creștere cu 8,62%, de la 5,80 lei/MWh la
    # 6,30 lei/MWh" (reconcile/changes.told_from_to)
    _, r = level
    [f] = findings_between(r, claim_by_text(r, "a", "aproximativ 9%"), claim_by_text(r, "b", "8,62%"))
    assert (f.rule, f.severity) == ("quantity-imprecise", "warning")


bounds = moded_case_report(ARTICLES / "anydomain" / "schimbare-limita", "bounds")


def test_a_bound_is_no_value_a_change_starts_from(bounds):
    # "de la sub 3.000 de lei la 3.090 de lei" names no single value: the change is not known by
    # it (it had stopped the whole report with a TypeError)
    _, r = bounds
    assert all("one change between the same two values" not in f.message for f in r.findings)
    assert claim_by_text(r, "a", "sub 3.000").value.low is None
