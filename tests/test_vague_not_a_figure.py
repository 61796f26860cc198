"""A vague amount ("Sute de elevi au început cursurile online") is no figure of its own: beside
it, "„Avem 410 elevi”" is still the article's one figure of the pupils, which another outlet's
one figure of them ("Aproximativ 400 de elevi … vor face cursuri online") may state, though the
two verbs differ and no table knows the noun (reconcile/marks.mark_sole, read by
matching's event field). Case: tests/articles/anydomain/sute-si-cifra."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "sute-si-cifra")


def test_one_figure_beside_a_vague_amount_meets_the_other_outlet_s(moded):
    _, r = moded
    [f] = findings_between(r, claim_by_text(r, "a", "410 elevi", "quantity"), claim_by_text(r, "b", "Aproximativ 400 de elevi", "quantity"))
    assert (f.rule, f.severity) == ("quantity-imprecise", "warning")


def test_the_vague_amount_itself_accuses_no_one(moded):
    _, r = moded
    vague = claim_by_text(r, "a", "Sute de elevi")
    assert not [f for f in r.findings if vague.id in f.claims]
