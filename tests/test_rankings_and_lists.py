"""Whose figure and where, on article pairs written for these tests
(tests/articles/anydomain/{clasament,interventie}), each a construction real news showed: a country
ranked with its figures ("urmată de Franța cu 30 de medalii", "se află Franța cu un total de 28"),
hospitals listed one per line ("Spitalul Militar Pitești – 2 pacienți"), and what is left of a
count ("la fața locului rămân 3 autospeciale"). Both model modes."""

from __future__ import annotations

import pytest

from conftest import ARTICLES, claim_by_text, findings_between

CASES = ARTICLES / "anydomain"


@pytest.fixture(scope="module", params=["ro_legal_fl", "blank"])
def reports(request):
    from claimcheck.api import RunSettings, analyse

    return {name: analyse([CASES / name], RunSettings(model=request.param)) for name in ("clasament", "interventie")}


def _paired(r, a, b) -> bool:
    return bool(findings_between(r, a, b)) or any(a.id in g.claims and b.id in g.claims for g in r.groups)


def test_a_country_ranked_with_its_figure_owns_it_whatever_the_verb(reports):
    r = reports["clasament"]
    a, b = claim_by_text(r, "a", "30 de medalii"), claim_by_text(r, "b", "28 medalii")
    assert (a.frame["owner"], b.frame["owner"]) == ("franta", "franta")
    assert a.frame["ranked"] and b.frame["ranked"]
    [f] = findings_between(r, a, b)  # "urmată de Franța cu 30" / "se află Franța cu un total de 28"
    assert f.severity == "error"


def test_hospitals_listed_one_per_line_are_places_of_their_own(reports):
    r = reports["interventie"]
    county_a, county_b = claim_by_text(r, "a", "4 pacienți"), claim_by_text(r, "b", "5 pacienți")
    military_a = claim_by_text(r, "a", "2 pacienți")
    assert county_a.frame["place"] == "Spitalul Județean de Urgență Pitești"
    assert military_a.frame["place"] == "Spitalul Militar Pitești"
    [f] = findings_between(r, county_a, county_b)
    assert f.severity == "error"
    assert not _paired(r, military_a, county_b) and not _paired(r, county_a, claim_by_text(r, "b", "2 pacienți"))


def test_what_is_left_of_a_count_is_a_part_of_it(reports):
    r = reports["interventie"]
    sent, left = claim_by_text(r, "a", "9 autospeciale"), claim_by_text(r, "b", "3 autospeciale")
    assert left.frame["part"]
    assert not _paired(r, sent, left)
    [f] = findings_between(r, sent, claim_by_text(r, "b", "8 autospeciale"))  # au intervenit 9 / 8
    assert f.severity == "error"


@pytest.mark.model
def test_what_befell_a_part_is_not_the_whole_counts_event():
    from claimcheck.api import RunSettings, analyse

    r = analyse([CASES / "interventie"], RunSettings(model="ro_legal_fl"))
    # "au consultat … zece persoane, dintre care șase au fost transportate la spital": the
    # relative clause tells of the six, so the ten are not a count of the hospitalised
    seen = claim_by_text(r, "a", "zece persoane")
    assert seen.frame.get("event") != "hospitalise"
    assert not _paired(r, seen, claim_by_text(r, "b", "Șapte victime"))
