"""Claim frames on small Romanian sentences, with and without the parse."""

from __future__ import annotations

import pytest

from claimcheck.api import RunSettings, analyse


@pytest.mark.parametrize("model", ["ro_legal_fl", "blank"])
def test_an_age_is_not_a_contract_length(tmp_path, model):
    p = tmp_path / "transfer.txt"
    p.write_text(" date 2025-07-02 Transfer\n\nJucătorul de 23 de ani a semnat un contract pe patru ani "
                 "și va primi un salariu anual de 800.000 de euro.\n", encoding="utf-8")
    rep = analyse([p], RunSettings(model=model))
    by_text = {c.text: c for c in rep.claims if c.kind == "quantity"}
    assert by_text["23 de ani"].concept is None
    assert by_text["patru ani"].concept == "contract_length"
    assert by_text["800.000 de euro"].concept == "salary"
