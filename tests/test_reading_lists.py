"""A list of readings, "Cele mai scăzute temperaturi ale dimineții de vineri au fost: -18 C la
Miercurea Ciuc, -16,5 C la Joseni, …": each item's site is the one right after it, not the
previous item's (extract/sites.py `_follows_figure`), and the day in the words that lead into the
list dates every item (extract/dating.py `_leads_list`). A day that opens a sentence ("Joi
dimineață, la Joseni au fost …, iar la Miercurea Ciuc …") dates all of it, also when the parser
cut the sentence after its comma (`_fragment_start`); a day beats the year around it ("cele mai
mici temperaturi din acest an"), and a reading of no day is its report's morning's
(reconcile/timing.py). So a Friday reading is compared with Friday's at the same site only.
Case: tests/articles/anydomain/ger-lista."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "ger-lista")


def test_each_item_of_a_list_is_read_at_the_site_after_it(moded):
    _, r = moded
    sites = {t: claim_by_text(r, "a", t).frame.get("site") for t in ("-18 C", "-16,5 C", "-15,2 C", "-14 C")}
    assert sites == {"-18 C": "miercurea ciuc", "-16,5 C": "joseni", "-15,2 C": "brasov", "-14 C": "sibiu"}


def test_the_lead_in_s_day_dates_every_item_and_an_opening_day_its_whole_sentence(moded):
    _, r = moded
    for t in ("-18 C", "-16,5 C", "-15,2 C", "-14 C"):
        assert claim_by_text(r, "a", t).frame["time"]["low"] == "2026-01-16", t
    # "Joi dimineață, la stația meteo Joseni …, iar la Miercurea Ciuc termometrele au arătat …"
    for t in ("minus 16,3", "minus 15,8"):
        assert claim_by_text(r, "b", t).frame["time"]["low"] == "2026-01-15", t


def test_a_friday_reading_meets_friday_s_at_its_site_only(moded):
    _, r = moded
    joseni_friday = claim_by_text(r, "a", "-16,5 C")
    [f] = findings_between(r, joseni_friday, claim_by_text(r, "c", "-18 C"))
    assert (f.rule, f.severity) == ("quantity-conflict", "error")
    # Thursday's readings at Joseni and Miercurea Ciuc are another morning's
    assert not findings_between(r, joseni_friday, claim_by_text(r, "b", "minus 16,3"))
    assert not findings_between(r, claim_by_text(r, "a", "-18 C"), claim_by_text(r, "b", "minus 15,8"))
    assert not [f for f in r.findings if f.severity != "info"
                and {r_.article for r_ in r.claims if r_.id in f.claims} >= {"a", "b"}]


def test_a_reading_of_no_day_is_its_report_s_morning_and_a_day_beats_its_year(moded):
    _, r = moded
    # "Dimineața de joi a adus cele mai mici temperaturi din acest an, iar la Brașov au fost -16 C":
    # Thursday's, not all the year's (which would hold Friday's -15,2 C at Brașov)
    brasov = claim_by_text(r, "d", "-16 C")
    assert brasov.frame["time"]["low"] == brasov.frame["time"]["high"] == "2026-01-15"
    assert not findings_between(r, brasov, claim_by_text(r, "a", "-15,2 C"))
    # "La Sibiu au fost -12 C, iar la Cluj -7 C" in Thursday's report: not Friday's -14 C, -9 C
    assert not findings_between(r, claim_by_text(r, "d", "-12 C"), claim_by_text(r, "c", "-14 C"))
    assert not findings_between(r, claim_by_text(r, "d", "-7 C"), claim_by_text(r, "a", "-9 C"))
