"""Rain measured per square metre, and a measure said to the unit.

- "63 de litri pe metru pătrat" and "58 l/mp" are one unit (rules/units.yml `l/m²`), and the
  unit names what is measured whatever the verb ("s-au acumulat 58 l/mp"): rules/concepts.yml
  `units` gives the concept rainfall, so the two reports of one town's day of rain conflict.
- "63 de litri" against "63,4 litri" of the same rain is the same figure rounded to the unit
  (reconcile/coincidence.said_to_unit): imprecise, never a conflict. Counts have no decimals to
  round; and a figure of a later day is a later state, not a rounding (pairs.verdict_of).
- "sunt așteptate cantități de apă de 80-100 de litri" is a forecast, never the rain measured.
Case: tests/articles/anydomain/ploi-lmp."""

from __future__ import annotations

from claimcheck.model import Claim, Value
from claimcheck.reconcile.pairs import later, verdict_of
from claimcheck.settings import RunSettings

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

rain = moded_case_report(ARTICLES / "anydomain" / "ploi-lmp", "rain")


def test_litres_per_square_metre_is_one_unit_and_names_rain(rain):
    _, r = rain
    a, b = claim_by_text(r, "a", "63 de litri"), claim_by_text(r, "b", "58 l/mp")
    assert a.value.unit == b.value.unit == "l/m²"
    assert b.concept == "rainfall"


def test_two_reports_of_one_days_rain_conflict(rain):
    _, r = rain
    b, c = claim_by_text(r, "b", "58 l/mp"), claim_by_text(r, "c", "63,4 litri")
    [f] = findings_between(r, b, c)
    assert (f.rule, f.severity) == ("quantity-conflict", "error")
    [g] = findings_between(r, claim_by_text(r, "a", "63 de litri"), b)
    assert g.rule == "quantity-conflict"


def test_a_forecast_is_no_measured_rain(rain):
    # "unde sunt așteptate cantități de apă de 80-100 de litri": the figure describes the noun
    # before "de", yet the verb before it still says it did not happen, in both modes
    # (extract/windowed.frame_from_window keeps a modal event), so it meets no measured rain
    _, r = rain
    forecast = claim_by_text(r, "a", "80-100")
    assert forecast.frame["event"] == "forecast"
    assert not [f for f in r.findings if forecast.id in f.claims]


def test_a_measure_to_the_unit_is_imprecise_not_a_conflict(rain):
    _, r = rain
    a, c = claim_by_text(r, "a", "63 de litri"), claim_by_text(r, "c", "63,4 litri")
    [f] = findings_between(r, a, c)
    assert (f.rule, f.severity) == ("quantity-imprecise", "warning")
    assert "rounded to the unit" in f.message


def _lei(x, text, day, **frame):
    return Claim(text, text, "quantity", text, 0, len(text), 1, 1, value=Value(x, x, "RON", "exact"),
                 frame={"quantity": "money", "role": "level", "article_date": day, **frame})


def test_a_later_days_price_is_no_rounding_of_an_earlier_one():
    april = _lei(25.5, "25,5 lei", "2026-04-02", time_text="Începând cu 8 aprilie",
                 time={"low": "2026-04-08", "high": "2026-04-08", "unit": "date", "qualifier": "exact"})
    september, next_day = _lei(26, "26 de lei", "2026-09-10", present=True), _lei(26, "26 de lei", "2026-04-03", present=True)
    s = RunSettings(model="blank")
    # the price months later is a later state (quantity-later), which a rounding would hide
    assert later([april], [september]) and verdict_of(april, september, s)[0] == "conflict"
    assert verdict_of(april, next_day, s)[0] == "imprecise"
