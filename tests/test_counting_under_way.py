"""An article that says the count is still under way ("au fost centralizate 183 de procese-verbale
din cele 192", "după centralizarea a 97% dintre procesele-verbale") gives partial figures, as
one that says "rezultate parțiale" does; a partial count against the final one, or against
another partial one, is a count still moving (quantity-partial, a warning), never an error.
"100% din secții" is the whole. Articles written for this test
(tests/articles/anydomain/numarare)."""

from __future__ import annotations

from conftest import ARTICLES, case_report, claim_by_text, findings_between
from claimcheck.extract.progress import counting_under_way
from claimcheck.lang.frames import frame_words

report = case_report(ARTICLES / "anydomain" / "numarare")


def test_partial_counts_are_warnings_against_the_final_and_each_other(report):
    a, b, c = (claim_by_text(report, x, "de voturi", kind="quantity") for x in "abc")
    assert a.frame.get("partial") and b.frame.get("partial") and not c.frame.get("partial")
    for x, y in ((a, b), (b, c)):
        [f] = findings_between(report, x, y)
        assert (f.rule, f.severity) == ("quantity-partial", "warning")


def test_a_part_below_its_whole_with_a_word_of_counting():
    w = frame_words()
    assert counting_under_way("Au fost numărate 19.286 de procese-verbale din cele 20.085 de secții.", w)
    assert counting_under_way("După centralizarea a 97,89% dintre procesele-verbale, X conduce.", w)
    assert not counting_under_way("După centralizarea a 100% din secții, X a câștigat.", w)
    assert not counting_under_way("Au fost centralizate 20.085 din cele 20.085 de procese-verbale.", w)
    assert not counting_under_way("Au murit 3 din cele 10 persoane.", w)  # (no word of counting)
