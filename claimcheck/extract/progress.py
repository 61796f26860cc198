"""Whether an article reports a count still under way: "Până luni, ora 00.00, au fost centralizate
peste 19.286 de procese-verbale din cele 20.085 de secții" makes every figure of it partial, as
"Rezultate parțiale" does (rules/frames.yml progress_words, partial_article_markers); and whether
it says it gives the final, corrected figures (final_article_markers)."""

from __future__ import annotations

import re

from claimcheck.extract.measured import has_cue
from claimcheck.lang.frames import FrameWords
from claimcheck.read.textnorm import fold

_NUMBER = r"(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?"
# "19.286 de procese-verbale din cele 20.085", "19.662 din 20.085": a part of a whole, in words
# at most three apart; "97,89% din", "97,89% dintre": a share
_PART_OF = re.compile(_NUMBER + r"(?:\s+\S+){0,3}?\s+din\s+(?:cele\s+|totalul\s+de\s+)?" + _NUMBER + r"(?!\s*%)")
_SHARE = re.compile(_NUMBER + r"\s*%\s+(?:din|dintre)\b")


def _value(whole: str, decimals: str | None) -> float:
    return float(whole.replace(".", "") + ("." + decimals if decimals else ""))


def _sentences(folded: str) -> list[str]:
    return re.split(r"(?<=[.!?])\s+|\n+", folded)


def counting_under_way(text: str, w: FrameWords) -> bool:
    """A sentence with a word of counting and a part below its whole ("X din cele N", "P% din")."""
    for sentence in _sentences(fold(text)):
        if not any(word.startswith(w.progress_words) for word in sentence.split()):
            continue
        if any(_value(m[1], m[2]) < _value(m[3], m[4]) for m in _PART_OF.finditer(sentence)):
            return True
        if any(_value(m[1], m[2]) < 100 for m in _SHARE.finditer(sentence)):
            return True
    return False


def says_final(folded: str, w: FrameWords) -> bool:
    """A sentence of the (folded) article with a `final_article_markers` phrase that does not
    announce them for later ("Rezultatele finale vor apărea pe 10 iulie" says this article's are
    not final)."""
    for sentence in _sentences(folded):
        if any(p in sentence for p in w.final_article_markers):
            if not has_cue(re.findall(r"[\w-]+", sentence), w.planned_cues):
                return True
    return False
