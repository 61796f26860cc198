"""", unde …" after a name opens a clause about that place: "alături de Bacău și de Vaslui, unde
s-au acordat 1.912 credite, în scădere cu 21,7%" is Vaslui's fall, whatever preposition stood
before the name ("de" otherwise marks an agent, not whose figure it is). Another outlet's fall
for Galați ("Galați, cu puțin peste 3.000 de credite (scădere de 4,8%)") is then another place's
figure, never a conflict (extract/owners.owner_from_window, rules/frames.yml place_relatives).
Case: tests/articles/anydomain/unde-loc."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "unde-loc")


def test_the_place_before_unde_owns_the_clause_figures(moded):
    _, r = moded
    fall = claim_by_text(r, "b", "21,7%")
    assert fall.frame["owner"] == "vaslui"
    assert claim_by_text(r, "b", "1.912 credite").frame["owner"] == "vaslui"
    assert not findings_between(r, fall, claim_by_text(r, "a", "4,8%"))
