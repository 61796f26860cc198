"""Three more ways news names who speaks (tests/articles/anydomain/titlu-abreviat), in both model
modes:
- an abbreviated title between the speech verb and the inverted subject ("„…”, a precizat dr.
  Ion Vasilescu, managerul maternității"): the subject is the name after it
  (extract/quotes/speakers._after_asides, the abbreviations of rules/grammar.yml);
- a speech act in the subjunctive announces the quotation standing alone after it ("…, doctorul
  Ion Vasilescu, a ținut să mulțumească familiei …" + „Vreau să adresez mulțumiri …”; rules/
  speech.yml, "mulțumească");
- single curly marks ‘…’ quote, as some radio sites print a spokesperson's words
  (tests/articles/anydomain/ghilimele-simple)."""

from __future__ import annotations

from conftest import ARTICLES, case_report, speaker_of

maternity = case_report(ARTICLES / "anydomain" / "titlu-abreviat", name="maternity")


def test_an_abbreviated_title_before_the_name(maternity):
    assert speaker_of(maternity, "Este un caz foarte rar") == "Ion Vasilescu"


def test_a_subjunctive_speech_act_announces_the_quotation(maternity):
    assert speaker_of(maternity, "Vreau să adresez mulțumiri") == "Ion Vasilescu"


single = case_report(ARTICLES / "anydomain" / "ghilimele-simple", name="single")


def test_single_curly_marks_quote(single):
    # ‘…’ – a declarat X (extract/quotes/marks.py CLOSERS)
    assert speaker_of(single, "În această dimineață se acționează") == "Ana Stoica"
