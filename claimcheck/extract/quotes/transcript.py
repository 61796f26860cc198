"""Quotes written as a transcript: a paragraph that opens with who speaks, then a colon.

TV news sites print interviews this way, with no quotation marks:

    Dragoș Ionescu, responsabil fond cinegetic Direcția Silvică Argeș: Sunt 3-4 poze …
    Dragoș Onea Salvamont Argeș: Ursoaica ne-a urmărit tot timpul …

The speaker is the first two or three capitalised words (a name), optionally followed by a title
before the colon; labels that open a line the same way ("Foto:", "Sursa:", "Update luni, ora
9:25:") are listed in rules/speech.yml (`transcript_labels`) and never speak.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimcheck.lang.rules import load_rules
from claimcheck.read.textnorm import fold

_CAP = r"[A-ZĂÂÎȘŞȚŢ][a-zăâîșşțţéáöü]+(?:-[A-ZĂÂÎȘŞȚŢ][a-zăâîșşțţ]+)?"
# A name of two or three capitalised words at a paragraph's start, then up to 90 characters of
# title (no sentence end, no quotation mark), then a colon and the words said.
_LINE = re.compile(rf"(?m)^(?P<name>{_CAP}(?: {_CAP}){{1,2}})(?P<title>[ ,][^:\n.„”\"]{{0,90}})?: (?P<said>\S[^\n]+)$")
MIN_WORDS = 5  # fewer words after the colon are a caption or a heading, not a statement


@lru_cache(maxsize=8)
def _labels(rules_dir: str | None) -> frozenset[str]:
    return frozenset(fold(w) for w in load_rules("speech", rules_dir).get("transcript_labels", []))


def transcript_lines(text: str, rules_dir: str | None = None) -> list[tuple[str, int, int]]:
    """(speaker's name, start, end of the words said) for each transcript paragraph of `text`."""
    labels = _labels(rules_dir)
    out = []
    for m in _LINE.finditer(text):
        name = m.group("name")
        if any(fold(w) in labels for w in name.split()) or len(m.group("said").split()) < MIN_WORDS:
            continue
        words = name.split()
        if len(words) == 3 and not (m.group("title") or "").startswith(","):
            name = " ".join(words[:2])  # "Dragoș Onea Salvamont Argeș:": a name, then who they are
        out.append((name, m.start("said"), m.end("said")))
    return out
