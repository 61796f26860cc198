"""A bare change named by what follows it: "un plus de 3 miliarde de lei la investiții" is a rise of
investment ("plus" is a change noun, rules/frames.yml change_nouns; "la investiții" names what
changed; "Asta înseamnă" names nothing: "asta" is a function word, rules/language.yml), so it
meets "investițiile cresc cu 3,6 miliarde lei". On articles written for these tests
(tests/articles/anydomain/plus-la), in both model modes."""

from __future__ import annotations

from conftest import ARTICLES, case_report, claim_by_text, findings_between

CASE = ARTICLES / "anydomain" / "plus-la"


report = case_report(CASE)


def test_a_plus_at_a_noun_is_a_change_of_it(report):
    r = report
    said, draft = claim_by_text(r, "a", "3 miliarde", kind="quantity"), claim_by_text(r, "b", "3,6 miliarde", kind="quantity")
    assert said.frame["role"] == "change" and said.frame["subject"] == ["invest"]
    assert [f.rule for f in findings_between(r, said, draft)] == ["quantity-conflict"]
