"""Speakers named with particles and titles of rank (rules/grammar.yml name_connectors,
rules/actors.yml title_stems).

- "a declarat prințul" resolves to "Emanuel von und zu Liechtenstein", named just before: a
  prince's title is a title, and "von und zu" sit inside a name (with the model, a name the NER
  starts as a person and ends as a place is still the person's).
- "Karim al-Rashid, fiul președintelui Iordaniei, Omar al-Rashid, a declarat …": the name in
  apposition to the title in the genitive is the president's, the son speaks; "al-Rashid" is part
  of both names. With the parse only: without it the nearest name before the verb still speaks.
Case: tests/articles/anydomain/print-particule."""

from __future__ import annotations

import pytest

from conftest import ARTICLES, analyse_case, case_report, speaker_of

CASE = ARTICLES / "anydomain" / "print-particule"
titled = case_report(CASE, name="titled")


def test_a_princes_title_resolves_to_his_name_with_particles(titled):
    assert speaker_of(titled, "nu vreau să mă implic") == "Emanuel von und zu Liechtenstein"


@pytest.mark.model
def test_a_name_in_apposition_to_a_genitive_title_does_not_speak():
    assert speaker_of(analyse_case(CASE), "matematica este pasiunea sa") == "Karim al-Rashid"
