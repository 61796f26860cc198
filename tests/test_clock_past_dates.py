"""A time of day is read with the words nearest it, but a date's numbers are when, not another
figure: "Un bolid a traversat cerul Moldovei în noaptea de 3 spre 4 martie, in jurul orei 02.00"
times the crossing, whose words ("cerul Moldovei") the other article's "O lumină puternică a fost
observată pe cerul Moldovei … la ora 2.10" shares (extract/frames._nearest_words, `dated`). The
month's name is not among the shared words. Case: tests/articles/anydomain/ora-noaptea."""

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
