"""Two days given as alternatives ("va începe în 10 sau 11 martie") are read as the span of both
(rules/dates.yml span_links): the date is one of them. Read as the second day alone, it was a
conflict with a report of the first ("pe 10 martie"), an outlet accused on a misreading. Years
stay apart ("în 2020 sau 2024" is two years, never the years between: pair_links).
Case: tests/articles/anydomain/zi-sau-zi."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck.reconcile.pairs import verdict_of
from claimcheck.scan.dates import scan_dates
from claimcheck.settings import RunSettings

from conftest import ARTICLES, analyse_case, claim_by_text

REF = date(2026, 2, 12)


def _read(text):
    return [(m.text, m.value.low.isoformat(), m.value.high.isoformat()) for m in scan_dates(text, REF)]


def test_two_days_given_as_alternatives_are_their_span():
    assert _read("în 10 sau 11 martie") == [("în 10 sau 11 martie", "2026-03-10", "2026-03-11")]
    assert _read("pe 3 ori 4 mai 2025") == [("pe 3 ori 4 mai 2025", "2025-05-03", "2025-05-04")]


def test_two_years_given_as_alternatives_stay_two_years():
    assert _read("în 2020 sau 2024") == [("în 2020", "2020-01-01", "2020-12-31"), ("2024", "2024-01-01", "2024-12-31")]


@pytest.mark.parametrize("model", ["ro_legal_fl", "blank"])
def test_a_report_of_one_of_the_two_days_agrees(model):
    r = analyse_case(ARTICLES / "anydomain" / "zi-sau-zi", model)
    a = claim_by_text(r, "a", "10 sau 11 martie")
    b = claim_by_text(r, "b", "pe 10 martie", index=1)  # (the body's, after the title's)
    assert (a.value.low, a.value.high) == (date(2026, 3, 10), date(2026, 3, 11))
    assert verdict_of(a, b, RunSettings(model=model))[0] == "agree"
