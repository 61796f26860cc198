"""A night is told by the two days it spans: "în noaptea de 7 spre 8 septembrie 2019", "în noaptea
de vineri spre sâmbătă" (rules/dates.yml: "spre" links one span, only after "de"). Read as two
dates, or as a number 7 and a date 8 September, a report of either day looked like another date of
the happening, and the "7" was a count of nothing. Two named days of one span are read so that the
span starts before it ends: in a Tuesday's article, the Friday and Saturday of "noaptea de vineri
spre sâmbătă" are the last ones, though the nearest Friday is ahead (scan/dates/scan._join).
Case: tests/articles/anydomain/noaptea."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck.reconcile.pairs import verdict_of
from claimcheck.scan.dates import scan_dates
from claimcheck.scan.numbers import scan
from claimcheck.settings import RunSettings

from conftest import ARTICLES, analyse_case, claim_by_text

TUESDAY = date(2019, 9, 10)


def _read(text, ref=TUESDAY):
    return [(m.text, m.value.low.isoformat(), m.value.high.isoformat()) for m in scan_dates(text, ref)]


def test_a_night_between_two_day_numbers_is_one_span_and_no_count():
    text = "În noaptea de 7 spre 8 septembrie 2019, un tânăr a lovit mortal un bărbat."
    assert _read(text) == [("de 7 spre 8 septembrie 2019", "2019-09-07", "2019-09-08")]
    dated = [(m.start, m.end) for m in scan_dates(text, TUESDAY)]
    assert not [m.text for m in scan(text) if not any(s <= m.start < e for s, e in dated) and m.value.low == 7]


def test_a_night_between_two_named_days_starts_before_it_ends():
    assert _read("în noaptea de vineri spre sâmbătă") == [("de vineri spre sâmbătă", "2019-09-06", "2019-09-07")]
    assert _read("în noaptea de vineri spre sâmbătă", date(2019, 9, 12)) == \
        [("de vineri spre sâmbătă", "2019-09-13", "2019-09-14")]
    assert _read("de vineri până duminică") == [("de vineri până duminică", "2019-09-06", "2019-09-08")]


def test_spre_links_dates_only_after_de():
    assert _read("s-a îndreptat spre 8 septembrie") == [("8 septembrie", "2019-09-08", "2019-09-08")]


@pytest.mark.parametrize("model", ["ro_legal_fl", "blank"])
def test_a_report_of_one_day_of_the_night_agrees(model):
    r = analyse_case(ARTICLES / "anydomain" / "noaptea", model)
    a = claim_by_text(r, "a", "7 spre 8 septembrie 2019")
    b = claim_by_text(r, "b", "8 septembrie 2019")
    assert (a.value.low, a.value.high) == (date(2019, 9, 7), date(2019, 9, 8))
    assert verdict_of(a, b, RunSettings(model=model))[0] == "agree"
    assert not [c for c in r.claims if c.article == "a" and c.kind == "quantity" and c.value.low == 7]
