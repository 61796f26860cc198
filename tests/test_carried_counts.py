"""What carries a count holds it, as "un microbuz cu 14 persoane" does (extract/windowed.carrier_of,
rules/frames.yml `loaded_words`, `aboard_words`): "O navă sub pavilion Togo – Sea Star, încărcată cu
9.600 de oi" (with the parse, the noun the loading participle is said of, past the names set after
it) and "La bordul navei erau aproximativ 9.000 de oi" both count the ship's load, so the two meet
(an unknown noun with no event on either side otherwise needs more to be one fact) and 9.000 said
loosely is imprecise. The rescued sheep are another count. Case:
tests/articles/anydomain/nava-incarcata."""

from __future__ import annotations

import pytest

from conftest import ARTICLES, analyse_case, claim_by_text, severities_between


@pytest.fixture(scope="module", params=["ro_legal_fl"])
def ship(request):
    return analyse_case(ARTICLES / "anydomain" / "nava-incarcata", request.param)


def test_a_ships_load_said_two_ways(ship):
    a, b = claim_by_text(ship, "a", "9.000 de oi"), claim_by_text(ship, "b", "9.600 de oi")
    assert a.frame.get("holder") == "nave" and b.frame.get("holder") == "nav"
    assert severities_between(ship, a, b) == ["warning"]
    assert severities_between(ship, a, claim_by_text(ship, "b", "28 de oi")) == []
