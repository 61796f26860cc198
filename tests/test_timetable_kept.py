"""A time of day said as a plan for the day it came ("Astăzi, trenul istoric va ajunge … la ora
10.30") is the timetable, not when the train came ("a intrat în gara din Sinaia la ora 11 și 15
minute"): the plan's day came, its hour need not have, so the two are no conflict
(reconcile/matching._event: `plan_came` and `still_running` are not read for times of day). Both
model modes. Case: tests/articles/anydomain/tren-intarziat."""

from __future__ import annotations

from conftest import ARTICLES, case_report, claim_by_text, findings_between

train = case_report(ARTICLES / "anydomain" / "tren-intarziat", name="train")


def test_a_timetable_is_not_the_arrival(train):
    planned = claim_by_text(train, "a", "ora 10.30")
    came = claim_by_text(train, "b", "ora 11 și 15 minute")
    assert planned.frame.get("mood") == "planned" and not came.frame.get("mood")
    assert findings_between(train, planned, came) == []
