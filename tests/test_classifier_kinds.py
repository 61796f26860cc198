"""Pieces counted by a classifier noun are of the kind its words name (tests/articles/anydomain/
exemplare-lupi): "3.100 de exemplare de lup cenușiu" counts wolves (the noun after "de"), and so
does "Populația de lupi … este de aproximativ 2.500 de indivizi" (a copular count is of its
subject's kind), so the two meet as one count of wolves (extract/parsed.py, frames.yml
`classifier_nouns`). Without a parse the second names no kind: "indivizi" stays its own noun."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report, severities_between
from claimcheck.reconcile.matching import concept_key

wolves = moded_case_report(ARTICLES / "anydomain" / "exemplare-lupi", name="wolves")


def test_pieces_are_of_the_kind_named(wolves):
    model, r = wolves
    specimens, individuals = claim_by_text(r, "a", "3.100 de exemplare"), claim_by_text(r, "b", "2.500 de indivizi")
    assert concept_key(specimens) == "~lup"
    assert "exemplar" not in (specimens.frame.get("subject") or [])
    if model == "blank":
        assert concept_key(individuals) != "~lup" and findings_between(r, specimens, individuals) == []
        return
    assert concept_key(individuals) == "~lup"
    assert severities_between(r, specimens, individuals) == ["error"]
