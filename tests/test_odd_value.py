"""An article that contradicts itself ("Timiș, cu 17,1%" in a ranking, then "Timiș, … creștere de
7,4%") against two outlets that give its other value alone: its odd value is flagged against
them (reconcile/outliers.py). With one other outlet only, or an odd value said of what should
be, nothing is: an article's two values are otherwise two facts the frames fused
(blocks._Block.unsure). Cases: tests/articles/anydomain/cifra-proprie and cifra-proprie-doua."""

from __future__ import annotations

from dataclasses import replace

import pytest

from conftest import ARTICLES, analyse_case, claim_by_text, findings_between, moded_case_report
from claimcheck.reconcile.outliers import odd_one_out

CASE = ARTICLES / "anydomain" / "cifra-proprie"
moded = moded_case_report(CASE)


@pytest.fixture(scope="module")
def two():
    return analyse_case(ARTICLES / "anydomain" / "cifra-proprie-doua")


def test_the_odd_value_is_flagged_against_the_consensus(moded):
    _, r = moded
    odd = claim_by_text(r, "a", "17,1%")
    for other in ("b", "c"):
        [f] = findings_between(r, odd, claim_by_text(r, other, "7,4%"))
        assert (f.rule, f.severity) == ("quantity-conflict", "error")
    # the article's own 7,4% agrees with the others: no finding names it
    own = claim_by_text(r, "a", "7,4%")
    assert not [f for f in r.findings if own.id in f.claims]


@pytest.mark.model  # (the fixture reads with ro_legal_fl)
def test_one_other_outlet_is_no_consensus(two):
    # (without a parse the two figures of "a" get different frames, and 17,1% meets "b" alone)
    assert not [f for f in two.findings if f.severity in ("error", "warning")]


def test_an_odd_value_of_what_should_be_is_left_alone(moded):
    _, r = moded
    odd = claim_by_text(r, "a", "17,1%")
    consensus = [claim_by_text(r, "a", "7,4%"), claim_by_text(r, "b", "7,4%"), claim_by_text(r, "c", "7,4%")]
    values = {"a": 2, "b": 1, "c": 1}
    assert odd_one_out([odd], consensus, values) is not None
    wished = replace(odd, frame={**odd.frame, "mood": "planned"})
    assert odd_one_out([wished], consensus, values) is None
    # an article that gives the group a third value lists facts, it does not slip
    assert odd_one_out([odd], consensus, {**values, "a": 3}) is None
