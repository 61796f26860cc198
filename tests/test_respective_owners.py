"""Figures joined by "respectiv" go, in order, to the names coordinated before them: "județele Bihor
și Sibiu au înregistrat scăderi puternice, de -12,4% și, respectiv, -3,1%" gives Bihor the first
and Sibiu the second (the nearest name before each would give both to Sibiu); extract/owners
.respective_owner. A minus glued to a percentage says a fall, and the figure is its size
(rules/frames.yml `fall_signs`). A named one's percentage that says nothing of what it measures
meets the same one's figures where two other outlets name one measure (reconcile/owned.py); a
figure after names joined by "și" is none's alone (extract/owners._one_of_several).
Cases: tests/articles/anydomain/respectiv-scaderi and semn-scadere."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "respectiv-scaderi")
signed = moded_case_report(ARTICLES / "anydomain" / "semn-scadere", name="signed")


def test_figures_go_to_the_names_in_order(moded):
    _, r = moded
    assert claim_by_text(r, "a", "-12,4%").frame.get("owner") == "bihor"
    assert claim_by_text(r, "a", "-3,1%").frame.get("owner") == "sibiu"


def test_a_signed_fall_is_read_as_its_size(moded):
    _, r = moded
    fall = claim_by_text(r, "a", "-12,4%")
    assert (fall.value.low, fall.value.high) == (12.4, 12.4)
    assert fall.frame.get("role") == "change down"


def test_one_county_s_fall_told_twice_disagrees(moded):
    _, r = moded
    bare = claim_by_text(r, "a", "-12,4%")
    for other in ("b", "c"):
        [f] = findings_between(r, bare, claim_by_text(r, other, "14,2%"))
        assert (f.rule, f.severity) == ("quantity-conflict", "error")


def test_the_other_county_s_figure_is_not_paired(moded):
    _, r = moded
    assert not findings_between(r, claim_by_text(r, "a", "-3,1%"), claim_by_text(r, "b", "14,2%"))


def test_minus_and_a_fall_of_the_same_size_agree(signed):
    model, r = signed
    minus, fell = claim_by_text(r, "a", "-0,6%"), claim_by_text(r, "b", "0,6%")
    assert minus.value.low == fell.value.low == 0.6
    assert not findings_between(r, minus, fell)
    if model == "ro_legal_fl":
        # (without a parse the clause's subject, "Producția de grâu", is not read past the verb)
        assert any({minus.id, fell.id} <= set(g.claims) for g in r.groups)


def test_a_fall_is_never_a_rise(signed):
    _, r = signed
    minus = claim_by_text(r, "a", "-0,6%")
    for rise in (claim_by_text(r, "c", "2,04%"), claim_by_text(r, "c", "0,6%")):
        assert not findings_between(r, minus, rise)
        assert not any({minus.id, rise.id} <= set(g.claims) for g in r.groups)


def test_a_figure_of_several_names_is_none_s_alone(moded):
    # "precum Cluj, Brașov și Sibiu, au avut și ele scăderi, cuprinse între 1% și 4%": the three
    # counties' range, not Sibiu's (without a parse the nearest name before it took it)
    _, r = moded
    assert claim_by_text(r, "d", "între 1% și 4%").frame.get("owner") is None
