"""A kind of a noun that an article gives a figure of its own.

"Pensiile vor crește cu 12,5% … Pensiile militare vor fi majorate cu 5%": the article itself sets
the military pensions apart from pensions, so "militare" names a kind, not pensions said more
fully (reconcile/marks.mark_contrasts, read by matching). Before, one modifier more was always
the same thing, and another article's "Pensiile militare vor crește cu 5%" was a false error
against "Pensiile vor crește cu 12,5%". A modifier that says how, not which ("total", "medie":
rules/frames.yml weak_heads), or a narrower count that is a part ("75 de absolvenți de gimnaziu"
among 152.233), sets nothing apart. Two reports of all pensions still meet (12,5% said as 13%).
Case: tests/articles/anydomain/pensii-categorii (articles of our own)."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

pensions = moded_case_report(ARTICLES / "anydomain" / "pensii-categorii", "pensions")


def _pct(r, article, text):
    [c] = [c for c in r.claims if c.article == article and c.text == text]
    return c


def test_a_kind_set_apart_is_never_paired_with_the_whole(pensions):
    _, r = pensions
    all_a, military_b = _pct(r, "a", "12,5%"), _pct(r, "b", "5%")
    assert "milit" in (military_b.frame.get("contrasted") or [])
    assert findings_between(r, all_a, military_b) == []
    assert findings_between(r, military_b, _pct(r, "c", "13%")) == []


def test_the_same_kind_still_meets(pensions):
    _, r = pensions
    [f] = findings_between(r, _pct(r, "a", "12,5%"), _pct(r, "c", "13%"))
    assert f.rule == "quantity-imprecise"
    # the two military figures agree: no finding either way
    assert findings_between(r, _pct(r, "a", "5%"), _pct(r, "b", "5%")) == []
