"""A year that opens its line as a label ("2023: Profit net de 1,97 miliarde de lei") times the
line's figures (scan/dates/scan.py: a label is a cue; extract/dating._label_start: the
parser may split the line after the colon), so each year's figure meets the other report's figure
of that year; and a figure cut, not rounded, to its last digit ("4,85 miliarde" of 4.858.603.000
lei) is imprecise, not a conflict (blocks._cut). On articles written for these tests
(tests/articles/anydomain/etichete-ani), in both model modes."""

from __future__ import annotations

import pytest

from conftest import ARTICLES, analyse_case, case_report, claim_by_text, findings_between

CASE = ARTICLES / "anydomain" / "etichete-ani"


report = case_report(CASE)


def test_a_year_label_times_its_line(report):
    r = report
    for label, precise in (("1,97 miliarde", "1.972.114.500"), ("2,31 miliarde", "2.309.881.020")):
        a, b = claim_by_text(r, "a", label), claim_by_text(r, "b", precise)
        assert a.frame["time"]["low"] == b.frame["time"]["low"]
        assert [f.rule for f in findings_between(r, a, b)] == ["quantity-imprecise"]


@pytest.mark.model
def test_a_figure_cut_to_its_last_digit_is_imprecise():
    r = analyse_case(CASE)
    a, b = claim_by_text(r, "a", "4,85 miliarde"), claim_by_text(r, "b", "4.858.603.000")
    assert [f.rule for f in findings_between(r, a, b)] == ["quantity-imprecise"]
