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
  (rules/actors.yml title_equivalents) resolves to the holder of the usual one. Case: sef-stat."""

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
