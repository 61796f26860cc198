"""A count said of several happenings sums them: "Trei turiști au murit în accidente separate" is
not the toll of one avalanche ("Două persoane au decedat sâmbătă, după ce au fost prinse de o
avalanșă"), though another sum of the same accidents is ("Patru turiști au murit în accidente
diferite"). Read from the count's clause (rules/frames.yml `several_markers`, extract/roles.py
`of_several`); matching keeps a sum and one happening's count apart. Case:
tests/articles/anydomain/accidente-separate."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "accidente-separate")


def test_a_sum_over_several_happenings_meets_sums_only(moded):
    _, r = moded
    sum_a = claim_by_text(r, "a", "Trei turiști")
    assert sum_a.frame.get("several")
    assert not claim_by_text(r, "b", "Două persoane").frame.get("several")
    assert not findings_between(r, sum_a, claim_by_text(r, "b", "Două persoane"))
    assert not findings_between(r, claim_by_text(r, "b", "Două persoane"), claim_by_text(r, "c", "Patru turiști"))
    # two sums of the same accidents are one fact, and disagree
    [f] = findings_between(r, sum_a, claim_by_text(r, "c", "Patru turiști"))
    assert (f.rule, f.severity) == ("quantity-conflict", "error")

