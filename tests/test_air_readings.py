"""Air quality readings: "312,4 µg/m³" is a concentration (rules/units.yml, micro sign or Greek
mu), read at a site as a temperature is. A place a sentence opens with is the scene of its
readings, and of the next sentence's when that names none ("În zona Copou, datele au indicat un
episod mai slab. Senzorii au înregistrat un vârf de peste 150 µg/m³"; sites._scene), so two
districts' peaks are two facts, while the city's two figures differ in precision only.
Case: tests/articles/anydomain/poluare-scena."""

from __future__ import annotations

from conftest import ARTICLES, case_report, claim_by_text, severities_between

air = case_report(ARTICLES / "anydomain" / "poluare-scena", name="air")


def test_a_concentration_is_a_reading_of_its_scene(air):
    r = air
    city_a, city_b = claim_by_text(r, "a", "312,4 µg/m³"), claim_by_text(r, "b", "aproximativ 300 µg/m³")
    assert city_a.value.unit == "µg/m³" and city_a.frame.get("site") == "iasi"
    assert severities_between(r, city_a, city_b) == ["warning"]
    north, east = claim_by_text(r, "a", "peste 150 µg/m³"), claim_by_text(r, "b", "90 µg/m³")
    assert north.frame.get("site") == "copou" and east.frame.get("site") == "tatarasi"
    assert severities_between(r, north, east) == []
