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

from claimcheck.extract.quotes.names import CAP_WORD
from claimcheck.lang.rules import load_rules
from claimcheck.read.textnorm import fold

# A paragraph whose opening, up to its first colon, is who speaks; the words said follow.
_LINE = re.compile(r"(?m)^(?P<head>[^\n:]{3,130}): (?P<said>\S[^\n]+)$")
MAX_TITLE = 90  # characters of title after the name ("responsabil fond cinegetic Direcția Silvică Argeș")
MIN_WORDS = 5  # fewer words after the colon are a caption or a heading, not a statement


@lru_cache(maxsize=8)
def _labels(rules_dir: str | None) -> frozenset[str]:
    return frozenset(fold(w) for w in load_rules("speech", rules_dir).get("transcript_labels", []))


def transcript_lines(text: str, rules_dir: str | None = None) -> list[tuple[str, int, int]]:
    """(speaker's name, start, end of the words said) for each transcript paragraph of `text`."""
    labels = _labels(rules_dir)
    out = []
    for m in _LINE.finditer(text):
        split = _name(m.group("head"))
        if split is None:
            continue
        name, title = split
        if any(fold(w) in labels for w in name.split()) or len(m.group("said").split()) < MIN_WORDS:
            continue
        words = name.split()
        if len(words) == 3 and not title.startswith(","):
            name = " ".join(words[:2])  # "Dragoș Onea Salvamont Argeș:": a name, then who they are
        out.append((name, m.start("said"), m.end("said")))
    return out


def _name(head: str) -> tuple[str, str] | None:
    """(name, title) when `head` opens with two or three capitalised words (not acronyms) and
    what follows them is a short title: no sentence end, no quotation mark."""
    end, n = 0, 0
    for w in CAP_WORD.finditer(head):
        word = w.group()
        if n == 3 or w.start() != (end + 1 if n else 0) or not (word[0].isupper() and not word.isupper()):
            break
        end, n = w.end(), n + 1
    title = head[end:]
    if n < 2 or len(title) > MAX_TITLE or (title and title[0] not in " ,") or any(ch in title for ch in ".„”\""):
        return None
    return head[:end], title
