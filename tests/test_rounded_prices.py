"""A price said with fewer digits than another outlet's list of it, where the list says no tense.

- "ar urma să crească la 412,6 lei pe MWh" (a plan) and a list's "Distribuție Oltenia: … la
  412,58 lei/MWh", with no verb at all: the list says no tense, so the plan-or-done veto rests on
  the wording (reconcile/matching._event), and a figure that coincides with the plan to its last
  digit is the plan's (reconcile/coincidence.py): imprecise, a warning.
- "276 de lei pe MWh" of "276,04 lei/MWh": a price without its bani is the same figure rounded to
  the unit (coincidence.rounded_to_unit), not a conflict; "12 milioane" and "11,5 milioane" stay
  two figures (the longer must give two digits more).
- A list's "Distribuție Oltenia: creștere cu 6,31%, …" is no transcript of what "Distribuție
  Oltenia" said: speech after a colon opens with a capital (extract/quotes/transcript.py).
- "pensiile vor crește în medie cu 600 de lei" and "Creșterea medie a pensiilor va fi de 622 de
  lei": a loose figure's zeros are not digits it gives, so 600 names what rounds to it at the
  hundreds (coincidence._rounds_to); without a parse the change noun read as the predicate makes
  622 a change, not a level (extract/frames.py).
Cases: tests/articles/anydomain/tarif-lista, pensii-plan."""

from __future__ import annotations

from claimcheck.extract.quotes.transcript import transcript_lines
from claimcheck.reconcile.pairs import verdict_of
from claimcheck.settings import RunSettings

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

prices = moded_case_report(ARTICLES / "anydomain" / "tarif-lista", "prices")
pensions = moded_case_report(ARTICLES / "anydomain" / "pensii-plan", "pensions")


def test_a_planned_price_meets_a_verbless_list_that_rounds_to_it(prices):
    _, r = prices
    plan, listed = claim_by_text(r, "a", "412,6 lei"), claim_by_text(r, "b", "412,58 lei")
    assert plan.frame.get("mood") == "planned" and not listed.frame.get("predicate")
    [f] = findings_between(r, plan, listed)
    assert (f.rule, f.severity) == ("quantity-imprecise", "warning")


def test_a_price_without_its_bani_is_the_same_price_rounded(prices):
    model, r = prices
    whole, exact = claim_by_text(r, "a", "276 de lei"), claim_by_text(r, "b", "276,04 lei")
    [f] = findings_between(r, whole, exact)
    assert (f.rule, f.severity) == ("quantity-imprecise", "warning")
    assert verdict_of(whole, exact, RunSettings(model=model))[0] == "imprecise"


def test_the_lists_other_prices_are_no_finding(prices):
    _, r = prices
    # the values before the change (388,12; 270,35) have no rounding in the other article
    assert len(r.findings) == 2
    assert all(f.severity == "warning" for f in r.findings)


def test_a_list_item_after_a_name_and_a_colon_is_no_transcript(prices):
    # speech opens a sentence; "Distribuție Oltenia: creștere cu 6,31%, …" is an item of a list
    assert transcript_lines("Distribuție Oltenia: creștere cu 6,31%, de la 388,12 lei/MWh la 412,58 lei/MWh.") == []
    [(name, _, _)] = transcript_lines("Mihai Stoica: Am ajuns la el după două ore de mers prin pădure.")
    assert name == "Mihai Stoica"
    _, r = prices
    assert [c for c in r.claims if c.kind == "quote"] == []


def test_an_average_rise_in_hundreds_names_the_precise_rise(pensions):
    _, r = pensions
    loose, precise = claim_by_text(r, "a", "600 de lei", "quantity"), claim_by_text(r, "b", "622 de lei", "quantity")
    assert loose.value.qualifier == "approx" and loose.frame["role"] == precise.frame["role"] == "change"
    [f] = findings_between(r, loose, precise)
    assert (f.rule, f.severity) == ("quantity-imprecise", "warning")
    assert len(r.findings) == 1  # (4,7 milioane de pensionari twice: the same figure)


def _lei(x, text):
    from claimcheck.model import Claim, Value
    return Claim(text, text, "quantity", text, 0, len(text), 1, 1, value=Value(x, x, "RON", "exact"),
                 frame={"quantity": "money"})


def test_a_whole_price_names_one_with_bani_only_with_digits_enough():
    from claimcheck.reconcile.coincidence import rounded_to_unit
    assert rounded_to_unit(_lei(355, "355 de lei"), _lei(355.34, "355,34 lei"))
    # "28 de lei" of 27,55 lei: two digits name no figure (as often a price of another month)
    assert not rounded_to_unit(_lei(28, "28 de lei"), _lei(27.55, "27,55 lei"))
    # the precise figure must give two digits more ("12 milioane" and "11,5 milioane" stay two)
    assert not rounded_to_unit(_lei(412, "412 lei"), _lei(412.4, "412,4 lei"))
