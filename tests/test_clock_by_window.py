"""Without a parse, a time of day still says what it times (tests/articles/anydomain/aterizare-ora):
"Aterizarea de urgență a avut loc la ora 14 și 20 de minute" tells of the landing (the noun its
"de" complement follows, as the parse's subject is: extract/windowed.happening_from_window), and
"Avionul a aterizat în siguranță la ora 14:10" of the same landing, by a verb no table knows
(the participle after the auxiliary: windowed._participle_before). The two times conflict in both
model modes."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, moded_case_report, severities_between

landing = moded_case_report(ARTICLES / "anydomain" / "aterizare-ora", name="landing")


def test_two_times_of_one_landing_conflict(landing):
    model, r = landing
    a, b = claim_by_text(r, "a", "ora 14 și 20 de minute"), claim_by_text(r, "b", "ora 14:10")
    if model == "blank":
        assert a.frame.get("happening") == "ateriz"
        assert b.frame.get("predicate") == "aterizat"
    assert severities_between(r, a, b) == ["error"]
