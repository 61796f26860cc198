"""A measure says what it is of by the noun after "de": "81.000 de kilometri de cablu de oțel" is
a length of cable (extract/quantities: the scanner's `product` span read as the measured noun),
not of whatever its sentence measured before it ("Podul are o lungime de 1.974 de metri și
conține 81.000 de kilometri de cablu" had given the cable the bridge's length). Two outlets'
lengths of cable then meet, and disagree; the bridge's length stays its own fact. Case:
tests/articles/anydomain/masura-de-ce."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "masura-de-ce")


def test_the_noun_after_de_is_what_a_measure_is_of(moded):
    _, r = moded
    for article, text in (("a", "81.000 de kilometri"), ("b", "60.000 de kilometri")):
        assert claim_by_text(r, article, text).frame["subject"] == ["cablu", "otel"]
    assert claim_by_text(r, "a", "1.974 de metri").frame["subject"][0] != "cablu"


def test_two_lengths_of_the_same_cable_conflict(moded):
    _, r = moded
    [f] = findings_between(r, claim_by_text(r, "a", "81.000 de kilometri"), claim_by_text(r, "b", "60.000 de kilometri"))
    assert (f.rule, f.severity) == ("quantity-conflict", "error")
    bridge = claim_by_text(r, "a", "1.974 de metri")
    assert not [f for f in r.findings if bridge.id in f.claims]


source = moded_case_report(ARTICLES / "anydomain" / "masura-din", "source")


def test_what_comes_from_a_whole_does_not_measure_it(source):
    # "Din cele 16 tone de amestec s-ar putea obține între 800 de kilograme și 4 tone": the
    # figures after the whole are what is obtained from it, not more of the mixture
    # (rules/frames.yml source_markers)
    _, r = source
    for text in ("800 de kilograme", "4 tone"):
        assert "amestec" not in (claim_by_text(r, "a", text).frame.get("subject") or [])
    [f] = findings_between(r, claim_by_text(r, "a", "16 tone de amestec"), claim_by_text(r, "b", "18 tone"))
    assert (f.rule, f.severity) == ("quantity-conflict", "error")
