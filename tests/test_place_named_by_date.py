"""A day and a capitalised month mid-sentence, after a place preposition or word ("de la 2 Mai",
"localității 2 Mai") or an opening quotation mark ("dosarul „2 Mai”"), name a place, not a date
(rules/dates.yml `place_name_prepositions`; scan/dates/absolute._place_name): Romanian writes its
months in lower case. A date with nothing of a place around it is still read. Case:
tests/articles/anydomain/loc-2-mai."""

from __future__ import annotations

from conftest import ARTICLES, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "loc-2-mai")


def test_a_village_named_by_a_date_is_no_date(moded):
    _, r = moded
    assert [c.text for c in r.claims if c.kind == "date"] == ["joi"]
