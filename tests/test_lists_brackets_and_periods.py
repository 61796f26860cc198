"""Figures that look alike and are not one fact, on articles written for these tests
(tests/articles/anydomain/<case>), in both model modes:

- lista-ramuri: each line of a list that a label opens ("Industria: …", "Construcțiile: …", also
  after a semicolon) gives its own item's figures (givenfor.line_label, reconcile/givenfor.items_apart): the
  industry's +0,2% never meets the construction's +0,3%, and the two construction figures do.
- trepte: a figure given for a bracket of a scale ("cu pensii între 1.501 și 2.000 de lei … 800
  de lei", "cu pensia maximă de 3.000 de lei … 650 de lei") meets only a figure of a bracket
  with an edge in common (extract/givenfor.brackets, reconcile/givenfor.brackets_apart); the bracket's amounts
  are no claims.
- ambele-valori: an article that gives both values of what the frames take for one fact ("5.000
  de militari", "Franța trimite 2.400 de militari") shows two facts: no other article is wrong
  for giving one of them (clusters.cluster_findings).
- perioade: a year or a quarter in a sentence with a rate is the period the rate measures, no
  happening's date (extract._mark_periods_of_rates): "În 2024, PIB-ul a crescut" is no
  date-conflict with "în primul trimestru din 2025, PIB-ul a crescut"; two periods of one
  article are two figures, never its update of one, and a change it tells itself ("de la 33,03
  lei/MWh la 36,45 lei/MWh") corrects nothing (changes.marks_change, told_change).
"""

from __future__ import annotations

import pytest

from conftest import ARTICLES, analyse_case, case_report, claim_by_text, findings_between

CASES = ("lista-ramuri", "trepte", "ambele-valori", "perioade")


@pytest.fixture(scope="module", params=["ro_legal_fl", "blank"])
def reports(request):
    return request.param, {c: analyse_case(ARTICLES / "anydomain" / c, request.param) for c in CASES}


def test_list_items_keep_their_own_figures(reports):
    _, rs = reports
    r = rs["lista-ramuri"]
    industry_a, building_a = claim_by_text(r, "a", "0,2%"), claim_by_text(r, "a", "0,8%")
    building_b, industry_b = claim_by_text(r, "b", "0,3%"), claim_by_text(r, "b", "0,2%")
    assert industry_a.frame["label"] == industry_b.frame["label"] != building_b.frame["label"]
    assert not findings_between(r, industry_a, building_b)
    assert [f.rule for f in findings_between(r, building_a, building_b)] == ["quantity-conflict"]
    assert [f for f in r.findings if f.rule.startswith("quantity")] == findings_between(r, building_a, building_b)


def test_a_bracket_of_a_scale_meets_its_own_bracket_only(reports):
    _, rs = reports
    r = rs["trepte"]
    said, other = claim_by_text(r, "a", "800 de lei"), claim_by_text(r, "b", "850 de lei")
    assert said.frame["bracket"] == [[1501, 2000]]
    assert [f.rule for f in findings_between(r, said, other)] == ["quantity-conflict"]
    for low in ("a", "b"):
        lowest = claim_by_text(r, low, "1.000 de lei", kind="quantity")
        for high in ("800 de lei", "850 de lei", "600 de lei"):
            for c in [c for c in r.claims if c.kind == "quantity" and c.text == high]:
                assert not findings_between(r, lowest, c)
    # "cu pensia maximă de 3.000 de lei … 650 de lei" is the top bracket's, against its 600
    top, capped = claim_by_text(r, "a", "600 de lei"), claim_by_text(r, "c", "650 de lei")
    assert capped.frame["bracket"] == [[None, 3000]]
    assert [f.rule for f in findings_between(r, top, capped)] == ["quantity-conflict"]
    assert not findings_between(r, said, capped) and not findings_between(r, other, capped)
    # the amounts that bound a bracket say whose the figure is: no claims of their own
    assert not [c for c in r.claims if "între" in c.text or "sub 1.500" in c.text or "3.000" in c.text]
    assert len([f for f in r.findings if f.rule.startswith("quantity")]) == 2


def test_an_article_giving_both_values_accuses_no_one(reports):
    mode, rs = reports
    r = rs["ambele-valori"]
    both = [claim_by_text(r, "a", "5.000"), claim_by_text(r, "a", "2.400")]
    assert not [f for f in r.findings if set(f.claims) & {c.id for c in both}]
    if mode == "ro_legal_fl":
        # (without a parse the article's two figures are not taken for one fact, and the other
        # two articles' are: nothing tells them apart there)
        assert not findings_between(r, claim_by_text(r, "b", "2.400"), claim_by_text(r, "c", "5.000"))


def test_the_period_of_a_rate_is_no_happening_date(reports):
    _, rs = reports
    r = rs["perioade"]
    year = claim_by_text(r, "a", "În 2024", kind="date")
    assert year.frame.get("measured_period")
    assert not [f for f in r.findings if f.rule in ("date-conflict", "quantity-update")]


topics = case_report(ARTICLES / "anydomain" / "subiect-proba", "topics")


def test_a_clause_opened_by_its_item_gives_that_items_figure(topics, request):
    # "La Matematică, 4.206 elevi …" and "La Limba română, 5.380 de elevi …": the opening phrase
    # names the item, as a list line's label does (rules/frames.yml topic_openers)
    model, r = request.node.callspec.params["topics"], topics
    math, romanian = claim_by_text(r, "a", "4.206"), claim_by_text(r, "b", "5.380")
    assert math.frame["label"] == ["matemat"] and "roman" in romanian.frame["label"]
    assert findings_between(r, math, romanian) == []
    if model != "blank":  # (without the parse the two counts' verbs are not read alike)
        same = claim_by_text(r, "a", "5.412")
        assert [f.rule for f in findings_between(r, same, romanian)] == ["quantity-conflict"]
