"""Dates of one happening told by different outlets: tests/articles/anydomain/{camion,container,pod}
were written for these tests (invented places), one construction each that real news showed. No
concept names these happenings: the verb, its subject and the words around the date decide
(claimcheck/reconcile/happenings.py). Without a parse (`--model blank`) a happening is known only
where the date opens its sentence ("Pe 12 mai, camionul frigorific a fost oprit …", "La data de
20 aprilie 2025, un container … a fost descărcat": extract/dates._fronted) or ends the clause its
sentence opens with a subject and a verb ("Containerul … a ajuns în portul Zărnești la începutul
lunii martie": extract/dates._trailing), and nothing else is said."""

from __future__ import annotations

import pytest

from conftest import ARTICLES, claim_by_text, findings_between

CASES = ARTICLES / "anydomain"
NAMES = ("camion", "container", "pod")


@pytest.fixture(scope="module", params=["ro_legal_fl", "blank"])
def analysed(request):
    from claimcheck.api import RunSettings, analyse

    return request.param, {n: analyse([CASES / n], RunSettings(model=request.param)) for n in NAMES}


@pytest.fixture(scope="module")
def model(analysed):
    mode, reports = analysed
    if mode == "blank":
        pytest.skip("the happening of a date comes from the parse")
    return reports


def test_one_subject_arriving_and_stopped_at_one_place_on_two_days(model):
    # "camionul a fost oprit la punctul de trecere …" / "camionul … a sosit în punctul de trecere
    # …": two verbs, but one subject and the same words around both dates.
    rep = model["camion"]
    stopped, arrived = claim_by_text(rep, "a", "12 mai", "date"), claim_by_text(rep, "b", "10 mai", "date")
    [f] = findings_between(rep, stopped, arrived)
    assert (f.rule, f.severity) == ("date-conflict", "error")


def test_a_loose_period_against_a_day_outside_it(analysed):
    # "la începutul lunii martie" (1–10 March) against "20 aprilie": arrival and unloading in a
    # port are one class of verb (rules/events.yml, happenings). Without a parse, too: the port
    # after the subject and its verb is where, not whose date it is.
    _, reports = analysed
    rep = reports["container"]
    early_march, unloaded = claim_by_text(rep, "a", "începutul lunii martie", "date"), claim_by_text(rep, "b", "20 aprilie", "date")
    assert early_march.value.qualifier == "approx"
    [f] = findings_between(rep, early_march, unloaded)
    assert f.rule == "date-conflict"


def test_departure_arrest_and_announcement_are_other_happenings(analysed):
    _, reports = analysed
    rep = reports["container"]
    left = claim_by_text(rep, "a", "2 mai", "date")
    arrest = claim_by_text(rep, "b", "25 aprilie", "date")
    announced = claim_by_text(rep, "b", "28 aprilie", "date")
    # the departure shares the container and the port with both arrivals: opposed verbs
    for other in (claim_by_text(rep, "a", "începutul lunii martie", "date"), claim_by_text(rep, "b", "20 aprilie", "date")):
        assert not findings_between(rep, left, other)
    assert not [f for f in rep.findings if arrest.id in f.claims or announced.id in f.claims]
    assert [f.rule for f in rep.findings] == ["date-conflict"]


def test_a_day_named_against_the_article_and_a_base_of_comparison_accuse_nobody(analysed):
    # "redeschis ieri" (9 June by the article's date) against "pe 8 iunie": the article's date is
    # often the day after the writing. "mai mult decât anul trecut" is no time of the growth.
    mode, reports = analysed
    rep = reports["pod"]
    assert claim_by_text(rep, "a", "anul trecut", "date").frame.get("compared") is True
    assert not [f for f in rep.findings if f.rule == "date-conflict"]


def test_without_a_parse_a_date_opening_its_sentence_tells_a_happening(analysed):
    mode, reports = analysed
    if mode != "blank":
        pytest.skip("blank mode only")
    # "Pe 12 mai, camionul frigorific a fost oprit" / "La data de 10 mai 2025, camionul frigorific
    # care transporta … a sosit": the full model's one finding, read from the words
    rep = reports["camion"]
    [f] = [f for f in rep.findings if f.rule == "date-conflict"]
    assert set(f.claims) == {claim_by_text(rep, "a", "12 mai", "date").id, claim_by_text(rep, "b", "10 mai", "date").id}


@pytest.mark.model
def test_two_places_are_two_happenings_by_the_place_similarity_threshold():
    from claimcheck.api import RunSettings, analyse

    # "camionul a fost oprit în Nădlac" / "… în Giurgiu": one verb, one subject, two places
    default = analyse([CASES / "vama"], RunSettings(model="ro_legal_fl"))
    a, b = claim_by_text(default, "a", "12 martie"), claim_by_text(default, "b", "14 martie")
    assert not findings_between(default, a, b)
    # the threshold a user sets in claimcheck.toml reaches the dates' happenings too
    loose = analyse([CASES / "vama"], RunSettings(model="ro_legal_fl", thresholds={"place-similarity": 0.0}))
    a, b = claim_by_text(loose, "a", "12 martie"), claim_by_text(loose, "b", "14 martie")
    assert findings_between(loose, a, b)[0].rule == "date-conflict"


def test_without_a_parse_a_date_in_a_clause_of_its_own_is_not_the_main_verb_s():
    from claimcheck.api import RunSettings, analyse

    # "Căpitanul a declarat că nava a ajuns … pe 12 mai": the date is the arrival's, which only
    # the parse can tell; "Nava a plecat din Midia după ce echipajul a descărcat marfa pe 14 mai":
    # the unloading's, not the departure's. "Nava a ajuns în portul Midia pe 15 mai" is read.
    rep = analyse([CASES / "data-subordonata"], RunSettings(model="blank"))
    said, unloaded = claim_by_text(rep, "a", "pe 12 mai", "date"), claim_by_text(rep, "a", "pe 14 mai", "date")
    assert said.frame.get("predicate") is None and said.frame.get("subject") is None
    assert unloaded.frame.get("predicate") is None
    arrived = claim_by_text(rep, "b", "pe 15 mai", "date")
    assert (arrived.frame.get("subject"), arrived.frame.get("predicate")) == (["nav"], "ajuns")


def test_without_a_parse_a_fronted_date_after_an_attribution_and_past_a_relative_clause(analysed):
    # "Potrivit anchetei, pe 12 martie, un container ce conținea …, importat …, a fost descărcat"
    # and "La data de 12 martie 2025, un container, ce a fost importat …, a fost descărcat … și,
    # după verificări, a continuat": the unloading, against "Containerul … a ajuns în portul
    # Zărnești la începutul lunii februarie" (one class of verbs, rules/events.yml)
    from claimcheck.api import RunSettings, analyse

    mode, _ = analysed
    rep = analyse([CASES / "container-atribuit"], RunSettings(model=mode))
    february = claim_by_text(rep, "a", "începutul lunii februarie", "date")
    for article, text in (("b", "pe 12 martie"), ("c", "12 martie 2025")):
        unloaded = claim_by_text(rep, article, text, "date")
        assert unloaded.frame.get("predicate") in ("descărcat", "descarca")
        assert [f.rule for f in findings_between(rep, february, unloaded)] == ["date-conflict"]
