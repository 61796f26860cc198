"""An outlet whose name holds a digit, right before the speaker's name.

"„Nu au fost victime”, a declarat pentru Digi24 Ioana Marin, purtătorul de cuvânt al ISU": the
run of capitalised words stops at a word with a digit (extract/quotes/names.py), so "Digi24" is
the outlet after "pentru" and Ioana Marin the speaker. Read as one name, "Digi24 Ioana Marin"
was the outlet, the speaker went missing, and the quote fell to the person who spoke before.
Case: tests/articles/anydomain/pentru-digi24."""

from __future__ import annotations

from conftest import ARTICLES, moded_case_report, speaker_of

outlet = moded_case_report(ARTICLES / "anydomain" / "pentru-digi24", "outlet")


def test_the_name_after_an_outlet_with_a_digit_speaks(outlet):
    _, r = outlet
    assert speaker_of(r, "Nu au fost victime") == "Ioana Marin"
    assert speaker_of(r, "Vom ajuta toate familiile") == "Elena Vasilescu"
