"""Property tests: num2words as an independent oracle for Romanian number words, and Romanian
digit formats round-tripping through scan.

What num2words writes that is not textbook Romanian, and how claimcheck treats it:
- 10**12 comes out as "bilion" without "un"; scan reads a bare "bilion" as one (as it reads
  "milion de euro"), so the oracle still agrees.
- "o sută unu de mii" (101000), "o sută nouăsprezece de mii": the norm puts "de" only when the
  last two digits are 00 or 20-99. claimcheck follows Duckling's looser rule (the whole number
  before the multiplier must be >= 20), which accepts num2words' forms and still refuses
  "19 de milioane".
- "douăzeci și unu milioane" (no "de" from 20 up): sloppy but unambiguous; accepted.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st
from num2words import num2words

from claimcheck.scan.numbers import scan

BOUNDARIES = [0, 1, 2, 9, 10, 11, 12, 19, 20, 21, 22, 99, 100, 101, 119, 120, 999, 1000, 1001, 1019,
              1020, 1999, 2000, 2019, 2020, 9999, 19000, 20000, 21000, 22000, 100000, 101000, 999999,
              10**6, 10**6 + 1, 2 * 10**6, 19 * 10**6, 21 * 10**6, 10**9, 10**9 + 1, 21 * 10**9,
              10**12 - 1, 10**12]


def _single(text: str) -> float:
    ms = scan(text)
    assert len(ms) == 1, (text, [(m.text, m.value) for m in ms])
    m = ms[0]
    assert (m.start, m.end) == (0, len(text)), (text, m.text)
    assert m.value.low == m.value.high, (text, m.value)
    return m.value.low


def _words_example(f):
    for n in BOUNDARIES:
        f = example(n)(f)
    return f


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 10**12))
@_words_example
def test_num2words_parses_back(n: int) -> None:
    text = num2words(n, lang="ro")
    assert _single(text) == n


def group(n: int, sep: str) -> str:
    s = str(n)
    parts = []
    while len(s) > 3:
        parts.append(s[-3:])
        s = s[:-3]
    parts.append(s)
    return sep.join(reversed(parts))


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 10**12), st.sampled_from([".", " ", "\u00a0", "\u202f"]))
@example(1950, ".")
@example(15000, ".")
@example(999, " ")
@example(1000, "\u00a0")
def test_grouped_digits_round_trip(n: int, sep: str) -> None:
    assert _single(group(n, sep)) == n


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 10**9), st.integers(0, 99), st.sampled_from([".", " "]))
@example(1234, 56, ".")
@example(0, 5, ".")
def test_decimals_round_trip(n: int, cents: int, sep: str) -> None:
    text = f"{group(n, sep)},{cents:02d}"
    assert _single(text) == float(f"{n}.{cents:02d}")


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 10**12).filter(lambda n: not 1900 <= n <= 2100))
def test_plain_and_negative_digits(n: int) -> None:
    assert _single(str(n)) == n
    assert _single(f"-{group(n, '.')}") == -n


@settings(max_examples=200, deadline=None)
@given(st.integers(20, 10**9), st.sampled_from(["soldați", "drone", "persoane"]))
def test_counts_in_a_sentence(n: int, noun: str) -> None:
    text = f"Raportul menționează {group(n, '.')} de {noun} în regiune."
    ms = scan(text)
    assert len(ms) == 1
    assert (ms[0].kind, ms[0].value.low, ms[0].value.unit) == ("count", n, noun)
