"""Who speaks, read from the words around a quotation:
- a gerund's speaker is its main clause's subject: "Criticul de artă Mihai Olteanu a lăudat
  selecția, subliniind rolul unor pictori precum Ion Andreescu …:" introduces the critic's words,
  never the painter's, though the parse makes the painter part of the gerund's object (the
  inverted-subject reading of an object is not tried after a gerund: extract/quotes/speakers.py);
- an adverbial may stand between the verb and its inverted subject ("spunea la momentul respectiv
  avocata sa, Ileana Vasiliu"), and the name set after a title is who the title is.
Cases: tests/articles/anydomain/gerunziu-vorbitor, avocata-apozitie."""

from __future__ import annotations

from conftest import ARTICLES, moded_case_report, speaker_of

critic = moded_case_report(ARTICLES / "anydomain" / "gerunziu-vorbitor", name="critic")


def test_the_gerunds_object_does_not_speak(critic):
    _, r = critic
    assert speaker_of(r, "Lucrările sunt foarte bune", "a") == "Mihai Olteanu"


lawyer = moded_case_report(ARTICLES / "anydomain" / "avocata-apozitie", name="lawyer")


def test_an_adverbial_before_the_inverted_subject_and_the_name_after_its_title(lawyer):
    # "”…”, spunea la momentul respectiv avocata sa, Ileana Vasiliu": "la momentul respectiv" is
    # when, the lawyer speaks, and the name after her title is who she is (not the prisoner the
    # paragraph before named)
    _, r = lawyer
    assert speaker_of(r, "Starea lui este stabilă", "a") == "Ileana Vasiliu"
