"""What a story's figures are not, and one departure told with two verbs.

- "singurul ocean de peste 4.000 de kilometri", "al treilea ocean de peste 4.000 de kilometri":
  the figure names a kind a selector or an ordinal picks from (rules/frames.yml class_selectors,
  extract/criteria.py), no distance anyone crossed: no claim.
- "Urmează ca Mihai să rămână în Antigua peste 10 zile": a planning cue that opens the sentence
  governs it however far the figure stands (roles.mood_of).
- "Mihai a pornit pe 12 decembrie" / "Ion Mihai a plecat în 13 decembrie": one named one's
  departure (a class of rules/events.yml happenings) dated two ways, a date-conflict with the
  parse (without it the second sentence's other date, "marți", leaves the date to no happening).
  "a încercat anterior să traverseze oceanul în 2019" dates an earlier try, never that departure.
- "40 ajungând la spital": a gerund after a bare number is what those counted did, never their
  noun (bare.gerund_at). Case: gerunziu-spital.
Case: tests/articles/anydomain/vaslas-atlantic."""

from __future__ import annotations

import pytest

from conftest import ARTICLES, claim_by_text, moded_case_report, severities_between

voyage = moded_case_report(ARTICLES / "anydomain" / "vaslas-atlantic", name="voyage")


def test_a_figure_that_names_a_kind_is_no_claim(voyage):
    _, r = voyage
    assert not [c for c in r.claims if "4.000" in c.text]
    assert claim_by_text(r, "b", "4.800 de kilometri").value.low == 4800


def test_a_planning_cue_opening_the_sentence_governs_it(voyage):
    _, r = voyage
    assert claim_by_text(r, "b", "peste 10 zile").frame.get("mood") == "planned"


def test_one_departure_in_two_verbs_and_not_the_earlier_try(voyage):
    model, r = voyage
    left, earlier = claim_by_text(r, "a", "12 decembrie"), claim_by_text(r, "a", "în 2019")
    right = claim_by_text(r, "b", "13 decembrie")
    assert severities_between(r, earlier, right) == []
    if model == "blank":
        pytest.skip("without the parse the other date in b's sentence leaves its date to no happening")
    assert severities_between(r, left, right) == ["error"]


def test_a_span_in_decades_is_given_to_the_decade():
    from claimcheck.reconcile.verdicts import AGREE, IMPRECISE, compare
    from claimcheck.scan.numbers import scan

    decades = next(m for m in scan("a făcut-o deja timp de șase decenii") if m.kind == "duration")
    nearly = next(m for m in scan("pentru prima dată după aproape 60 de ani") if m.kind == "duration")
    years = next(m for m in scan("a făcut-o deja timp de 60 de ani") if m.kind == "duration")
    assert decades.attrs.get("step") and decades.value.low == years.value.low
    assert compare(nearly.value, decades.value, a_nearly=True, b_step=decades.attrs["step"])[0] == AGREE
    assert compare(nearly.value, years.value, a_nearly=True, b_step=years.attrs.get("step"))[0] == IMPRECISE



gerunds = moded_case_report(ARTICLES / "anydomain" / "gerunziu-spital", name="gerunds")


def test_a_gerund_after_a_bare_number_is_what_they_did(gerunds):
    # "150 dintre aceștia au prezentat simptome, 40 ajungând la spital, iar 5 rămânând internați":
    # "ajungând" names no one; with the parse the figure counts the people said before, taken to
    # hospital; without it, it is no count of "ajungând"s
    model, r = gerunds
    assert not [c for c in r.claims if "ajungând" in c.text or "rămânând" in c.text]
    if model != "blank":
        forty = claim_by_text(r, "a", "40")
        assert forty.frame.get("noun_from") == "ellipsis" and forty.frame.get("event") == "hospitalise"
