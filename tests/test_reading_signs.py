"""A temperature written with a plus sign or with decimals and a bare "C" ("+23,1 C", "19,2 C")
is read as "-29 C" is, and "23,6 grade" in a sentence about the weather is the same unit
(rules/units.yml `reading_as`); a site set off by a comma after the figure ("+23,1 C, la
Calafat, au anunțat") is the reading's. Case: tests/articles/anydomain/temperatura-semn."""

from __future__ import annotations

from conftest import ARTICLES, case_report, claim_by_text, findings_between, severities_between

report = case_report(ARTICLES / "anydomain" / "temperatura-semn")


def test_a_plus_sign_and_decimals_read_a_temperature(report):
    plus = claim_by_text(report, "a", "23,1 C")
    bare = claim_by_text(report, "b", "19,2 C")
    assert (plus.value.low, plus.value.unit) == (23.1, "°C")
    assert (bare.value.low, bare.value.unit) == (19.2, "°C")


def test_a_site_after_a_comma_is_the_readings(report):
    assert claim_by_text(report, "a", "23,1 C").frame.get("site") == "calafat"


def test_degrees_of_the_weather_are_celsius_and_disagree_at_one_site(report):
    a = claim_by_text(report, "a", "23,1 C")
    b = claim_by_text(report, "b", "23,6 grade")
    assert (b.value.unit, b.frame.get("site")) == ("°C", "calafat")
    assert severities_between(report, a, b) == ["error"]


def test_the_same_reading_at_another_site_agrees(report):
    a = claim_by_text(report, "a", "19,2 C")
    b = claim_by_text(report, "b", "19,2 C")
    assert findings_between(report, a, b) == []
    assert a.frame.get("site") == b.frame.get("site") == "craiova"


def test_degrees_outside_the_weather_stay_degrees(report):
    assert claim_by_text(report, "b", "12,5 grade").value.unit == "°"


def test_a_difference_of_degrees_is_no_reading(report):
    assert claim_by_text(report, "a", "12-14 grade").value.unit == "°"


def test_the_station_right_after_the_figure_is_its_site(report):
    # ("În București, … 18,9 grade la stația meteo de la Băneasa": the station, not the city)
    a = claim_by_text(report, "a", "18,4 C")
    b = claim_by_text(report, "b", "18,9 grade")
    assert a.frame.get("site") == b.frame.get("site") == "baneasa"
    assert severities_between(report, a, b) == ["error"]
