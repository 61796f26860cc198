"""A place said with a verb that takes it as its object ("România a ocupat locul 6", rules/
numbers.yml `rank_object_verbs`) is a place as "pe locul 6" is; and a gerund down a chain of
gerunds ("România a impresionat …, cucerind cinci medalii, clasându-se pe locul 4") is its first
verb's subject's (extract/owners.rank_owner). Two outlets' places of one country in one
ranking then conflict. Without a parse, only a name right before the verb and its auxiliary owns
the place. Case: tests/articles/anydomain/loc-ocupat."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "loc-ocupat")


def test_a_place_taken_as_an_object_is_read(moded):
    _, r = moded
    place = claim_by_text(r, "b", "locul 6")
    assert (place.frame.get("quantity"), place.frame.get("owner"), place.frame.get("ranking")) \
        == ("rank", "romania", "medalii")


def test_two_places_of_one_country_conflict(moded):
    model, r = moded
    if model == "blank":
        # (no parse: "clasându-se pe locul 4" has no name right before it, so it is nobody's)
        assert not [c for c in r.claims if c.article == "a" and c.frame.get("quantity") == "rank"]
        return
    a, b = claim_by_text(r, "a", "pe locul 4"), claim_by_text(r, "b", "locul 6")
    assert a.frame.get("owner") == "romania"
    [f] = findings_between(r, a, b)
    assert (f.rule, f.severity) == ("quantity-conflict", "error")
