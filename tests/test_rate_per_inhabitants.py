"""A rate per so many inhabitants ("81 de persoane la un milion de locuitori", "44 de decese ale
traficului rutier la un milion de locuitori") is no count of the dead: it is never compared with
one (rules/frames.yml per: inhabitants, read up to the clause's first comma by
extract/roles.per_unit; reconcile/matching's subject field). Case:
tests/articles/anydomain/rata-la-milion."""

from __future__ import annotations

from conftest import ARTICLES, case_report, claim_by_text, findings_between

report = case_report(ARTICLES / "anydomain" / "rata-la-milion")


def test_a_rate_says_what_it_is_per(report):
    assert claim_by_text(report, "b", "81 de persoane").frame.get("per") == ["inhabitants"]
    assert claim_by_text(report, "b", "44 de decese").frame.get("per") == ["inhabitants"]


def test_a_rate_is_not_a_count(report):
    count = claim_by_text(report, "a", "95 de persoane")
    for rate in ("81 de persoane", "44 de decese"):
        assert findings_between(report, count, claim_by_text(report, "b", rate)) == []
