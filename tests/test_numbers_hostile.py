"""Hostile input: scan must return quickly and never raise. The time limits guard against hangs
and quadratic blow-ups (regex backtracking, int() on huge digit runs); they are no benchmark."""

from __future__ import annotations

import time

import pytest

from claimcheck.numbers import scan

LIMIT = 5.0  # seconds; ordinary runs take a small fraction of this


def timed(text: str):
    t = time.perf_counter()
    ms = scan(text)
    dt = time.perf_counter() - t
    assert dt < LIMIT, f"{dt:.1f}s on {len(text)} chars"
    for m in ms:
        assert text[m.start:m.end] == m.text
    return ms


def test_ten_megabytes_of_digits() -> None:
    assert timed("7" * 10_000_000) == []  # an identifier, not a number


def test_ten_megabytes_of_separated_digits() -> None:
    assert timed(("1.000," * 1_700_000)[:10_000_000]) == []  # one junk token, skipped whole


# Text made only of numbers costs the grammar's full price at every token (tens of
# microseconds each), so these inputs are kept at ~100 kB; the scaling test below is what
# guards against anything worse than linear.
DENSE = {
    "grouped digits": "12 345 ",
    "number words": "două ",
    "hundreds": "o sută ",
    "multipliers": "mii de ",
    "tens and": "douăzeci și ",
    "dashes": "1-",
    "spaced ranges": "1 - 2 - ",
    "slashes": "1/",
    "articles": "a ",
}


@pytest.mark.parametrize("name", list(DENSE))
def test_dense_numeric_text(name: str) -> None:
    unit = DENSE[name]
    timed(unit * (100_000 // len(unit)))


def test_dense_text_scales_linearly() -> None:
    unit = "12 345 de oameni, "
    small = unit * (100_000 // len(unit))
    t = time.perf_counter()
    n_small = len(timed(small))
    t_small = time.perf_counter() - t
    t = time.perf_counter()
    n_big = len(timed(small * 4))
    t_big = time.perf_counter() - t
    assert n_big == 4 * n_small
    assert t_big < 8 * t_small + 0.5, (t_small, t_big)  # linear is 4x; quadratic would be 16x


def test_huge_number_with_multiplier() -> None:
    ms = timed("999999999999999999999 de milioane")
    assert [m.value.low for m in ms] == [float(999999999999999999999 * 10**6)]


@pytest.mark.parametrize("text", [
    "", " ", "\n\n\n", ".", "-", "—", "%", "$", "€", "°", ",", ",,,,", "...", "-,-", "de", "de de de",
    "o", "un", "al", "a", "mai", "între", "peste", "cel puțin", "-lea", "II-", "'", "\u00a0", "\ufeff",
])
def test_lone_punctuation_and_fragments(text: str) -> None:
    assert timed(text) == []


def test_mixed_scripts() -> None:
    ms = timed("Путин: 15.000 солдат; 北京 2 ore; ١٢٣ ٤٥٦; 𝟙𝟚𝟛; 15.000 de militari 🇷🇴 ﷽")
    texts = [m.text for m in ms]
    assert "2 ore" in texts and "15.000 de militari" in texts
    assert not any("١" in t or "𝟙" in t for t in texts)  # only ASCII digits are numbers


def test_long_runs_without_anchors() -> None:
    timed("peste " * 150_000 + "3")
    timed("-" * 1_000_000 + "5")
    timed("a " * 500_000 + "doua")
    timed("de " * 500_000 + "20")


def test_no_newlines_in_matches() -> None:
    ms = timed("Au fost 15.000\nde militari")
    assert [m.text for m in ms] == ["15.000"]
