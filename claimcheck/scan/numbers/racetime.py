"""A race time written with colons or a decimal point ("cu un timp de 1:44:72", "în 1:44.72"):
`scan_race_times(text)`; a span written with a colon and its unit ("timp de 4:20 minute"):
`scan_colon_spans(text)`.

Two colons are read as minutes, seconds and hundredths only when the last part cannot be seconds
(over 59: "1:44:72"), or when the hundredths follow a point or a comma ("1:44.72"); "2:08:15"
may be hours, minutes and seconds or minutes, seconds and hundredths, and is left alone. The
words right before must say it is a time (rules/clock.yml `race_time_cues`: "cu un timp de",
"cu timpul"), so that a clock time or a date is never read this way.
"""

from __future__ import annotations

import re
from fractions import Fraction

from claimcheck.lang.regex import ends_with
from claimcheck.lang.rules import Lang, compiled
from claimcheck.model import Match, Value
from claimcheck.read.textnorm import fold

_RACE = re.compile(r"(?<![\d.,:/])(\d{1,2}):([0-5]\d)([:.,])(\d{2})(?![\d:.,]?\d)")
_CUE_REACH = 30  # characters before a time where its cue must end


@compiled
def _cue_rx(lang: Lang) -> re.Pattern[str]:
    return ends_with(lang.load("clock").get("race_time_cues", []))


@compiled
def _colon_spans(lang: Lang) -> list[tuple[re.Pattern[str], int]]:
    """(regex of "M:SS <unit word>", seconds the first part counts) for rules/clock.yml `colon_spans`."""
    out = []
    for span in lang.load("clock").get("colon_spans") or []:
        words = "|".join(re.escape(fold(w)) for w in span["words"])
        out.append((re.compile(rf"(?<![\d.,:/])(\d{{1,2}}):([0-5]\d)(?![\d:.,]?\d)\s+(?:{words})(?!\w)"),
                    int(span["seconds"])))
    return out


def scan_colon_spans(text: str, lang: Lang | None = None) -> list[Match]:
    """"timp de 4:20 minute": a span its unit word says is minutes and seconds (or hours and
    minutes), not a clock time."""
    folded = fold(text)
    out: list[Match] = []
    for rx, unit in _colon_spans(lang):
        for m in rx.finditer(folded):
            value = float(int(m.group(1)) * unit + int(m.group(2)) * unit // 60)
            out.append(Match(text[m.start():m.end()], m.start(), m.end(), "duration",
                             Value(value, value, "s", "exact"), {}))
    return sorted(out, key=lambda x: x.start)


def scan_race_times(text: str, lang: Lang | None = None) -> list[Match]:
    cue = _cue_rx(lang)
    folded = fold(text)  # same length as text: offsets carry over
    out: list[Match] = []
    for m in _RACE.finditer(text):
        minutes, seconds, sep, hundredths = int(m.group(1)), int(m.group(2)), m.group(3), int(m.group(4))
        if sep == ":" and hundredths <= 59:
            continue  # ("2:08:15": hours or hundredths, the text does not say)
        if not cue.search(folded, max(0, m.start() - _CUE_REACH), m.start()):
            continue
        value = Fraction(minutes * 60 + seconds) + Fraction(hundredths, 100)
        out.append(Match(text[m.start():m.end()], m.start(), m.end(), "duration",
                         Value(float(value), float(value), "s", "exact"), {}))
    return out
