"""A concept measured in units of its own (rain, in "l/m²": rules/concepts.yml `units`) is never
a figure in another unit, whatever its words: "a căzut aproape un kilometru" is a fall, no
rainfall, though "căzut" is one of rain's words (extract/frames.concept_for). Case:
tests/articles/anydomain/cadere-munte."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "cadere-munte")


def test_a_fall_in_kilometres_is_no_rainfall(moded):
    _, r = moded
    assert claim_by_text(r, "a", "aproape un kilometru").concept != "rainfall"
    assert claim_by_text(r, "a", "45 de litri pe metru pătrat").concept == "rainfall"
