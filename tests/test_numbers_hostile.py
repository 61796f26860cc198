"""Hostile input: scan must return and never raise. A time limit per test guards against hangs
(a signal stops the test, so a hang fails instead of blocking the run); growth is measured by a
count of the work done, not by the clock, so a busy machine cannot fail these tests."""

from __future__ import annotations

import signal
import sys

import pytest

from claimcheck.scan.numbers import scan

LIMIT = 30  # seconds per test: a hang guard, no benchmark; each test takes a few seconds at most


@pytest.fixture(autouse=True)
def time_limit():
    if not hasattr(signal, "setitimer"):  # Windows: no SIGALRM
        yield
        return

    def expired(signum, frame):
        pytest.fail(f"still scanning after {LIMIT}s: a hang or a blow-up", pytrace=False)

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, LIMIT)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def timed(text: str):
    """Scan `text` (under the per-test time limit) and check every match's offsets."""
    ms = scan(text)
    for m in ms:
        assert text[m.start:m.end] == m.text
    return ms


def calls_to_scan(text: str) -> tuple[int, int]:
    """(function calls made, matches found) for one scan: a count of the work done that is the
    same on every run and every machine, unlike a stopwatch."""
    n = 0

    def count(frame, event, arg):
        nonlocal n
        if event in ("call", "c_call"):
            n += 1

    sys.setprofile(count)
    try:
        ms = scan(text)
    finally:
        sys.setprofile(None)
    return n, len(ms)


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
    small = unit * (25_000 // len(unit))
    scan(small[:1000])  # the rules are compiled once, before counting
    work_small, n_small = calls_to_scan(small)
    work_big, n_big = calls_to_scan(small * 4)
    assert n_small > 1000 and n_big == 4 * n_small
    # Linear is 4x the work (it is 4.0x); quadratic would be 16x.
    assert work_big <= 4.5 * work_small, (work_small, work_big)


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
