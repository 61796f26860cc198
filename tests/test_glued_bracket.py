"""An opening bracket glued to the word before it ("Nehoiu(21km), Covasna(33km)", a seismology
institute's list of the nearest towns) is a token of its own (nlp/pipeline.py
`_split_glued_brackets`): the figure's tokens no longer hold the town's name, so each distance is
its town's, as in "Nehoiu (17km)". Case: tests/articles/anydomain/paranteza-lipita."""

from __future__ import annotations

import pytest

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "paranteza-lipita")


def test_a_glued_bracket_is_split_from_its_word(moded):
    model, r = moded
    nehoiu = claim_by_text(r, "a", "21km")
    assert nehoiu.text == "21km"
    assert not findings_between(r, nehoiu, claim_by_text(r, "b", "33km", "quantity"))
    if model != "blank":
        pytest.skip("with the model a town the NER does not tag owns no distance: nothing is compared")
    assert (nehoiu.frame.get("owner"), claim_by_text(r, "a", "33km").frame.get("owner")) == ("nehoiu", "covasna")
    [f] = findings_between(r, nehoiu, claim_by_text(r, "b", "17km", "quantity"))
    assert (f.rule, f.severity) == ("quantity-conflict", "error")
