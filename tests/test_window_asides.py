"""Without a parse, a window reads a percentage's subject past two things that stopped it: "noi"
after a noun is the adjective (new), not the pronoun ("înmatriculările de firme noi au crescut cu
12,4%"), and an aside set off by commas that opens with a preposition ("Numărul înmatriculărilor
de firme noi, în România, s-a majorat cu 14,1%") stands between the subject and its verb, not
in place of the subject (rules/frames.yml `adjective_homographs`, `aside_openers`). With the
parse both subjects come from the tree. Case: tests/articles/anydomain/firme-noi."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "firme-noi")


def test_both_subjects_are_read(moded):
    _, r = moded
    for article, figure in (("a", "12,4%"), ("b", "14,1%")):
        subject = claim_by_text(r, article, figure).frame.get("subject") or []
        assert "firm" in subject and "noi" in subject, (article, subject)


def test_one_growth_told_twice_disagrees(moded):
    _, r = moded
    [f] = findings_between(r, claim_by_text(r, "a", "12,4%"), claim_by_text(r, "b", "14,1%"))
    assert (f.rule, f.severity) == ("quantity-conflict", "error")
