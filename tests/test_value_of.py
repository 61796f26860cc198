"""A count that is the value of a noun phrase ("personalul companiei a fost de 4.310 persoane",
"un personal de 4.350 de persoane") is compared with counts of the same phrase, with no event
needed, and a narrower phrase with a clearly smaller count ("personalul din exploatare", 2.480)
is a part of it, never a conflict (extract/valued.py, reconcile.matching). Read from the parse,
and without one from the words before the figure; on articles written for these tests
(tests/articles/anydomain/personal)."""

from __future__ import annotations

import pytest

from conftest import ARTICLES, case_report, claim_by_text, findings_between
from claimcheck.extract.valued import value_relation
from claimcheck.reconcile.matching import score_pair

CASE = ARTICLES / "anydomain" / "personal"


report = case_report(CASE)


def test_counts_of_one_phrase_meet_and_a_part_does_not(report):
    r = report
    staff_a, staff_b = claim_by_text(r, "a", "4.310"), claim_by_text(r, "b", "4.350")
    crew_a, crew_c = claim_by_text(r, "a", "2.480"), claim_by_text(r, "c", "2.510")
    assert staff_a.frame["value_of"] == staff_b.frame["value_of"] == ["personal"]
    assert [f.rule for f in findings_between(r, staff_a, staff_b)] == ["quantity-conflict"]
    assert [f.rule for f in findings_between(r, crew_a, crew_c)] == ["quantity-conflict"]
    for whole in (staff_a, staff_b):
        assert not findings_between(r, crew_c, whole)
    _, _, fields = score_pair(crew_c, staff_b)
    assert any(f.veto and "a part of" in f.note for f in fields)


@pytest.mark.parametrize("a, b, want", [
    (["popul", "feminin"], ["popul"], "a"),           # one word more: narrower (a part if smaller)
    (["spor", "natural"], ["spor", "natural", "negativ"], "b"),
    (["popul", "feminin"], ["popul", "rezident", "med", "urban"], None),
    (["personal"], ["personal"], "same"),
    (["personal"], ["popul"], None),
])
def test_value_relation(a, b, want):
    assert value_relation(a, b) == want
