"""A country's figure and nobody's: "După votul juriului, Italia a primit 210 puncte, Grecia a
obținut 180 de puncte" gives the points to Italy and to Greece (their actors); "corul Voci di Roma,
care a primit din partea publicului 390 de puncte" to no one the frame names. In a block whose
figures go to two named ones or more (reconcile/marks.mark_named_apart), a count of a noun no
concept knows that one side gives to a named one and the other to nobody is not known to be one
figure (reconcile/matching._owner). Case: tests/articles/anydomain/coruri-puncte."""

from __future__ import annotations

import pytest

from conftest import ARTICLES, analyse_case, claim_by_text, findings_between


@pytest.mark.model
def test_a_countrys_points_never_meet_nobodys():
    r = analyse_case(ARTICLES / "anydomain" / "coruri-puncte", "ro_legal_fl")
    italy, public = claim_by_text(r, "a", "210 puncte"), claim_by_text(r, "b", "390 de puncte")
    assert italy.frame.get("actor") and not public.frame.get("actor") and not public.frame.get("owner")
    assert findings_between(r, italy, public) == []

