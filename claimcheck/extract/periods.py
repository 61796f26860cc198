"""Totals over a period: the span of time a sentence says its figures were counted over.

"Deficitul a fost de 108,87 miliarde lei în primele zece luni" is a total over ten months, never
the one over eleven; "În acea zi, la festival au participat 120.000 de oameni" is one day's,
never the four days' 427.000. A period that starts the year ("primele zece luni ale anului
2025") or ends at the report ("în ultimele 12 luni") is also a window of dates, so a figure
"la finalul lunii noiembrie" is not the ten months' total.
"""

from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Doc

from claimcheck.extract.frame import token_span
from claimcheck.extract.measured import has_cue
from claimcheck.extract.words import ends_with, words
from claimcheck.lang.frames import frame_words
from claimcheck.model import Match
from claimcheck.read.textnorm import fold
from claimcheck.lang.rules import Lang

DAY = 86400.0
MONTH = 30 * DAY  # rules/units.yml: a month is 30 days


@dataclass(frozen=True, slots=True)
class Period:
    seconds: float
    window: tuple[date, date] | None = None  # the dates it covers, when the words say which
    text: str = ""
    at: int | None = None  # where its words start, when a figure says it ("în ultimii 5 ani")


def periods_of(doc: Doc, matches: list[Match], dates: list[Match], article_date: date | None,
               lang: Lang | None) -> dict[int, Period]:
    """Sentence start -> the period its figures are totalled over."""
    out: dict[int, Period] = {}
    w = frame_words(lang)
    text = doc.text  # (built anew on each access)
    if w.period_phrases:
        for sent in doc.sents:
            said = words(fold(sent.text))
            days = next((d for d, phrases in w.period_phrases if has_cue(said, phrases)), None)
            if days is not None:
                out[sent.start] = Period(days * DAY)
    for m in matches:
        if m.kind != "duration" or m.value.low is None or m.value.low != m.value.high \
                or not ends_with(text, m.start, w.period_markers):
            continue
        span = token_span(doc, m.start, m.end)
        if span is None or span.sent.start in out:
            continue
        sent = span.sent
        marker = fold(words(text[max(0, m.start - 20):m.start])[-1])
        window = _window(marker, m.value.low, sent, dates, article_date)
        out[sent.start] = Period(m.value.low, window, m.text, m.start)
    return out


def _window(marker: str, seconds: float, sent, dates: list[Match], article_date: date | None):
    """The dates of "primele N luni" (from 1 January of the year said, else of the report's
    latest year that has had N months) and of "ultimele N luni/zile" (up to the report)."""
    months = round(seconds / MONTH)
    if article_date is None:
        return None
    if marker.startswith("prim") and abs(seconds - months * MONTH) < DAY and 1 <= months <= 12:
        years = [d.value.low.year for d in dates
                 if sent.start_char <= d.start < sent.end_char and isinstance(d.value.low, date)
                 and isinstance(d.value.high, date) and (d.value.low.month, d.value.low.day) == (1, 1)
                 and (d.value.high.month, d.value.high.day) == (12, 31) and d.value.low.year == d.value.high.year]
        year = years[0] if years else article_date.year - (article_date.month <= months)
        return date(year, 1, 1), date(year, months, monthrange(year, months)[1])
    if marker.startswith("ultim"):
        return article_date - timedelta(seconds=seconds), article_date
    return None


def range_period(when: Match | None) -> float | None:
    """The length of a span of months a figure is dated by ("în perioada ianuarie–noiembrie
    2025"): a total over it, like "în primele 11 luni". A whole year or a single month is when,
    not over how long."""
    if when is None or not isinstance(when.value.low, date) or not isinstance(when.value.high, date):
        return None
    lo, hi = when.value.low, when.value.high
    months = (hi.year - lo.year) * 12 + hi.month - lo.month + 1
    whole_months = lo.day == 1 and hi.day == monthrange(hi.year, hi.month)[1]
    if not whole_months or months < 2 or months >= 12 or not any(ch in when.text for ch in "–-"):
        return None
    return ((hi - lo).days + 1) * DAY


def day_period(when: Match | None) -> float | None:
    """A count dated to one day ("Doar ieri, trei bărbați au murit", "duminică") is that day's
    toll, never a total over a weekend or a season."""
    if when is None or not isinstance(when.value.low, date) or when.value.low != when.value.high:
        return None
    return DAY
