"""The words of raw text, for readings that need no parse (both model modes)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from claimcheck.read.textnorm import fold

# A sentence glued to the one before it in scraped text: "…de urgență era deja plină.Alți șase
# pacienți": the full stop between a small and a capital letter separates two words.
_SPLIT = re.compile(r"\s+|(?<=[a-zăâîșşțţ])[.!?](?=[A-ZĂÂÎȘŞȚŢ])")


def words(text: str) -> list[str]:
    """The words of `text` without the punctuation around them."""
    return [w.strip(",.;:()") for w in _SPLIT.split(text) if w]


def ends_with(text: str, at: int, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether one of `phrases` (folded words) ends right before offset `at`."""
    before = tuple(fold(w) for w in words(text[max(0, at - 30):at])[-3:])
    return any(before[-len(p):] == p for p in phrases if len(p) <= len(before))


def ends_within(before: Sequence[str], phrases: tuple[tuple[str, ...], ...], reach: int,
                gap_ok: Callable[[Sequence[str]], bool] = lambda gap: True) -> bool:
    """Whether one of `phrases` (folded words) ends at most `reach` words before the end of
    `before` (folded words), with `gap_ok` of the words between ("comparativ cu aceeași perioadă a
    anului trecut": the marker three words before the date)."""
    for p in phrases:
        for gap in range(reach + 1):
            end = len(before) - gap
            if end - len(p) >= 0 and tuple(before[end - len(p):end]) == p and gap_ok(before[end:]):
                return True
    return False


def next_word(text: str, end: int) -> str:
    """The word right after offset `end`, folded, or the punctuation mark that stands there."""
    rest = text[end:end + 20].lstrip()
    if not rest:
        return ""
    if not rest[0].isalnum():
        return rest[0]
    return fold(rest.split(maxsplit=1)[0].rstrip(",.;:"))


def previous_word(text: str, start: int) -> str:
    """The word right before offset `start`, folded."""
    before = text[max(0, start - 12):start].split()
    return fold(before[-1]) if before else ""
