"""A span whose verb says what it is of: "Au durat aproape patru ore" (the talks, said in the
sentence before) and "„A durat o oră și nu am rezolvat nimic”" name no noun, yet both last the one
meeting the articles tell of. The verb's class (rules/events.yml: "dura" is `meet`) keys the span
for comparison (reconcile/blocks.block_key), and matching still asks that the rest agree.
Case: tests/articles/anydomain/negocieri-durata."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, moded_case_report, severities_between

talks = moded_case_report(ARTICLES / "anydomain" / "negocieri-durata", name="talks")


def test_two_spans_of_one_meeting_are_compared(talks):
    model, r = talks
    a, b = claim_by_text(r, "a", "patru ore"), claim_by_text(r, "b", "o oră", "quantity")
    assert a.frame.get("event") == b.frame.get("event") == "meet"
    assert severities_between(r, a, b) == ["error"]
