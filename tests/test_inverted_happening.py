"""A reflexive verb of happening takes no object: the noun the parse hangs on it as one is its
inverted subject, what happened ("unde se va desfășura, cu începere de la ora 11:15, ceremonia de
inaugurare"; extract/parsed.happening_of). So the time is the ceremony's, as "La ora 11.30, va
avea loc ceremonia" says, and the two times conflict. Without a parse the window does not reach
the noun after the verb. Case: tests/articles/anydomain/slujba-inversa."""

from __future__ import annotations

import pytest

from conftest import ARTICLES, analyse_case, claim_by_text, severities_between


@pytest.fixture(scope="module", params=["ro_legal_fl"])
def opening(request):
    return analyse_case(ARTICLES / "anydomain" / "slujba-inversa", request.param)


def test_the_inverted_noun_is_what_happened(opening):
    a, b = claim_by_text(opening, "a", "ora 11.30"), claim_by_text(opening, "b", "ora 11:15")
    assert a.frame.get("happening") == b.frame.get("happening") == "ceremon"
    assert severities_between(opening, a, b) == ["error"]
