"""A frame one article fills with two different values names no single fact (blocks._Block.unsure).

tests/articles/anydomain/carburanti: two outlets on one fuel-price rise. Article b gives the
rise of petrol (30 bani) and of diesel (aproape 50 de bani) in one sentence; without a parse
(`--model blank`) both once read with one frame, so either could be the fact that a's "34 de
bani" states, and comparing them would accuse b of 50 where it says 30 of petrol. Now the
second rise, past "iar", keeps no subject of the first clause's, and in both modes the real
disagreement (34 against 30) is found. The guard itself (two values of one frame in one
article) is tested in tests/test_own_figure.py and tests/test_prison_terms.py.
"""

from __future__ import annotations

import pytest

from conftest import ARTICLES, analyse_case, claim_by_text, findings_between

CASE = ARTICLES / "anydomain" / "carburanti"


@pytest.fixture(scope="module")
def blank():
    return analyse_case(CASE, "blank")


def test_without_a_parse_the_rise_after_iar_is_not_the_first_clauses(blank):
    r = blank
    a34, b30, b50 = claim_by_text(r, "a", "34 de bani"), claim_by_text(r, "b", "30 de bani"), \
        claim_by_text(r, "b", "50 de bani")
    # "benzina s-a scumpit cu 30 de bani pe litru, iar motorina cu aproape 50 de bani": past
    # "iar" the second rise does not take the first clause's subject (extract/quantities.py), so
    # b fills no frame with two values, and the real disagreement is found as with the parse
    assert b50.frame.get("subject") != b30.frame.get("subject")
    assert [f.rule for f in findings_between(r, a34, b30)] == ["quantity-conflict"]
    assert not findings_between(r, a34, b50)


@pytest.mark.model
def test_with_the_parse_the_rise_of_petrol_still_conflicts():
    r = analyse_case(CASE, "ro_legal_fl")
    a34, b30 = claim_by_text(r, "a", "34 de bani"), claim_by_text(r, "b", "30 de bani")
    found = findings_between(r, a34, b30)
    assert [f.rule for f in found] == ["quantity-conflict"]
    assert not findings_between(r, a34, claim_by_text(r, "b", "50 de bani"))


@pytest.mark.parametrize("model", [pytest.param("ro_legal_fl", marks=pytest.mark.model), "blank"])
def test_a_change_the_sentence_tells_is_no_update(model):
    # tests/articles/anydomain/schimbare-spusa: "au ajuns la o cotă de piață de 8,4%, în creștere
    # de la 6,1%, în aceeași lună din anul anterior" tells the change itself, and the 6,1% is the
    # earlier value of that sentence's figure only, not of "o cotă de piață de 41,2%" two lines up
    r = analyse_case(ARTICLES / "anydomain" / "schimbare-spusa", model)
    assert claim_by_text(r, "a", "6,1%").frame.get("previous")
    assert [f for f in r.findings if f.rule == "quantity-update"] == []
