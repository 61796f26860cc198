"""Date claims end to end: resolved against each article's own date, then reconciled."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck.api import RunSettings, analyse

from conftest import ARTICLES, claim_by_text, findings_between

DATES = ARTICLES / "dates"

pytestmark = pytest.mark.model  # every test here runs the default model, ro_legal_fl


def test_relative_and_absolute_dates_of_one_treaty():
    rep = analyse([DATES / "a.txt", DATES / "b.txt", DATES / "c.txt"], RunSettings())
    last_year = claim_by_text(rep, "a", "Anul trecut", "date")
    in_2023 = claim_by_text(rep, "b", "2023", "date")
    june = claim_by_text(rep, "c", "iunie 2024", "date")
    assert (last_year.value.low, last_year.value.high) == (date(2024, 1, 1), date(2024, 12, 31))
    assert june.value.low == date(2024, 6, 1) and last_year.concept == in_2023.concept == june.concept == "treaty"
    # 2023 is disjoint from both; "anul trecut" (2024) and June 2024 agree.
    for other in (last_year, june):
        [f] = findings_between(rep, in_2023, other)
        assert (f.rule, f.severity) == ("date-conflict", "error")
    assert not findings_between(rep, last_year, june)


def test_an_undated_article_never_conflicts(tmp_path):
    rep = analyse([DATES / "b.txt", DATES / "undated.txt"], RunSettings())
    unresolved = claim_by_text(rep, "undated", "anul trecut", "date")
    assert unresolved.value.low is None and unresolved.frame.get("resolved") is False
    assert not [f for f in rep.findings if unresolved.id in f.claims]
    assert [p.level for p in rep.problems] == ["warning"]


def test_a_figure_takes_the_date_nearest_to_it(tmp_path):
    p = tmp_path / "rezultate.txt"
    p.write_text(" date 2025-03-28 Rezultate anuale\n\nFirma a obținut anul trecut venituri de 1,2 miliarde de lei, "
                 "față de 1,04 miliarde de lei în 2023.\n", encoding="utf-8")
    rep = analyse([p], RunSettings())
    this_year = claim_by_text(rep, "rezultate", "1,2 miliarde", "quantity")
    last_year = claim_by_text(rep, "rezultate", "1,04 miliarde", "quantity")
    assert this_year.frame["time"]["low"] == "2024-01-01"
    assert last_year.frame["time"]["low"] == "2023-01-01" and last_year.frame["time_text"].endswith("2023")
