"""A time of day is read with the words nearest it, but a date's numbers are when, not another
figure: "Un bolid a traversat cerul Moldovei în noaptea de 3 spre 4 martie, in jurul orei 02.00"
times the crossing, whose words ("cerul Moldovei") the other article's "O lumină puternică a fost
observată pe cerul Moldovei … la ora 2.10" shares (extract/frames._nearest_words, `dated`). The
month's name is not among the shared words. Without a parse, the gerund past the comma after the
time ("oferindu-le martorilor") opens a clause of its own and is not what the time is of
(extract/windowed.frame_from_window, rules/frames.yml `gerund_endings`): the two times meet in
both model modes. Case: tests/articles/anydomain/ora-noaptea."""

from __future__ import annotations

import pytest

from conftest import ARTICLES, analyse_case, claim_by_text, severities_between


@pytest.fixture(scope="module", params=["ro_legal_fl"])
def fireball(request):
    return analyse_case(ARTICLES / "anydomain" / "ora-noaptea", request.param)


def test_the_words_before_a_date_still_tell_the_happening(fireball):
    a, b = claim_by_text(fireball, "a", "orei 02.00"), claim_by_text(fireball, "b", "ora 2.10")
    assert {"cer", "moldove"} <= set(a.frame.get("clause") or [])
    assert "mart" not in (a.frame.get("clause") or [])
    assert severities_between(fireball, a, b) == ["warning"]


def test_a_gerund_past_the_comma_is_another_clause():
    r = analyse_case(ARTICLES / "anydomain" / "ora-noaptea", "blank")
    a, b = claim_by_text(r, "a", "orei 02.00"), claim_by_text(r, "b", "ora 2.10")
    assert a.frame.get("event") != "offer"
    assert severities_between(r, a, b) == ["warning"]
