"""Without the model, the nearest capitalised word before a figure is taken for whose figure it
is ("George Simion (AUR): 3.862.761 de voturi"). A list item's first word behind its dash ("-
Rata anuală a inflației … a fost 5,5%") opens a sentence as much as any first word, and a
function word capitalised after a quotation mark ("„În total, 21 de produse …") names no one.
Article written for this test (tests/articles/anydomain/liniuta)."""

from __future__ import annotations

from conftest import ARTICLES, analyse_case, claim_by_text


def test_a_list_dash_and_a_capitalised_function_word_name_no_owner():
    r = analyse_case(ARTICLES / "anydomain" / "liniuta", "blank")
    for text in ("5,5%", "100,55%", "21 de produse", "peste 10%"):
        c = claim_by_text(r, "a", text, kind="quantity")
        assert c.frame.get("owner") is None, (text, c.frame.get("owner"))
