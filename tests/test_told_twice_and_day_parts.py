"""An article's figure said loosely in its title and exactly in its body, and a happening timed by
two parts of one day.

- "Captură de peste 3.000 de pachete" (the title) and "se aflau 3.120 de pachete" (the body) are
  one figure told at two precisions, so the article's one figure of the noun still meets
  another report's one figure of it ("erau 3.480 de pachete"; reconcile/marks.mark_sole). Case:
  tigari-titlu.
- "a pierdut legătura duminică dimineața", written on a Friday, is the Sunday before: an object
  may stand between the participle and the weekday (rules/dates.yml `past_object_words`). Two
  parts of the day that only share noon ("dimineața", "după-amiază") time one happening two
  ways: a conflict. Case: scufundare-zi."""

from __future__ import annotations

from datetime import date

from conftest import ARTICLES, case_report, claim_by_text, severities_between

packs = case_report(ARTICLES / "anydomain" / "tigari-titlu", name="packs")
dive = case_report(ARTICLES / "anydomain" / "scufundare-zi", name="dive")


def test_a_title_that_rounds_the_body_leaves_one_figure(packs):
    body, other = claim_by_text(packs, "a", "3.120 de pachete"), claim_by_text(packs, "b", "3.480 de pachete")
    assert body.frame.get("sole") and other.frame.get("sole")
    assert severities_between(packs, body, other) == ["error"]


def test_a_weekday_after_a_verb_and_its_object_is_the_one_before(dive):
    friday = claim_by_text(dive, "a", "duminică", kind="date")
    assert friday.value.low == friday.value.high == date(2024, 8, 11)
    assert claim_by_text(dive, "b", "duminică", kind="date").value.low == date(2024, 8, 11)


def test_morning_and_afternoon_of_one_day_disagree(dive):
    morning, afternoon = claim_by_text(dive, "a", "dimineața"), claim_by_text(dive, "b", "după-amiază")
    assert severities_between(dive, morning, afternoon) == ["error"]
