"""One counted noun however the model lemmatised it (reconcile/lemmas.unify_lemmas): the model
gives "oaie" for "doar trei oi" but leaves "Două oi" at a sentence's start as written, and the
stems of an irregular plural and its lemma differ ("oi", "oai"). A written noun the model
lemmatised anywhere in the corpus takes that lemma where it stands as written, so the two counts
of rescued sheep meet and conflict. The lemmas are the model's: with the model only. Case:
tests/articles/anydomain/oi-lema."""

from __future__ import annotations

import pytest

from conftest import ARTICLES, analyse_case, claim_by_text, severities_between


@pytest.fixture(scope="module", params=["ro_legal_fl"])
def sheep(request):
    return analyse_case(ARTICLES / "anydomain" / "oi-lema", request.param)


def test_an_unlemmatised_plural_meets_its_lemma(sheep):
    a, b = claim_by_text(sheep, "a", "Două oi"), claim_by_text(sheep, "b", "trei oi")
    assert severities_between(sheep, a, b) == ["error"]
