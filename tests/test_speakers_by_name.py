"""Speakers named after their statement, and names beside an outlet.

- "„…”, a transmis ministrul Transporturilor. Ciprian Șerban a mai precizat că …": the next
  sentence's "a mai precizat" (said further) goes on from the statement before, so the title is
  that name's (extract/quotes/people._goes_on). The article's other minister ("Ministrul Muncii,
  Florin Manole", then a bare "ministrul") never takes the Transport title: a bare title resolved
  to him says nothing of which ministry (people.resolve_titles).
- "„Nu au fost victime”, a declarat pentru Digi24 Ioana Marin, purtătorul de cuvânt al ISU": the
  run of capitalised words stops at a word with a digit (extract/quotes/names.py), so "Digi24" is
  the outlet after "pentru" and Ioana Marin the speaker. Read as one name, "Digi24 Ioana Marin"
  was the outlet, the speaker went missing, and the quote fell to the person who spoke before.
- "Primarul orașului, Elena Vasilescu, …" then "Proprietarul depozitului: „…”": a role said with
  what it is of, which the person named last does not hold, introduces someone else; it stays
  as written (people._recent), where it was the mayor's.
Cases: tests/articles/anydomain/titlu-continuat, pentru-digi24, rol-nou."""

from __future__ import annotations

from conftest import ARTICLES, moded_case_report, speaker_of

minister = moded_case_report(ARTICLES / "anydomain" / "titlu-continuat", "minister")
outlet = moded_case_report(ARTICLES / "anydomain" / "pentru-digi24", "outlet")
role = moded_case_report(ARTICLES / "anydomain" / "rol-nou", "role")


def test_a_title_goes_on_to_the_name_that_says_more(minister):
    _, r = minister
    assert speaker_of(r, "Nu vom mai accepta întârzieri") == "Ciprian Șerban"
    assert speaker_of(r, "banii vor ajunge la angajați") == "Ciprian Șerban"


def test_another_ministers_bare_title_does_not_take_a_named_ministry(minister):
    _, r = minister
    assert speaker_of(r, "Vom verifica toate contractele") == "Florin Manole"
    assert speaker_of(r, "Nu vom mai accepta întârzieri") != "Florin Manole"


def test_the_name_after_an_outlet_with_a_digit_speaks(outlet):
    _, r = outlet
    assert speaker_of(r, "Nu au fost victime") == "Ioana Marin"
    assert speaker_of(r, "Vom ajuta toate familiile") == "Elena Vasilescu"


def test_a_role_of_something_the_last_named_does_not_hold_is_someone_else(role):
    _, r = role
    assert speaker_of(r, "Am pierdut tot ce aveam") == "Proprietarul depozitului"
    assert speaker_of(r, "Vom ajuta toate familiile") == "Elena Vasilescu"
