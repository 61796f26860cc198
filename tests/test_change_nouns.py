"""A change noun right before its figure says which way the change went ("un avans de 0,9%": up;
"o scădere de 0,2%": down; rules/frames.yml change_directions): a rise over nine months and a
fall over one quarter are two facts, however alike their subjects, while two rises over the same
months still meet (tests/articles/anydomain/avans-scadere, one with provisional data). Read from
the parse; without one, the words around a level are not taken for its direction."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report


moded = moded_case_report(ARTICLES / "anydomain" / "avans-scadere")


def test_a_rise_is_not_a_fall(moded):
    mode, r = moded
    rise, fall = claim_by_text(r, "a", "0,9%"), claim_by_text(r, "b", "0,2%")
    assert findings_between(r, rise, fall) == []
    if mode == "blank":
        return
    assert rise.frame["event"] == "increase" and fall.frame["event"] == "decrease"
    assert findings_between(r, rise, claim_by_text(r, "c", "0,7%"))
