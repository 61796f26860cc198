"""A named one's place in a ranking, said in apposition ("Andrei Stoica, locul 112 ATP"), is a
claim of that one's place (scan/numbers/rank.py), on an article pair written for these tests
(tests/articles/anydomain/loc-clasament): 112th against 118th ATP is a conflict; "locul 45
mondial" and "locul 45 ATP" are one standing; a place in a group against one overall, or with no
name before it, is no fact to compare. Both model modes, and the scanner on its own."""

from __future__ import annotations


from claimcheck.scan.numbers.rank import scan_ranks
from conftest import ARTICLES, case_report, claim_by_text, findings_between

CASE = ARTICLES / "anydomain" / "loc-clasament"
r = case_report(CASE, "r")


def test_two_places_of_one_player_in_one_ranking_conflict(r):
    a, b = claim_by_text(r, "a", "locul 112"), claim_by_text(r, "b", "locul 118")
    assert (a.frame["owner"], b.frame["owner"]) == ("stoica", "stoica")
    assert [f.rule for f in findings_between(r, a, b)] == ["quantity-conflict"]


def test_world_and_atp_are_one_standing(r):
    a, b = claim_by_text(r, "a", "locul 45"), claim_by_text(r, "b", "locul 45")
    assert (a.frame["ranking"], b.frame["ranking"]) == ("mondial", "atp")
    assert findings_between(r, a, b) == []
    assert any(a.id in g.claims and b.id in g.claims for g in r.groups)


def test_a_place_without_a_name_before_it_is_no_claim(r):
    assert not [c for c in r.claims if c.text in ("locul 3", "locul 2")]


def test_the_scanner_reads_only_the_apposition():
    found = scan_ranks("Halep a fost învinsă de italianca Lucia Bronzetti, locul 72 mondial, în 59 de minute. "
                       "Pe locul 3 se află Dinamo. Simona Halep, locul 870 WTA și beneficiara unui wild card, a pierdut.")
    assert [(m.text, m.value.low, m.attrs["owner"], m.attrs["ranking"]) for m in found] == [
        ("locul 72", 72, "bronzetti", "mondial"), ("locul 870", 870, "halep", "wta")]
