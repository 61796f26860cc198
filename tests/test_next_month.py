"""A month named without its year is the coming one when its sentence speaks of the future, before
the month or after it ("Din noiembrie, consumatorii vor plăti 1,25 lei/kWh", said on 1 October:
November 2026, not 2025; scan/dates/model.DateContext.future_before), so it meets "de la 1
noiembrie" of another outlet. Both model modes. Case: tests/articles/anydomain/luna-viitoare."""

from __future__ import annotations

from datetime import date

from conftest import ARTICLES, claim_by_text, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "luna-viitoare")


def test_a_month_with_a_future_verb_after_it_is_the_coming_one(moded):
    _, r = moded
    assert claim_by_text(r, "b", "Din noiembrie", kind="date").value.low == date(2026, 11, 1)
    assert claim_by_text(r, "a", "1 noiembrie", kind="date", index=0).value.low == date(2026, 11, 1)

