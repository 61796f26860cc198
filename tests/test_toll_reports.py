"""A toll told over several days (case tests/articles/anydomain/bilant-zile):
- "Până în prezent au fost raportate cinci decese" is a count so far (partial), not a value
  before a change (extract/roles.was_before leaves partial_markers to the partial reading);
- "opt pacienți … diagnosticați cu infecție, dintre care șase au decedat" counts the dead with
  a verb of its own: people, as the count it is a part of (extract/quantities), and the same
  fact as another report's dead (reconcile/matching: a part with its own predicate meets a
  whole of the same event);
- a higher toll in a report published days later is the toll's later state, a warning
  (`quantity-grown`, rules/events.yml `tolls`), not an error; a date that is the report's own
  day ("a anunțat luni") does not stop it."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "bilant-zile")


def test_so_far_is_partial_not_before(moded):
    _, r = moded
    so_far = claim_by_text(r, "b", "cinci decese")
    assert so_far.frame.get("partial") and not so_far.frame.get("previous")


def test_dead_of_the_infected_meet_a_later_toll(moded):
    _, r = moded
    dead = claim_by_text(r, "c", "șase")
    assert dead.concept == claim_by_text(r, "b", "cinci decese").concept
    found = findings_between(r, claim_by_text(r, "b", "cinci decese"), dead)
    assert [(f.rule, f.severity) for f in found] == [("quantity-grown", "warning")]


def test_a_report_of_the_same_day_is_no_later_state(moded):
    mode, r = moded
    first, later = claim_by_text(r, "a", "Patru pacienți", kind="quantity"), claim_by_text(r, "c", "șase")
    if mode == "ro_legal_fl":
        assert [f.rule for f in findings_between(r, first, later)] == ["quantity-grown"]
        assert [f.rule for f in findings_between(r, first, claim_by_text(r, "b", "cinci decese"))] \
            == ["quantity-partial"]
    else:
        # (without a parse "internați" is what befell the four: taken to hospital, not dead)
        assert first.frame.get("event") == "hospitalise"
        assert findings_between(r, first, later) == []
