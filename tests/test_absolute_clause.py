"""A gerund copula opens an absolute clause of its own: ", ultima lor tabără fiind la 1.600 m"
is the camp's altitude, not the descent's, whatever verb the parse hangs the figure on
(measured.absolute_subject), so it never meets "Coborârea celor 2.200 de metri". "Aproape 14 ore"
against a flat "14 ore" is the same span given less precisely (an imprecise warning, not an
agreement), and a span that lasted "de la ultima tabără" is measured from there, no anniversary
of it. Case: tests/articles/anydomain/tabara-fiind."""

from __future__ import annotations

from conftest import ARTICLES, case_report, claim_by_text, severities_between

camp = case_report(ARTICLES / "anydomain" / "tabara-fiind", name="camp")


def test_the_absolute_clause_names_what_its_figure_measures(camp):
    r = camp
    for art, text in (("a", "1.600 m"), ("b", "1.600 de metri")):
        assert "tabar" in claim_by_text(r, art, text).frame.get("subject", []), art
    assert severities_between(r, claim_by_text(r, "a", "1.600 m"), claim_by_text(r, "c", "2.200 de metri")) == []


def test_almost_a_span_against_the_span_itself_is_imprecise(camp):
    r = camp
    flat = claim_by_text(r, "b", "14 ore")
    assert severities_between(r, claim_by_text(r, "a", "aproape 14 ore"), flat) == ["warning"]
    since = claim_by_text(r, "c", "aproape 14 ore")
    assert since.concept != "anniversary"
    assert severities_between(r, since, flat) == ["warning"]
