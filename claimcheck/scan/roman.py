"""Roman numerals, for both grammars: "XXI-lea" among numbers, "secolul xxi" among dates."""

from __future__ import annotations

import re

_WELL_FORMED = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")
_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def roman(s: str, *, strict: bool = True) -> int | None:
    """The value of a Roman numeral, or None.

    `strict` (running text, where "MIX" or "VIL" are words): only a well-formed numeral in capitals.
    Not strict (after "secolul", where the date grammar already knows a numeral stands there, on
    folded text): any letters of I, V, X, L, C, in either case, read by the subtraction rule."""
    if not s:
        return None
    if strict:
        if not _WELL_FORMED.fullmatch(s):
            return None
    elif any(c not in "ivxlc" for c in s.lower()):
        return None
    total = 0
    up = s.upper()
    for a, b in zip(up, up[1:] + " "):
        va = _VALUES[a]
        total += -va if b != " " and _VALUES[b] > va else va
    return total
