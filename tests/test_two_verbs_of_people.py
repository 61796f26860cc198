"""Two verbs no table knows, said of people counted, say two things that befell them: "va da afară
peste 400 de angajați" (all the company's layoffs) and "decizie care va afecta aproximativ 190 de
angajați" (one plant's) are not one figure told twice (reconcile/matching._event). Things counted
are often one figure told by two verbs of record ("au fost înmatriculate 9.512 autoturisme", "a
înregistrat un volum de 9.518 autoturisme"): those still meet. The verbs come from the parse, so
without the model nothing tells the layoffs apart. Case: tests/articles/anydomain/doua-verbe."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

verbs = moded_case_report(ARTICLES / "anydomain" / "doua-verbe", "verbs")


def test_people_counted_by_two_unknown_verbs_are_two_facts(verbs):
    model, r = verbs
    a, b = claim_by_text(r, "a", "400 de angajați"), claim_by_text(r, "b", "190 de angajați")
    assert a.concept == b.concept == "workers"
    if model == "ro_legal_fl":
        assert (a.frame["predicate"], b.frame["predicate"]) == ("da", "afecta")
        assert findings_between(r, a, b) == []


def test_things_counted_by_two_verbs_of_record_still_meet(verbs):
    _, r = verbs
    [f] = findings_between(r, claim_by_text(r, "a", "9.512 autoturisme"), claim_by_text(r, "b", "9.518 autoturisme"))
    assert f.rule == "quantity-conflict"
