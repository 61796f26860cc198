"""Times and places of one happening, on an article pair written for these tests
(tests/articles/anydomain/scurgere), each a construction real news showed: a happening told by
its noun ("Scurgerea de gaz a avut loc", "Incidentul s-a produs"), minutes said in words, a time
to the minute said loosely, two moments of a story hours apart, and counts at one named hospital
against the total. Both model modes, through the flow the CLI uses."""

from __future__ import annotations

import pytest

from conftest import ARTICLES, claim_by_text, findings_between

CASE = ARTICLES / "anydomain" / "scurgere"


def _analyse(model: str, **thresholds: float):
    from claimcheck.api import RunSettings, analyse

    return analyse([CASE], RunSettings(model=model, thresholds=thresholds))


@pytest.fixture(scope="module", params=["ro_legal_fl", "blank"])
def report(request):
    return _analyse(request.param)


def _paired(r, a, b) -> bool:
    return bool(findings_between(r, a, b)) or any(a.id in g.claims and b.id in g.claims for g in r.groups)


def test_a_happening_told_by_its_noun_is_timed_against_the_incident_of_another_outlet(report):
    # (with a parse, the verb's subject; without one, the word before "a avut loc", or the
    # clause's first when that word is a name ending the subject's phrase: rules/frames.yml
    # happen_forms)
    r = report
    leak, incident = claim_by_text(r, "a", "10:40"), claim_by_text(r, "b", "10:15")
    # "Scurgerea … a avut loc" / "Incidentul s-a produs": the verbs say only that something
    # happened; their subjects say what, and a generic one is the story's lead happening
    assert leak.frame["happening"] == "scurg" and leak.frame["lead"]
    assert incident.frame["happening"] == "*"
    [f] = findings_between(r, leak, incident)
    assert (f.rule, f.severity) == ("quantity-conflict", "error")  # 10:30–10:50 vs 10:05–10:25


def test_a_happening_noun_meets_its_verb_and_a_later_step_is_not_the_incident(report):
    r = report
    evacuation, evacuated = claim_by_text(r, "a", "11:30"), claim_by_text(r, "b", "12 și 10")
    # "Evacuarea a avut loc la ora 11:30" / "au fost evacuați la ora 12 și 10 minute"
    assert evacuation.frame["happening"] == "evacu" and not evacuation.frame.get("lead")
    [f] = findings_between(r, evacuation, evacuated)
    assert f.severity == "error"
    # the evacuation is a step of the story, not what "Incidentul" names
    assert not _paired(r, evacuation, claim_by_text(r, "b", "10:15"))


def test_minutes_in_words_are_read_as_one_time(report):
    c = claim_by_text(report, "b", "ora 12 și 10 minute")
    assert (c.value.low, c.value.high) == (730, 730)
    assert not [x for x in report.claims if x.article == "b" and x.text == "10 minute"]


def test_counts_at_one_named_hospital_are_not_the_total(report):
    r = report
    at_county, at_city = claim_by_text(r, "a", "14 elevi"), claim_by_text(r, "b", "18 elevi", kind="quantity")
    total_a, total_b = claim_by_text(r, "a", "27 de elevi"), claim_by_text(r, "b", "30 de elevi")
    assert at_county.frame["place_level"] == "site" and "Hunedoara" in at_county.frame["place"]
    assert "Deva" in at_city.frame["place"]
    # two hospitals are two places of one level; a hospital's count is not the total's
    assert not _paired(r, at_county, at_city)
    assert not _paired(r, at_county, total_b) and not _paired(r, at_city, total_a)
    # "în spitalele din Deva și Hunedoara" names several: the totals are one count, and differ
    assert not total_a.frame.get("place_level")
    [f] = findings_between(r, total_a, total_b)
    assert f.severity == "error"


@pytest.mark.parametrize("model", ["ro_legal_fl", "blank"])
def test_times_of_a_story_hours_apart_are_two_moments(model):
    # "au plecat acasă la ora 15:30" and "au fost evacuați la ora 12 și 10 minute" share the
    # school's name, not the moment: beyond `clock-gap-minutes` no shared words make them one
    r = _analyse(model)
    home, evacuated = claim_by_text(r, "a", "15:30"), claim_by_text(r, "b", "12 și 10")
    assert not _paired(r, home, evacuated)
    wide = _analyse(model, **{"clock-gap-minutes": 1440.0})
    assert findings_between(wide, claim_by_text(wide, "a", "15:30"), claim_by_text(wide, "b", "12 și 10"))
