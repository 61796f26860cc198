"""A toll of one said with the article-like "un"/"o" ("Un miner a fost găsit mort") is a count of
one where its verb tells a toll (extract/singles.py, read after every real figure), and nothing
where it does not ("Un salvator a declarat") nor in an apposition ("Victima, un bărbat de 43 de
ani, …"). A toll on one side only is no one's figure alike, though both name one owner
(matching._event). Case: tests/articles/anydomain/un-miner."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "un-miner")


def test_one_found_dead_is_a_toll_of_one(moded):
    _, r = moded
    one = claim_by_text(r, "a", "Un miner", "quantity")
    assert (one.value.low, one.frame.get("event")) == (1, "die")
    [f] = findings_between(r, one, claim_by_text(r, "b", "Doi mineri", "quantity"))
    assert (f.rule, f.severity) == ("quantity-conflict", "error")


def test_an_article_without_a_toll_or_in_an_apposition_counts_no_one(moded):
    _, r = moded
    assert not [c for c in r.claims if c.kind == "quantity" and c.text in ("Un salvator", "un bărbat")]
