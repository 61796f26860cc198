"""`scan_dates`: every date expression in a text, as `Match`es with ISO intervals.

How it runs, and why it is fast enough for whole corpora without spaCy:
1. the text is folded once (lower case, no diacritics; same offsets);
2. one compiled regex finds the *anchors*, the words a date can start with (month and weekday names,
   "anul", "acum", digits...), built as a trie from the productions' anchor lists;
3. at each anchor only the productions registered for its first word are tried, each an anchored
   `re.match`; the longest valid candidate wins and later anchors inside it are skipped;
4. a candidate is extended to the left over its preposition and part word ("la sfârșitul anului 2024"),
   which also decides whether a bare number is a year ("în 2024", not "2.000 dintre ei").

dateparser was evaluated for this and is not used: it returns one instant without a grain, misreads
"18-19 iunie" as 2019-06-18, reads "miercuri" as the previous Wednesday even on a Wednesday, does not read
"iunie anul trecut", "alaltăieri", "poimâine", "acum doi ani", "sfârșitul anului 2024" or seasons, and
costs about a millisecond per phrase; what it gets right (ISO, "13 septembrie 2023", "ieri") the rules
here also get right.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from claimcheck.lang import rulecache
from claimcheck.model import Match, Value
from claimcheck.scan.dates import absolute, relative
from claimcheck.scan.dates import periods as P
from claimcheck.read.textnorm import fold_same_length
from claimcheck.scan.dates.lexicon import SP, DateLexicon, alt, get_lexicon, key
from claimcheck.scan.dates.model import Cand, DateContext, Production
from claimcheck.lang.rules import Lang, compiled

_MAX_PREFIX = 60  # characters looked at before a candidate for its preposition and part word
_PHRASE_END = set(",.;:!?)]}»”\"\n")


@dataclass(slots=True)
class Grammar:
    lx: DateLexicon
    anchors: re.Pattern[str]
    by_word: dict[str, list[Production]]
    on_digits: list[Production]
    prefix: re.Pattern[str]
    span_gap: re.Pattern[str]
    list_gap: re.Pattern[str]
    base_cue: re.Pattern[str]


@compiled
def grammar(lang: Lang) -> Grammar:
    lx = get_lexicon(lang)
    prods = absolute.productions(lx) + relative.productions(lx)
    by_word: dict[str, list[Production]] = {}
    phrases: set[str] = set()
    for p in prods:
        for a in p.anchors:
            phrases.add(a)
            lst = by_word.setdefault(a.split()[0], [])
            if p not in lst:
                lst.append(p)
    on_digits = [p for p in prods if p.digits]
    compile_ = functools.partial(rulecache.compile, folder=lang.folder)  # cached across runs
    anchors = compile_(rf"(?<!\w)(?:{alt(phrases)})(?!\w)|(?<![\d])\d")
    r = lx.rx
    prefix = compile_(
        rf"(?:(?<!\w)(?P<prep>{r['prep']}){SP})?"
        rf"(?:(?<!\w)(?P<part>{r['part']}){SP}(?:(?<!\w)(?P<of>{r['of']}){SP})?)?\Z")
    span_gap = compile_(rf"[^\S\n]*[-–—][^\S\n]*|{SP}(?:{r['prep']}|{alt(lx.pair_links)}){SP}|{SP}")
    list_gap = compile_(rf"[^\S\n]*(?:,|{SP}(?:{r['list_link']}))[^\S\n]*")
    base_cue = compile_(rf"(?<!\w)(?:{alt(lx.year_base_cues)}){SP}\Z")
    return Grammar(lx, anchors, by_word, on_digits, prefix, span_gap, list_gap, base_cue)


def _finish(c: Cand, g: Grammar, ctx: DateContext, floor: int, prev_end: int) -> Cand | None:
    """Extend `c` over its preposition and part word and check the conditions that depend on them.
    `prev_end` is the end of the previous date found (-1 if none): "în 2020 și 2024" lends its cue."""
    if c.drop:
        return c
    lo = max(floor, c.start - _MAX_PREFIX, ctx.folded.rfind("\n", 0, c.start) + 1)
    pm = g.prefix.search(ctx.folded, lo, c.start) if lo < c.start else None
    prep = key(pm.group("prep")) if pm and pm.group("prep") else None
    part = key(pm.group("part")) if pm and pm.group("part") else None
    spec = g.lx.part.get(part) if part else None
    if spec is not None and c.low is not None:
        sub = P.apply_part(c.low, c.high, c.grain, spec)  # type: ignore[arg-type]
        if sub is None:
            part = spec = None  # "sfârșitul zilei de 13 iunie": no part of a day
            prep = None  # the preposition was before the part word, not next to the date
        else:
            c.low, c.high, c.grain = sub
            c.qualifier = "approx"
    if part and spec is not None:
        c.attrs["part"] = str(spec.get("name") or part)
        if c.low is None:
            c.qualifier = "approx"
    if c.needs_part and not part:
        return None
    if c.needs_cue and not (part or (prep and prep in g.lx.year_cues) or _label(ctx.folded, c)
                            or g.base_cue.search(ctx.folded, lo, c.start)):
        if prev_end < 0 or not g.list_gap.fullmatch(ctx.folded, prev_end, c.start):
            return None
    if c.needs_prep is not None and prep not in c.needs_prep:
        return None
    if c.weak:
        rest = ctx.folded[c.end:c.end + 3].lstrip(" \t")
        if not prep or (rest and rest[0] not in _PHRASE_END):
            return None  # "în mai multe țări"
    if pm and (prep or part):
        c.start = pm.start()
        c.prep = prep
        kind = g.lx.prep_kind.get(prep) if prep else None
        if kind in ("since", "until", "before", "after") and c.grain != "span":
            c.attrs.setdefault("anchor", kind)
    return c


def _join(a: Cand, b: Cand, g: Grammar, ctx: DateContext) -> Cand | None:
    """"din martie până în iunie", "între 18 iunie și 2 iulie", "30 decembrie 2023 - 2 ianuarie 2024":
    two dates joined into one span when the words between them (or `b`'s preposition) say so."""
    gap = ctx.folded[a.end:b.start]
    if not g.span_gap.fullmatch(gap):
        return None
    words = key(gap).strip("-–—").strip()
    kinds = g.lx.prep_kind
    if words:
        ok = kinds.get(words) == "until" or a.prep in g.lx.pair_links.get(words, ())
    else:  # a dash, or "până în" taken by `b` as its preposition
        ok = gap.strip() in ("-", "–", "—") or (b.prep is not None and kinds.get(b.prep) == "until")
    if not ok:
        return None
    if "named_day" in a.attrs and "named_day" in b.attrs and a.low is not None and b.high is not None \
            and a.low > b.high:
        # "în noaptea de vineri spre sâmbătă" in a Tuesday's article: each day alone is read as the
        # nearest of its name (Friday ahead, Saturday behind), but a span of named days starts
        # before it ends: the first is the one before the second.
        a = replace(a, low=a.low - timedelta(days=7), high=a.high - timedelta(days=7),
                    attrs={**a.attrs, "named_day": a.attrs["named_day"] - 7})
    if a.low is not None and b.high is not None and a.low > b.high:
        return None
    lo = a.low if b.high is not None else None
    hi = b.high if a.low is not None else None
    attrs = {k: v for k, v in a.attrs.items() if k not in ("anchor", "part", "weekday")}
    return Cand(a.start, b.end, lo, hi, "span", relative=a.relative or b.relative,
                qualifier="approx" if "approx" in (a.qualifier, b.qualifier) else "exact", attrs=attrs,
                prep=a.prep)


def _to_match(c: Cand, text: str) -> Match:
    attrs = {"grain": c.grain, "resolved": c.resolved, "relative": c.relative, **c.attrs}
    return Match(text=text[c.start:c.end], start=c.start, end=c.end, kind="date",
                 value=Value(c.low, c.high, "date", c.qualifier), attrs=attrs)


def _handle(p: Production, m: re.Match[str], ctx: DateContext) -> Cand | None:
    """`p`'s reading of `m`; a relative date that would fall outside the calendar (anul viitor in
    an article of 9999-12-31, ieri on 0001-01-01) stays unresolved instead."""
    try:
        return p.handler(m, ctx)
    except (ValueError, OverflowError):
        try:
            return p.handler(m, DateContext(ctx.lx, None, ctx.text, ctx.folded))
        except (ValueError, OverflowError):
            return None


def scan_dates(text: str, ref: date | None, lang: Lang | None = None) -> list[Match]:
    """The date expressions in `text` (normalised; diacritics optional), resolved against `ref` (the
    article's date; None leaves relative dates unresolved). Non-overlapping, sorted by start."""
    g = grammar(lang)
    folded = fold_same_length(text)
    ctx = DateContext(g.lx, ref, text, folded)
    found: list[Cand] = []
    last_end = 0
    for am in g.anchors.finditer(folded):
        s = am.start()
        if s < last_end:
            continue
        w = am.group()
        prods = g.on_digits if w.isdigit() else g.by_word.get(w.split()[0], ())
        best: Cand | None = None
        for p in prods:
            m = p.rx.search(folded, max(last_end, s - _MAX_PREFIX), am.end()) if p.back else p.rx.match(folded, s)
            if m is None or m.end() <= m.start():
                continue
            c = _handle(p, m, ctx)
            if c is None or c.start < last_end:
                continue
            while c is not None:
                try:
                    done = _finish(c, g, ctx, last_end, found[-1].end if found else -1)
                except (ValueError, OverflowError):
                    done = None  # a part of a period past the calendar's ends (year 9999)
                c = done if done is not None else c.fallback
                if done is not None:
                    break
            if c is not None and (best is None or c.end - c.start > best.end - best.start):
                best = c
        if best is None:
            continue
        last_end = best.end
        if best.drop:
            continue
        joined = _join(found[-1], best, g, ctx) if found else None
        if joined is not None:
            found[-1] = joined
        else:
            found.append(best)
    return [_to_match(c, text) for c in found]


def _label(folded: str, c: Cand) -> bool:
    """"2024: Profit net de 4,14 miliarde de lei": a year that opens its line as a label is cued."""
    line = folded[folded.rfind("\n", 0, c.start) + 1:c.start]
    return not line.strip(" \t-•*") and folded[c.end:c.end + 1] == ":"
