"""Hundredths and thousandths of a second, and the gap between two swimmers, on articles written
for this test (tests/articles/anydomain/inot): "două sutimi" is 0.02 s and "2 milisecunde" 0.002
s, a gap ("la două sutimi în spatele", "mai rapid cu două sutimi decât") is no one's race time,
so the runner-up's time given wrongly by one outlet still conflicts with the other's."""

from __future__ import annotations

from conftest import ARTICLES, case_report, claim_by_text, findings_between

CASE = ARTICLES / "anydomain" / "inot"
report = case_report(CASE)


def test_fractions_of_a_second_are_durations(report):
    hundredths = claim_by_text(report, "b", "două sutimi")
    thousandths = claim_by_text(report, "c", "2 milisecunde")
    assert (hundredths.value.unit, hundredths.value.low) == ("s", 0.02)
    assert (thousandths.value.unit, thousandths.value.low) == ("s", 0.002)


def test_a_gap_is_no_ones_time_and_the_runner_ups_times_conflict(report):
    gap = claim_by_text(report, "b", "două sutimi")
    assert not gap.frame.get("timed")
    told, wrong = claim_by_text(report, "a", "74/100"), claim_by_text(report, "b", "1:44:72")
    [f] = findings_between(report, told, wrong)
    assert (f.rule, f.severity) == ("quantity-conflict", "error")
    # the message shows the hundredths that differ, not two equal rounded minutes
    assert "1 min 44.74 s" in f.message and "1 min 44.72 s" in f.message
