"""A calendar word followed by a date modifier names a date, not the number's unit or noun:
"Numărul cazurilor noi de gripă a ajuns la 1.250 săptămâna trecută" is 1.250 cases last week,
never 1.250 weeks (rules/units.yml `date_modifiers`, scan/numbers/units.read_unit, noun_at).
With the parse, the count head reaches the verb past the date the figure hangs on
(extract/count_heads.count_head_parsed), so the 1.250 meets another outlet's "1.300 de cazuri
noi". Case: tests/articles/anydomain/saptamana-trecuta."""

from __future__ import annotations

from claimcheck.scan.numbers import scan
from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "saptamana-trecuta")


def test_a_week_with_a_date_modifier_is_no_unit():
    [m] = scan("a ajuns la 1.250 săptămâna trecută")
    assert (m.text, m.kind) == ("1.250", "number")
    [m] = scan("au trecut 3 săptămâni")
    assert m.kind == "duration"


def test_the_count_meets_the_other_outlets(moded):
    mode, r = moded
    assert not [c for c in r.claims if c.kind == "quantity" and "săptămâna" in c.text]
    if mode == "ro_legal_fl":
        found = findings_between(r, claim_by_text(r, "a", "1.250"), claim_by_text(r, "b", "1.300 de cazuri"))
        assert [f.rule for f in found] == ["quantity-conflict"]
