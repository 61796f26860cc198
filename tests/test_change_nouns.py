"""A change noun right before its figure says which way the change went ("un avans de 0,9%": up;
"o scădere de 0,2%": down; rules/frames.yml change_directions): a rise over nine months and a
fall over one quarter are two facts, however alike their subjects, while two rises over the same
months still meet (tests/articles/anydomain/avans-scadere, one with provisional data). Read from
the parse; without one, the words around a level are not taken for its direction."""

from __future__ import annotations

import pytest

from conftest import ARTICLES, analyse_case, claim_by_text, findings_between, moded_case_report


moded = moded_case_report(ARTICLES / "anydomain" / "avans-scadere")


def test_a_rise_is_not_a_fall(moded):
    mode, r = moded
    rise, fall = claim_by_text(r, "a", "0,9%"), claim_by_text(r, "b", "0,2%")
    assert findings_between(r, rise, fall) == []
    if mode == "blank":
        return
    assert rise.frame["event"] == "increase" and fall.frame["event"] == "decrease"
    assert findings_between(r, rise, claim_by_text(r, "c", "0,7%"))


@pytest.mark.model
def test_a_relative_pronoun_is_not_what_changed():
    """"…, ceea ce înseamnă o majorare de aproximativ 10%": the change noun's subject would come
    from the clause's subject, and "ceea ce" refers back to a whole clause, it names nothing
    measured (rules/language.yml function_words)."""
    r = analyse_case(ARTICLES / "anydomain" / "ceea-ce", "ro_legal_fl")
    rise = claim_by_text(r, "a", "10%")
    assert rise.frame["role"] == "change" and rise.frame["actor_text"] == "ceea ce"
    assert not any(s.startswith("cee") for s in rise.frame.get("subject") or [])
