"""One word more is the same thing said more fully ("militari" and "militari francezi") unless the
narrower count is clearly the smaller (under verdicts.PART_SHARE of the other): "2.400 de militari
francezi" are a part of "5.000 de militari", never a figure for them, while two counts of the
French troops (2.400 against 2.600) are one fact (subjects.subject_field). On articles written for
these tests (tests/articles/anydomain/parte-adjectiv), in both model modes."""

from __future__ import annotations

from conftest import ARTICLES, case_report, claim_by_text, findings_between

report = case_report(ARTICLES / "anydomain" / "parte-adjectiv")


def test_a_narrower_smaller_count_is_a_part(report):
    r = report
    whole, french, other = claim_by_text(r, "a", "5.000"), claim_by_text(r, "b", "2.400"), claim_by_text(r, "c", "2.600")
    assert not findings_between(r, whole, french) and not findings_between(r, whole, other)
    assert [f.rule for f in findings_between(r, french, other)] == ["quantity-conflict"]
