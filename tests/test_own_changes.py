"""One article's two figures of one kind are an update only where it marks a change of one figure;
on articles written for these tests (tests/articles/anydomain/doua-cresteri): a rise "acum" and
the total rise over a year and a half are two rises, and two wrestlers' weight categories in
brackets after their names are each one's. Both model modes, through the CLI's flow."""

from __future__ import annotations

import pytest

from conftest import ARTICLES, case_report, claim_by_text

CASE = ARTICLES / "anydomain" / "doua-cresteri"
report = case_report(CASE)


def test_two_rises_told_apart_are_no_update(report):
    now, total = claim_by_text(report, "a", "1 leu"), claim_by_text(report, "a", "4 lei")
    assert now.frame["role"] == total.frame["role"] == "change"
    assert now.frame.get("modifiers") == ["Acum"]  # what made them an update before
    assert not [f for f in report.findings if {now.id, total.id} <= set(f.claims)]


@pytest.mark.model
def test_a_figure_in_brackets_after_a_name_is_that_persons(nlp_full):
    from claimcheck.extract import extract_claims
    from claimcheck.nlp.pipeline import parse_texts
    from claimcheck.read.corpus import article_from_bytes

    path = CASE / "b.txt"
    article, _ = article_from_bytes(str(path), "b", path.read_bytes(), page=False)
    doc = next(parse_texts(nlp_full, [(article.text_to_parse, article.date)]))
    light, heavy = [c for c in extract_claims(doc, article) if c.text.endswith("kg")]
    assert (light.frame.get("owner"), heavy.frame.get("owner")) == ("muresan", "vlad")
    # the clause's "deja" is read beside the nearer figure only: it marks no change between them
    from claimcheck.reconcile.changes import marks_change

    assert heavy.frame.get("modifiers") == ["deja"] and not light.frame.get("modifiers")
    assert light.sentence == heavy.sentence and light.frame["predicate"] == heavy.frame["predicate"]
    assert not marks_change(light, heavy)


@pytest.mark.model
def test_a_name_a_race_is_for_is_not_the_one_ranked_with_the_figure(nlp_full):
    from claimcheck.extract import extract_claims
    from claimcheck.nlp.pipeline import parse_texts
    from claimcheck.read.corpus import article_from_bytes

    text = ("date 2025-05-05 Alegeri locale\n\nIon Pop se află pe primul loc în cursa pentru Primăria Clujului, "
            "cu peste 30.000 de voturi. Clasamentul pe medalii este condus de China, urmată de Franța cu 30 de medalii.")
    article, _ = article_from_bytes("a.txt", "a", text.encode(), page=False)
    doc = next(parse_texts(nlp_full, [(article.text_to_parse, article.date)]))
    owners = {c.text: c.frame.get("owner") for c in extract_claims(doc, article) if c.kind == "quantity"}
    # "pentru Primăria Clujului, cu …": what the race is for; "urmată de Franța cu …": France's
    # (and "se află pe primul loc" is Ion Pop's place, scan/numbers/rank.scan_verbal_ranks)
    assert owners == {"peste 30.000 de voturi": "pop", "30 de medalii": "franta", "pe primul loc": "pop"}
