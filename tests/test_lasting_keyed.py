"""A span a lasting verb tells ("a durat") is one span whether or not its sentence names what
lasted: "o finală care a durat doar 62 de minute" and "A durat doar 64 de minute" meet in one
block keyed by the verb's class (reconcile/blocks.block_key), where the subjects are compared
(one unnamed side is no veto). The first is the final's length, not a time Ioana Pavel ran:
"turneul" is no lap ("tur"), a short distance stem must be a word's whole stem
(extract/frames._distance_stem). Both model modes. Case: tests/articles/anydomain/finala-durata."""

from __future__ import annotations

from conftest import ARTICLES, case_report, claim_by_text, severities_between

final = case_report(ARTICLES / "anydomain" / "finala-durata", name="final")


def test_two_lengths_of_one_final_conflict(final):
    a, b = claim_by_text(final, "a", "62 de minute"), claim_by_text(final, "b", "64 de minute")
    assert not a.frame.get("timed")
    assert severities_between(final, a, b) == ["error"]
