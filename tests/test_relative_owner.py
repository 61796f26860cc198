"""A relative clause after a preposition tells of the noun before it: in "România a găzduit
concursul, la care au participat elevi din peste 100 de țări" the countries are the contest's
entrants, not Romania's figure, so without a parse no name further back owns the count
(`owners.owner_from_window`) and it meets another outlet's "615 tineri din 110 țări" (a bound
and a figure: imprecise). Case: tests/articles/anydomain/gazda-relativ."""

from __future__ import annotations

from conftest import ARTICLES, case_report, claim_by_text, severities_between

hosts = case_report(ARTICLES / "anydomain" / "gazda-relativ", name="hosts")


def test_a_name_before_a_prepositional_relative_owns_nothing_in_it(hosts):
    r = hosts
    countries = claim_by_text(r, "a", "100 de țări")
    assert "owner" not in countries.frame
    assert severities_between(r, countries, claim_by_text(r, "b", "110 țări")) == ["warning"]
