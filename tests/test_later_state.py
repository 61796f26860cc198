"""A figure given as of a day after another report was published (timing.later_state) is the
state of a later day: "în data de 25.09.2026 mai sunt active 15 focare" against an August
report's undated "aproape 40 de focare" is a quantity-later warning, not an error; a total of a
past year ("în anul 2025 au fost înregistrate 90 de focare") is another time's fact, never
compared (tests/articles/anydomain/stare-ulterioara). Without the model the window takes
"România" for the owner of the later count, so nothing is compared there."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report


moded = moded_case_report(ARTICLES / "anydomain" / "stare-ulterioara")


def test_a_later_days_state_is_a_warning(moded):
    mode, r = moded
    early, late = claim_by_text(r, "a", "40 de focare", index=1), claim_by_text(r, "b", "15 focare")
    assert late.frame["time"]["low"] == "2026-09-25"
    if mode == "ro_legal_fl":
        [f] = findings_between(r, early, late)
        assert (f.rule, f.severity) == ("quantity-later", "warning")
    for c in (early, late):
        assert findings_between(r, c, claim_by_text(r, "c", "90 de focare")) == []
    assert not [f for f in r.findings if f.severity == "error"]


def test_a_time_that_names_no_calendar_day_is_no_later_state(moded):
    """A clock time in the later claim's time field ("09:00") is no day: the question is False,
    where reading it as a date raised before."""
    import dataclasses

    from claimcheck.reconcile.timing import later_state

    _, r = moded
    early, late = claim_by_text(r, "a", "40 de focare", index=1), claim_by_text(r, "b", "15 focare")
    odd = dataclasses.replace(late, frame={**late.frame, "time": {"low": "09:00", "high": "09:30", "unit": "date"}})
    assert later_state(early, odd) is False
