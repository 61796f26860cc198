"""One day said twice ("a aprobat astăzi, 9 februarie") is no second date on the verb: the date is
the approval's own, and another article's "a aprobat pe 13 martie 2024" conflicts with it
(extract/dates.date_claims: only dates of other days mark `another_date`). Case:
tests/articles/anydomain/data-apozitie."""

from __future__ import annotations

import pytest

from conftest import ARTICLES, analyse_case, claim_by_text, severities_between


@pytest.fixture(scope="module", params=["ro_legal_fl"])
def merger(request):
    return analyse_case(ARTICLES / "anydomain" / "data-apozitie", request.param)


def test_a_day_said_twice_dates_its_verb(merger):
    a = claim_by_text(merger, "a", "14 martie", "date")
    b = claim_by_text(merger, "b", "13 martie 2024", "date")
    assert not a.frame.get("another_date")
    assert severities_between(merger, a, b) == ["error"]
