"""Transcript quotes as radio and TV sites print them (tests/articles/anydomain/transcript-radio):
the speaker's title after the colon, then a dash ("Mircea Stanciu: purtătorul de cuvânt al
companiei - Lucrările încep …"); a speaker named after a headline's first sentence ("Podul … se
închide. Mircea Stanciu: Lucrările încep …"); and a transcript paragraph that itself reports
what others said ("… pe care inspectorii au spus că …"): the paragraph is the speaker's one
statement, not a reported clause of someone else (extract/quotes/transcript.py, extract.py)."""

from __future__ import annotations

from conftest import ARTICLES, moded_case_report, speaker_of

radio = moded_case_report(ARTICLES / "anydomain" / "transcript-radio", name="radio")


def test_a_title_after_the_colon_is_not_said(radio):
    _, r = radio
    assert speaker_of(r, "Lucrările încep luni dimineață", "a") == "Mircea Stanciu"
    [q] = [c for c in r.claims if c.kind == "quote" and c.speaker == "Mircea Stanciu" and c.article == "a"]
    assert not q.quote.startswith("purtătorul")


def test_a_speaker_after_a_headline_sentence(radio):
    _, r = radio
    assert speaker_of(r, "Lucrările încep luni și durează", "b") == "Mircea Stanciu"


def test_a_transcript_that_reports_is_its_speakers(radio):
    _, r = radio
    assert speaker_of(r, "Este vorba de o reparație", "a") == "Ana Ilie"
    assert not [c for c in r.claims if c.kind == "quote" and c.article == "a" and c.speaker == "inspectorii"]
