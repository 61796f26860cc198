"""The one establishment an article tells of is the scene of its counts that name no place
(extract/coordinated.mark_scene): "opt pacienți au decedat", in an article about a fire "la
Spitalul Județean din Vaslui", meets another outlet's count "la Spitalul Județean de Urgență
Vaslui" as a conflict; an article that names two hospitals has no one scene, and its unplaced
count never meets a hospital's. A source before a colon and a quotation ("Comunicat al
Spitalului Județean Vaslui: „…") is no list item's label, and a clause after "!" is not labelled
by the words before it (extract/givenfor). On articles written for these tests
(tests/articles/anydomain/scena-spital), in both model modes."""

from __future__ import annotations

from conftest import ARTICLES, case_report, claim_by_text, findings_between

r = case_report(ARTICLES / "anydomain" / "scena-spital", "r")


def test_no_label_from_a_source_or_an_earlier_sentence(r):
    assert not claim_by_text(r, "a", "cinci", kind="quantity").frame.get("label")
    assert not claim_by_text(r, "b", "opt pacienți", kind="quantity").frame.get("label")


def test_an_unplaced_count_is_its_articles_one_scene(r):
    site, scened = claim_by_text(r, "a", "cinci", kind="quantity"), claim_by_text(r, "b", "opt pacienți", kind="quantity")
    assert site.frame["place"].startswith("Spital") and scened.frame["scene"].startswith("Spitalul")
    assert [f.rule for f in findings_between(r, site, scened)] == ["quantity-conflict"]


def test_two_hospitals_make_no_scene(r):
    two = claim_by_text(r, "c", "șapte pacienți", kind="quantity")
    assert not two.frame.get("scene") and not two.frame.get("place")
    assert findings_between(r, claim_by_text(r, "a", "cinci", kind="quantity"), two) == []
