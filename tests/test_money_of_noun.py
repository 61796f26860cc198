"""Without a parse an amount after a noun and "de" measures that noun, as the parse's head noun
does: "reeșalonarea, pentru 12 luni, a datoriei de 28 de milioane de lei" and "are o datorie de 35
de milioane de lei" are two debts, which conflict in both modes (extract/frames.build_frame, when
the window before the amount finds no subject; not "sumei", which names no thing: "în schimbul
sumei de 30 de milioane"). Case: tests/articles/anydomain/datorie-de."""

from __future__ import annotations

from conftest import ARTICLES, case_report, claim_by_text, severities_between

debt = case_report(ARTICLES / "anydomain" / "datorie-de", name="debt")


def test_an_amount_measures_the_noun_it_completes(debt):
    a, b = claim_by_text(debt, "a", "28 de milioane de lei"), claim_by_text(debt, "b", "35 de milioane de lei")
    assert a.frame.get("subject") == b.frame.get("subject") == ["dator"]
    assert severities_between(debt, a, b) == ["error"]
