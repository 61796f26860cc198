"""A definite count is a pointer back ("cei doi lideri"), unless "all" comes before it ("toți cei
nouă oameni de la bord au murit") or a clause after its noun says what befell them ("celor 9
români care au murit"): then it says how many (concepts.yml `whole_determiners`, frames.yml
`relatives`). And a verb with its object may name the happening together: "și-au pierdut
viața" is "au murit" (events.yml, a two-word stem), with the parse and without it. Case:
tests/articles/anydomain/toti-cei."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "toti-cei")


def test_lost_their_lives_is_died(moded):
    _, r = moded
    assert claim_by_text(r, "a", "Șapte persoane", "quantity").frame.get("event") == "die"
    assert claim_by_text(r, "a", "Șapte persoane", "quantity").concept == "casualties_dead"


def test_all_of_them_and_those_who_died_are_counts(moded):
    _, r = moded
    everyone = claim_by_text(r, "b", "nouă oameni", "quantity")
    assert everyone.frame.get("total") and everyone.frame.get("event") == "die"
    those = claim_by_text(r, "c", "9 români", "quantity")
    assert those.frame.get("event") == "die"
    # "Cei nouă erau colegi de muncă": a pointer back, no claim
    assert not [c for c in r.claims if c.article == "c" and c.kind == "quantity" and "nouă" in c.text]


def test_the_tolls_disagree(moded):
    _, r = moded
    [f] = findings_between(r, claim_by_text(r, "a", "Șapte persoane", "quantity"), claim_by_text(r, "b", "nouă oameni", "quantity"))
    assert (f.rule, f.severity) == ("quantity-conflict", "error")
    # three days later, a higher toll of the same dead: the toll grew
    [g] = findings_between(r, claim_by_text(r, "a", "șapte români", "quantity"), claim_by_text(r, "c", "9 români", "quantity"))
    assert g.rule == "quantity-grown"


found_dead = moded_case_report(ARTICLES / "anydomain" / "gasiti-morti", name="found_dead")


def test_found_dead_is_died(found_dead):
    # "Doi mineri au fost găsiți morți" (events.yml "gasi mort") against "Trei mineri au murit"
    _, r = found_dead
    two = claim_by_text(r, "a", "Doi mineri")
    assert two.frame.get("event") == "die"
    [f] = findings_between(r, two, claim_by_text(r, "b", "Trei mineri"))
    assert (f.rule, f.severity) == ("quantity-conflict", "error")
