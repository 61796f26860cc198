"""A figure its report says is partial or provisional ("Potrivit rezultatelor parțiale", "Până în
acest moment, trei persoane au fost rănite") against another report's figure is a warning
(quantity-partial, rules/findings/quantity-partial.yml), not a conflict: the count was still
moving. On articles written for these tests (tests/articles/anydomain/partial), in both modes."""

from __future__ import annotations

from conftest import ARTICLES, case_report, claim_by_text, findings_between

CASE = ARTICLES / "anydomain" / "partial"


report = case_report(CASE)


def test_partial_figures_are_warnings(report):
    r = report
    for early, final in (("45,2%", "47,8%"), ("trei persoane", "Cinci persoane")):
        a, b = claim_by_text(r, "a", early), claim_by_text(r, "b", final)
        assert a.frame.get("partial") and not b.frame.get("partial")
        assert [(f.rule, f.severity) for f in findings_between(r, a, b)] == [("quantity-partial", "warning")]
