"""In what a figure measures, a word after a scope link names which one of several it is
(rules/frames.yml `scope_links`; extract/frames marks it "+", lang/stems.same_modifiers):
"abonamentul lunar pentru metrou urcă la 110 lei" is the metro's pass, not the combined one two
other outlets give as 180 and 170 lei, which still conflict. With a parse; without one, the
window reads "metrou" alone, which is no pass either. Case:
tests/articles/anydomain/abonament-scop."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "abonament-scop")


def test_a_scoped_pass_is_another_pass(moded):
    mode, r = moded
    metro = claim_by_text(r, "a", "110 lei", kind="quantity")
    if mode == "ro_legal_fl":
        assert "+metrou" in metro.frame["subject"]
    for other in (claim_by_text(r, "b", "180 de lei"), claim_by_text(r, "c", "170 de lei")):
        assert findings_between(r, metro, other) == []


def test_the_same_pass_still_conflicts(moded):
    _, r = moded
    found = findings_between(r, claim_by_text(r, "b", "180 de lei"), claim_by_text(r, "c", "170 de lei"))
    assert [f.rule for f in found] == ["quantity-conflict"]
