"""A span of time named by the noun before it (extract/neighbours.noun_before), on an article pair
written for these tests (tests/articles/anydomain/intarziere): "o întârziere de 95 de minute"
against "o întârziere de 80 de minute" is one delay given two lengths. "au așteptat în terminal
timp de două ore" is named by its verb (since the twenty-ninth round, past "timp de" and a place),
as "au stat la poartă timp de trei ore" is by another: they are not compared; and "un bărbat de
35 de ani" is an age, compared with no span."""

from __future__ import annotations

from conftest import ARTICLES, case_report, claim_by_text, findings_between

CASE = ARTICLES / "anydomain" / "intarziere"


report = case_report(CASE)


def test_a_delay_named_before_its_length_conflicts(report):
    r = report
    a, b = claim_by_text(r, "a", "95 de minute"), claim_by_text(r, "b", "80 de minute")
    assert a.frame["subject"] == b.frame["subject"] == ["intarzier"]
    assert [f.rule for f in findings_between(r, a, b)] == ["quantity-conflict"]


def test_empty_span_nouns_and_ages_are_not_compared(report):
    r = report
    waits = claim_by_text(r, "a", "două ore"), claim_by_text(r, "b", "trei ore")
    assert not findings_between(r, *waits)
    assert [w.frame.get("subject") for w in waits] == [["astept"], ["stat"]]
    ages = [c for c in r.claims if "de ani" in c.text]
    assert len(ages) == 2 and not findings_between(r, *ages)
