"""Calendar arithmetic for date intervals.

Every date is an interval of days [low, high] at a grain: a day is low == high, a month runs from its 1st
to its last day, a week from Monday to Sunday (ISO), a century strictly (1901–2000 for the 20th).
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import Any


def last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def valid(y: int, m: int, d: int) -> bool:
    return 1 <= y <= 9999 and 1 <= m <= 12 and 1 <= d <= last_day(y, m)


def month_span(y: int, m: int) -> tuple[date, date]:
    return date(y, m, 1), date(y, m, last_day(y, m))


def year_span(y: int) -> tuple[date, date]:
    return date(y, 1, 1), date(y, 12, 31)


def add_months(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def week_span(d: date) -> tuple[date, date]:
    monday = d - timedelta(days=d.weekday())
    return monday, monday + timedelta(days=6)


def shift_years(d: date, k: int) -> date:
    """The same day `k` years away (29 February becomes the 28th)."""
    y = d.year + k
    return date(y, d.month, min(d.day, last_day(y, d.month)))


def shift(ref: date, unit: str, k: int) -> date:
    """`ref` moved by `k` units (day, week, month, year, decade), for "acum doi ani"."""
    if unit == "day":
        return ref + timedelta(days=k)
    if unit == "week":
        return ref + timedelta(weeks=k)
    if unit == "month":
        y, m = add_months(ref.year, ref.month, k)
        return date(y, m, min(ref.day, last_day(y, m)))
    if unit == "year":
        return shift_years(ref, k)
    if unit == "decade":
        return shift_years(ref, 10 * k)
    raise ValueError(unit)


def at_grain(d: date, unit: str) -> tuple[date, date, str]:
    """The interval of grain `unit` that contains `d` (a decade is reported at year grain)."""
    if unit == "day":
        return d, d, "day"
    if unit == "week":
        return (*week_span(d), "week")
    if unit == "month":
        return (*month_span(d.year, d.month), "month")
    return (*year_span(d.year), "year")


def weekday_near(ref: date, wd: int) -> date:
    """The news reading of a weekday name: the day called so within [ref − 3, ref + 3]."""
    delta = (wd - ref.weekday()) % 7
    return ref + timedelta(days=delta if delta <= 3 else delta - 7)


def weekday_in_week(ref: date, wd: int, weeks: int) -> date:
    """That weekday in the Monday–Sunday week `weeks` away from ref's."""
    monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=weeks)
    return monday + timedelta(days=wd)


# How far behind the article a day-month under a future cue may still lie: "pensiile vor crește
# de la 1 martie" written on 10 March is this March (a change that takes effect, or is paid,
# after the news), not one eleven months away.
FUTURE_LOOKBACK_DAYS = 31


def day_month_year(ref: date, m: int, d: int, future: bool) -> int | None:
    """The year of a day-month without one: the occurrence nearest `ref`, or with a future cue the first
    on or after a month before it. None if the day does not exist near `ref` (30 February)."""
    best: tuple[int, int] | None = None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        if not valid(y, m, d):
            continue
        dist = (date(y, m, d) - ref).days
        if future and dist < -FUTURE_LOOKBACK_DAYS:
            continue
        score = dist if future else abs(dist)
        if best is None or score < best[0]:
            best = (score, y)
    return best[1] if best else None


def month_year(ref: date, m: int, future: bool) -> int:
    """The year of a month name alone: the latest such month not after ref's month, or with a future cue
    the first not before it."""
    if future:
        return ref.year if m >= ref.month else ref.year + 1
    return ref.year if m <= ref.month else ref.year - 1


def season_span(months: tuple[int, int], y: int) -> tuple[date, date]:
    """The season named by `months` (first, last) in year `y`; a season that wraps the new year (winter)
    ends in `y`."""
    first, last = months
    if first <= last:
        return date(y, first, 1), date(y, last, last_day(y, last))
    return date(y - 1, first, 1), date(y, last, last_day(y, last))


def season_this_year(months: tuple[int, int], ref: date) -> int:
    """The year (as `season_span` counts it) of the occurrence overlapping ref's year nearest to ref."""
    best: tuple[int, int] | None = None
    for y in (ref.year, ref.year + 1):
        lo, hi = season_span(months, y)
        if lo.year > ref.year or hi.year < ref.year:
            continue
        dist = 0 if lo <= ref <= hi else min(abs((lo - ref).days), abs((hi - ref).days))
        if best is None or dist < best[0]:
            best = (dist, y)
    return best[1] if best else ref.year


def century_span(c: int) -> tuple[date, date]:
    return date(100 * (c - 1) + 1, 1, 1), date(100 * c, 12, 31)


def apply_part(low: date, high: date, grain: str, spec: dict[str, Any]) -> tuple[date, date, str] | None:
    """The sub-interval a part word ("sfârșitul", "jumătatea") names in a period, or None if the part
    does not apply to that grain."""
    if grain == "year" and "year" in spec:
        a, b = spec["year"]
        y = low.year
        return date(y, a, 1), date(y, b, last_day(y, b)), str(spec.get("grain", "span"))
    if grain == "month" and "month" in spec:
        a, b = spec["month"]
        n = last_day(low.year, low.month)
        return low.replace(day=min(a, n)), low.replace(day=min(b, n)), "span"
    if grain == "decade" and "decade" in spec:
        a, b = spec["decade"]
        return date(low.year + a, 1, 1), date(low.year + b, 12, 31), "span"
    if grain == "century" and "century" in spec:
        a, b = spec["century"]
        base = low.year - 1
        return date(base + a, 1, 1), date(min(base + b, high.year), 12, 31), "span"
    return None
