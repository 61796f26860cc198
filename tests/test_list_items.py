"""Counts of a noun no table knows, told by two verbs ("au obținut note ≥ 5" / "au avut note
≥ 5"), meet when both are given for one item of a list: the words of one's label are all in the
other's ("Limba și literatura română: …" / "La proba de Limba și literatura română, …"); another
item ("Limba și literatura maternă"), for all the words it shares, stays apart
(reconcile/givenfor.same_item). Without the labels such counts say too little to be one fact.
Case: tests/articles/anydomain/eticheta-lista."""

from __future__ import annotations

import pytest

from claimcheck.reconcile.givenfor import same_item

from conftest import ARTICLES, analyse_case, claim_by_text, findings_between

CASE = ARTICLES / "anydomain" / "eticheta-lista"


@pytest.mark.parametrize("model", ["ro_legal_fl", "blank"])
def test_counts_of_one_list_item_meet_and_other_items_stay_apart(model):
    r = analyse_case(CASE, model)
    ro_a, ro_b = claim_by_text(r, "a", "131.849 de elevi"), claim_by_text(r, "b", "131.999 de elevi")
    ma_a, ma_b = claim_by_text(r, "a", "8.361 de elevi"), claim_by_text(r, "b", "8.365 de elevi")
    assert same_item(ro_a, ro_b) and same_item(ma_a, ma_b)
    assert not same_item(ro_a, ma_b) and not same_item(ma_a, ro_b)
    for x, y in ((ro_a, ro_b), (ma_a, ma_b)):
        [f] = findings_between(r, x, y)
        assert f.rule == "quantity-conflict"
    assert findings_between(r, ro_a, ma_b) == [] and findings_between(r, ma_a, ro_b) == []


@pytest.mark.model
def test_without_labels_the_two_verbs_say_too_little(tmp_path):
    folder = tmp_path / "fara-etichete"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        text = (CASE / name).read_text(encoding="utf-8")
        text = text.replace("Limba și literatura română: ", "").replace("La proba de Limba și literatura română, ", "")
        text = text.replace("Limba și literatura maternă: ", "").replace("La proba de Limba și literatura maternă, ", "")
        assert "Limba" not in text
        (folder / name).write_text(text, encoding="utf-8")
    r = analyse_case(folder, "ro_legal_fl")
    a, b = claim_by_text(r, "a", "131.849 de elevi"), claim_by_text(r, "b", "131.999 de elevi")
    assert findings_between(r, a, b) == []
