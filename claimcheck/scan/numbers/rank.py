"""A named one's place in a ranking, said in apposition: "Lucia Bronzetti, locul 72 WTA",
"Simona Halep, numărul 1 mondial": `scan_ranks(text)`.

A number after "locul" is no quantity (numbers.yml `not_quantity_after`): "locul 3" alone may be
a seat, a place in one stage or a list, and whose place it is would be a guess. Only the
apposition is read, where the name right before the comma says whose standing it is; the words
after the number up to the next comma (`ranking`) say in which ranking ("WTA", "mondial", "în
grupa B"). The value is the place, unit "rank"; the frame's owner is the name's last word, as
other owners are (extract/measured._surname).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from claimcheck.lang.rules import load_rules
from claimcheck.model import Match, Value
from claimcheck.read.textnorm import fold

UNIT = "rank"
_CAP = r"[A-ZĂÂÎȘŞȚŢ][\w'’-]*"
_QUALIFIER = re.compile(r"[^,;.()\n]{0,40}")



@lru_cache(maxsize=8)
def _qualifier_ends(rules_dir: str | None) -> frozenset[str]:
    return frozenset(fold(w).lower() for w in load_rules("numbers", rules_dir).get("rank_qualifier_ends", []))


@lru_cache(maxsize=8)
def standing(rules_dir: str | None) -> frozenset[str]:
    """Rankings that are one standing whatever their words (numbers.yml `rank_standing`)."""
    return frozenset(fold(w).lower() for w in load_rules("numbers", rules_dir).get("rank_standing", []))


@lru_cache(maxsize=8)
def _rank_rx(rules_dir: str | None) -> re.Pattern[str]:
    words = load_rules("numbers", rules_dir).get("rank_words", [])
    if not words:
        return re.compile(r"(?!)")
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?P<name>{_CAP}(?:\s+{_CAP}){{0,3}})\s*,\s*(?i:{alt})\s+(?P<n>\d{{1,4}})(?![\d.,]?\d)")


def scan_ranks(text: str, rules_dir: Path | str | None = None) -> list[Match]:
    rd = str(rules_dir) if rules_dir else None
    ends = _qualifier_ends(rd)
    out: list[Match] = []
    for m in _rank_rx(rd).finditer(text):
        name = m.group("name")
        before = text[:m.start()].rstrip()
        if " " not in name and (not before or before[-1] in ".!?\n"):
            continue  # "Echipa, locul 3": one capitalised word opening a sentence is no name
        n = int(m.group("n"))
        words = fold(_QUALIFIER.match(text, m.end()).group()).lower().split()
        cut = next((k for k, w in enumerate(words) if w in ends), len(words))
        ranking = " ".join(words[:min(cut, 3)])
        start = m.start("n") - len(text[m.end("name"):m.start("n")].lstrip(" ,"))
        out.append(Match(text[start:m.end()], start, m.end(), "rank", Value(n, n, UNIT, "exact"),
                         {"owner": fold(name.split()[-1].split("-")[-1]).lower(), "ranking": ranking}))
    return out
