"""A sentence with no verb, a headline's ("Cutremur de 5,1 grade pe scara Richter, la ora 3.38,
în zona seismică Vrancea"), tells the happening its head noun names: its time of day meets
another outlet's "Un cutremur … s-a produs la ora 03:41" (extract/frames._verbless_head).
Without a parse the words the two sentences share already tell it.
Case: tests/articles/anydomain/ora-fara-verb."""

from __future__ import annotations

from conftest import ARTICLES, case_report, claim_by_text, severities_between

report = case_report(ARTICLES / "anydomain" / "ora-fara-verb")


def test_two_times_of_one_earthquake_conflict(report):
    a = claim_by_text(report, "a", "3.38", index=1)  # (the body's; the title says it too)
    b = claim_by_text(report, "b", "03:41")
    assert severities_between(report, a, b) == ["error"]
