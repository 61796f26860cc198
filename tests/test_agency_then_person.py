"""Without NER, a capitalised run that opens with an acronym and goes on with a given name and a
surname is two mentions: the agency, then the person ("a declarat pentru AGERPRES Dan Idolu,
manager general al Aeroportului ‘Traian Vuia’" is Dan Idolu's, not the airport's), while one word
after an acronym is its complement ("a transmis ISU Timiș"). quotes/names._acronym_before_person.
Case: tests/articles/anydomain/agentie-nume."""

from __future__ import annotations

from conftest import ARTICLES, moded_case_report, speaker_of

moded = moded_case_report(ARTICLES / "anydomain" / "agentie-nume")


def test_the_person_after_the_agency_speaks(moded):
    _, r = moded
    assert speaker_of(r, "Este vorba despre cursa") == "Dan Idolu"


def test_an_acronym_and_its_one_word_complement_stay_one_name(moded):
    _, r = moded
    assert speaker_of(r, "Nu au fost răniți") == "ISU Timiș"
