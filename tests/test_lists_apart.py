"""Two articles that give figures of the same three names or more and disagree on every one
measure two things, a final standing and a jury's vote, not one list misreported name by name
(reconcile/marks.mark_lists_apart): "Italia, cu 412 puncte, Franța, cu 398, și Grecia, cu 377"
and "După votul juriilor, Italia a primit 201 puncte, Grecia … 188 …, Franța … 176" are never
paired, while a third list that agrees on two names and not on Italy's ("Italia a strâns 410
puncte") still conflicts on it. Without a parse the names own the figures (with the parse the
NER does not make a country an owner, and none of these pairs is made). Case:
tests/articles/anydomain/liste-puncte."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report, severities_between

lists = moded_case_report(ARTICLES / "anydomain" / "liste-puncte", name="lists")


def test_lists_that_disagree_on_every_name_are_two_measures(lists):
    model, r = lists
    final, jury = claim_by_text(r, "a", "412 puncte"), claim_by_text(r, "b", "201 puncte")
    assert findings_between(r, final, jury) == []
    assert findings_between(r, claim_by_text(r, "b", "201 puncte"), claim_by_text(r, "c", "410 puncte")) == []
    if model == "blank":
        assert final.frame.get("lists_apart") == ["b"]
        assert severities_between(r, final, claim_by_text(r, "c", "410 puncte")) == ["error"]
