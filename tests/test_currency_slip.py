"""One amount in two currencies: "80.000 de euro aurul, 40.000 argintul și 20.000 bronzul"
against "medalia de aur fiind răsplătită cu 80.000 de dolari, argintul cu 40.000 de dolari". A
count never takes a noun with the definite article, so "40.000 argintul" is an amount in the
currency its list began with, for the silver (extract/bare.before_definite), and a
definite noun right after an amount names what it is for (extract/neighbours.noun_named_by). The
same figure for the same thing in two currencies is one fact with its currency wrong in one
outlet (reconcile/currency.py); a debt, a sponsor's gift or a conversion ("80.000 de dolari,
adică aproximativ 74.000 de euro") is not. Case: tests/articles/anydomain/premii-moneda."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, explained_fields, findings_between, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "premii-moneda")


def test_a_bare_figure_with_a_definite_noun_is_an_amount_in_the_lists_currency(moded):
    _, r = moded
    silver = claim_by_text(r, "a", "40.000")
    assert (silver.frame["quantity"], silver.value.unit, silver.value.low) == ("money", "EUR", 40000)
    assert silver.frame["subject"] == ["argint"]
    bronze = claim_by_text(r, "a", "20.000")
    assert (bronze.value.unit, bronze.frame["subject"]) == ("EUR", ["bronz"])


def test_the_same_figure_for_the_same_medal_in_two_currencies_is_an_error(moded):
    mode, r = moded
    [f] = findings_between(r, claim_by_text(r, "a", "40.000"), claim_by_text(r, "b", "40.000 de dolari"))
    assert (f.rule, f.severity) == ("quantity-currency", "error")
    assert "the same figure in EUR and in USD" in f.message
    # "… și bronzul cu 20.000 de dolari": without a parse too, the word with the article after
    # "și" is the noun the amount is for, not a participle after an auxiliary
    bronze = claim_by_text(r, "b", "20.000 de dolari")
    assert bronze.frame["subject"] == ["bronz"]
    [f] = findings_between(r, claim_by_text(r, "a", "20.000"), bronze)
    assert f.rule == "quantity-currency"
    # "80.000 de euro aurul" names the gold medal, as "medalia de aur" does (without a parse the
    # window passes "fiind răsplătită" to the noun it is said of, rules/frames.yml gerund_copulas)
    gold = claim_by_text(r, "a", "80.000 de euro")
    assert gold.frame["subject"] == ["aur"]
    dollars = claim_by_text(r, "b", "80.000 de dolari")
    assert "aur" in dollars.frame["subject"]
    [f] = findings_between(r, gold, dollars)
    assert f.rule == "quantity-currency"


def test_other_amounts_of_the_same_figure_are_other_facts(moded):
    _, r = moded
    others = {c.id for c in r.claims if c.article.startswith("c")}
    assert len(others) >= 4
    assert not [f for f in r.findings if f.rule == "quantity-currency" and others & set(f.claims)]


def test_explain_reads_a_slip_in_one_currency(moded):
    # `claimcheck explain` scores the two amounts as the reconciler read them, in one currency:
    # no concept veto "eur vs usd" hides why they are one fact
    mode, r = moded
    [f] = findings_between(r, claim_by_text(r, "a", "40.000"), claim_by_text(r, "b", "40.000 de dolari"))
    fields = explained_fields(f.id, ARTICLES / "anydomain" / "premii-moneda", mode)
    assert fields["concept"]["score"] == 1.0 and not fields["concept"]["veto"]
