"""A noun that only counts pieces ("unități", "bucăți", "exemplare": rules/frames.yml
`classifier_nouns`) counts what its clause's subject names, read from the parse:
"Autoturismele noi au înregistrat … un volum de 12.480 de unități" counts cars, and meets another
outlet's "12.408 autoturisme" (extract/parsed.frame_from_parse). Without a parse, the noun right
before the clause's verb in the perfect (past a word describing it, "noi", or a parenthesis) is
its subject (extract/windowed._subject_of_perfect). "noi" after a noun is the adjective "new", not the
speaker's own ("la noi"; `own_pronouns`, `own_pronoun_after`). Case:
tests/articles/anydomain/unitati."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "unitati")


def test_units_count_what_the_subject_names(moded):
    mode, r = moded
    units, cars = claim_by_text(r, "a", "12.480 de unități"), claim_by_text(r, "b", "12.408 autoturisme")
    found = findings_between(r, units, cars)
    if mode == "ro_legal_fl":
        assert units.value.unit == cars.value.unit
    assert [f.rule for f in found] == ["quantity-conflict"]
    # "Motocicletele au totalizat 950 de unități" counts motorcycles, not the cars' units
    assert not findings_between(r, claim_by_text(r, "a", "950 de unități"), cars)


def test_new_is_not_our_own(moded):
    _, r = moded
    assert not claim_by_text(r, "a", "12.480 de unități").frame.get("own")
    assert claim_by_text(r, "a", "300 de mașini", kind="quantity").frame.get("own")


def test_units_count_the_subject_past_a_parenthesis(moded):
    # "autocamioanele (care reprezintă circa 10% din piață) au înregistrat … 1.210 de unități"
    _, r = moded
    from claimcheck.lang.stems import stem, stems_meet

    trucks = claim_by_text(r, "c", "1.210 de unități")
    assert stems_meet(stem(trucks.value.unit), "autocamioan")
