"""One person named in either order across outlets ("Radu Mihnea" / "Mihnea Radu", as police
statements put the surname first): their ages are compared as one person's. Articles written for
this test (tests/articles/anydomain/nume-inversat); both model modes, through the CLI's flow."""

from __future__ import annotations

from claimcheck.model import Claim
from claimcheck.reconcile.name_order import unify_name_order

from conftest import ARTICLES, case_report, claim_by_text, findings_between

CASE = ARTICLES / "anydomain" / "nume-inversat"
report = case_report(CASE)


def test_an_age_given_with_the_name_reversed_is_the_same_persons(report):
    forty = claim_by_text(report, "a", "40 de ani")
    reversed_name = claim_by_text(report, "b", "38 de ani")
    assert reversed_name.frame["owner"] == forty.frame["owner"] == "mihnea"
    [f] = findings_between(report, forty, reversed_name)
    assert (f.rule, f.severity) == ("quantity-conflict", "error")


def _claim(i: str, owner: str, given: list[str]) -> Claim:
    return Claim(id=i, article=i, kind="quantity", text="40 de ani", start=0, end=9, line=1, column=1,
                 frame={"owner": owner, "owner_given": given, "age": True})


def test_the_order_the_corpus_uses_most_wins_and_other_people_keep_theirs():
    a, b, c = _claim("a", "mihnea", ["radu"]), _claim("b", "radu", ["mihnea"]), _claim("c", "mihnea", [])
    other = _claim("d", "pop", ["ion"])
    unify_name_order([a, b, c, other])
    assert (b.frame["owner"], b.frame["owner_given"]) == ("mihnea", ["radu"])
    assert (a.frame["owner"], other.frame["owner"]) == ("mihnea", "pop")
    # two people who share only a given name are not one
    x, y = _claim("x", "sandu", ["gabriel"]), _claim("y", "gabriel", ["ion"])
    unify_name_order([x, y])
    assert (x.frame["owner"], y.frame["owner"]) == ("sandu", "gabriel")
