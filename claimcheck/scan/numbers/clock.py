"""Clock times and minutes of a match, as points in time: `scan_clock(text)`.

"la ora 09:07" is 547 minutes after midnight; "cu puțin trecut de ora 9.00" the half hour after
540; "în minutul 90+4" the 94th minute of play. The words are in rules/clock.yml; this is the
mechanism: one regex over the text, qualifiers read backwards from it. A separate grammar from the
quantities', whose id guard keeps "ora 12" from being read as a count of twelve.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.model import Match, Value
from claimcheck.lang.rules import Lang, compiled
from claimcheck.read.textnorm import fold


# A dash then a day of the month: the time opens a span that ends on another day.
_SPAN_TO_DAY = re.compile(r"\s*[-–—]\s*\d{1,2}\s+[a-z]")


@dataclass(frozen=True)
class ClockRules:
    hour_rx: re.Pattern[str]
    minute_rx: re.Pattern[str]
    qualifiers: tuple[tuple[str, int | None, int | None], ...]  # folded words, low, high; longest first
    whole_hour_step: int
    range_rx: re.Pattern[str]  # right after a time: the end of its interval ("14:00 – 18:00")
    minutes_rx: re.Pattern[str]  # right after a whole hour: its minutes in words ("și 20 de minute")
    loose_minutes: int | None  # the widest a qualifier loosens a time given to the minute
    minutes_list_rx: re.Pattern[str]  # "minutele 55 și 80": the word and its first minute
    minutes_next_rx: re.Pattern[str]  # right after a minute of such a list: the next one


@compiled
def clock_rules(lang: Lang) -> ClockRules:
    cr = lang.load("clock")
    words = lambda key: "|".join(re.escape(fold(w)) for w in sorted(cr[key], key=len, reverse=True))  # noqa: E731
    # (the hour whole: "ora 12:30:45" is no "ora 1")
    hour_rx = re.compile(rf"\b(?:{words('hour_words')})\s+(\d{{1,2}})(?!\d)(?:[:.](\d{{2}}))?(?![\d.,:]\d)")
    minute_rx = re.compile(rf"\b(?:{words('minute_words')})\s+(\d{{1,3}})(?:\s*(?:{words('stoppage')})\s*(\d{{1,2}}))?(?!\d)")
    quals = sorted(((fold(w), q.get("low"), q.get("high")) for q in cr.get("qualifiers", []) for w in q["words"]),
                   key=lambda e: -len(e[0]))
    range_rx = re.compile(rf"\s*(?:{words('range_links')})\s*(?:(?:{words('hour_words')})\s+)?(\d{{1,2}})[:.](\d{{2}})(?![\d.,:]\d)")
    minutes_rx = re.compile(rf"\s+(?:{words('minutes_joins')})\s+(\d{{1,2}})\s+(?:{words('minutes_units')})\b") \
        if cr.get("minutes_joins") and cr.get("minutes_units") else re.compile(r"(?!)")
    list_rx = re.compile(rf"\b(?:{words('minutes_list_words')})\s+(\d{{1,3}})(?!\d)") \
        if cr.get("minutes_list_words") else re.compile(r"(?!)")
    next_rx = re.compile(rf"\s*(?:{words('minutes_list_links')})\s*(\d{{1,3}})(?![\d.,:]\d)") \
        if cr.get("minutes_list_links") else re.compile(r"(?!)")
    return ClockRules(hour_rx, minute_rx, tuple(quals), int(cr.get("whole_hour_step", 60)), range_rx, minutes_rx,
                      cr.get("loose_minutes"), list_rx, next_rx)


def scan_clock(text: str, lang: Lang | None = None) -> list[Match]:
    """Clock times (kind "clock", minutes since midnight) and minutes of play (kind "minute")."""
    cr = clock_rules(lang)
    folded = fold(text)  # same length as text: offsets carry over
    out: list[Match] = []
    for m in cr.hour_rx.finditer(folded):
        h, mins = int(m.group(1)), m.group(2)
        if h > 24 or (mins is not None and int(mins) > 59):
            continue
        end_at = m.end()
        if mins is None and (said := cr.minutes_rx.match(folded, m.end())) and int(said.group(1)) <= 59:
            mins, end_at = said.group(1), said.end()
        at = h * 60 + (int(mins) if mins else 0)
        attrs = {} if mins else {"step": float(cr.whole_hour_step)}
        to = cr.range_rx.match(folded, end_at)
        if to and int(to.group(1)) <= 24 and int(to.group(2)) <= 59 and int(to.group(1)) * 60 + int(to.group(2)) > at:
            # "între orele 14:00 și 17:00", "orele 14:00 – 18:00": one interval, not two times
            end = int(to.group(1)) * 60 + int(to.group(2))
            out.append(Match(text[m.start():to.end()], m.start(), to.end(), "clock", Value(at, end, "min", "range"), {}))
            continue
        if _SPAN_TO_DAY.match(folded, end_at):
            continue  # "7 octombrie, ora 21:00 – 8 octombrie, ora 23:00": the start of a span of days, no point

        out.append(_qualified(text, folded, m.start(), end_at, at, "clock", "min", attrs, cr))
    for m in cr.minute_rx.finditer(folded):
        at = int(m.group(1)) + (int(m.group(2)) if m.group(2) else 0)
        out.append(_qualified(text, folded, m.start(), m.end(), at, "minute", "minut de joc", {}, cr))
    for m in cr.minutes_list_rx.finditer(folded):
        # each minute of "în minutele 55 și 80" is one point of play, never a count ("80" is no
        # number of spectators said before it)
        start, nxt = m.start(), m
        while nxt is not None:
            at = int(nxt.group(1))
            out.append(Match(text[start:nxt.end(1)], start, nxt.end(1), "minute",
                             Value(at, at, "minut de joc", "exact"), {}))
            nxt = cr.minutes_next_rx.match(folded, nxt.end())
            start = nxt.start(1) if nxt is not None else start
    return sorted(out, key=lambda x: x.start)


def _qualified(text: str, folded: str, start: int, end: int, at: int, kind: str, unit: str,
               attrs: dict, cr: ClockRules) -> Match:
    core = start
    before = folded[max(0, start - 30):start].rstrip()
    for words, low, high in cr.qualifiers:
        if before.endswith(words) and (len(before) == len(words) or not before[-len(words) - 1].isalnum()):
            start = start - (len(folded[max(0, start - 30):start]) - len(before)) - len(words)
            if at % 60 and cr.loose_minutes is not None:
                # ("ora 9.00" is a whole hour written out: loose by the half hour like "ora 9")
                low = None if low is None else max(low, -cr.loose_minutes)
                high = None if high is None else min(high, cr.loose_minutes)
            lo = None if low is None else at + low
            hi = None if high is None else at + high
            qualifier = "more_than" if hi is None else "less_than" if lo is None else "range"
            # the frame is read from the time itself: "trecut" in "cu puțin trecut de" is no verb of the fact
            # ("în jurul orei 14:45" is still one point, said loosely; "după ora 9" is a bound)
            attrs = {"core_start": core, **({"around": True} if lo is not None and hi is not None else {})}
            return Match(text[start:end], start, end, kind, Value(lo, hi, unit, qualifier), attrs)
    return Match(text[start:end], start, end, kind, Value(at, at, unit, "exact"), attrs)
