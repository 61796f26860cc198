"""Regular expressions built from the word lists of rules/*.yml: the one alternation builder.

Patterns run on folded text (read/textnorm.py: lower case, no diacritics, same length), so the
phrases are folded too. A phrase's spaces match `space` (any whitespace by default; the date
grammar passes one that never crosses a line end).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from claimcheck.read.textnorm import fold

NEVER = r"(?!x)x"  # what an empty word list matches: nothing (an empty alternation would match everywhere)


def key(phrase: str) -> str:
    """The look-up key of a phrase: folded, single-spaced."""
    return " ".join(fold(phrase).split())


def alternation(phrases: Iterable[str], space: str = r"\s+") -> str:
    """A regex alternation of folded phrases, longest match first.

    Built as a trie so that a long list costs no more than a short one at each position (Python's
    `re` tries alternatives one by one). Of the phrases that match at one place the longest wins,
    as with alternatives sorted longest first."""
    trie: dict[str, Any] = {}
    for p in {key(p) for p in phrases if p and str(p).strip()}:
        node = trie
        for ch in p:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        keys = sorted(k for k in node if k)
        if not keys:
            return ""
        parts = [(space if k == " " else re.escape(k)) + build(node[k]) for k in keys]
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        if "" in node:
            body = f"(?:{body})?"
        return body

    out = build(trie)
    return out if out else NEVER


def ends_with(phrases: Iterable[str]) -> re.Pattern[str]:
    """A phrase that ends a stretch of folded text, whitespace after it allowed: a cue searched
    for over the words right before a figure ("cu scorul 3-1", "cu un timp de 1:44:72")."""
    return re.compile(rf"(?:^|\W)(?:{alternation(phrases, space=' ')})\s*$")


def words(phrases: Iterable[str], space: str = r"\s+") -> str:
    """`alternation` bounded so that it matches whole words only."""
    return rf"(?<!\w)(?:{alternation(phrases, space)})(?!\w)"
