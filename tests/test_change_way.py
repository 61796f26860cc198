"""A change that says no way of its own takes the one way its sentence tells: "Urmează fructele
proaspete cu 12,4 la sută, …, cu creșteri medii de preț de aproape 10 procente" is a rise
(extract/roles.sentence_way, `Frame.way`), never the same figure as another outlet's fall of
fresh fruit prices ("Scăderi de preț au fost înregistrate … la fructe proaspete, cu 7,8%"); two
falls still disagree. Case: tests/articles/anydomain/sens-schimbare."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "sens-schimbare")


def test_a_rise_its_sentence_tells_is_no_fall(moded):
    _, r = moded
    rise, fall = claim_by_text(r, "a", "12,4 la sută"), claim_by_text(r, "b", "7,8%")
    assert "increase" in (rise.frame.get("event"), rise.frame.get("way"))  # (the window reads it as the event)
    assert not findings_between(r, rise, fall)


def test_two_falls_of_one_thing_still_disagree(moded):
    _, r = moded
    [f] = findings_between(r, claim_by_text(r, "b", "7,8%"), claim_by_text(r, "c", "5,2%"))
    assert (f.rule, f.severity) == ("quantity-conflict", "error")
