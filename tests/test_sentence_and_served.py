"""The part of a term served is only ever the same fact as another outlet's time served: "a
executat efectiv aproape doi ani" never meets "condamnat la 6 ani de închisoare", while two
outlets' time served ("aproape doi ani", "aproape trei ani") is one fact they disagree on
(rules/events.yml class `serve`, listed `exclusive`; "cu executare" is the term's own word, class
`custodial`). With the parse; without it the window gives the article that tells both the term
and the time served one verb for both, and that article's two values are its own.
Case: tests/articles/anydomain/condamnat-executat."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "condamnat-executat")


def test_the_term_is_not_the_time_served(moded):
    _, r = moded
    term = claim_by_text(r, "a", "6 ani")
    for art, served in (("b", "aproape doi ani"), ("c", "aproape trei ani")):
        assert findings_between(r, term, claim_by_text(r, art, served)) == []


def test_two_outlets_time_served_disagree(moded):
    model, r = moded
    b, c = claim_by_text(r, "b", "aproape doi ani"), claim_by_text(r, "c", "aproape trei ani")
    assert b.frame.get("event") == c.frame.get("event") == "serve"
    expected = [] if model == "blank" else ["error"]
    assert [f.severity for f in findings_between(r, b, c)] == expected
