"""Dates that only mean something against the article's date: "ieri", "miercuri", "săptămâna trecută",
"anul trecut", "vara trecută", "acum doi ani", "în urmă cu trei luni", "în ultimii șase ani".

Without an article date they are returned unresolved (low/high None), so they never conflict.
The reading rules (weekdays within ±3 days, meteorological seasons...) are documented in rules/dates.yml.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from claimcheck.scan.dates import periods as P
from claimcheck.scan.dates.absolute import daymonth, daymonth_pattern, year_of
from claimcheck.scan.dates.lexicon import OSP, SP, DateLexicon, count, day, key, linker, unit, year_ref
from claimcheck.scan.dates.model import Cand, DateContext, Production

_SENTENCE_START = set(".!?\n\"„«“(")


def _unresolved(m: re.Match[str], grain: str, qualifier: str = "exact", **attrs: object) -> Cand:
    return Cand(m.start(), m.end(), None, None, grain, relative=True, qualifier=qualifier, attrs=dict(attrs))


def relative_day(m: re.Match[str], ctx: DateContext) -> Cand | None:
    k = key(m.group("rd"))
    s, e = m.span()
    if k in ctx.lx.proper_noun_risks and ctx.text[s].isupper():
        before = ctx.text[:s].rstrip()
        if before and before[-1] not in _SENTENCE_START:
            return None  # "statul Maine", not "mâine"
    for im in ctx.lx.idiom.finditer(ctx.folded, max(0, s - 30), min(len(ctx.folded), e + 30)):
        if im.start() <= s and e <= im.end():
            return Cand(im.start(), im.end(), None, None, "day", drop=True)  # "în ziua de azi"
    if ctx.ref is None:
        return _unresolved(m, "day")
    d = ctx.ref + timedelta(days=ctx.lx.relative_day[k])
    return Cand(s, e, d, d, "day", relative=True)


def _is_month_plural(m: re.Match[str], ctx: DateContext) -> bool:
    """"luni" as months: "trei luni", "luni de zile", "ultimele luni"."""
    s = m.start()
    lx = ctx.lx
    return bool(lx.luni_before.search(ctx.folded, max(0, s - 30), s) or lx.luni_after.match(ctx.folded, m.end()))


def weekday(m: re.Match[str], ctx: DateContext) -> Cand | None:
    """"marți", "de duminică", "miercurea trecută"."""
    wd, kind = ctx.lx.weekday_of[key(m.group("wd"))]
    sh = m.group("sh")
    if kind == "articulated" and not sh:
        return None  # "lunea" alone is habitual: "on Mondays"
    if key(m.group("wd")) == ctx.lx.ambiguous_weekday and not sh and _is_month_plural(m, ctx):
        return None
    if ctx.ref is None:
        return _unresolved(m, "day")
    weeks = ctx.lx.weekday_shift[key(sh)] if sh else 0
    d = P.weekday_in_week(ctx.ref, wd, weeks) if weeks else P.weekday_near(ctx.ref, wd)
    if not weeks and d > ctx.ref and ctx.lx.past_before is not None \
            and ctx.lx.past_before.search(ctx.folded, max(0, m.start() - 40), m.start()):
        d -= timedelta(days=7)  # "Guvernul a aprobat joi", written on a Tuesday: the Thursday before
    # days from the article's date: a named day near it stays the same day when the article's
    # date is a day late (extract/dates, reconcile/happenings)
    return Cand(m.start(), m.end(), d, d, "day", relative=True, attrs={"named_day": (d - ctx.ref).days})


def weekday_daymonth(m: re.Match[str], ctx: DateContext) -> Cand | None:
    """"Marți, 18 iunie 2024", "Luni, 18 Feb": the day-month decides; the weekday is kept as an attr."""
    wd, kind = ctx.lx.weekday_of[key(m.group("wd"))]
    c = daymonth(m, ctx)
    if c is None:
        return None
    if kind == "abbr" and (not m.group("wp") or (c.low is not None and c.low.weekday() != wd)):
        return None  # "să 18 iunie": "să", not "Sâm., 18 iunie"
    c.attrs["weekday"] = wd
    return c


def weekday_day(m: re.Match[str], ctx: DateContext) -> Cand | None:
    """"Marți 19", "marți pe 19": the day number in the month before, of or after the article's whose
    weekday agrees, nearest first."""
    if re.match(rf"{OSP}\w", ctx.after(m.end())):
        return None  # "marți, 19 oameni au fost răniți"
    if ctx.ref is None:
        return _unresolved(m, "day")
    wd = ctx.lx.weekday_of[key(m.group("wd"))][0]
    d = int(m.group("d1"))
    options = []
    for k in (-1, 0, 1):
        y, mo = P.add_months(ctx.ref.year, ctx.ref.month, k)
        if P.valid(y, mo, d) and date(y, mo, d).weekday() == wd:
            options.append(date(y, mo, d))
    if not options:
        return None
    best = min(options, key=lambda x: abs((x - ctx.ref).days))
    return Cand(m.start(), m.end(), best, best, "day", relative=True)


def relative_period(m: re.Match[str], ctx: DateContext) -> Cand | None:
    """"anul trecut", "luna viitoare", "săptămâna aceasta", "secolul trecut"; bare "anului" (only after a
    part word)."""
    if m.group("bp"):
        unit_, off, needs_part = ctx.lx.bare_period[key(m.group("bp"))], 0, True
    else:
        (unit_, off), needs_part = ctx.lx.relative_period[key(m.group("rp"))], False
    grain = unit_
    if ctx.ref is None:
        c = _unresolved(m, grain)
    else:
        ref = ctx.ref
        if unit_ == "year":
            lo, hi = P.year_span(ref.year + off)
        elif unit_ == "month":
            lo, hi = P.month_span(*P.add_months(ref.year, ref.month, off))
        elif unit_ == "week":
            lo, hi = P.week_span(ref + timedelta(weeks=off))
        elif unit_ == "century":
            lo, hi = P.century_span((ref.year - 1) // 100 + 1 + off)
        else:
            return None
        c = Cand(m.start(), m.end(), lo, hi, grain, relative=True)
    c.needs_part = needs_part
    return c


def season(m: re.Match[str], ctx: DateContext) -> Cand | None:
    """"primăvara acestui an", "vara trecută", "în această primăvară", "vara anului 2024"."""
    lx = ctx.lx
    months = lx.season_months[lx.season_of[key(m.group("s"))]]
    present, y, rel = year_of(m, "y", ctx)
    if present:
        if y is None:
            return _unresolved(m, "season", "approx")
    elif m.group("sh") or m.group("sd"):
        if ctx.ref is None:
            return _unresolved(m, "season", "approx")
        off = lx.season_shift[key(m.group("sh"))] if m.group("sh") else 0
        y, rel = P.season_this_year(months, ctx.ref) + off, True
    else:
        return None  # "vara" alone: which one?
    lo, hi = P.season_span(months, y)
    return Cand(m.start(), m.end(), lo, hi, "season", relative=rel, qualifier="approx")


def _n(lx: DateLexicon, s: str) -> int:
    return int(s) if s.isdigit() else lx.count[key(s)]


def ago(m: re.Match[str], ctx: DateContext) -> Cand | None:
    """"acum doi ani", "în urmă cu trei luni", "cu doi ani în urmă": the unit's period that held
    the article's date minus the duration."""
    lx = ctx.lx
    n, u = _n(lx, m.group("n")), lx.unit_of[key(m.group("u"))]
    if n == 0:
        return None
    attrs = {"anchor": "ago", "duration_s": n * lx.unit_seconds[u]}
    grain = {"decade": "year"}.get(u, u)
    if ctx.ref is None:
        return _unresolved(m, grain, "approx", **attrs)
    lo, hi, grain = P.at_grain(P.shift(ctx.ref, u, -n), u)
    return Cand(m.start(), m.end(), lo, hi, grain, relative=True, qualifier="approx", attrs=attrs)


def last_n(m: re.Match[str], ctx: DateContext) -> Cand | None:
    """"în ultimii șase ani" = [ref − 6 years, ref]; "în următorii doi ani" = [ref, ref + 2 years]."""
    lx = ctx.lx
    word = key(m.group("last"))
    kind = lx.last_kind[word]
    if re.match(rf"{SP}(?:{lx.rx['last_block']})(?!\w)", ctx.after(m.end())):
        return None  # "ultima zi a summitului": the last day of something else
    if m.group("n"):
        n = _n(lx, m.group("n"))
    elif word in lx.last_singular:
        n = 1  # "ultimul an", "ultima lună"
    else:
        return Cand(m.start(), m.end(), None, None, "span", drop=True)  # "ultimii ani": vague
    u = lx.unit_of[key(m.group("u"))]
    attrs = {"anchor": kind, "duration_s": n * lx.unit_seconds[u]}
    if ctx.ref is None:
        return _unresolved(m, "span", "approx", **attrs)
    other = P.shift(ctx.ref, u, -n if kind == "during_last" else n)
    lo, hi = (other, ctx.ref) if other <= ctx.ref else (ctx.ref, other)
    return Cand(m.start(), m.end(), lo, hi, "span", relative=True, qualifier="approx", attrs=attrs)


def productions(lx: DateLexicon) -> list[Production]:
    r = lx.rx
    wd_first = [w for w, (_, k) in lx.weekday_of.items() if k != "abbr"]
    de = linker(lx)
    n_unit = rf"{count(lx, 'n')}{SP}{de}{unit(lx, 'u')}"
    on = rf"(?:(?<!\w)(?:{r['day_prep']}){SP})?"  # "marți pe 19"
    seasons_ = list(lx.season_of) + lx.words("season_demonstratives")
    return [
        Production("relative_day", re.compile(rf"(?P<rd>{r['relative_day']})(?!\w)"), relative_day,
                   list(lx.relative_day)),
        Production("weekday_daymonth", re.compile(
            rf"(?P<wd>{r['weekday_any']})(?P<wp>\.?,|\.)?{SP}{on}{daymonth_pattern(lx)}"),
                   weekday_daymonth, list(lx.weekday_of)),
        Production("weekday_day", re.compile(rf"(?P<wd>{r['weekday_name']}),?{SP}{on}{day(lx, 'd1')}"),
                   weekday_day, wd_first),
        Production("weekday", re.compile(rf"(?P<wd>{r['weekday_spoken']})(?:{SP}(?P<sh>{r['weekday_shift']}))?(?!\w)"),
                   weekday, wd_first),
        Production("relative_period", re.compile(
            rf"(?:(?P<rp>{r['relative_period']})|(?P<bp>{r['bare_period']}))(?!\w)"),
            relative_period, list(lx.relative_period) + list(lx.bare_period)),
        Production("season", re.compile(
            rf"(?:(?P<sd>{r['season_dem']}){SP})?(?P<s>{r['season']})"
            rf"(?:{SP}(?:(?P<sh>{r['season_shift']})(?!\w)|{year_ref(lx, 'y')}))?(?!\w)"), season, seasons_),
        Production("ago", re.compile(rf"(?:{r['ago']}|{r['ago_in']}){SP}{n_unit}"), ago,
                   lx.words("ago_words") + lx.words("ago_in_phrase")),
        Production("ago_after", re.compile(
            rf"(?:(?<!\w)(?:{r['ago_before']}){SP})?(?<!\w){n_unit}{SP}(?:{r['ago_after']})\Z"), ago,
            lx.words("ago_after"), back=True),
        Production("last_n", re.compile(
            rf"(?P<last>{r['last']})(?:{SP}{count(lx, 'n')})?{SP}{de}{unit(lx, 'u')}"), last_n, list(lx.last_kind)),
    ]

