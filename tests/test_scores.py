"""A match's final score is a claim (scan/numbers/score.py, rules/clock.yml score_cues and
score_interim): "România – Croaţia 34-23" and "România a învins Croaţia, scor 33-24" are two
results of one match (both teams named, reconcile/givenfor.same_match) and a conflict, whichever team
an outlet names first ("Croaţia – România 23-34" agrees); a score along the way ("La pauză,
scorul era 20-12", "au condus cu 5-2") is no claim, and another match of the same group
("Franța – Spania 30-28") meets only that match's score. The terminal report names article "a"
without touching the letter a in its message. On articles written for these tests
(tests/articles/anydomain/scor), in both model modes."""

from __future__ import annotations

from typer.testing import CliRunner

from claimcheck.cli import app
from conftest import ARTICLES, case_report, claim_by_text, findings_between

CASE = ARTICLES / "anydomain" / "scor"
report = case_report(CASE)


def test_final_scores_of_one_match_meet(report):
    r = report
    title, said, reversed_ = claim_by_text(r, "a", "34-23"), claim_by_text(r, "b", "33-24"), claim_by_text(r, "c", "23-34")
    assert title.frame["quantity"] == "score" and title.frame["teams"] == ["croat", "roman"]
    assert [f.rule for f in findings_between(r, title, said)] == ["quantity-conflict"]
    assert not findings_between(r, title, reversed_)
    assert not [c for c in r.claims if c.article == "b" and c.text in ("20-12", "5-2")]
    # one team in common is another match of that team ("Croația a cedat cu Danemarca, scor 22-31")
    other_match = claim_by_text(r, "b", "22-31")
    assert other_match.frame["teams"] == ["croat", "danemarc"]
    assert not findings_between(r, title, other_match) and not findings_between(r, reversed_, other_match)


def test_another_match_meets_its_own_score_only(report):
    r = report
    other_a, other_c = claim_by_text(r, "a", "30-28"), claim_by_text(r, "c", "28-31")
    assert [f.rule for f in findings_between(r, other_a, other_c)] == ["quantity-conflict"]
    for c in (claim_by_text(r, "b", "33-24"), claim_by_text(r, "a", "34-23")):
        assert not findings_between(r, other_a, c) and not findings_between(r, other_c, c)


def test_the_terminal_message_names_articles_as_whole_words():
    out = CliRunner().invoke(app, ["report", str(CASE), "--model", "blank"]).stdout
    assert "two final scores of one match" in out and "“" in out
