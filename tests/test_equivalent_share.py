"""A share after a count is of that count, not of the figure before it: "Cu procesele-verbale din
96,12% din secții …, candidatul … cu peste 1,27 milioane de voturi, echivalentul a 45,30% din
totalul exprimat" gives the candidate 45,30% of the votes, not of the sections counted. Articles
written for this test (tests/articles/anydomain/echivalent)."""

from __future__ import annotations

import pytest

from conftest import ARTICLES, analyse_case, claim_by_text, findings_between


@pytest.fixture(scope="module")
def report():
    return analyse_case(ARTICLES / "anydomain" / "echivalent", "ro_legal_fl")


@pytest.mark.model
def test_a_count_between_two_shares_ends_what_the_first_measured(report):
    sections = claim_by_text(report, "a", "96,12%")
    assert sections.frame.get("subject") == ["procesele-verbal"]
    share = claim_by_text(report, "a", "45,30%")
    assert share.frame.get("subject") != sections.frame["subject"]
    final = claim_by_text(report, "b", "46,12%")
    [f] = findings_between(report, share, final)
    assert (f.rule, f.severity) == ("quantity-partial", "warning")
