"""Figures given to a digit: a marathon's time to the minute, a pass rate to one decimal.

- "2 ore și 14 minute" is given to the minute: it stands for every time that rounds to it, so the
  winner's "2h 13min 37sec" (or "două ore, 13 minute și 37 de secunde") in another report is the
  same time said less precisely (a warning), not a false time (an error, as before). A time in
  whole hours ("două ore") is a round figure and gets no such margin.
- "86,4%" and "86,5%", both to one decimal, are two figures: their roundings only touch at
  86,45, which made them "overlapping, at different precision" before; now a conflict.
- "a crescut de la +0,5% la +0,6%": a signed reached value still tells the change in one breath,
  so the article's own two figures are no update of each other.
- "a fost de 86,4% după contestații": the parse hangs the figure on the noun after "după"; a noun
  after the figure joined by such a preposition says when, not what is measured.
Cases: tests/articles/anydomain/maraton-timp, promovare-zecimale (articles of our own)."""

from __future__ import annotations

import pytest

from claimcheck.reconcile.verdicts import CONFLICT, IMPRECISE, compare, human_seconds
from claimcheck.scan.numbers import scan

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

race = moded_case_report(ARTICLES / "anydomain" / "maraton-timp", "race")
rate = moded_case_report(ARTICLES / "anydomain" / "promovare-zecimale", "rate")


@pytest.mark.parametrize("text, seconds, step", [
    ("cronometrat cu 2h 13min 37sec.", 8017, 1.0),
    ("cu un timp de 2 ore și 14 minute.", 8040, 60.0),
    ("în două ore, 13 minute şi 37 de secunde.", 8017, 1.0),
])
def test_a_compound_time_is_given_to_its_smallest_unit(text, seconds, step):
    [m] = scan(text)
    assert (m.kind, m.value.low, m.attrs.get("step")) == ("duration", seconds, step)


@pytest.mark.parametrize("text", ["a durat două ore și jumătate.", "a durat 2 ore.", "o oră și un sfert"])
def test_whole_hours_and_halves_are_round_figures(text):
    [m] = scan(text)
    assert "step" not in m.attrs


def test_same_digit_figures_conflict_and_finer_ones_round():
    a, b, fine = scan("86,4%")[0], scan("86,5%")[0], scan("86,45%")[0]
    assert compare(a.value, b.value, a_step=a.attrs["step"], b_step=b.attrs["step"])[0] == CONFLICT
    assert compare(fine.value, b.value, a_step=fine.attrs["step"], b_step=b.attrs["step"])[0] == IMPRECISE


def test_hours_are_shown_to_the_second():
    assert human_seconds(8017) == "2 h 13 min 37 s"
    assert human_seconds(4 * 365 * 86400 + 182 * 86400 + 3600) == "4 y 182 d"


def test_a_time_to_the_minute_is_the_precise_time_rounded(race):
    model, r = race
    a, b = claim_by_text(r, "a", "2h 13min 37sec"), claim_by_text(r, "b", "2 ore și 14 minute")
    [f] = findings_between(r, a, b)
    assert (f.rule, f.severity) == ("quantity-imprecise", "warning")
    c = claim_by_text(r, "c", "două ore, 13 minute și 37 de secunde")
    if model == "ro_legal_fl":
        [f] = findings_between(r, b, c)
        assert (f.rule, f.severity) == ("quantity-imprecise", "warning")
    assert not [f for f in r.findings if f.severity == "error" and {a.id, b.id, c.id} & set(f.claims)]


def test_two_rates_to_one_decimal_conflict(rate):
    model, r = rate
    a, c = claim_by_text(r, "a", "86,4%", kind="quantity"), claim_by_text(r, "c", "86,5%")
    [f] = findings_between(r, a, c)
    assert (f.rule, f.severity) == ("quantity-conflict", "error")
    if model == "ro_legal_fl":
        assert a.frame["subject"][0] == "rat"  # (not "contestații", after "după")
        assert findings_between(r, a, claim_by_text(r, "b", "86,5%"))


def test_a_signed_change_told_in_one_breath_is_no_update(rate):
    _, r = rate
    assert claim_by_text(r, "b", "0,5%").frame.get("previous")
    assert not [f for f in r.findings if f.rule == "quantity-update"]
