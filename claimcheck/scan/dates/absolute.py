"""Dates that name their calendar position: "13 septembrie 2023", "19.06.2024", "2024-06-19",
"iulie 2000", "în 2024", "18-19 iunie", "în anii '90", "în secolul XX", "trimestrul I 2024", "Crăciun".

A day-month or a month without a year takes its year from the article's date (the rules are in
rules/dates.yml), so it is relative; "iunie anul trecut" likewise.
"""

from __future__ import annotations

import re
from datetime import date

from claimcheck.scan.dates import periods as P
from claimcheck.scan.roman import roman
from claimcheck.scan.dates.lexicon import OSP, SP, DateLexicon, day, key, link, linker, month, year, year_ref
from claimcheck.scan.dates.model import Cand, DateContext, Production

_APOS = "'’‘`´"


def year_of(m: re.Match[str], g: str, ctx: DateContext) -> tuple[bool, int | None, bool]:
    """(present, year, relative) for a `year_ref` group `g` in `m`."""
    if m.group(g):
        return True, int(m.group(g)), False
    if m.group(g + "r"):
        _, off = ctx.lx.relative_period[key(m.group(g + "r"))]
        return True, (ctx.ref.year + off if ctx.ref else None), True
    return False, None, False


def day_value(lx: DateLexicon, s: str) -> int:
    return int(s) if s.isdigit() else lx.day_word[key(s)]


def _unresolved(m: re.Match[str], grain: str, **attrs: object) -> Cand:
    return Cand(m.start(), m.end(), None, None, grain, relative=True, attrs=dict(attrs))


# ---- day-month ---------------------------------------------------------------------------------

def daymonth_pattern(lx: DateLexicon) -> str:
    """"18 iunie", "18-19 iunie 2024", "30 iunie - 2 iulie", "1 mai anul trecut", "întâi martie"."""
    lk, de = link(lx), linker(lx)
    return (rf"{day(lx, 'd1')}(?:{lk}{day(lx, 'd2')})?{SP}{de}{month(lx, 'm1')}"
            rf"(?:{lk}{day(lx, 'd3')}{SP}{de}{month(lx, 'm2')})?(?:,?{SP}{year_ref(lx, 'y')})?")


def daymonth(m: re.Match[str], ctx: DateContext) -> Cand | None:
    lx = ctx.lx
    m1, weak1 = lx.month_of[key(m.group("m1"))]
    if _place_name(m, ctx):
        return None
    if weak1 and not m.group("y") and not m.group("yr") and not m.group("m2"):
        nxt = ctx.after(m.end()).split()
        if nxt and nxt[0].strip(",.;:") in lx.weak_blockers:
            return None  # "2 mai mult": the adverb
    d1 = day_value(lx, m.group("d1"))
    d2 = day_value(lx, m.group("d2")) if m.group("d2") else None
    d3 = day_value(lx, m.group("d3")) if m.group("d3") else None
    m2 = lx.month_of[key(m.group("m2"))][0] if m.group("m2") else None
    if d2 is not None and d2 <= d1:
        return None
    present, y, rel = year_of(m, "y", ctx)
    if not present:
        if ctx.ref is None:
            return _unresolved(m, "day" if d2 is None and d3 is None else "span")
        y = P.day_month_year(ctx.ref, m1, d1, ctx.future_before(m.start(), m.end()))
        rel = True
        if y is None:
            return None
    if y is None:
        return _unresolved(m, "day" if d2 is None and d3 is None else "span")
    if m2 is not None and d3 is not None:
        y1 = y - 1 if (m2, d3) < (m1, d1) else y  # "30 decembrie - 2 ianuarie 2024"
        if not (P.valid(y1, m1, d1) and P.valid(y, m2, d3)):
            return None
        return Cand(m.start(), m.end(), date(y1, m1, d1), date(y, m2, d3), "span", relative=rel)
    last = d2 if d2 is not None else d1
    if not (P.valid(y, m1, d1) and P.valid(y, m1, last)):
        return None
    return Cand(m.start(), m.end(), date(y, m1, d1), date(y, m1, last), "day" if d2 is None else "span",
                relative=rel)


def _place_name(m: re.Match[str], ctx: DateContext) -> bool:
    """"accidentul de la 2 Mai": a capitalised month after a day, mid-sentence and after a place
    preposition (rules/dates.yml place_name_prepositions) or an opening quotation mark, names a
    place ("2 Mai", "23 August")."""
    # (the match is on folded text: the case is read from the text itself, of the same length)
    if m.group("y") or m.group("m2") or not ctx.text[m.start("m1")].isupper():
        return False
    # (the words before the day, inside the match too: "de la 2 Mai" is matched whole)
    before = ctx.text[max(0, m.start() - 30):m.start("d1")].split()
    quoted = m.start("d1") > 0 and ctx.text[m.start("d1") - 1] in "„“\"«"  # (dosarul „2 Mai”)
    return quoted or (bool(before) and key(before[-1]) in ctx.lx.place_name_prepositions)


def monthday(m: re.Match[str], ctx: DateContext) -> Cand | None:
    """Month first: "iunie 19-20", "June 17, 2024"."""
    lx = ctx.lx
    mo, weak = lx.month_of[key(m.group("m1"))]
    if not m.group("y"):
        if weak or re.match(rf"{OSP}\w", ctx.after(m.end())):
            return None  # "mai 2 zile": "more", and a count
    d1 = int(m.group("d1"))
    d2 = int(m.group("d2")) if m.group("d2") else None
    if d2 is not None and d2 <= d1:
        return None
    if m.group("y"):
        y, rel = int(m.group("y")), False
    elif ctx.ref is None:
        return _unresolved(m, "day" if d2 is None else "span")
    else:
        y, rel = P.day_month_year(ctx.ref, mo, d1, ctx.future_before(m.start(), m.end())), True
        if y is None:
            return None
    last = d2 if d2 is not None else d1
    if not (P.valid(y, mo, d1) and P.valid(y, mo, last)):
        return None
    return Cand(m.start(), m.end(), date(y, mo, d1), date(y, mo, last), "day" if d2 is None else "span",
                relative=rel)


# ---- numeric -----------------------------------------------------------------------------------

def iso(m: re.Match[str], ctx: DateContext) -> Cand | None:
    y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    if not P.valid(y, mo, d):
        return None
    return Cand(m.start(), m.end(), date(y, mo, d), date(y, mo, d), "day")


def dmy(m: re.Match[str], ctx: DateContext) -> Cand | None:
    d, mo, y = int(m.group("d")), int(m.group("m")), int(m.group("y"))
    if not P.valid(y, mo, d) or y < 1000:
        return None
    return Cand(m.start(), m.end(), date(y, mo, d), date(y, mo, d), "day")


# ---- months, years, decades, centuries, quarters, holidays --------------------------------------

def month_alone(m: re.Match[str], ctx: DateContext) -> Cand | None:
    """"iulie 2000", "în iunie anul trecut", "luna august", "în ianuarie"."""
    lx = ctx.lx
    mo, weak = lx.month_of[key(m.group("m1"))]
    present, y, rel = year_of(m, "y", ctx)
    if not present:
        if ctx.ref is None:
            c = _unresolved(m, "month")
        else:
            y = P.month_year(ctx.ref, mo, ctx.future_before(m.start(), m.end()))
            c = Cand(m.start(), m.end(), *P.month_span(y, mo), "month", relative=True)
        c.weak = weak and not m.group("mn")
        return c
    if y is None:
        return _unresolved(m, "month")
    return Cand(m.start(), m.end(), *P.month_span(y, mo), "month", relative=rel)


def year_pattern(lx: DateLexicon) -> str:
    r = lx.rx
    lk = rf"(?P<lk>{OSP}[-–]{OSP}|{SP}(?:{r['span_link']}){SP})"
    return (rf"(?:(?<!\w)(?P<yn>{r['year_noun']}){SP})?"
            rf"(?:{year('y')}|(?<![\d.,])(?P<ys>\d{{1,4}})(?={OSP}(?:{r['era']})))"
            rf"(?:{OSP}(?<!\w)(?P<era>{r['era']})(?!\w))?"
            rf"(?:{lk}(?:(?<!\w){r['year_noun']}{SP})?{year('y2')})?")


def _agent(lx: DateLexicon, word: str) -> bool:
    """The word after a year's "de" names who did something ("din 1960 de un fost colonel"), so
    the number is no count of it (rules/dates.yml `agent_after_linker`)."""
    folded = key(word)
    return folded in lx.agent_after_linker or folded.endswith(lx.count_noun_not_endings) \
        or (word[:1].isupper() and not word.isupper())


def year_num(m: re.Match[str], ctx: DateContext) -> Cand | None:
    """"în 2024", "anul 1945", "lui 2025", "între 2020 și 2024", "anul 800 d.Hr."."""
    lx = ctx.lx
    era = lx.era_of.get(key(m.group("era"))) if m.group("era") else None
    if era == "bc":
        return Cand(m.start(), m.end(), None, None, "year", drop=True)
    y = int(m.group("y") or m.group("ys"))
    if y < 1:
        return None
    cued = bool(m.group("yn") or era)
    if not cued and (after := re.match(rf"{SP}(?:{lx.rx['linker']}){SP}(\w+)", ctx.after(m.end()))) \
            and not _agent(lx, ctx.text[m.end() + after.start(1):m.end() + after.end(1)]):
        return None  # "în 2000 de localități": a count
    if m.group("y2"):
        y2 = int(m.group("y2"))
        if y2 <= y:
            return None
        c = Cand(m.start(), m.end(), date(y, 1, 1), date(y2, 12, 31), "span", needs_cue=not cued)
        pair = lx.pair_links.get(key(m.group("lk")))
        if pair is not None:
            c.needs_prep = pair  # "în 2020 și 2024" is two years, "între 2020 și 2024" a span
        c.fallback = Cand(m.start(), m.start("lk"), *P.year_span(y), "year", needs_cue=not cued)
        return c
    return Cand(m.start(), m.end(), *P.year_span(y), "year", needs_cue=not cued)


def decade_pattern(lx: DateLexicon) -> str:
    r = lx.rx
    return (rf"(?P<dn>{r['decade_noun']}){SP}(?:[{_APOS}]{OSP}(?P<yy>\d0)(?!\d)|(?P<yy2>[1-9]0)(?!\d|{OSP}de\b)"
            rf"|{year('yyyy')}(?:{OSP}[-–]{OSP}{year('y2')})?)")


def decade(m: re.Match[str], ctx: DateContext) -> Cand | None:
    """"anii '90", "anilor 2000", "anii 2014-2015" (then a span of years)."""
    yy = m.group("yy") or m.group("yy2")
    if yy:
        # The decade 20yy unless it starts after the article's year (then 19yy); with no article date
        # the pivot is 2029, which gives the same reading for every decade written today.
        pivot = ctx.ref.year if ctx.ref else 2029
        d = 2000 + int(yy) if 2000 + int(yy) <= pivot else 1900 + int(yy)
        return Cand(m.start(), m.end(), date(d, 1, 1), date(d + 9, 12, 31), "decade")
    y = int(m.group("yyyy"))
    if m.group("y2"):
        y2 = int(m.group("y2"))
        if y2 <= y:
            return None
        return Cand(m.start(), m.end(), date(y, 1, 1), date(y2, 12, 31), "span")
    if y % 10:
        return None
    return Cand(m.start(), m.end(), date(y, 1, 1), date(y + 9, 12, 31), "decade")


def century_pattern(lx: DateLexicon) -> str:
    r = lx.rx
    return (rf"(?P<cn>{r['century_noun']}){SP}(?:(?:{r['ord_article']}){SP})?(?P<c>[ivxlc]+|\d{{1,2}})"
            rf"(?:{r['ord_suffix']})?(?!\w)"
            rf"(?:{OSP}(?<!\w)(?P<era>{r['era']})(?!\w))?")


def century(m: re.Match[str], ctx: DateContext) -> Cand | None:
    """"secolul XX" = 1901-01-01..2000-12-31 (strict count)."""
    c = int(m.group("c")) if m.group("c").isdigit() else roman(m.group("c"), strict=False)
    era = ctx.lx.era_of.get(key(m.group("era"))) if m.group("era") else None
    if era == "bc":
        return Cand(m.start(), m.end(), None, None, "century", drop=True)
    if not c or c > 30:
        return None
    return Cand(m.start(), m.end(), *P.century_span(c), "century")


def quarter(m: re.Match[str], ctx: DateContext) -> Cand | None:
    q = ctx.lx.quarter_of[key(m.group("q"))]
    present, y, rel = year_of(m, "y", ctx)
    if not present:
        y, rel = (ctx.ref.year if ctx.ref else None), True
    if y is None:
        return _unresolved(m, "quarter")
    return Cand(m.start(), m.end(), date(y, 3 * q - 2, 1), P.month_span(y, 3 * q)[1], "quarter", relative=rel)


def holiday(m: re.Match[str], ctx: DateContext) -> Cand | None:
    """"Crăciun" (nearest), "Crăciunul trecut" (the last one before the article), "Crăciunul 2024"."""
    mo, d = ctx.lx.holiday[key(m.group("h"))]
    present, y, rel = year_of(m, "y", ctx)
    if not present:
        if ctx.ref is None:
            return _unresolved(m, "day")
        sh = ctx.lx.weekday_shift[key(m.group("sh"))] if m.group("sh") else 0
        before = (mo, d) < (ctx.ref.month, ctx.ref.day)
        if sh < 0:
            y = ctx.ref.year if before else ctx.ref.year - 1
        elif sh > 0:
            y = ctx.ref.year + 1 if before else ctx.ref.year
        else:
            y = P.day_month_year(ctx.ref, mo, d, ctx.future_before(m.start(), m.end()))
        rel = True
    if y is None:
        return _unresolved(m, "day")
    return Cand(m.start(), m.end(), date(y, mo, d), date(y, mo, d), "day", relative=rel)


def productions(lx: DateLexicon) -> list[Production]:
    r = lx.rx
    months = list(lx.month_of)
    yref = year_ref(lx, "y")
    return [
        Production("iso", re.compile(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?!\d)"), iso, [], digits=True),
        Production("dmy", re.compile(r"(?<![\d.])(?P<d>\d{1,2})(?P<s>[./-])(?P<m>\d{1,2})(?P=s)(?P<y>\d{4})(?!\d)"),
                   dmy, [], digits=True),
        Production("daymonth", re.compile(daymonth_pattern(lx)), daymonth, list(lx.day_word), digits=True),
        Production("monthday", re.compile(
            rf"{month(lx, 'm1')}{SP}(?P<d1>(?:0?[1-9]|[12]\d|3[01]))(?![.,]?\d)(?:{OSP}[-–]{OSP}(?P<d2>[0-3]?\d)(?!\d))?"
            rf"(?:{r['ord_suffix']})?(?:,?{SP}{year('y')})?"), monthday, months),
        Production("month", re.compile(rf"(?:(?P<mn>{r['month_noun']}){SP})?{month(lx, 'm1')}(?:,?{SP}{yref})?"),
                   month_alone, months + lx.words("month_nouns")),
        Production("year", re.compile(year_pattern(lx)), year_num, lx.words("year_nouns"), digits=True),
        Production("decade", re.compile(decade_pattern(lx)), decade, lx.words("decade_nouns")),
        Production("century", re.compile(century_pattern(lx)), century, lx.words("century_nouns")),
        Production("quarter", re.compile(rf"(?P<q>{r['quarter']})(?!\w)(?:{SP}{yref})?"), quarter,
                   list(lx.quarter_of)),
        Production("holiday", re.compile(
            rf"(?P<h>{r['holiday']})(?!\w)(?:{SP}(?P<sh>{r['weekday_shift']})(?!\w)|,?{SP}{yref})?"), holiday,
                   list(lx.holiday)),
    ]
