"""An establishment's name is read as written, with the small words that join it ("Spitalul
Județean de Urgență (SJU) Piatra Neamț", rules/frames.yml `name_joiners`): as the scene of an
article that tells of one hospital (coordinated.mark_scene) and, around the parse's proper names,
as a figure's place (places.written_name). Another outlet's "Spitalul de Urgență Piatra Neamț"
shares its words, so the tolls meet. And a verb with the word after it names a happening even
where the parse misses the object, as without diacritics: "si-au pierdut viata zece persoane".
Case: tests/articles/anydomain/spital-nume."""

from __future__ import annotations

import pytest

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "spital-nume")


def test_the_scene_is_the_name_as_written(moded):
    _, r = moded
    assert claim_by_text(r, "a", "Șapte persoane", "quantity").frame.get("scene") \
        == "Spitalul Județean de Urgență SJU Piatra Neamț"


def test_the_place_is_the_name_as_written(moded):
    model, r = moded
    if model == "blank":
        pytest.skip("without a parse the place after the verb is not read: the scene decides")
    assert claim_by_text(r, "b", "10 pacienți").frame.get("place") == "Spitalul de Urgență Piatra Neamț"


def test_the_hospital_s_tolls_meet(moded):
    _, r = moded
    seven = claim_by_text(r, "a", "Șapte persoane", "quantity")
    for other in (claim_by_text(r, "b", "10 pacienți"), claim_by_text(r, "c", "zece persoane")):
        [f] = findings_between(r, seven, other)
        assert (f.rule, f.severity) == ("quantity-conflict", "error")
    assert claim_by_text(r, "c", "zece persoane").frame.get("event") == "die"
    assert not findings_between(r, claim_by_text(r, "b", "10 pacienți"), claim_by_text(r, "c", "zece persoane"))
