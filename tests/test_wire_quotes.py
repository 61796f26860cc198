"""Quotations as wires and university releases print them.

- ''…'' (two apostrophes for each mark, as agency copy has them) is a quotation with its
  speaker after it. Case: agentie-apostrofuri/a.
- "a declarat, în acest context, rectorul universității, prof. univ. dr. psih. Tudorel Toader":
  past an aside after the verb and the academic titles' abbreviations (rules/grammar.yml
  abbreviations) to the name the title resolves to; "prof.univ.dr." glued the same. Case:
  rector-titluri.
- "ea a descris cursa ca fiind …": "ca" before a gerund is "as", no "că" that opens reported
  speech (rules/speech.yml not_complementizer_before); the quotation after it, "a explicat ea",
  is the person the whole article is about when no one is named within two paragraphs. Case:
  agentie-apostrofuri/b.
- "șeful statului spune că „…”" after "Președintele Ilie Ionescu": a title said in other words
  (rules/actors.yml title_equivalents) resolves to the holder of the usual one. Case: sef-stat.
- "miliardarul a declarat pe rețelele sociale că „…”": a description no title table knows speaks
  for the person named before it; "Secretarul de stat …, Ion Vlaicu, a anunțat …" is a subject
  with its title, no unquoted statement; "a comentat ghidul de munte Radu Ionescu" is the name
  right after the description. Case: epitet-vorbitor.
- "Întrebat de ce a lipsit … compania Enel, șeful ANRE a precizat": the title after the fronted
  clause's comma speaks. Case: intrebat-sef.
- "a explicat … un glaciolog de la Institutul Polar …, Erik Halvorsen.": an indefinite
  description is the name after the comma that ends its sentence. Case: descriere-nehotarata.
- "a scris MRI" after "Mihai Radu Ionescu": a person's initials are that person. Case:
  initiale-vorbitor."""

from __future__ import annotations

from conftest import ARTICLES, case_report, speaker_of

wires = case_report(ARTICLES / "anydomain" / "agentie-apostrofuri", name="wires")
rectors = case_report(ARTICLES / "anydomain" / "rector-titluri", name="rectors")
heads = case_report(ARTICLES / "anydomain" / "sef-stat", name="heads")


def test_doubled_apostrophes_are_quotation_marks(wires):
    assert speaker_of(wires, "apa a fost foarte rece") == "Ana Barbu"


def test_academic_titles_and_an_aside_stand_between_title_and_name(rectors):
    assert speaker_of(rectors, "își menține locul de frunte") == "Tudorel Toader"
    assert speaker_of(rectors, "Suntem mândri de cercetătorii noștri") == "Mihai Chiriac"


def test_ca_before_a_gerund_reports_nothing_and_the_pronoun_is_the_protagonist(wires):
    assert not [c for c in wires.claims if c.kind == "quote" and "cea mai grea" in (c.quote or "")]
    assert speaker_of(wires, "valurile au fost mari") == "Ana Barbu"


def test_the_head_of_state_is_the_president_named(heads):
    assert speaker_of(heads, "aduce dreptate") == "Ilie Ionescu"


epithets = case_report(ARTICLES / "anydomain" / "epitet-vorbitor", name="epithets")


def test_a_description_speaks_for_the_person_named_before_it(epithets):
    # "Luni, miliardarul a declarat pe rețelele sociale că …": the subject before the verb, not
    # the adverbial's adjective after it; a description no title table knows, for the one
    # person named before it, and with two named, for the one named just before ("demnitarul")
    assert speaker_of(epithets, "fericit să plece") == "Marc Delvaux"
    assert speaker_of(epithets, "tot sprijinul nostru") == "Ion Vlaicu"


def test_a_titled_name_before_a_speech_verb_is_its_subject_not_a_report(epithets):
    # "Secretarul de stat …, Ion Vlaicu, a anunțat sprijinul guvernului": no unquoted statement
    assert not [c for c in epithets.claims if c.kind == "quote" and "Ion Vlaicu" in (c.quote or "")]


def test_a_description_with_its_name_after_it_is_that_name(epithets):
    # "a comentat ghidul de munte Radu Ionescu": the apposition, not the person named last before
    assert speaker_of(epithets, "echipa este pregătită") == "Radu Ionescu"


asked = case_report(ARTICLES / "anydomain" / "intrebat-sef", name="asked")


def test_a_title_after_a_fronted_clause_is_the_subject(asked):
    # "Întrebat de ce a lipsit din licitație compania Enel, șeful ANRE a precizat: „…”": the
    # title between the last comma and the verb speaks, not the company the fronted words name
    assert speaker_of(asked, "trebuie să le dea compania") == "Mihai Dobre"


indefinite = case_report(ARTICLES / "anydomain" / "descriere-nehotarata", name="indefinite")


def test_an_indefinite_description_is_the_name_that_closes_its_sentence(indefinite):
    # "a explicat pentru Agerpres un glaciolog de la Institutul Polar … (Norvegia), Erik Halvorsen."
    assert speaker_of(indefinite, "nu va mai rezista mult") == "Erik Halvorsen"


initials = case_report(ARTICLES / "anydomain" / "initiale-vorbitor", name="initials")


def test_a_persons_initials_are_that_person(initials):
    # "MRI susține că …" after "Mihai Radu Ionescu a comentat …": the initials of the one full
    # name that spells them (extract/quotes/names.ArticleNames._initials_of)
    assert speaker_of(initials, "nu am mai văzut o asemenea reducere") == "Mihai Radu Ionescu"
