"""Who reports a figure is its source, not whose figure it is.

"Direcția de Sănătate Publică Dolj a confirmat 47 de cazuri de rujeolă": the institution is the
subject of a verb of reporting (rules/events.yml happenings.report_verbs), so it does not own the
count, as "potrivit DSP Dolj" does not; another outlet's "au fost confirmate 52 de cazuri,
potrivit DSP Dolj" is then the same count, in conflict (extract/frames.py, extract/owners.py).
Before, the owner "Dolj" against nobody named kept the two apart.
Case: tests/articles/anydomain/focar-sursa."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

outbreak = moded_case_report(ARTICLES / "anydomain" / "focar-sursa", "outbreak")


def test_the_reporting_institution_owns_no_count(outbreak):
    _, r = outbreak
    a = claim_by_text(r, "a", "47 de cazuri")
    assert a.frame.get("owner") is None


def test_two_outlets_counts_of_one_outbreak_conflict(outbreak):
    _, r = outbreak
    [f] = findings_between(r, claim_by_text(r, "a", "47 de cazuri"), claim_by_text(r, "b", "52 de cazuri"))
    assert (f.rule, f.severity) == ("quantity-conflict", "error")
    [g] = findings_between(r, claim_by_text(r, "a", "Doi copii"), claim_by_text(r, "b", "Trei copii"))
    assert g.rule == "quantity-conflict"
