"""A match's final score ("scor 33-24", "România – Croația 34-23"): `scan_scores(text)`.

"34-23" with no unit is read as a quantity by no grammar (numbers.yml guards it: a bare range is
a score far more often than a range of something). Here it is a score when the words before it
say so (rules/clock.yml `score_cues`) or two names joined by a dash stand before it, and its
sentence does not say it is a score along the way (`score_interim`: "la pauză", "au condus cu
5-2"): those meet the final score of another report and would accuse it. The value is the two
goal counts, higher first as news writes a result (`Value(low, high, "score")`): an outlet that
names the teams the other way round gives the same result.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.lang.regex import ends_with
from claimcheck.lang.rules import Lang, compiled
from claimcheck.model import Match, Value
from claimcheck.read.textnorm import fold

UNIT = "score"
_SCORE = re.compile(r"(?<![\d.,:/])(\d{1,3})\s?[-–]\s?(\d{1,3})(?![\d.,:/]?\d|\s*%)")
# "România – Croaţia 34-23": two capitalised names joined by a dash right before the score
_TEAMS = re.compile(r"[A-ZĂÂÎȘŞȚŢ][\w.'-]*(?:\s+[A-ZĂÂÎȘŞȚŢ][\w.'-]*)*\s+[-–—]\s+[A-ZĂÂÎȘŞȚŢ][\w.'-]*"
                    r"(?:\s+[A-ZĂÂÎȘŞȚŢ][\w.'-]*)*,?\s*$")
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
_LOOK_BACK = 1000  # characters before a score searched first for the end of the sentence before


@dataclass(frozen=True)
class ScoreRules:
    cue_rx: re.Pattern[str]  # a cue ending right before the score
    interim: tuple[str, ...]  # folded words of a score along the way


@compiled
def score_rules(lang: Lang) -> ScoreRules:
    cr = lang.load("clock")
    return ScoreRules(ends_with(cr.get("score_cues", [])), tuple(fold(w) for w in cr.get("score_interim", [])))


def _sentence(folded: str, start: int, end: int) -> str:
    """The sentence around [start, end): from the end of the last one before it to the next end.
    The last end is looked for in the stretch just before the score first, not from the
    article's start for every score."""
    lo = max(0, start - _LOOK_BACK)
    before = [m.end() for m in _SENTENCE_END.finditer(folded, lo, start)]
    if not before and lo:
        before = [m.end() for m in _SENTENCE_END.finditer(folded, 0, start)]
    after = _SENTENCE_END.search(folded, end)
    return folded[before[-1] if before else 0:after.start() if after else len(folded)]


def scan_scores(text: str, lang: Lang | None = None) -> list[Match]:
    sr = score_rules(lang)
    folded = fold(text)  # same length as text: offsets carry over
    out: list[Match] = []
    for m in _SCORE.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        line_start = max(text.rfind("\n", 0, m.start()), text.rfind(".", 0, m.start())) + 1
        said = sr.cue_rx.search(folded, max(line_start, m.start() - 30), m.start()) \
            or _TEAMS.search(text, line_start, m.start())
        if not said:
            continue
        words = re.findall(r"\w+", _sentence(folded, m.start(), m.end()))
        sentence = " " + " ".join(words) + " "
        if any(f" {w} " in sentence for w in sr.interim):
            continue
        out.append(Match(text[m.start():m.end()], m.start(), m.end(), "score",
                         Value(min(a, b), max(a, b), UNIT, "exact"), {}))
    return out
