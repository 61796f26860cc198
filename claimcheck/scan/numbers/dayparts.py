"""Parts of the day as times of day: `scan_day_parts(text, clocks)`.

"în seara de 19 august 2023" and "în dimineața zilei de 19 august 2023" time one crash twelve
hours apart, and "în jurul orei 5:25" is the morning's: a part of the day is the interval it
names (rules/clock.yml `day_parts`), read as a clock time with a range, so the clock times'
reconciliation compares it: parts hours apart, or a clock time outside the part, disagree;
a clock time inside it agrees; two parts that only touch (morning and afternoon at noon)
disagree (reconcile/pairs.py).

Only a part that a day anchors is read (a weekday, "ieri", "această", or "de"/"zilei de" and a
date after it): a bare "seara" is a habit or a manner of speaking far more often than a time.
A part right next to a clock time ("Sâmbătă seară, în jurul orei 18.30") only glosses the time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.lang.regex import alternation, key
from claimcheck.lang.rules import Lang, compiled
from claimcheck.model import Match, Value
from claimcheck.read.textnorm import fold_same_length


@dataclass(frozen=True)
class DayPartRules:
    part_rx: re.Pattern[str]  # group "part": a part word that needs a day
    anchored_rx: re.Pattern[str]  # a word that holds its day ("aseară")
    spans: dict[str, tuple[int, int]]  # a part's key (regex.key) -> (from, to) minutes
    before_rx: re.Pattern[str]  # a day right before the part, ending at the part
    after_rx: re.Pattern[str]  # right after the part: a link, then a day
    gloss_chars: int


@compiled
def day_part_rules(lang: Lang) -> DayPartRules:
    cr, dr = lang.load("clock"), lang.load("dates")
    spans: dict[str, tuple[int, int]] = {}
    for name in ("day_parts", "day_parts_anchored"):
        for part in cr.get(name) or []:
            for w in part["words"]:
                spans[key(w)] = (int(part["from"]), int(part["to"]))
    parts = [w for p in cr.get("day_parts") or [] for w in p["words"]]
    anchored = [w for p in cr.get("day_parts_anchored") or [] for w in p["words"]]
    weekdays = [n for d in dr["weekdays"] for n in d["names"]]
    # (a phrase's space matches one space, as written in the rules: regex.alternation's `space`)
    days_before = weekdays + list(cr.get("day_part_days_before") or [])
    return DayPartRules(
        part_rx=re.compile(rf"\b(?P<part>{alternation(parts, ' ')})\b"),
        anchored_rx=re.compile(rf"\b(?P<part>{alternation(anchored, ' ')})\b"),
        spans=spans,
        before_rx=re.compile(rf"\b(?:{alternation(days_before, ' ')}),?\s+$"),
        after_rx=re.compile(rf"\s+(?:{alternation(cr.get('day_part_links_after') or [], ' ')})\s+"
                            rf"(?:\d{{1,2}}\b|(?:{alternation(weekdays + list(dr.get('relative_days') or {}), ' ')})\b)"),
        gloss_chars=int(cr.get("day_part_gloss_chars", 40)))


def scan_day_parts(text: str, clocks: list[Match], lang: Lang | None = None) -> list[Match]:
    """The anchored parts of the day in `text`, as clock matches with the part's interval; none
    within `day_part_gloss_chars` of a clock time of `clocks` in the same sentence."""
    r = day_part_rules(lang)
    folded = fold_same_length(text)
    found: list[tuple[int, int, str]] = []
    for m in r.part_rx.finditer(folded):
        # ("în seara de 19 august": the date after; "vineri seara": the day before)
        if r.after_rx.match(folded, m.end()) or r.before_rx.search(folded, max(0, m.start() - 40), m.start()):
            found.append((m.start(), m.end(), m.group("part")))
    found += [(m.start(), m.end(), m.group("part")) for m in r.anchored_rx.finditer(folded)]
    out = []
    for start, end, word in sorted(found):
        if any(c.kind == "clock" and _near(folded, start, end, c, r.gloss_chars) for c in clocks):
            continue
        low, high = r.spans[key(word)]
        out.append(Match(text[start:end], start, end, "clock", Value(low, high, "min", "range"), {"day_part": word}))
    return out


def _near(folded: str, start: int, end: int, clock: Match, chars: int) -> bool:
    """A clock time within `chars` of a part, with no sentence's end between them."""
    lo, hi = (end, clock.start) if clock.start >= end else (clock.end, start)
    if hi - lo > chars or hi < lo:
        return False
    return not re.search(r"[.!?]\s", folded[lo:hi])
