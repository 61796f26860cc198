"""A fraction of a whole ("mai mult de jumătate din profitul total", "o treime din voturi") is a
share: a percentage, read as one (role `share`), so that it meets "aproape 60% din profitul
total" rather than being dropped as a bare number."""

from __future__ import annotations

from claimcheck.scan.numbers import scan

from conftest import analyse_case


def test_a_fraction_of_a_whole_is_a_percentage():
    got = [(m.text, m.kind, m.value.low, m.value.high, m.value.unit, m.value.qualifier)
           for m in scan("Petrom aduce mai mult de jumătate din profit și o treime din venituri.")]
    assert got == [("mai mult de jumătate", "percent", 50, None, "%", "more_than"),
                   ("o treime", "percent", 100 / 3, 100 / 3, "%", "exact")]
    # not a fraction of a whole: a half hour, the second half of the year
    assert [(m.text, m.kind) for m in scan("o jumătate de oră în a doua jumătate a anului")] == \
        [("o jumătate de oră", "duration"), ("a doua", "ordinal")]


def test_the_share_is_a_claim_with_its_role(tmp_path):
    (tmp_path / "a.txt").write_text("date 2025-12-01 Grupul\n\nPetrom generează mai mult de jumătate din "
                                    "profitul total al grupului.\n", encoding="utf-8")
    r = analyse_case(tmp_path, "blank")
    [c] = [c for c in r.claims if "jumătate" in c.text]
    assert (c.value.unit, c.frame["quantity"], c.frame["role"]) == ("%", "percent", "share")
