"""A growth is told with other words of change: "o creștere de 1,4%" and "în urcare cu 1,6%" measure
the same growth of the same thing (rules/concepts.yml growth context,
rules/frames.yml change_nouns: the change word is no part of what grew), and a compound word of
what grew ("Motorizările full-hybrid") names a kind of its own (extract/frames._actor_stems). With
the parse; without it the subject of "a fost în urcare" is not read, and nothing is compared. Case:
tests/articles/anydomain/crestere-sinonime."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "crestere-sinonime")


def test_a_rise_told_by_another_word_is_the_same_growth(moded):
    model, r = moded
    rise = claim_by_text(r, "b", "1,6%", "quantity")
    assert rise.frame.get("role") == "change"
    if model == "blank":
        assert findings_between(r, claim_by_text(r, "a", "1,4%", "quantity"), rise) == []
        return
    assert rise.concept == "growth" and rise.frame.get("subject") == ["produs", "intern", "brut"]
    assert [f.severity for f in findings_between(r, claim_by_text(r, "a", "1,4%", "quantity"), rise)] == ["error"]
    assert findings_between(r, claim_by_text(r, "a", "1,4%", "quantity"), claim_by_text(r, "c", "1,4%", "quantity")) == []


def test_the_gross_domestic_product_is_no_gross_pay(moded):
    # ("Produsul intern brut a fost în urcare cu 1,6%": "brut" says gross of pay, not of a growth)
    _, r = moded
    assert not claim_by_text(r, "b", "1,6%", "quantity").frame.get("per")


def test_a_compound_word_names_a_kind_of_its_own(moded):
    # "Motorizările full-hybrid … după un avans de 48%" grew, not the cars on petrol
    _, r = moded
    assert findings_between(r, claim_by_text(r, "a", "19%", "quantity"), claim_by_text(r, "b", "48%", "quantity")) == []
