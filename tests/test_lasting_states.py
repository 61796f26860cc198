"""A span of time after a participle that says a state lasted names what it measures: "au rămas
blocați mai mult de 12 ore" and "au fost blocați în subteran timp de 11 ore" are both the time
the miners were trapped (rules/frames.yml `participle_links`, `span_openers`;
neighbours.verb_right_before), and disagree; the rescuers' "au lucrat timp de 14 ore" is another
span. Case: tests/articles/anydomain/ramas-blocati."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "ramas-blocati")


def test_the_participle_names_the_span(moded):
    _, r = moded
    assert claim_by_text(r, "a", "12 ore").frame.get("subject") == ["bloc"]
    assert claim_by_text(r, "b", "11 ore").frame.get("subject") == ["bloc"]


def test_the_trapped_hours_disagree_and_the_work_is_apart(moded):
    _, r = moded
    trapped = claim_by_text(r, "a", "12 ore")
    [f] = findings_between(r, trapped, claim_by_text(r, "b", "11 ore"))
    assert (f.rule, f.severity) == ("quantity-conflict", "error")
    assert not findings_between(r, trapped, claim_by_text(r, "b", "14 ore"))
