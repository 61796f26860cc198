"""A verb after its auxiliary, right before a span of time, names what took it
(extract/neighbours.verb_right_before): "Trenul … a întârziat peste trei ore" is the span "o
întârziere de 140 de minute" names with a noun, and the two conflict; "Călătorii au așteptat 40 de
minute" is another span. Verbs that only say a span passed or lasted ("a durat", "au trecut":
rules/frames.yml `span_verbs`) leave it to their subject, and years are left alone (ages, terms).
Text only: both model modes read it. Case: tests/articles/anydomain/intarziere-verb."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "intarziere-verb")


def test_a_delay_by_verb_meets_a_delay_by_noun(moded):
    _, r = moded
    verb, noun = claim_by_text(r, "a", "trei ore"), claim_by_text(r, "b", "140 de minute")
    assert verb.frame.get("named_after")
    assert [f.rule for f in findings_between(r, verb, noun)] == ["quantity-conflict"]


def test_a_wait_is_not_the_delay(moded):
    _, r = moded
    wait = claim_by_text(r, "a", "40 de minute")
    assert findings_between(r, wait, claim_by_text(r, "b", "140 de minute")) == []
