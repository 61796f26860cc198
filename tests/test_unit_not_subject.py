"""The unit of another figure is never what a figure measures: in "exporturile au fost revizuite
în sus cu 0,1 puncte procentuale, de la 103,2% la 103,3%" the range measures exports, not
percentage points (extract/measured.unit_of_another). Read as "puncte procentuale", two outlets'
revisions of two different series (exports, imports) met as one figure said at two precisions.
Case: tests/articles/anydomain/puncte-procentuale."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "puncte-procentuale")


def test_two_series_revised_by_the_same_step_are_not_one_figure(moded):
    _, r = moded
    exports = claim_by_text(r, "a", "de la 103,2% la 103,3%")
    imports = claim_by_text(r, "b", "de la 103,3% la 103,4%")
    assert not [f for f in r.findings if exports.id in f.claims or imports.id in f.claims]


def test_percentage_points_are_not_the_subject(moded):
    _, r = moded
    for article, text in (("a", "de la 103,2% la 103,3%"), ("b", "de la 103,3% la 103,4%")):
        subject = claim_by_text(r, article, text).frame.get("subject") or []
        assert not any(s.startswith("punct") for s in subject), (article, subject)
