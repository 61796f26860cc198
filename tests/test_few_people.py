"""A handful of people named by two nouns, on an article pair written for this test
(tests/articles/anydomain/trasnet): "Trei turiști au murit" / "Doi tineri au murit" are two groups of
one storm, while "patru persoane au murit" / "Cinci morți" count the dead both ways ("morți" says
what befell them). The people come from ro_legal_fl's NER, so this is the model's reading."""

from __future__ import annotations

import pytest

from conftest import ARTICLES, claim_by_text, findings_between

CASE = ARTICLES / "anydomain" / "trasnet"
pytestmark = pytest.mark.model


def _analyse(**thresholds: float):
    from claimcheck.api import RunSettings, analyse

    return analyse([CASE], RunSettings(model="ro_legal_fl", thresholds=thresholds))


def test_a_few_people_named_by_two_nouns_are_two_groups():
    r = _analyse()
    tourists, young = claim_by_text(r, "a", "Trei turiști"), claim_by_text(r, "b", "Doi tineri")
    assert tourists.frame["people"] and young.frame["people"]
    assert not findings_between(r, tourists, young)
    # a noun that says what befell them counts the same people as any other
    [f] = findings_between(r, claim_by_text(r, "a", "patru persoane"), claim_by_text(r, "b", "Cinci morți"))
    assert f.severity == "error"


def test_the_few_people_bound_is_a_threshold_users_can_set():
    r = _analyse(**{"few-people": 0.0})
    [f] = findings_between(r, claim_by_text(r, "a", "Trei turiști"), claim_by_text(r, "b", "Doi tineri"))
    assert f.rule == "quantity-conflict"
