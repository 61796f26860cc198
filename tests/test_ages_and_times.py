"""A named one's age and race time, whatever words and places surround them.

- Years right after a person's full name are an age ("asistenta Maria Ionescu, de 41 de ani",
  "șoferul Vasile Popa, 52 de ani": extract/frames._after_full_name); "o experiență de 20 de ani"
  is the noun's span, not an age. Two ages of one person are compared whatever their sentences
  measure or where the person comes from (matching: subject, event and place step aside).
- A span a named one took as in a race ("cu timpul 1h 04min 12sec", "a parcurs cei 21 de
  kilometri în o oră și 14 minute": frame flag `timed`, rules/frames.yml time_nouns,
  distance_words) meets the same one's time elsewhere, never another runner's.
- "două ore, 13 minute și 37 de secunde" is one duration (scan/numbers/units.extend_duration),
  and "24sec." at a sentence's end leaves the full stop to the sentence (scan/numbers._sentence_dot).
- A measure to the unit against the same measure with decimals ("42 de kilometri", 42,195 km) is
  one figure said shorter: no finding (reconcile/coincidence.to_the_unit).
Cases: tests/articles/anydomain/varsta-apozitie, timp-cursa, distanta-taiata. In both model modes."""

from __future__ import annotations

from conftest import ARTICLES, case_report, claim_by_text, findings_between, moded_case_report

ages = case_report(ARTICLES / "anydomain" / "varsta-apozitie", "ages")
times = case_report(ARTICLES / "anydomain" / "timp-cursa", "times")


def test_an_age_after_a_full_name_meets_the_same_persons_age(ages):
    a41, b44 = claim_by_text(ages, "a", "41 de ani"), claim_by_text(ages, "b", "44 de ani")
    assert a41.frame.get("age") and b44.frame.get("age")
    assert [f.rule for f in findings_between(ages, a41, b44)] == ["quantity-conflict"]


def test_a_span_of_experience_is_no_age(ages):
    assert not claim_by_text(ages, "b", "20 de ani").frame.get("age")
    a41 = claim_by_text(ages, "a", "41 de ani")
    assert findings_between(ages, a41, claim_by_text(ages, "b", "20 de ani")) == []


def test_two_people_ages_stay_apart(ages):
    assert findings_between(ages, claim_by_text(ages, "a", "52 de ani"), claim_by_text(ages, "b", "44 de ani")) == []


def test_a_named_runners_time_meets_his_time_elsewhere(times):
    barbu, matei = claim_by_text(times, "a", "1h 04min 12sec"), claim_by_text(times, "a", "1h 06min 40sec")
    other = claim_by_text(times, "b", "o oră și 14 minute")
    assert barbu.text == "1h 04min 12sec"  # (the full stop after "12sec." is the sentence's)
    assert [f.rule for f in findings_between(times, barbu, other)] == ["quantity-conflict"]
    assert findings_between(times, matei, other) == []


def test_a_duration_listed_with_commas_is_one(times):
    d = claim_by_text(times, "a", "două ore, 13 minute și 37 de secunde")
    assert d.value.low == 2 * 3600 + 13 * 60 + 37


cut = moded_case_report(ARTICLES / "anydomain" / "distanta-taiata", "cut")


def test_a_measure_to_the_unit_is_its_precise_value_said_shorter(cut):
    # "maratonul de 42 de kilometri" against "42,195 km": the same distance to the unit, which no
    # reader takes for a loose or a wrong figure (reconcile/coincidence.to_the_unit)
    # (without a parse "maratonul" is not read as what the 42 km measure, so only the figures'
    # coincidence meets them; with it they are one group)
    mode, r = cut
    a, b = claim_by_text(r, "a", "42 de kilometri"), claim_by_text(r, "b", "42,195 km")
    if mode == "ro_legal_fl":
        assert any({a.id, b.id} <= set(g.claims) for g in r.groups)
    assert findings_between(r, a, b) == []
