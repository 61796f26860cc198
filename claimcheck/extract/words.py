"""The words of raw text, for readings that need no parse (both model modes)."""

from __future__ import annotations

from claimcheck.read.textnorm import fold


def words(text: str) -> list[str]:
    """The words of `text` without the punctuation around them."""
    return [w.strip(",.;:()") for w in text.split()]


def ends_with(text: str, at: int, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether one of `phrases` (folded words) ends right before offset `at`."""
    before = tuple(fold(w) for w in words(text[max(0, at - 30):at])[-3:])
    return any(before[-len(p):] == p for p in phrases if len(p) <= len(before))
