"""A count right after "în fața a" is the audience of what its clause tells ("Rapid a învins-o pe
Dinamo în fața a 38.000 de spectatori"): the people were there, the verb ("a învins", "a
câștigat") and its object are not what befell them (rules/frames.yml audience_before). Two
outlets' crowds of one match meet, whichever verb tells the result, and the tickets sold are
another count. On articles written for these tests (tests/articles/anydomain/spectatori), in
both model modes."""

from __future__ import annotations

from conftest import ARTICLES, case_report, claim_by_text, findings_between

report = case_report(ARTICLES / "anydomain" / "spectatori")


def test_the_audience_of_a_match_is_one_count(report):
    r = report
    crowd_a, crowd_b = claim_by_text(r, "a", "38.000"), claim_by_text(r, "b", "45.000")
    assert crowd_a.frame["event"] == crowd_b.frame["event"] == "attend"
    assert "owner" not in crowd_a.frame and "predicate" not in crowd_b.frame
    assert [f.rule for f in findings_between(r, crowd_a, crowd_b)] == ["quantity-conflict"]
    tickets = claim_by_text(r, "a", "30.000")
    assert not findings_between(r, tickets, crowd_b)
