"""A quotation standing alone, with no attribution, said in the first person singular, is the
protagonist's: the person the article names most by far. Articles written for this test
(tests/articles/anydomain/protagonist): a champion's words after a report about her; a team's
message to her ("Pentru noi ești cea mai bună"), which is not hers; and a report about two
rowers named as often, where nobody is the protagonist. Both model modes, the CLI's flow."""

from __future__ import annotations

import pytest

from claimcheck.lang.rules import RulesError, lang_for

from conftest import ARTICLES, analyse_case, case_report, speaker_of

CASE = ARTICLES / "anydomain" / "protagonist"
report = case_report(CASE)


def test_a_lone_first_person_quotation_is_the_protagonists(report):
    assert speaker_of(report, "Mă bucur enorm", "a") == "Ana Munteanu"


def test_words_addressed_to_her_and_a_report_about_two_give_no_speaker(report):
    assert speaker_of(report, "Bravo, campioano", "b") is None
    assert speaker_of(report, "Mă bucur pentru amândouă", "c") is None


def test_a_rules_file_that_gives_a_key_twice_is_refused(tmp_path):
    (tmp_path / "speech.yml").write_text("first_person: [eu]\ncontinue_paragraphs: 1\nfirst_person: [noi]\n",
                                         encoding="utf-8")
    with pytest.raises(RulesError, match=r"'first_person' is given twice \(lines 1 and 3\)"):
        lang_for(tmp_path).load("speech")


@pytest.fixture(scope="module")
def maraton():
    return analyse_case(ARTICLES / "anydomain" / "maraton", "ro_legal_fl")


@pytest.mark.model
def test_a_title_behind_an_adverbial_speaks_and_a_schedule_line_names_no_one(maraton):
    # "„…”, a declarat la final sportiva": the parser takes the inverted subject for an object
    # behind "la final". The TV schedule lines between ("Champions League: Real Madrid - Milan,
    # marți, 22:00, DGS 1") are no prose: no statement of "Champions League", no paragraph that
    # puts the sportswoman named before out of reach, and no name she could be
    # (segments.paragraph_gap, in_filler).
    assert speaker_of(maraton, "Timpul de astăzi") == "Ana Pop"
    assert not [c for c in maraton.claims if c.kind == "quote" and "Girona" in c.text]


def test_without_a_parse_a_schedule_line_names_no_one():
    # (the last capitalised pair before the statement was "Real Madrid", on the schedule's line)
    report = analyse_case(ARTICLES / "anydomain" / "maraton", "blank")
    assert speaker_of(report, "Timpul de astăzi") == "Ana Pop"
    assert not [c for c in report.claims if c.kind == "quote" and "Milan" in c.text]
