"""A noun after "cu" right after a measure says what it is an amount of ("54.129 hectare cu
floarea soarelui"), so each crop's area in a list is its own, never the first crop's
(extract/neighbours.noun_with, rules/frames.yml measure_content_links).
Case: tests/articles/anydomain/suprafete-culturi."""

from __future__ import annotations

from conftest import ARTICLES, case_report, claim_by_text, findings_between, severities_between

report = case_report(ARTICLES / "anydomain" / "suprafete-culturi")


def test_each_crop_names_its_area(report):
    assert claim_by_text(report, "a", "54.129 hectare", "quantity").frame.get("subject") == ["floar"]
    assert claim_by_text(report, "a", "33.316 hectare", "quantity").frame.get("subject") == ["orz"]


def test_one_crops_area_is_not_anothers(report):
    sunflower = claim_by_text(report, "a", "54.129 hectare", "quantity")
    assert findings_between(report, sunflower, claim_by_text(report, "b", "112.542", "quantity")) == []
    assert severities_between(report, sunflower, claim_by_text(report, "b", "58.000", "quantity")) == ["error"]
