"""A participle right after a figure says what befell what it counts, it does not name it: "21 de
persoane (4 aflate în autoturism și 17 în microbuz)" counts 4 people in the car. Articles written
for this test (tests/articles/anydomain/participiu); with the model, whose parse tells a
participle from a noun (without it "case avariate" and "4 aflate" look alike)."""

from __future__ import annotations

import pytest

from conftest import ARTICLES, analyse_case, claim_by_text, findings_between


@pytest.fixture(scope="module")
def report():
    return analyse_case(ARTICLES / "anydomain" / "participiu", "ro_legal_fl")


@pytest.mark.model
def test_a_participle_after_a_figure_takes_the_noun_said_before(report):
    in_car = claim_by_text(report, "a", "4", kind="quantity")
    assert in_car.text == "4" and in_car.value.unit == "persoana" and in_car.frame["predicate"] == "afla"
    other = claim_by_text(report, "b", "cinci persoane")
    [f] = findings_between(report, in_car, other)
    assert (f.rule, f.severity) == ("quantity-conflict", "error")
