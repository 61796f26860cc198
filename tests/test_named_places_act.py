"""A country or a city the NER names as the subject of a figure's verb is that figure's actor
even when no side table knows it (extract/parsed._named_place): "Spania a primit 231 de puncte"
is Spain's, never the same fact as "Ucraina a primit 631 de puncte", while another article's
"Spania a primit 213 puncte" conflicts with it. The NER reads the names: with the model only.
Case: tests/articles/anydomain/tari-puncte."""

from __future__ import annotations

import pytest

from conftest import ARTICLES, analyse_case, claim_by_text, findings_between, severities_between


@pytest.fixture(scope="module", params=["ro_legal_fl"])
def points(request):
    return analyse_case(ARTICLES / "anydomain" / "tari-puncte", request.param)


def test_two_countries_points_are_two_facts(points):
    spain = claim_by_text(points, "a", "231 de puncte")
    assert spain.frame.get("actor") == "~span"
    assert findings_between(points, spain, claim_by_text(points, "b", "631 de puncte")) == []
    assert severities_between(points, spain, claim_by_text(points, "b", "213 puncte")) == ["error"]
