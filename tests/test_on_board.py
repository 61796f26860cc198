"""Where a verb of state puts the counted narrows them as the words after the noun do: "La bordul
navei se aflau 45 de pasageri" counts the passengers on board, as "cu 48 de pasageri la bord" does,
so the two meet (extract/frames._where_stated, with the parse). And a name after "spre" is where
something is bound, never whose figure it is, even past another name ("de la Cluj spre Londra, cu
180 de pasageri": extract/owners._after_agent_marker no longer reads over the marker).
Cases: tests/articles/anydomain/la-bordul, spre-destinatie."""

from __future__ import annotations

from conftest import ARTICLES, case_report, claim_by_text, findings_between, moded_case_report

aboard = moded_case_report(ARTICLES / "anydomain" / "la-bordul", name="aboard")
bound = case_report(ARTICLES / "anydomain" / "spre-destinatie", name="bound")


def test_on_board_said_by_a_verb_of_state_is_on_board(aboard):
    model, r = aboard
    a, b = claim_by_text(r, "a", "45 de pasageri", "quantity"), claim_by_text(r, "b", "48 de pasageri", "quantity")
    if model == "blank":
        assert findings_between(r, a, b) == []  # (without the parse the verb of state is not read)
        return
    assert a.frame.get("subject") == ["pasager", "bord"]
    assert [f.severity for f in findings_between(r, a, b)] == ["error"]


def test_a_destination_owns_no_figure(bound):
    assert claim_by_text(bound, "a", "180 de pasageri").frame.get("owner") is None
