"""A title whose holder the article names only after the statement.

"„…”, a transmis ministrul Transporturilor. Ciprian Șerban a mai precizat că …": the next
sentence's "a mai precizat" (said further) goes on from the statement before, so the title is
that name's (extract/quotes/people._goes_on). The article's other minister ("Ministrul Muncii,
Florin Manole", then a bare "ministrul") never takes the Transport title: a bare title resolved
to him says nothing of which ministry (people.resolve_titles).
Case: tests/articles/anydomain/titlu-continuat."""

from __future__ import annotations

from conftest import ARTICLES, moded_case_report, speaker_of

minister = moded_case_report(ARTICLES / "anydomain" / "titlu-continuat", "minister")


def test_a_title_goes_on_to_the_name_that_says_more(minister):
    _, r = minister
    assert speaker_of(r, "Nu vom mai accepta întârzieri") == "Ciprian Șerban"
    assert speaker_of(r, "banii vor ajunge la angajați") == "Ciprian Șerban"


def test_another_ministers_bare_title_does_not_take_a_named_ministry(minister):
    _, r = minister
    assert speaker_of(r, "Vom verifica toate contractele") == "Florin Manole"
    assert speaker_of(r, "Nu vom mai accepta întârzieri") != "Florin Manole"
