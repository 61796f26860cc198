"""A count of people in general ("persoane") is the count of what the clause names them as, read
from the parse (extract/valued.named_count): "Numărul total al beneficiarilor … a fost estimat …
la 512.300 de persoane" counts beneficiaries (the count head's genitive), and so does "Aproape
450.000 de români sunt beneficiari" (the noun they are said to be). Both say they are the whole
number of that noun (frame `total`), which is then one fact without a verb to tell it
(reconcile/matching). Another count of persons in the article, and the same number for one
county, stay apart. Without a parse nothing is read. Case: tests/articles/anydomain/numarul-persoane."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "numarul-persoane")


def test_people_counted_as_what_the_clause_names(moded):
    mode, r = moded
    head, said = claim_by_text(r, "a", "512.300 de persoane"), claim_by_text(r, "b", "450.000 de români")
    found = findings_between(r, head, said)
    if mode == "ro_legal_fl":
        assert head.frame["noun"] == said.frame["noun"] == "beneficiar"
        assert head.frame.get("total") and said.frame.get("total")
        assert [f.rule for f in found] == ["quantity-conflict"]
    else:
        assert found == []


def test_other_people_and_a_county_stay_apart(moded):
    _, r = moded
    other, county = claim_by_text(r, "a", "4.100 de persoane"), claim_by_text(r, "b", "9.700 de persoane")
    for c in (claim_by_text(r, "a", "512.300 de persoane"), claim_by_text(r, "b", "450.000 de români")):
        assert findings_between(r, other, c) == []
        assert findings_between(r, county, c) == []
