"""Two precise figures a few units apart name one fact, and one outlet has it wrong:
"Examenul a fost susținut de 152.233 de absolvenți" against "152.235 de absolvenți prezenți"
(reconcile/nearmiss.py), though the first article counts graduates twice and the second says no
verb, so the blocks never pair them. A figure of another noun in the same window ("152.236 de
candidați") is no part of it. Case: tests/articles/anydomain/cifra-apropiata."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "cifra-apropiata")


def test_two_precise_figures_a_few_units_apart_conflict(moded):
    _, r = moded
    [f] = findings_between(r, claim_by_text(r, "a", "152.233"), claim_by_text(r, "b", "152.235"))
    assert (f.rule, f.severity) == ("quantity-conflict", "error")
    assert "a few units apart" in f.message


def test_a_near_figure_of_another_noun_stays_apart(moded):
    _, r = moded
    other = claim_by_text(r, "c", "152.236")
    assert not [f for f in r.findings if other.id in f.claims]
