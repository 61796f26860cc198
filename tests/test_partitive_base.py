"""A count after "din" with a relative clause of its own is the whole a part is taken from: "Din
12 mineri care lucrau în subteran, nouă au reușit să iasă la suprafață" counts the miners at work
(the relative clause's verb, extract/parsed.py `base_clause_verb`, rules/frames.yml
`partitive_bases`, `relative_pronouns`), not those who got out, so it never meets another report's
"Șapte mineri au reușit să se salveze", while the nine who got out do. Read from the parse. Case:
tests/articles/anydomain/din-care-lucrau."""

from __future__ import annotations

import pytest

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "din-care-lucrau")


def test_the_whole_of_a_partitive_takes_its_relative_clause_s_verb(moded):
    model, r = moded
    whole, seven = claim_by_text(r, "a", "12 mineri"), claim_by_text(r, "b", "Șapte mineri")
    assert not findings_between(r, whole, seven)
    if model == "blank":
        pytest.skip("without a parse the count's clause verb is not read here")
    assert whole.frame.get("predicate") == "lucra"
    [f] = findings_between(r, claim_by_text(r, "a", "nouă"), seven)
    assert (f.rule, f.severity) == ("quantity-conflict", "error")
