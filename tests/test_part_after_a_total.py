"""A part said after a count head's total, in the next sentence.

"Numărul persoanelor intoxicate a ajuns la 67, a anunțat DSP Vaslui. Dintre acestea, 45 au fost
transportate la spital": the count head names its noun itself, so the partitive after it counts
people too (extract/quantities.py: a count head is the latest count an elliptic figure takes its
noun from). Taken to hospital, the 45 meet the other outlets' hospitalised (42 internate, 39
internate): a conflict; the 67 intoxicated meet "Peste 60 de persoane au fost intoxicate".
Case: tests/articles/anydomain/dintre-acestea."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

poisoned = moded_case_report(ARTICLES / "anydomain" / "dintre-acestea", "poisoned")


def test_a_part_after_a_count_heads_total_counts_its_noun(poisoned):
    _, r = poisoned
    part = claim_by_text(r, "b", "45")
    assert part.frame.get("part") and part.frame.get("event") == "hospitalise"


def test_the_hospitalised_of_three_outlets_conflict(poisoned):
    _, r = poisoned
    a, b, c = claim_by_text(r, "a", "42"), claim_by_text(r, "b", "45"), claim_by_text(r, "c", "39")
    for x, y in ((a, b), (b, c), (a, c)):
        [f] = findings_between(r, x, y)
        assert (f.rule, f.severity) == ("quantity-conflict", "error"), (x.text, y.text)
    # and the part is never compared with the whole
    assert findings_between(r, b, claim_by_text(r, "c", "67 de persoane")) == []
