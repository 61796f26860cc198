"""Romanian numbers and quantities in plain text, without spaCy.

`scan(text)` finds bare numbers, ordinals, counts ("15.000 de militari"), durations, money,
percentages and physical measures, each as a `claims.Match` whose `value` is an interval with
its qualifier (docs/design.md, "Values are intervals"). The language knowledge is in rules/
(numbers.yml, qualifiers.yml, units.yml, vague.yml); this package is the mechanism:

- lexicon.py  the YAML turned into look-up tables, tries and one anchor regex
- tokens.py   lazy tokens around an anchor, Romanian digit formats
- grammar.py  reading one number (digits, words, fractions, vague amounts, ordinals)
- units.py    units, compound durations and money, the counted noun
- phrase.py   one phrase: prefixes, ranges, qualifiers, guards -> Match

Speed: one compiled regex finds the anchors (digits and number words); everything else runs
only around them, so ordinary news text goes through at several MB/s.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimcheck.model import Match
from .lexicon import anchor_position, get_lexicon
from .clock import scan_clock
from .dayparts import scan_day_parts
from .racetime import scan_colon_spans, scan_race_times
from .score import scan_scores
from .rank import scan_ranks, scan_verbal_ranks
from .phrase import Skip, parse_at
from claimcheck.lang.rules import Lang

__all__ = ["scan"]

_DIACRITICS = re.compile("[ăâîșțĂÂÎȘȚ]")


def _sentence_dot(m: Match, text: str) -> Match:
    """An abbreviation's dot that also ends the sentence ("cu timpul 2h 21min 24sec.") is the
    sentence's: the claim's words end before it, its value stays."""
    nxt = text[m.end:m.end + 2]
    if m.text.endswith(".") and len(m.text) > 1 and (nxt == "" or nxt[:1] == "\n" or (nxt[:1] == " " and nxt[1:].isupper())):
        return replace(m, text=m.text[:-1], end=m.end - 1)
    return m


def scan(text: str, lang: Lang | None = None) -> list[Match]:
    """Every number expression in `text` (normalised, diacritics optional), sorted by start,
    non-overlapping; at each place the longest reading wins."""
    lex = get_lexicon(lang)
    out: list[Match] = []
    search = lex.anchor.search
    pos = floor = 0
    n = len(text)
    diacritics = _DIACRITICS.search(text) is not None
    while pos < n:
        m = search(text, pos)
        if m is None:
            break
        at = anchor_position(lex, m)
        if at < floor:  # an anchor inside the last match (a qualifier before "o")
            pos = m.end()
            continue
        r = parse_at(lex, text, at, floor, diacritics)
        if isinstance(r, Match):
            out.append(_sentence_dot(r, text))
            floor = r.end
            pos = max(r.end, m.end())
        elif isinstance(r, Skip):
            pos = max(r.end, m.end())
        else:
            pos = m.end()
    # "circula cu 30-35 km/h": a unit after "N-M" makes it a range of that unit, not a score
    scores = [s for s in scan_scores(text, lang)
              if not any(m.value.unit and m.start <= s.start and m.end > s.end for m in out)]
    ranks = scan_ranks(text, lang)
    ranks += [r for r in scan_verbal_ranks(text, lang) if not any(x.start < r.end and r.start < x.end for x in ranks)]
    clocks = scan_clock(text, lang)
    spans = scan_colon_spans(text, lang)
    # (a span with its unit wins over the clock time its digits look like: "4:20 minute")
    clocks = [c for c in clocks if not any(s.start <= c.start < s.end for s in spans)]
    clocks += scan_day_parts(text, clocks, lang) + scores + ranks + scan_race_times(text, lang) + spans
    if not clocks:
        return out
    # A clock time, a minute of play or a score wins over a bare number inside it ("minutul 60").
    taken = [(c.start, c.end) for c in clocks]
    out = [m for m in out if not any(s < m.end and m.start < e for s, e in taken)]
    return sorted(out + clocks, key=lambda x: x.start)
