"""A bound that a precise figure meets, or that lies further from it than the bound's last digit
(and the tolerance), agrees with it (verdicts._bound_holds); a bound cut from the figure at its
last digit is the figure said loosely, a warning. On articles written for these tests
(tests/articles/anydomain/prag), and a title that repeats its article's figure makes one finding,
not two (blocks.reconcile: `judged`)."""

from __future__ import annotations

import pytest

from conftest import ARTICLES, case_report, claim_by_text, findings_between
from claimcheck.model import Value
from claimcheck.reconcile.verdicts import AGREE, IMPRECISE, compare

CASE = ARTICLES / "anydomain" / "prag"


report = case_report(CASE)


def _body(r, art, text):
    """The claim in the body, not the title, when the title repeats the figure."""
    return [c for c in r.claims if c.article == art and text in c.text][-1]


def test_a_bound_cut_at_the_last_digit_is_imprecise(report):
    r = report
    exact, loose = _body(r, "a", "43,67%"), claim_by_text(r, "c", "peste 43%")
    assert [f.rule for f in findings_between(r, exact, loose)] == ["quantity-imprecise"]


def test_a_far_bound_and_a_met_bound_agree(report):
    r = report
    exact, far = _body(r, "a", "43,67%"), claim_by_text(r, "b", "peste 35%")
    assert any({exact.id, far.id} <= set(g.claims) for g in r.groups)  # compared, as one fact
    assert not findings_between(r, exact, far)
    count, met = claim_by_text(r, "a", "2.914"), claim_by_text(r, "b", "Cel puțin 2.914")
    assert not findings_between(r, count, met)


def test_the_title_and_the_body_make_one_finding(report):
    loose = claim_by_text(report, "c", "peste 43%")
    assert len([f for f in report.findings if loose.id in f.claims]) == 1


@pytest.mark.parametrize("bound, point, want", [
    (Value(3_400_000, None, qualifier="more_than"), 3_862_761, AGREE),   # "peste 3,4 milioane": says less
    (Value(3_800_000, None, qualifier="more_than"), 3_862_761, IMPRECISE),  # cut at its last digit
    (Value(60, None, qualifier="more_than"), 67, IMPRECISE),              # 60 is given to the ten
    (Value(3, None, qualifier="at_least"), 3, AGREE),                        # "cel puțin 3" of 3
    (Value(None, 20, qualifier="less_than"), 19.52, IMPRECISE),           # "aproape 20%"
])
def test_bounds_against_a_precise_figure(bound, point, want):
    step = 100_000 if bound.low == 3_400_000 or bound.low == 3_800_000 else None
    verdict, _ = compare(bound, Value(point, point, qualifier="exact"), a_step=step)
    assert verdict == want


def test_a_bound_and_an_approximate_figure_at_one_number_agree():
    """"peste 2,8 milioane de pensionari" and "circa 2,8 milioane": two loose sayings of one
    figure, neither the more precise (verdicts.compare)."""
    over = Value(2_800_000, None, "pensionar", "more_than")
    about = Value(2_800_000, 2_800_000, "pensionar", "approx")
    assert compare(over, about)[0] == AGREE and compare(about, over)[0] == AGREE
    assert compare(over, Value(2_700_000, 2_700_000, "pensionar", "approx"))[0] != AGREE
