"""A growth whose noun phrase says no more than "creștere" is one fact with another when both name
whose it is: a county in a ranking ("Dolj, cu 14,2%") and a county an outlet sets before its clause
as the topic ("În Dolj, creșterea anuală a fost de 6,8%"). Without one named on both sides, two
growths of what is not said stay apart (reconcile/subjects.subject_field); with the parse, the topic
is read as the window reads it without one (extract/owners._topic). Case:
tests/articles/anydomain/crestere-judet."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "crestere-judet")


def test_one_county_s_growth_told_twice_disagrees(moded):
    _, r = moded
    ranked, topic = claim_by_text(r, "a", "14,2%"), claim_by_text(r, "b", "6,8%")
    assert ranked.frame.get("owner") == topic.frame.get("owner") == "dolj"
    [f] = findings_between(r, ranked, topic)
    assert (f.rule, f.severity) == ("quantity-conflict", "error")


def test_another_county_s_growth_is_another_fact(moded):
    _, r = moded
    assert not findings_between(r, claim_by_text(r, "a", "21,3%"), claim_by_text(r, "b", "6,8%"))
