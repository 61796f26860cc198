"""What a change is of, and the value it reaches.

- "creșterea punctului de pensie cu 12,5%": read back through "de", the window names the pension
  point (rules/frames.yml `noun_links`), not pensions at large, so "Pensiile speciale vor fi
  majorate cu 5%" is another fact and never a conflict with it (it was: a false error).
- The value a change reaches is a level of what changed, in both spellings: "de la 2.032 de lei
  la 2.286 de lei" and, after the change's own figure and a comma, "cu 13%, până la 2.296 de lei"
  (rules/frames.yml `reached_after_change`: not "at most"). The two reports of the new value then
  conflict, in both model modes.
Case: tests/articles/anydomain/punct-pensie (articles of our own)."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

pension = moded_case_report(ARTICLES / "anydomain" / "punct-pensie", "pension")


def test_the_point_of_pension_is_not_special_pensions(pension):
    _, r = pension
    point = claim_by_text(r, "a", "12,5%")
    [special] = [c for c in r.claims if c.article == "b" and c.text == "5%"]
    assert point.frame["subject"][:2] == ["punct", "pens"]
    assert findings_between(r, point, special) == []


def test_a_value_reached_after_a_change_is_exact_and_a_level(pension):
    _, r = pension
    b = claim_by_text(r, "b", "până la 2.296")
    assert b.value.qualifier == "exact" and b.value.low == b.value.high == 2296
    assert b.frame["role"] == "level"
    assert claim_by_text(r, "a", "2.286 de lei").frame["role"] == "level"


def test_two_new_values_of_the_point_conflict(pension):
    _, r = pension
    a, b = claim_by_text(r, "a", "2.286 de lei"), claim_by_text(r, "b", "până la 2.296")
    [f] = findings_between(r, a, b)
    assert (f.rule, f.severity) == ("quantity-conflict", "error")


fuel = moded_case_report(ARTICLES / "anydomain" / "motorina-bani", "fuel")


def test_a_sentence_opening_noun_tagged_a_name_is_what_changed(fuel):
    # "Motorina s-a scumpit cu 12 bani": the model tags the capitalised first word PERSON; a
    # common noun that opens its sentence still names what is measured (extract/measured._lone_lower)
    # (without a parse, the window reads the sentence's first word too: a stop word before it
    # is a verb's auxiliary, a full stop is not)
    _, r = fuel
    a, b = claim_by_text(r, "a", "15 bani"), claim_by_text(r, "b", "12 bani")
    assert "motorin" in b.frame["subject"]
    [f] = findings_between(r, a, b)
    assert (f.rule, f.severity) == ("quantity-conflict", "error")


snow = moded_case_report(ARTICLES / "anydomain" / "zapada-strat", "snow")


def test_a_verb_of_measure_gives_its_subjects_depth(snow):
    # "Stratul de zăpadă măsoară 40 de centimetri": "măsoară" gives its subject's measure
    # (rules/frames.yml measure_verbs), against "stratul de zăpadă a ajuns la 50 de centimetri"
    _, r = snow
    a, b = claim_by_text(r, "a", "50 de centimetri"), claim_by_text(r, "b", "40 de centimetri")
    assert b.frame["subject"][:2] == ["strat", "zapad"]
    [f] = findings_between(r, a, b)
    assert (f.rule, f.severity) == ("quantity-conflict", "error")
