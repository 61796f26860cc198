"""Text normalisation with a map back to the file on disk.

Romanian text arrives with cedilla ş/ţ (legacy encodings), decomposed diacritics and CRLF.
Everything downstream works on one canonical form; every offset that leaves the program is
mapped back through `OffsetMap` so that lines and columns point into the file as it is.
"""

from __future__ import annotations

import bisect
import unicodedata
from dataclasses import dataclass

# Look-alike letters for Romanian ones, one code point for one: cedilla ş/ţ (legacy encodings)
# and ȋ, an i with an inverted breve that some sources type for î ("ȋn creştere", in the
# statistics institute's releases that outlets copy).
_LOOKALIKES = str.maketrans({"ş": "ș", "ţ": "ț", "Ş": "Ș", "Ţ": "Ț", "ȋ": "î", "Ȋ": "Î"})
_FOLD = str.maketrans({"ș": "s", "ț": "t", "ă": "a", "â": "a", "î": "i", "Ș": "S", "Ț": "T", "Ă": "A", "Â": "A", "Î": "I",
                       "ş": "s", "ţ": "t", "Ş": "S", "Ţ": "T"})


def fold(s: str) -> str:
    """Lower-case and strip Romanian diacritics: the key for lexicon look-ups, since news and
    user input alike often omit them ("doua ore", "jumatate")."""
    return s.lower().translate(_FOLD)


def fold_same_length(text: str) -> str:
    """`fold`, keeping every offset: the one definition of the invariant that an offset in the
    folded text is the same offset in the text (and so, through `OffsetMap`, in the file).

    `str.lower` turns a few capitals into two code points ("İ" into "i̇"): then each character
    is folded alone and keeps only its first code point. Every pattern that runs on folded text
    (dates, quotes, speakers, sources) folds through here."""
    out = fold(text)
    if len(out) == len(text):
        return out
    return "".join(fold(c)[:1] or c for c in text)


@dataclass(slots=True)
class OffsetMap:
    """Maps offsets in normalised text to offsets in the original text.

    `points` is None when the two are identical (the common case), which keeps mapping free.
    """

    original: str
    points: list[int] | None = None  # points[i] = original offset of normalised char i
    _line_starts: list[int] | None = None

    def to_original(self, i: int) -> int:
        if self.points is None:
            return i
        if i >= len(self.points):
            return len(self.original)
        return self.points[i]

    def line_col(self, i: int) -> tuple[int, int]:
        """1-based line and column (in code points) of normalised offset `i`, in the original."""
        o = self.to_original(i)
        if self._line_starts is None:
            starts = [0]
            find = self.original.find
            pos = find("\n")
            while pos != -1:
                starts.append(pos + 1)
                pos = find("\n", pos + 1)
            self._line_starts = starts
        line = bisect.bisect_right(self._line_starts, o)
        return line, o - self._line_starts[line - 1] + 1


def normalize(text: str) -> tuple[str, OffsetMap]:
    """Canonical text (comma-below ș/ț, î for ȋ, NFC, LF line ends) and the map back to `text`."""
    # str.translate with a table walks every character (0.24 s for 1,000 stored articles): only
    # when a look-alike letter is there to replace.
    simple = text.translate(_LOOKALIKES) if any(c in text for c in "şţŞŢȋȊ") else text
    if "\r" not in simple and unicodedata.is_normalized("NFC", simple):
        # A look-alike → its Romanian letter is one code point for one, so offsets are unchanged.
        return simple, OffsetMap(text)
    out: list[str] = []
    points: list[int] = []
    # Normalise piece by piece, each piece starting at a character that NFC never merges
    # with what precedes it (combining class 0), so each output char maps to its piece.
    i, n = 0, len(simple)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(simple[j]):
            j += 1
        piece = simple[i:j]
        if piece == "\r\n" or piece == "\r":
            piece = "\n"
        elif piece.startswith("\r"):
            piece = "\n" + piece[1:]
        norm = unicodedata.normalize("NFC", piece)
        out.append(norm)
        points.extend([i] * len(norm))
        if piece == "\n" and simple[i] == "\r" and j < n and simple[j] == "\n":
            j += 1  # CRLF: the LF is consumed with the CR
        i = j
    return "".join(out), OffsetMap(text, points)
