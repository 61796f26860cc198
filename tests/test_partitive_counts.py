"""A bare number that takes a part of a noun ("șase dintre pacienți au murit") counts that noun
with a verb of its own (extract/bare.partitive_noun), on an article pair written for these
tests (tests/articles/anydomain/parte-dintre): six of the patients died against another outlet's
nine patients dead is a conflict; three of the injured taken to hospital is a part, never the
injured on the scene; "unul dintre pompieri" is one person, no figure. In both model modes (the
tagger takes a sentence-initial "Șase" for a verb: the figure is never its own verb)."""

from __future__ import annotations

from conftest import ARTICLES, case_report, claim_by_text, findings_between

CASE = ARTICLES / "anydomain" / "parte-dintre"
r = case_report(CASE, "r")


def test_a_part_of_a_noun_counts_that_noun_with_its_own_verb(r):
    six = claim_by_text(r, "a", "Șase")
    assert six.frame["part"] and six.frame["own_predicate"] and six.frame["event"] == "die"
    assert six.value.unit.startswith("pacient") and six.frame["predicate"].startswith("mur")
    nine = claim_by_text(r, "b", "Nouă pacienți")
    assert [f.rule for f in findings_between(r, six, nine)] == ["quantity-conflict"]


def test_a_part_with_another_verb_is_not_the_whole(r):
    three, twelve = claim_by_text(r, "a", "Trei"), claim_by_text(r, "b", "12 răniți")
    assert three.frame["part"]
    assert findings_between(r, three, twelve) == []


def test_one_of_them_is_no_figure(r):
    assert not [c for c in r.claims if c.article == "b" and c.text.startswith("Unul")]
