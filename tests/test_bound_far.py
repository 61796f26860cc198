"""An open bound many times away from another figure is another scope, not the same figure said
loosely (pairs.bound_far, `scope-ratio`), on an article pair written for these tests
(tests/articles/anydomain/scopuri): "peste 700 de case" contains "aproape 6.000 de case", but
no outlet that meant six thousand would say "more than 700"."""

from __future__ import annotations

from conftest import ARTICLES, analyse_case, case_report, claim_by_text, findings_between

CASE = ARTICLES / "anydomain" / "scopuri"


report = case_report(CASE)


def test_a_bound_far_below_the_figure_is_no_imprecision(report):
    r = report
    few, many = claim_by_text(r, "a", "peste 700"), claim_by_text(r, "b", "aproape 6.000")
    assert any({few.id, many.id} <= set(g.claims) for g in r.groups)  # the frames call them one fact
    assert not findings_between(r, few, many)


def test_the_threshold_is_the_scope_ratio():
    r = analyse_case(CASE, "blank", **{"scope-ratio": 10.0})
    few, many = claim_by_text(r, "a", "peste 700"), claim_by_text(r, "b", "aproape 6.000")
    assert [f.rule for f in findings_between(r, few, many)] == ["quantity-imprecise"]
