"""Speeds, passengers and the minute of a goal.

- "circula cu 30-35 km/h": a unit after "N-M" makes it a range of that unit, not a final score
  (scan/numbers: the score gave way only to a clock time before); the range conflicts with "75
  km/h" of the same train (with the parse, a conjunct verb also takes its subject from the verb
  it is joined to: "Trenul deraiat … circula cu 75 km/h").
- "a deraiat lângă Pașcani, cu 150 de călători": a place said by what it is near does not own
  the figure after it (rules/frames.yml `holder_not_after`); the passengers conflict with "120 de
  pasageri" of another report.
- "a marcat în minutul 78" and "a înscris golul decisiv în minutul 81": with the parse, the verbs
  of scoring key a minute as one kind of happening (rules/frames.yml `goal_verbs`; not an event of
  rules/events.yml, where "marcăm 80 de ani" would become a goal), so one goal's minute told by two
  verbs conflicts; goals of different scorers, or a list of minutes with no scorer, are never
  paired with it.
Cases: tests/articles/anydomain/tren-viteza, gol-minut, gol-doua (articles of our own)."""

from __future__ import annotations

from claimcheck.scan.numbers import scan

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

train = moded_case_report(ARTICLES / "anydomain" / "tren-viteza", "train")
goal = moded_case_report(ARTICLES / "anydomain" / "gol-minut", "goal")
goals = moded_case_report(ARTICLES / "anydomain" / "gol-doua", "goals")


def test_a_dash_range_with_a_unit_is_no_score():
    [m] = scan("Trenul circula cu 30-35 km/h în momentul incidentului.")
    assert (m.kind, m.value.low, m.value.high, m.value.unit) == ("measure", 30, 35, "km/h")
    [s] = scan("Rapid a câștigat cu 2-1 derbiul.")
    assert s.kind == "score"


def test_two_speeds_of_one_train_conflict(train):
    _, r = train
    b, c = claim_by_text(r, "b", "30-35 km/h"), claim_by_text(r, "c", "75 km/h")
    [f] = findings_between(r, b, c)
    assert (f.rule, f.severity) == ("quantity-conflict", "error")


def test_passengers_near_a_place_are_the_trains(train):
    _, r = train
    a, b = claim_by_text(r, "a", "120 de pasageri"), claim_by_text(r, "b", "150 de călători")
    assert b.frame.get("owner") is None
    [f] = findings_between(r, a, b)
    assert (f.rule, f.severity) == ("quantity-conflict", "error")


def test_one_goals_minute_told_by_two_verbs_conflicts(goal):
    model, r = goal
    a, b = claim_by_text(r, "a", "minutul 78"), claim_by_text(r, "b", "minutul 81")
    if model == "ro_legal_fl":
        [f] = findings_between(r, a, b)
        assert (f.rule, f.severity) == ("quantity-conflict", "error")
    else:
        # (without a parse a minute has no verb and no scorer: nothing ties it to one goal, and
        # two goals' minutes must never be paired)
        assert findings_between(r, a, b) == []
    # the first goal's minute, the same in both, is another goal and no finding
    assert findings_between(r, claim_by_text(r, "a", "minutul 12"), b) == []


def test_goals_of_different_scorers_are_not_paired(goals):
    model, r = goals
    c = claim_by_text(r, "c", "minutul 66")
    olaru, listed = claim_by_text(r, "a", "minutul 30"), claim_by_text(r, "b", "64")
    assert findings_between(r, olaru, c) == [] and findings_between(r, listed, c) == []
    if model == "ro_legal_fl":
        # (Bîrligea's goal: 64 in one report, 66 in another)
        [f] = findings_between(r, claim_by_text(r, "a", "minutul 64"), c)
        assert f.rule == "quantity-conflict"
