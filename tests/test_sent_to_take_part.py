"""Troops sent to take part are the troops who take part: "vor fi 300 de militari străini dislocați
în unitățile din România, care participă la paradă" (the participle's class, send) and "participă
240 de militari străini" (take_part) count one contingent, so they conflict (rules/events.yml
`compatible`). "Anul acesta vor fi 300 …" is no value of the year: a copula's subject inside a date
says when (extract/valued.value_of). Case: tests/articles/anydomain/militari-straini."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, moded_case_report, severities_between

foreign = moded_case_report(ARTICLES / "anydomain" / "militari-straini", name="foreign")


def test_a_contingent_sent_to_take_part_is_the_one_taking_part(foreign):
    _, r = foreign
    sent, taking = claim_by_text(r, "a", "300 de militari"), claim_by_text(r, "b", "240 de militari")
    assert {sent.frame.get("event"), taking.frame.get("event")} == {"send", "take_part"}
    assert not sent.frame.get("value_of")
    assert severities_between(r, sent, taking) == ["error"]
