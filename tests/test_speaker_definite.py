""""„…”, a punctat tânărul": a speaker written as a singular common noun with the definite
article refers back to the one person the article has named (extract/quotes/people._definite_noun,
_sole_person). With two people named it could be either, and stays as written. The parse says
which words are such nouns; without it (`--model blank`) a lower-case word with a singular
article's ending ("-ul", "-a", rules/grammar.yml) that is no function word is one.
"a punctat", "a zis" and "a detaliat" are speech verbs (rules/speech.yml). Case:
tests/articles/anydomain/vorbitor-definit."""

from __future__ import annotations

from conftest import ARTICLES, moded_case_report, speaker_of

moded = moded_case_report(ARTICLES / "anydomain" / "vorbitor-definit")


def test_a_definite_noun_is_the_one_person_named(moded):
    _, r = moded
    assert speaker_of(r, "Am lucrat zi de zi", "a") == "Andrei Mureșan"
    assert speaker_of(r, "Vreau să studiez fizica", "a") == "Andrei Mureșan"


def test_with_two_people_named_the_noun_stays(moded):
    _, r = moded
    assert speaker_of(r, "cel mai greu concurs", "b") == "elevul"


def test_more_speech_verbs(moded):
    _, r = moded
    assert speaker_of(r, "Rata de promovare", "b") == "Mihai Pop"
