"""A weekday names a day whatever day the article was written, and the date line is not part of
the lead sentence; on articles written for these tests (tests/articles/anydomain/perete): a wall
that fell "miercuri" in an article of Thursday against "pe 16 septembrie", the same wall "ieri",
and "vineri" three days before a Monday's article."""

from __future__ import annotations

import pytest

from claimcheck.model import Article
from claimcheck.read.corpus import article_from_bytes

from conftest import ARTICLES, analyse_case, claim_by_text, findings_between

CASE = ARTICLES / "anydomain" / "perete"


@pytest.fixture(scope="module")
def report():
    return analyse_case(CASE, "ro_legal_fl")


@pytest.mark.model
def test_a_weekday_dates_the_happening_against_a_date_of_another_outlet(report):
    wednesday = claim_by_text(report, "a", "miercuri", kind="date", index=1)  # the wall's, not the firefighters'
    assert wednesday.frame["predicate"] == "prabusi" and wednesday.frame["named_day"] == -1
    dated = claim_by_text(report, "b", "16 septembrie", kind="date")
    [f] = findings_between(report, wednesday, dated)
    assert (f.rule, f.severity) == ("date-conflict", "error")


@pytest.mark.model
def test_yesterday_and_a_weekday_far_from_the_article_date_accuse_nobody(report):
    # "ieri" in an article dated the day after it was written is the day before; "vineri" three
    # days before a Monday would be the next Friday had the article been dated a day later
    yesterday = claim_by_text(report, "c", "ieri", kind="date")
    friday = claim_by_text(report, "d", "vineri", kind="date")
    assert friday.frame["named_day"] == -3
    for c in (yesterday, friday):
        assert not [f for f in report.findings if c.id in f.claims and f.severity != "info"], c.text


@pytest.mark.model
def test_the_date_line_is_not_the_subject_of_the_lead_sentence(report):
    # "date 2025-09-18 Pompierii din Câmpina au intervenit miercuri …": the header is blanked for
    # the parser, so no frame takes "date" for a word of its sentence
    lead = claim_by_text(report, "a", "miercuri", kind="date", index=0)
    assert lead.frame["predicate"] == "interveni"
    words = " ".join([*lead.frame.get("subject", []), *lead.frame.get("clause", []), lead.frame.get("actor_text", "")])
    assert "dat" not in words.split() and "date" not in words.lower().split()


def test_the_text_to_parse_keeps_every_offset():
    text = "date 2025-09-18 Pompierii au intervenit miercuri.\n\nAlt paragraf.".encode()
    article, _ = article_from_bytes("a.txt", "a", text, page=False)
    assert isinstance(article, Article)
    parsed = article.text_to_parse
    assert len(parsed) == len(article.text) and parsed.index("Pompierii") == article.text.index("Pompierii")
    assert parsed.lstrip().startswith("Pompierii") and "2025" not in parsed


def test_a_place_preposition_before_an_article_is_no_bound():
    from claimcheck.scan.numbers import scan

    assert [n.text for n in scan("doi muncitori prinși sub un perete, peste o stradă")] == ["doi muncitori"]
    assert [n.text for n in scan("a durat sub o oră, cu peste un milion de lei")] == ["sub o oră", "peste un milion de lei"]
