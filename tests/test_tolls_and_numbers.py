"""Numbers that name and tolls that grow, on an article pair written for these tests
(tests/articles/anydomain/tren), each a construction of transport and casualty news: a train's and
a track's number are no counts ("trenul IR 1745", "pe linia 2"); a report that says the toll rose
("Bilanțul a crescut: cinci persoane au fost rănite, iar alte 9 …") is a later state of it, so its
figures against an earlier report's are a warning, not an outlet's error. Both model modes."""

from __future__ import annotations

import pytest

from conftest import ARTICLES, claim_by_text, findings_between

CASE = ARTICLES / "anydomain" / "tren"


@pytest.fixture(scope="module", params=["ro_legal_fl", "blank"])
def report(request):
    from claimcheck.api import RunSettings, analyse

    return analyse([CASE], RunSettings(model=request.param))


def test_train_and_track_numbers_are_not_counts(report):
    quantities = [c.text for c in report.claims if c.kind == "quantity"]
    assert not [t for t in quantities if "1745" in t], quantities
    assert "2" not in quantities and not [t for t in quantities if t.startswith("1 ")]
    # the counts around them are still read
    assert claim_by_text(report, "a", "212 pasageri").value.low == 212


def test_a_toll_said_to_have_risen_is_a_later_state_not_an_error(report):
    r = report
    before, after = claim_by_text(r, "a", "Trei persoane"), claim_by_text(r, "b", "cinci persoane")
    assert after.frame["toll_rose"] and not before.frame.get("toll_rose")
    [f] = findings_between(r, before, after)
    assert (f.rule, f.severity) == ("quantity-rise", "warning")


@pytest.mark.model
def test_every_figure_after_the_rise_is_the_new_state():
    from claimcheck.api import RunSettings, analyse

    r = analyse([CASE], RunSettings(model="ro_legal_fl"))
    # "iar alte 9 au primit îngrijiri" against "iar alte 11": the toll moved, some parts down
    assert claim_by_text(r, "b", "9").frame["toll_rose"]
    [f] = findings_between(r, claim_by_text(r, "a", "11"), claim_by_text(r, "b", "9"))
    assert f.severity == "warning" and f.rule == "quantity-rise"
