"""A count said as of an hour of the day is partial.

"Până la ora 12, 230 de persoane au fost evacuate": the count up to noon (rules/frames.yml
partial_markers: "pana la ora"), against another outlet's "În total, 310 persoane au fost
evacuate", is a count still moving (quantity-partial, a warning), not an error; two whole counts
of it that differ (310, 305) still conflict.
Case: tests/articles/anydomain/pana-la-ora."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

evacuated = moded_case_report(ARTICLES / "anydomain" / "pana-la-ora", "evacuated")


def test_a_count_up_to_an_hour_is_partial(evacuated):
    _, r = evacuated
    noon = claim_by_text(r, "a", "230 de persoane", "quantity")
    assert noon.frame.get("partial")
    [f] = findings_between(r, noon, claim_by_text(r, "b", "310 persoane", "quantity"))
    assert (f.rule, f.severity) == ("quantity-partial", "warning")


def test_two_whole_counts_still_conflict(evacuated):
    model, r = evacuated
    if model == "blank":
        # (without the parse "Autoritățile au evacuat 305 persoane" tells no event the window reads)
        assert not [f for f in r.findings if claim_by_text(r, "a", "230 de persoane", "quantity").id in f.claims
                    and f.severity == "error"]
        return
    [f] = findings_between(r, claim_by_text(r, "b", "310 persoane", "quantity"), claim_by_text(r, "c", "305 persoane", "quantity"))
    assert (f.rule, f.severity) == ("quantity-conflict", "error")
