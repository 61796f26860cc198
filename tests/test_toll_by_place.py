"""A toll broken down by place ("Patru oameni au murit în județul Arad …; mai sunt doi morți la
Deva"; "38 de oameni au fost răniți în județul Arad, 9 persoane în județul Bihor și 5 persoane la
Hunedoara"): a count's own place, said right after its noun or its figure, beats its verb's
(extract/frames.py `_own_place`, a name with no level word for counts, rules/frames.yml
`count_place_prepositions`), and an article that gives one count at two places or more splits it:
each of those figures is one place's part, compared with that place's figure only, never with a
report that names no place (reconcile/breakdown.py). A place a relative "unde" points to is the
count's ("în județul Arad, unde cinci oameni au murit"); counts at two named places are two counts
(placing.place_field). Cases: tests/articles/anydomain/bilant-locuri, evacuati-locuri, cazuri-locuri."""

from __future__ import annotations

import pytest

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "bilant-locuri")


def test_a_count_s_own_place_is_read_after_its_noun(moded):
    _, r = moded
    assert claim_by_text(r, "a", "doi morți", "quantity").frame.get("place") == "Deva"
    assert claim_by_text(r, "b", "9 persoane").frame.get("place") == "județul Bihor"
    assert claim_by_text(r, "b", "5 persoane").frame.get("place") == "Hunedoara"


def test_one_place_of_a_breakdown_is_not_another_report_s_whole(moded):
    _, r = moded
    # (without a parse the place after the verb is read from the words: "au murit în județul Arad")
    assert claim_by_text(r, "a", "Patru oameni").frame.get("place") == "județul Arad"
    assert claim_by_text(r, "a", "doi morți", "quantity").frame.get("breakdown")
    assert not claim_by_text(r, "c", "Șase oameni").frame.get("breakdown")  # (c names no place)
    assert not findings_between(r, claim_by_text(r, "a", "doi morți", "quantity"), claim_by_text(r, "c", "Șase oameni"))
    assert not findings_between(r, claim_by_text(r, "a", "Patru oameni"), claim_by_text(r, "c", "Șase oameni"))
    assert not findings_between(r, claim_by_text(r, "b", "9 persoane"), claim_by_text(r, "c", "31"))


def test_the_country_s_count_is_the_whole_not_a_part(moded):
    # "În toată țara sunt șapte morți": placed in the whole country (with a parse, through the
    # copula), so the whole of the breakdown, which another report's toll disagrees with
    _, r = moded
    country = claim_by_text(r, "b", "șapte morți", "quantity")
    assert not country.frame.get("breakdown")
    assert [f.severity for f in findings_between(r, country, claim_by_text(r, "c", "Șase oameni"))] == ["error"]



def test_a_count_at_two_joined_places_is_their_whole_not_a_part(moded):
    model, r = moded
    # "în total 60 de intervenții în Arad și Bihor: 41 … în județul Arad și 19 … în județul Bihor"
    whole = claim_by_text(r, "b", "60 de intervenții")
    assert whole.frame.get("place") is None and not whole.frame.get("breakdown")
    assert claim_by_text(r, "b", "41 de intervenții").frame.get("breakdown")
    assert not findings_between(r, claim_by_text(r, "b", "41 de intervenții"), claim_by_text(r, "c", "62 de intervenții"))
    if model != "blank":  # (without a parse, "au avut" ties no frame: three values of b, none its sole one)
        [f] = findings_between(r, whole, claim_by_text(r, "c", "62 de intervenții"))
        assert f.severity == "error"


moded_whole = moded_case_report(ARTICLES / "anydomain" / "evacuati-locuri", name="moded_whole")


def test_a_figure_well_below_a_whole_split_by_place_may_be_one_place_s(moded_whole):
    model, r = moded_whole
    if model == "blank":
        pytest.skip("without a parse the list's later items count 'persoane', not evacuees: one place is no split")
    # "40 de persoane au fost evacuate (25 … în județul Vaslui, 10 … Iași și 5 … la Bacău)"
    whole = claim_by_text(r, "a", "40 de persoane")
    assert whole.frame.get("split_whole") and claim_by_text(r, "a", "25 de persoane").frame.get("breakdown")
    # Vaslui's own report of 22 evacuees names no place for them: maybe one part, not the whole
    assert not findings_between(r, whole, claim_by_text(r, "b", "22 de persoane"))
    # another total near the whole is still held against it
    [f] = findings_between(r, whole, claim_by_text(r, "c", "45 de persoane", "quantity"))
    assert (f.rule, f.severity) == ("quantity-conflict", "error")


def test_a_place_that_unde_points_to_is_the_count_s(moded):
    model, r = moded
    # "Cea mai grea situație este în județul Arad, unde cinci oameni au murit"
    five = claim_by_text(r, "b", "cinci oameni")
    assert (five.frame.get("place"), five.frame.get("place_level")) == ("județul Arad", "county")
    [f] = findings_between(r, claim_by_text(r, "a", "Patru oameni"), five)
    # (without a parse, the count of the later-named report reads as a rise)
    assert (f.rule, f.severity) == (("quantity-rise", "warning") if model == "blank" else ("quantity-conflict", "error"))


moded_cases = moded_case_report(ARTICLES / "anydomain" / "cazuri-locuri", name="moded_cases")


def test_counts_at_two_named_places_are_two_counts(moded_cases):
    model, r = moded_cases
    bucharest, ilfov = claim_by_text(r, "a", "76 de cazuri", "quantity"), claim_by_text(r, "b", "42 de astfel", "quantity")
    assert not findings_between(r, bucharest, ilfov)
    if model == "blank":
        pytest.skip("without a parse, 'doar în București' and a place after 'În același timp,' are not read")
    assert (bucharest.frame.get("place"), ilfov.frame.get("place")) == ("București", "județul Ilfov")
    # the same place named alike is one count's
    [f] = findings_between(r, bucharest, claim_by_text(r, "c", "80 de cazuri", "quantity"))
    assert (f.rule, f.severity) == ("quantity-conflict", "error")


moded_country = moded_case_report(ARTICLES / "anydomain" / "bilant-tara", name="moded_country")


def test_one_place_s_toll_is_no_earlier_state_of_its_article_s_whole(moded_country):
    _, r = moded_country
    # "Patru morți în Bihor; în toată țara sunt șapte morți … se ridică deja la șapte persoane …
    # două persoane au murit în Sălaj" (without a parse too: "au murit în Sălaj")
    assert claim_by_text(r, "a", "două persoane").frame.get("place") == "Sălaj"
    assert claim_by_text(r, "a", "Patru morți").frame.get("breakdown")
    assert not [f for f in r.findings if f.rule == "quantity-update"]
    # another report's toll of no place, well below the whole: maybe one county's
    five = claim_by_text(r, "b", "Cinci oameni")
    assert not findings_between(r, claim_by_text(r, "a", "Patru morți"), five)
    assert not findings_between(r, claim_by_text(r, "a", "șapte persoane"), five)
