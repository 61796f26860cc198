"""Ages of people the article gives a role but no name, and ages told years apart.

- "mecanicul locomotivei are 52 de ani" and "condusă de mecanicul de serviciu, un bărbat cu vârsta
  de 51 de ani": the story's one driver, by the role said with the definite article
  (extract/aged.py; "un bărbat", "o femeie" say only "a person", rules/frames.yml unnamed_people,
  and "un operator în vârstă de 30 de ani" is one of several). Read from the parse, and without
  it from the words as written: the clause's first word before "are", the noun phrase before
  ", un bărbat cu vârsta de" (rules/frames.yml `age_links`, `age_verb_forms`).
- One article giving the driver's age after two sources ("Compania a transmis", "Conform IPJ
  Arad") shows the disagreement: its figures still meet another article's
  (reconcile/clusters.two_sources_of_one_age), and the finding names both (clusters._with_own_sources).
- A named person's age in reports years apart: the later may be older by up to the years between
  (or the same: an age at death), never younger (reconcile/pairs._aged_verdict).
Cases: tests/articles/anydomain/varsta-rol, varsta-are, varsta-ani."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

roles = moded_case_report(ARTICLES / "anydomain" / "varsta-rol", "roles")
years = moded_case_report(ARTICLES / "anydomain" / "varsta-ani", "years")


def test_a_roles_age_meets_the_same_roles_age_elsewhere(roles):
    _, r = roles
    a52, b51 = claim_by_text(r, "a", "52 de ani", "quantity"), claim_by_text(r, "b", "51 de ani")
    assert a52.frame.get("age") and b51.frame.get("age")
    assert a52.frame["aged"] == b51.frame["aged"] == "mecan"
    [f] = findings_between(r, a52, b51)
    assert (f.rule, f.severity) == ("quantity-conflict", "error")
    # the same article's second source agrees with the other article: no finding between them
    a51 = claim_by_text(r, "a", "51 de ani")
    assert findings_between(r, a51, b51) == []
    # but the article disagrees with itself, and the finding names both its figures
    assert findings_between(r, a52, a51) == [f]


def test_people_named_only_as_a_person_or_one_of_several_have_no_role(roles):
    model, r = roles
    for art, text in (("a", "60 de ani"), ("b", "58 de ani"), ("a", "30 de ani"), ("b", "45 de ani")):
        assert claim_by_text(r, art, text).frame.get("aged") is None, text
    assert findings_between(r, claim_by_text(r, "a", "30 de ani"), claim_by_text(r, "b", "45 de ani")) == []
    assert findings_between(r, claim_by_text(r, "a", "60 de ani"), claim_by_text(r, "b", "58 de ani")) == []


def test_an_age_years_later_that_is_younger_is_a_conflict(years):
    _, r = years
    a40, b38 = claim_by_text(r, "a", "40 de ani"), claim_by_text(r, "b", "38 de ani")
    assert a40.frame["owner"] == b38.frame["owner"] == "marin"
    [f] = findings_between(r, a40, b38)
    assert f.rule == "quantity-conflict" and "3 years apart" in f.message


def test_an_age_years_later_may_be_older_by_those_years_or_the_same(years):
    _, r = years
    # the survivor aged three years; the pilot's age at death is told again unchanged
    assert findings_between(r, claim_by_text(r, "a", "35 de ani"), claim_by_text(r, "c", "38 de ani")) == []
    assert findings_between(r, claim_by_text(r, "a", "50 de ani"), claim_by_text(r, "b", "50 de ani")) == []
    assert len(r.findings) == 1


drivers = moded_case_report(ARTICLES / "anydomain" / "varsta-are", "drivers")


def test_a_role_that_has_its_age_meets_the_role_set_beside_a_man(drivers):
    # "Șoferul autobuzului implicat în accident are vârsta de 47 de ani" and "condus de șoferul
    # de serviciu, un bărbat cu vârsta de 44 de ani": the driver's age twice, in both modes
    _, r = drivers
    a47, b44 = claim_by_text(r, "a", "47 de ani"), claim_by_text(r, "b", "44 de ani")
    assert a47.frame.get("aged") == b44.frame.get("aged") == "sofer"
    [f] = findings_between(r, a47, b44)
    assert (f.rule, f.severity) == ("quantity-conflict", "error")
    assert claim_by_text(r, "b", "70 de ani").frame.get("aged") is None
