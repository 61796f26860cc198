"""Each article's first happening told by its noun is its story's, whatever noun it takes
("Un accident grav s-a produs în jurul orei 05:00" and "Nenorocirea a avut loc în jurul orei
06.15"): their times of day are one fact (reconcile/happenings.told_by_noun). A later step of the
story ("Traficul a fost reluat la ora 09:30") stays another happening, and so does a live
report's label ("Ora 05.40: Declarații ale polițiștilor"), which no happening opens.
Case: tests/articles/anydomain/ora-intamplarii."""

from __future__ import annotations

from conftest import ARTICLES, case_report, claim_by_text, findings_between, severities_between

report = case_report(ARTICLES / "anydomain" / "ora-intamplarii")


def test_two_nouns_of_the_story_time_one_happening(report):
    a = claim_by_text(report, "a", "05:00")
    b = claim_by_text(report, "b", "06.15")
    assert severities_between(report, a, b) == ["error"]


def test_a_later_step_is_not_the_happening(report):
    a = claim_by_text(report, "a", "05:00")
    for text in ("10.00",):
        assert findings_between(report, a, claim_by_text(report, "b", text)) == []
    assert findings_between(report, claim_by_text(report, "a", "09:30"), claim_by_text(report, "b", "06.15")) == []


def test_a_live_reports_label_is_no_happening(report):
    a = claim_by_text(report, "a", "05:00")
    assert findings_between(report, a, claim_by_text(report, "b", "05.40")) == []
