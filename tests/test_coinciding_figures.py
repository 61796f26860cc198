"""A precise figure and another article's rounding of it are one figure, whatever words name it
(reconcile/coincidence.py), on an article pair written for these tests
(tests/articles/anydomain/port): "92.418.306 tone de mărfuri" and "92,4 milioane de tone",
"5,83%" and "aproape 6%", "1.204.577 de pasageri" and "aproape 1,2 milioane de turiști" (people by
two nouns: only the parse says both are persons). Not one figure: "15.605 locuri de cazare" and
"aproximativ 15.500 de turiști" (places are not people), and "aproape 8,1 lei" against two prices,
8,12 and 8,15 lei, crowded within its few percent."""

from __future__ import annotations

import pytest

from conftest import ARTICLES, analyse_case, claim_by_text, findings_between

CASE = ARTICLES / "anydomain" / "port"


@pytest.fixture(scope="module", params=["ro_legal_fl", "blank"])
def report(request):
    return request.param, analyse_case(CASE, request.param)


def _warned(r, a, b) -> list[str]:
    return [f.rule for f in findings_between(r, a, b)]


def test_a_rounding_in_other_words_is_imprecise(report):
    _, r = report
    tons = claim_by_text(r, "a", "92.418.306"), claim_by_text(r, "b", "92,4 milioane")
    growth = claim_by_text(r, "a", "5,83%"), claim_by_text(r, "b", "aproape 6%")
    assert _warned(r, *tons) == ["quantity-imprecise"]
    assert _warned(r, *growth) == ["quantity-imprecise"]


def test_people_named_by_two_nouns_need_the_parse(report):
    model, r = report
    pair = claim_by_text(r, "a", "1.204.577"), claim_by_text(r, "b", "1,2 milioane")
    assert _warned(r, *pair) == (["quantity-imprecise"] if model != "blank" else [])


def test_places_are_not_people_and_crowded_prices_name_none(report):
    _, r = report
    assert not _warned(r, claim_by_text(r, "a", "15.605"), claim_by_text(r, "b", "15.500"))
    loose = claim_by_text(r, "b", "aproape 8,1 lei")
    for price in ("8,12 lei", "8,15 lei"):
        assert not _warned(r, claim_by_text(r, "a", price), loose)


@pytest.mark.model
def test_every_outlet_that_gives_the_precise_figure_is_named():
    # tests/articles/anydomain/rotunjire-repetata: five outlets give "493.700 de persoane" in their
    # title and their body, the sixth rounds it ("Aproape 494.000 de oameni") and gives it too; the
    # nearest figures to a rounding are taken one per outlet, passing over its own article's, so
    # that no outlet is left out of the finding (people by two nouns: only the parse says both
    # are persons, hence the model)
    r = analyse_case(ARTICLES / "anydomain" / "rotunjire-repetata", "ro_legal_fl")
    by_id = {c.id: c for c in r.claims}
    found = [f for f in r.findings if f.rule == "quantity-imprecise"]
    assert len(found) == 1
    assert {by_id[i].article for i in found[0].claims} == {"a", "b", "c", "d", "e", "l"}


@pytest.mark.model
def test_both_sayings_of_an_outlets_figure_are_looked_at():
    # tests/articles/anydomain/rotunjire-titlu: an outlet gives "134 de persoane" in its title and,
    # with a county named, in its body; another rounds it, naming no place. The body's saying is
    # set apart by its place level, the title's is the one the rounding names: both are looked at
    r = analyse_case(ARTICLES / "anydomain" / "rotunjire-titlu", "ro_legal_fl")
    title, loose = claim_by_text(r, "a", "134 de persoane", index=0), claim_by_text(r, "b", "peste 130")
    assert title.line == 1 and not title.frame.get("place")
    assert [f.rule for f in findings_between(r, title, loose)] == ["quantity-imprecise"]


@pytest.mark.parametrize("model", [pytest.param("ro_legal_fl", marks=pytest.mark.model), "blank"])
def test_a_figure_cut_to_its_last_digit_in_other_words_is_imprecise(model):
    # tests/articles/anydomain/trunchiere: "un profit net de 4.587.341.226 lei" and "un câștig de
    # 4,58 miliarde de lei" (cut, not rounded: 4,59 would be the rounding) name one figure in two
    # words, as a rounding in other words does
    r = analyse_case(ARTICLES / "anydomain" / "trunchiere", model)
    exact, cut = claim_by_text(r, "a", "4.587.341.226"), claim_by_text(r, "b", "4,58 miliarde", index=1)
    assert [f.rule for f in findings_between(r, exact, cut)] == ["quantity-imprecise"]
