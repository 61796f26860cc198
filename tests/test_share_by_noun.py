"""A percentage a share noun introduces or follows is a share, as "din piață" says: "o cotă de
piață de 28,1%" and "27,4% cotă de piață" are one maker's market share (rules/frames.yml
`share_nouns`, extract/roles.rate_role). Read as a level and a share, or with no subject after
the figure, the two never met. Case: tests/articles/anydomain/cota-piata."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "cota-piata")


def test_two_market_shares_said_two_ways_conflict(moded):
    _, r = moded
    a, b = claim_by_text(r, "a", "28,1%"), claim_by_text(r, "b", "27,4%")
    assert (a.frame.get("role"), b.frame.get("role")) == ("share", "share")
    [f] = findings_between(r, a, b)
    assert (f.rule, f.severity) == ("quantity-conflict", "error")


def test_the_noun_after_the_share_names_what_it_is_of(moded):
    _, r = moded
    assert claim_by_text(r, "b", "27,4%").frame.get("subject") == ["piat"]
