"""Race times (case tests/articles/anydomain/timp-sutimi):
- "cu un timp de 1:44:72" is minutes, seconds and hundredths (the last part cannot be seconds;
  scan/numbers/racetime.py, rules/clock.yml `race_time_cues`), and "1 min 44 sec 74/100" keeps
  its hundredths (scan/numbers/units.extend_duration);
- a time in brackets right after a name is that one's, as in a results list ("Richards (1 min 44
  sec 74/100)"; extract/owners.ranked_with), so two outlets' times of one swimmer conflict
  (without the parse; the model's NER does not always take "Richards" for a person here).
"2:08:15" (hours, or hundredths?) is left alone, and "ora 12:30:45" is no "ora 1"
(scan/numbers/clock.py)."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

from claimcheck.scan.numbers import scan

moded = moded_case_report(ARTICLES / "anydomain" / "timp-sutimi")


def test_hundredths_are_read(moded):
    _, r = moded
    assert claim_by_text(r, "a", "1:44:72").value.low == 104.72
    assert claim_by_text(r, "b", "74/100").value.low == 104.74
    assert claim_by_text(r, "b", "74/100").frame.get("owner") == "richards"


def test_one_swimmers_two_times_conflict(moded):
    mode, r = moded
    found = [f.rule for f in findings_between(r, claim_by_text(r, "a", "1:44:72"), claim_by_text(r, "b", "74/100"))]
    if mode == "blank":
        assert found == ["quantity-conflict"]
    assert findings_between(r, claim_by_text(r, "a", "1:44:72"), claim_by_text(r, "b", "70/100")) == []


def test_ambiguous_colons_are_left_alone():
    assert [m.text for m in scan("a terminat cursa cu timpul de 2:08:15.")] == []
    assert [m.text for m in scan("Trenul a plecat la ora 12:30:45 din gară.")] == []


def test_a_colon_span_with_its_unit_is_a_duration():
    # "a căzut liber timp de 4:20 minute": minutes and seconds (rules/clock.yml colon_spans),
    # while "la ora 4:20" stays a time of day
    found = {m.text: (m.kind, m.value.low) for m in scan("A căzut liber timp de 4:20 minute, apoi a plutit "
                                                         "2:30 ore și a aterizat la ora 4:20.")}
    assert found["4:20 minute"] == ("duration", 260)
    assert found["2:30 ore"] == ("duration", 9000)
    assert found["ora 4:20"][0] == "clock"


def test_english_grouping_with_a_decimal_point_is_read():
    # "1,342.8 km/h" as agency copy prints it; "39,045 metri" alone stays a Romanian decimal
    found = {m.text: m.value.low for m in scan("A atins 1,342.8 km/h după un salt de 39,045 metri.")}
    assert found == {"1,342.8 km/h": 1342.8, "39,045 metri": 39.045}


def test_a_speed_with_a_slash_before_the_hour_is_a_speed():
    # "o viteza de 1.342,8 kilometri/ ora" (rules/units.yml km/h forms), typed without diacritics
    found = {m.text: m.value.unit for m in scan("O viteza de 1.342,8 kilometri/ ora, apoi 90 km/ora.")}
    assert found == {"1.342,8 kilometri/ ora": "km/h", "90 km/ora": "km/h"}
