"""What a figure was counted over and whether it is the case, on articles written for these tests
(tests/articles/anydomain/{barca,festival,deficit-luni}), each a construction real news showed:
people on board, a figure the text says is not the case ("în loc de") or denies ("nu au putut fi
salvate"), one day's figure against
a festival's total, cumulative totals over ten and eleven months, a base of comparison whose
"când" clause dates its own figure, and a sum ("salarii și venit") against one of its parts.
Both model modes, through the flow the CLI uses."""

from __future__ import annotations

import pytest

from conftest import ARTICLES, claim_by_text, findings_between

CASES = ARTICLES / "anydomain"


@pytest.fixture(scope="module", params=["ro_legal_fl", "blank"])
def analysed(request):
    from claimcheck.api import RunSettings, analyse

    reports = {name: analyse([CASES / name], RunSettings(model=request.param))
               for name in ("barca", "festival", "deficit-luni")}
    return {**reports, "model": request.param}


def _paired(report, a, b) -> bool:
    return bool(findings_between(report, a, b)) or any(a.id in g.claims and b.id in g.claims for g in report.groups)


def test_people_on_board_are_one_count_whatever_the_verb(analysed):
    r = analysed["barca"]
    a = claim_by_text(r, "a", "13 persoane")
    b = claim_by_text(r, "b", "14 persoane", index=0)
    # "o barcă cu 13 persoane la bord" and "având 14 persoane la bord": a generic noun is compared
    # only when both say what happened to them or narrow it alike; "la bord" narrows it
    assert "bord" in a.frame["subject"] and "bord" in b.frame["subject"]
    assert a.frame.get("holder") == "barc" and not b.frame.get("holder")
    [f] = findings_between(r, a, b)
    assert (f.rule, f.severity) == ("quantity-conflict", "error")


def test_those_not_rescued_died(analysed):
    r = analysed["barca"]
    lost = claim_by_text(r, "b", "patru")
    # "patru dintre ele nu au putut fi salvate": a denied rescue is a death (rules/frames.yml
    # denied_events), never the rescued
    assert lost.frame["event"] == "die" and lost.concept == "casualties_dead"
    assert not _paired(r, lost, claim_by_text(r, "a", "zece persoane"))


@pytest.mark.parametrize("model", ["ro_legal_fl", "blank"])
def test_a_denied_verb_is_not_the_affirmed_one(model):
    from claimcheck.api import RunSettings, analyse

    r = analyse([CASES / "evacuare"], RunSettings(model=model))
    evacuated, not_evacuated = claim_by_text(r, "a", "20 de persoane"), claim_by_text(r, "b", "12 persoane")
    assert not_evacuated.frame["negated"] and not evacuated.frame.get("negated")
    assert not _paired(r, evacuated, not_evacuated)
    # the affirmed ones are still compared
    assert findings_between(r, evacuated, claim_by_text(r, "c", "18 persoane"))


def test_a_figure_said_instead_of_another_is_not_the_case(analysed):
    r = analysed["barca"]
    allowed = claim_by_text(r, "b", "12 persoane")
    assert allowed.frame["mood"] == "unreal"  # "în loc de 12 persoane, cât era permis"
    assert not _paired(r, allowed, claim_by_text(r, "a", "13 persoane"))


def test_one_days_figure_is_not_the_total_over_four_days(analysed):
    from claimcheck.reconcile.matching import score_pair

    r = analysed["festival"]
    total = claim_by_text(r, "a", "300.000 de persoane")
    one_day = claim_by_text(r, "b", "95.000 de oameni")
    assert total.frame["period"] == 4 * 86400 and one_day.frame["period"] == 86400
    ok, _, fields = score_pair(total, one_day)
    assert not ok
    assert any(f.field == "subject" and "periods" in f.note for f in fields if f.veto)
    assert not findings_between(r, total, one_day)


def test_totals_over_ten_and_eleven_months_are_two_facts(analysed):
    r = analysed["deficit-luni"]
    november = claim_by_text(r, "a", "121,77 miliarde")
    ten_months = claim_by_text(r, "b", "108,87 miliarde")
    range_11 = claim_by_text(r, "c", "121,8 miliarde")
    # "primele zece luni ale anului 2026" is January to October, not the year
    assert (ten_months.frame["time"]["low"], ten_months.frame["time"]["high"]) == ("2026-01-01", "2026-10-31")
    # "perioada ianuarie–noiembrie 2026" is a total over eleven months, like "primele 11 luni"
    assert round(range_11.frame["period"] / 86400) == 334
    assert not _paired(r, november, ten_months) and not _paired(r, range_11, ten_months)
    if analysed["model"] == "blank":
        return  # (what "o valoare de 121,77 miliarde" measures is read from the parse)
    # the eleven months' total said at the end of November, rounded: the same fact
    [f] = findings_between(r, november, range_11)
    assert (f.rule, f.severity) == ("quantity-imprecise", "warning")


def test_a_when_clause_after_a_base_dates_its_figure(analysed):
    r = analysed["deficit-luni"]
    # "comparativ cu aceeași perioadă a anului trecut, când deficitul s-a situat la 7,15%"
    last_year = claim_by_text(r, "a", "7,15%")
    assert (last_year.frame["time"]["low"], last_year.frame["time"]["high"]) == ("2025-01-01", "2025-12-31")


def test_a_sum_is_not_one_of_its_parts(analysed):
    if analysed["model"] == "blank":
        pytest.skip("the coordination ('salarii și venit') is read from the parse")
    r = analysed["deficit-luni"]
    wages, wages_and_income = claim_by_text(r, "a", "20,4%"), claim_by_text(r, "b", "19,4%")
    assert "+venit" in wages_and_income.frame["subject"]
    assert not _paired(r, wages, wages_and_income)


@pytest.fixture(scope="module", params=["ro_legal_fl", "blank"])
def drownings(request):
    from claimcheck.api import RunSettings, analyse

    return analyse([CASES / "inec"], RunSettings(model=request.param))


def test_a_seasons_toll_a_weekends_and_a_days_are_three_facts(drownings):
    r = drownings
    season, weekend = claim_by_text(r, "a", "18 persoane"), claim_by_text(r, "b", "Patru persoane")
    yesterday, season_d = claim_by_text(r, "c", "trei persoane"), claim_by_text(r, "d", "16 persoane")
    # "în acest sezon estival", "în weekendul prelungit", "Doar ieri": the span each toll covers
    assert season.frame["period"] == season_d.frame["period"] == 92 * 86400
    assert weekend.frame["period"] == 3 * 86400 and yesterday.frame["period"] == 86400
    for x, y in ((season, weekend), (weekend, yesterday), (season, yesterday)):
        assert not _paired(r, x, y)
    [f] = findings_between(r, season, season_d)
    assert (f.rule, f.severity) == ("quantity-conflict", "error")


def test_counts_many_times_apart_accuse_no_one(drownings):
    from claimcheck.reconcile.matching import score_pair

    r = drownings
    # "au scos din apă 40 de persoane" and "… 5 persoane": nothing in the frames tells them apart,
    # but a count eight times another is a part or another scope, not one figure misreported
    many, few = claim_by_text(r, "a", "40 de persoane"), claim_by_text(r, "b", "5 persoane")
    assert score_pair(many, few)[0]
    assert any(many.id in g.claims and few.id in g.claims for g in r.groups)
    assert not findings_between(r, many, few)


def test_the_scope_ratio_is_a_threshold_users_can_set():
    from claimcheck.api import RunSettings, analyse

    r = analyse([CASES / "inec"], RunSettings(model="blank", thresholds={"scope-ratio": 10.0}))
    many, few = claim_by_text(r, "a", "40 de persoane"), claim_by_text(r, "b", "5 persoane")
    [f] = findings_between(r, many, few)
    assert f.rule == "quantity-conflict"


@pytest.mark.parametrize("model", ["ro_legal_fl", "blank"])
def test_a_named_persons_age_and_a_measure_named_after_its_unit(model):
    from claimcheck.api import RunSettings, analyse

    r = analyse([CASES / "pilot"], RunSettings(model=model))
    # "Adrian Popa avea 54 de ani" / "Comandantul Adrian Popa avea 55 de ani": one person's age
    a, b = claim_by_text(r, "a", "54 de ani"), claim_by_text(r, "b", "55 de ani")
    assert a.frame["age"] and a.frame["owner"] == b.frame["owner"] == "popa"
    assert findings_between(r, a, b)[0].rule == "quantity-conflict"
    # "30 de ani de experiență" is named by its noun, not an age
    assert not claim_by_text(r, "b", "30 de ani").frame.get("age")
    # "la peste 1.800 de metri altitudine" measures what "o altitudine de … 1.600 de metri" does
    low, high = claim_by_text(r, "a", "1.600 de metri"), claim_by_text(r, "b", "1.800 de metri")
    assert low.frame["subject"] == high.frame["subject"] == ["altitudin"]
    assert findings_between(r, low, high)[0].rule == "quantity-conflict"


@pytest.mark.parametrize("model", ["ro_legal_fl", "blank"])
def test_a_count_completing_an_event_noun_takes_its_event(model):
    from claimcheck.api import RunSettings, analyse

    r = analyse([CASES / "ranire"], RunSettings(model=model))
    # "a dus la rănirea a zece persoane" counts the wounded, like "Șapte persoane au fost rănite"
    ten, seven = claim_by_text(r, "a", "zece persoane"), claim_by_text(r, "b", "Șapte persoane")
    assert ten.frame["event"] == seven.frame["event"] == "wound"
    [f] = findings_between(r, ten, seven)
    assert (f.rule, f.severity) == ("quantity-conflict", "error")


@pytest.mark.parametrize("model", ["ro_legal_fl", "blank"])
def test_a_verb_of_reaching_gives_its_subjects_measure(model):
    from claimcheck.api import RunSettings, analyse

    r = analyse([CASES / "venituri"], RunSettings(model=model))
    # "Veniturile bugetare au atins aproape 592 miliarde lei": without a parse, the window crosses
    # "au atins" to what is measured, as it crosses "au totalizat"
    near, exact = claim_by_text(r, "a", "592 miliarde"), claim_by_text(r, "b", "591,91 miliarde")
    assert near.frame["subject"][0] == exact.frame["subject"][0] == "venitur"
    [f] = findings_between(r, near, exact)
    assert (f.rule, f.severity) == ("quantity-imprecise", "warning")


@pytest.mark.model
def test_people_named_by_what_they_did_and_a_pluperfect_that_is_no_earlier_value():
    from claimcheck.api import RunSettings, analyse

    r = analyse([CASES / "expozitie"], RunSettings(model="ro_legal_fl"))
    said, loose = claim_by_text(r, "a", "77.000 de vizitatori"), claim_by_text(r, "b", "77.000 de vizitatori")
    # "vizitatori" are people the model tags as such, named by what they did: the visit
    assert said.frame["event"] == "visit"
    # "fusese vizitată" tells the past of the story, not the value before a change
    assert not loose.frame.get("previous")
    [f] = findings_between(r, said, loose)
    assert (f.rule, f.severity) == ("quantity-imprecise", "warning")


def test_measures_many_times_apart_accuse_no_one_either():
    from claimcheck.api import RunSettings, analyse

    # "echipele au verificat drumul pe o lungime de 40 de kilometri" / "… de 6 kilometri": a
    # length six times another is a section and a whole, as for counts
    # (tests/articles/anydomain/autostrada)
    case = CASES / "autostrada"
    r = analyse([case], RunSettings(model="blank"))
    long, short = claim_by_text(r, "a", "40 de kilometri"), claim_by_text(r, "b", "6 kilometri")
    assert any(long.id in g.claims and short.id in g.claims for g in r.groups)
    assert not findings_between(r, long, short)
    wide = analyse([case], RunSettings(model="blank", thresholds={"scope-ratio": 10.0}))
    [f] = findings_between(wide, claim_by_text(wide, "a", "40 de kilometri"), claim_by_text(wide, "b", "6 kilometri"))
    assert f.rule == "quantity-conflict"
    # the sections themselves are one length, said differently
    [f] = findings_between(r, claim_by_text(r, "a", "50 de kilometri"), claim_by_text(r, "b", "52 de kilometri"))
    assert f.severity == "error"


@pytest.mark.parametrize("model", ["ro_legal_fl", "blank"])
def test_a_target_is_a_plan(model):
    from claimcheck.api import RunSettings, analyse

    r = analyse([CASES / "autostrada"], RunSettings(model=model))
    # "Constructorul a avut un obiectiv de 60 de kilometri": what was aimed at, not what was done
    assert claim_by_text(r, "a", "60 de kilometri").frame["mood"] == "planned"
    assert not claim_by_text(r, "a", "50 de kilometri").frame.get("mood")
