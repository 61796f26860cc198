"""Paragraphs, sentences and words of a text, with quotations kept whole.

The parser and the sentencizer both cut a sentence inside a multi-sentence quotation
(„La inițiativa voastră … Kursk. Vreau să subliniez …”), which would separate a quote from
its attribution. Here a sentence never ends inside a closed quotation, so "the sentence of a
quote" is the one a reader sees. Text-only, so it behaves the same with or without a parse.
"""

from __future__ import annotations

import bisect
import re

from claimcheck.extract.quotes.marks import QuoteSpan
from claimcheck.read.textnorm import fold

WORD = re.compile(r"[^\W_][\w'’]*(?:-[\w'’]+)*-?")
_END = frozenset(".!?…")
_CLOSING = frozenset("”»\"“›)")


class Layout:
    """Paragraph and sentence boundaries of one text; quotations are never cut."""

    def __init__(self, text: str, quotes: list[QuoteSpan], abbreviations: frozenset[str] = frozenset()):
        self.text = text
        self.paragraphs = _paragraphs(text)
        self._para_starts = [p[0] for p in self.paragraphs]
        self.sentences = _sentences(text, self.paragraphs, quotes, abbreviations)
        self._sent_starts = [s[0] for s in self.sentences]
        self._filler = [is_filler(text[s:e]) for s, e in self.paragraphs]

    def paragraph_gap(self, later: int, earlier: int) -> int:
        """Paragraphs from the one of `earlier` to the one of `later`, not counting the lines
        between that are no prose (a TV schedule, a link list: "Champions League: PSV - Girona,
        marți, 19:45, DGS 1"), which a page prints inside an article without breaking its story."""
        a, b = self.paragraph_index(earlier), self.paragraph_index(later)
        return b - a - sum(self._filler[a + 1:b])

    def sentence_gap(self, later: int, earlier: int) -> int:
        """Sentences from the one of `earlier` to the one of `later`, lines of no prose left out."""
        a, b = self.sentence_index(earlier), self.sentence_index(later)
        return b - a - sum(1 for s, _ in self.sentences[a + 1:b] if self._filler[self.paragraph_index(s)])

    def in_filler(self, i: int) -> bool:
        """Whether `i` falls on a line of no prose (see paragraph_gap)."""
        return bool(self._filler) and self._filler[self.paragraph_index(i)]

    def paragraph_index(self, i: int) -> int:
        return max(0, bisect.bisect_right(self._para_starts, i) - 1)

    def paragraph(self, i: int) -> tuple[int, int]:
        return self.paragraphs[self.paragraph_index(i)] if self.paragraphs else (0, len(self.text))

    def sentence_index(self, i: int) -> int:
        return max(0, bisect.bisect_right(self._sent_starts, i) - 1)

    def sentence(self, i: int) -> tuple[int, int]:
        return self.sentences[self.sentence_index(i)] if self.sentences else (0, len(self.text))


FILLER_WORDS = 12  # a line this short that ends in no full stop is no paragraph of the story


def is_filler(line: str) -> bool:
    end = line.rstrip("".join(_CLOSING))
    return not (end and end[-1] in _END) and len(WORD.findall(line)) < FILLER_WORDS


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-blank lines: news paragraphs are one line each."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _sentences(text: str, paragraphs: list[tuple[int, int]], quotes: list[QuoteSpan],
               abbreviations: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    # Inside a closed quotation no sentence ends: mark those characters.
    inside = bytearray(len(text))
    for q in quotes:
        if q.closed:
            inside[q.inner_start:q.inner_end] = b"\x01" * (q.inner_end - q.inner_start)
    out = []
    for ps, pe in paragraphs:
        s = ps
        i = ps
        while i < pe:
            c = text[i]
            if c in _END and not inside[i]:
                j = i + 1
                while j < pe and (text[j] in _END or text[j] in _CLOSING):
                    j += 1
                k = j
                while k < pe and text[k].isspace():
                    k += 1
                if k >= pe:
                    break
                nxt = text[k]
                # (an opening quotation mark ends the sentence before it even with no space:
                # "a spus sportiva.„Nu vreau…", as pages glue paragraphs)
                if ((k > j and (nxt.isupper() or nxt.isdigit() or nxt in "„«“\"”—–-")) or (k == j and nxt in "„«")) \
                        and not _abbreviation(text, s, i, abbreviations):
                    out.append((s, j))
                    s = k
                    i = k
                    continue
            i += 1
        out.append((s, pe))
    return out


def _abbreviation(text: str, start: int, dot: int, abbreviations: frozenset[str]) -> bool:
    """A dot after an initial or a short abbreviation (V. Putin, dr. Popescu; folded,
    rules/grammar.yml) ends no sentence."""
    if text[dot] != ".":
        return False
    k = dot
    while k > start and text[k - 1].isalpha():
        k -= 1
    word = text[k:dot]
    return len(word) == 1 and word.isupper() or fold(word) in abbreviations


def words_between(text: str, start: int, end: int) -> list[re.Match[str]]:
    return list(WORD.finditer(text, start, end)) if end > start else []


def word_count(text: str, start: int, end: int) -> int:
    return len(words_between(text, start, end))


def strip_span(text: str, start: int, end: int, chars: str = " \t\n,.;:!?—–-") -> tuple[int, int]:
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end
