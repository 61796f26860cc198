"""A figure counted at one establishment is that site's, whatever the establishment is: the
model's NER names it (FACILITY: a palace, a theatre, an opera house, extract/places.site_name),
as the subject of the count's verb or the place of a copular clause ("La Palatul Bánffy au fost
4.210 vizitatori"); without the model, a level word of rules/frames.yml (site) opening the
sentence does. One site's visitors are not another outlet's count for the whole event.
Case: tests/articles/anydomain/vizitatori-locuri."""

from __future__ import annotations

from conftest import ARTICLES, case_report, claim_by_text, findings_between

report = case_report(ARTICLES / "anydomain" / "vizitatori-locuri")


def test_a_fronted_establishment_is_the_sites_place(report):
    c = claim_by_text(report, "a", "4.210 vizitatori")
    assert (c.frame.get("place"), c.frame.get("place_level")) == ("Palatul Bánffy", "site")


def test_the_establishment_a_sentence_opens_with_is_its_figures_place(report):
    c = claim_by_text(report, "a", "1.300 de vizitatori")
    assert c.frame.get("place", "").startswith("Teatrul Maghiar") and c.frame.get("place_level") == "site"


def test_one_sites_count_is_not_the_events_whole(report):
    whole = claim_by_text(report, "b", "3.150 de vizitatori")
    for site in ("4.210 vizitatori", "1.300 de vizitatori"):
        assert findings_between(report, claim_by_text(report, "a", site), whole) == []
