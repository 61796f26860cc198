"""Verbs of opinion and judgement speak (rules/speech.yml, kind `act`): "Ion Vlad … a lăudat, la
rândul său, listarea companiei" and "Dr. Ana Pop … consideră că fenomenul … este unul obișnuit"
announce the quotation standing alone after them, which is theirs; "consideră că" gives its
speaker to the indirect speech too. Both model modes. Case:
tests/articles/anydomain/opinie-citat."""

from __future__ import annotations

from conftest import ARTICLES, case_report, speaker_of

opinions = case_report(ARTICLES / "anydomain" / "opinie-citat", name="opinions")


def test_a_quotation_after_praise_is_the_praisers(opinions):
    assert speaker_of(opinions, "Autoritatea a susținut permanent") == "Ion Vlad"


def test_an_opinion_verb_speaks_and_announces(opinions):
    assert speaker_of(opinions, "fenomenul de pe cer este unul obișnuit") == "Ana Pop"
    assert speaker_of(opinions, "A fost vizibil din toată țara") == "Ana Pop"
