""""Un salt de 36%" and "un declin de 4%" name a change as "o creștere" and "o scădere" do
(rules/frames.yml change_nouns, change_directions): the figure is a rise or a fall of what the
clause is about, the same fact as "au crescut cu 36,6%". The change noun's way wins over the
class of the subject's noun ("Livrările … un declin de 4%" is a fall of deliveries, not a
delivery); a change noun that is the subject of an adverbial clause measures the main clause's
subject ("Vânzările … se află pe un trend crescător, fiind înregistrat un salt de 36%":
measured.main_clause_subject); and a share cut to the unit, its decimal dropped, is the figure
said loosely, not another one (36% of 36,6%: coincidence.share_cut_to_unit).
tests/articles/anydomain/salt-declin. Without a parse the gerund clause is read as written
(", fiind înregistrat un salt de 36%": the sentence's opening noun); the fall's clause, with a
verb no table knows ("au consemnat … un declin de 4%"), gives its change noun no subject, so it
meets nothing."""

from __future__ import annotations

import pytest

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "salt-declin")


@pytest.mark.parametrize(("noun_said", "verb_said", "way", "reason"), [
    ("36%", "36,6%", "increase", "the same share cut to the unit"),
    ("4%", "4,2%", "decrease", "the same figure rounded to the unit"),
])
def test_a_change_noun_tells_the_change_a_verb_tells(moded, noun_said, verb_said, way, reason):
    mode, r = moded
    by_noun, by_verb = claim_by_text(r, "a", noun_said), claim_by_text(r, "b", verb_said)
    assert (by_noun.frame["role"], by_noun.frame["event"]) == ("change", way)
    if mode == "blank" and way == "decrease":
        return
    found = findings_between(r, by_noun, by_verb)
    assert [(f.rule, f.severity) for f in found] == [("quantity-imprecise", "warning")]
    assert reason in found[0].message


def test_a_jump_in_a_gerund_clause_is_of_the_main_clause_subject(moded):
    mode, r = moded
    # (without a parse the sentence's opening noun, up to its first function word)
    want = ["vanzar", "autoturist"] if mode == "ro_legal_fl" else ["vanzar"]
    assert claim_by_text(r, "a", "36%").frame["subject"] == want
