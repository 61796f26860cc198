"""A fraction of a whole ("mai mult de jumătate din profitul total", "un sfert din profitul
total", "jumătate dintre angajați") is a share of it in percent, said loosely
(extract/bare.as_share), never a count of half a profit: two such fractions of one whole,
for different parts of it, are no two counts of one thing that disagree. Case:
tests/articles/anydomain/fractie-parte."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "fractie-parte")


def test_a_fraction_of_a_whole_is_a_share_in_percent(moded):
    _, r = moded
    half = claim_by_text(r, "b", "mai mult de jumătate")
    assert (half.value.unit, half.value.low, half.value.qualifier) == ("%", 50, "more_than")
    assert half.frame.get("role") == "share" and half.frame.get("approx")
    quarter = claim_by_text(r, "c", "Un sfert")
    assert (quarter.value.unit, quarter.value.low) == ("%", 25)


def test_two_parts_of_one_whole_are_not_one_figure(moded):
    _, r = moded
    # Romania's part of the profit against refining's: no error between them
    assert not findings_between(r, claim_by_text(r, "b", "mai mult de jumătate"), claim_by_text(r, "c", "Un sfert"))
