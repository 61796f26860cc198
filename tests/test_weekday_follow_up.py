"""A weekday read after its article's date times no happening told as done: a follow-up of 1 May
that says the children "au murit … în noaptea de duminică spre luni" is read by the weekday rule as
the coming 3-4 May, which no reader means; against the first report's 11-12 January it made a
false date-conflict. Weekdays (and spans of them) are read for a happening only at or before the
article's date, within two days (`happenings.named_day_held`). Case:
tests/articles/anydomain/noapte-urmare."""

from __future__ import annotations

from conftest import ARTICLES, findings_between, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "noapte-urmare")


def _night(r, article):
    [c] = [c for c in r.claims if c.article == article and c.kind == "date" and "duminică spre luni" in c.text]
    return c


def test_the_first_report_s_night_is_the_one_before_it(moded):
    _, r = moded
    night = _night(r, "a")
    assert (str(night.value.low), str(night.value.high)) == ("2015-01-11", "2015-01-12")


def test_a_follow_up_s_weekday_read_ahead_of_it_is_no_other_date(moded):
    _, r = moded
    assert str(_night(r, "b").value.low) > "2015-05-01"  # (the weekday rule's reading, kept as said)
    assert not findings_between(r, _night(r, "a"), _night(r, "b"))
