"""One quantity phrase around an anchor: prefixes read backward (qualifier, "între", "$",
minus), the number or range read forward, then its unit or counted noun, and the guards that
keep dates, years and identifiers out. Returns a Match, a Skip (a span that is no quantity
and whose digits must not be re-read), or None.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from ..claims import Match, Value
from .grammar import Num, read_number, read_ordinal, word
from .lexicon import Lexicon, match_backward, match_forward
from .tokens import Stream, Tok, before
from .units import extend_duration, extend_money, noun_at, read_unit, unit_starts

_DASHES = ("-", "−", "‑")
_OPEN_HIGH = ("more_than", "at_least")
_OPEN_LOW = ("less_than", "at_most")


@dataclass(slots=True)
class Skip:
    end: int


def _f(x: Fraction | None) -> float | None:
    return None if x is None else float(x)


def _month_at(lex: Lexicon, st: Stream, j: int) -> bool:
    m = match_forward(lex.months, st, j)
    if m is None:
        return False
    # "mai" is also "more": "5 mai mult" is no date.
    return not (st[j].key == "mai" and word(st[j + 1]) in lex.mai_not_month)


def _month_before(lex: Lexicon, prev: list[Tok], k: int, num: Num) -> bool:
    """A month right before: "iulie 2000". "mai" ("more") counts only before a year."""
    m = match_backward(lex.months_back, prev, k)
    return m is not None and (prev[m[1]].key != "mai" or num.year_like)


def _ordinal(lex: Lexicon, text: str, st: Stream, prev: list[Tok]) -> Match | None:
    article = bool(prev) and prev[-1].key in lex.ord_articles and prev[-1].kind == "w"
    o = read_ordinal(lex, st, 0, article)
    if o is None:
        return None
    n, j = o
    start = prev[-1].start if article else st[0].start
    end = st[j - 1].end
    return Match(text[start:end], start, end, "ordinal", Value(float(n), float(n), None, "exact"))


def _skip_phrase(lex: Lexicon, prev: list[Tok], st: Stream, j: int) -> bool:
    """Whether an idiom ("într-o zi") covers the phrase's first token."""
    if not lex.skip_phrases:
        return False
    keys = [t.key for t in prev] + [st[i].key for i in range(j)]
    first = len(prev)
    for p in lex.skip_phrases:
        for s in range(max(0, first - len(p) + 1), first + 1):
            if tuple(keys[s:s + len(p)]) == p:
                return True
    return False


def parse_at(lex: Lexicon, text: str, pos: int, floor: int, diacritics: bool = True) -> Match | Skip | None:
    st = Stream(text, pos, diacritics)
    t0 = st[0]
    if t0 is None:
        return None
    prev = before(text, pos, floor)
    k = len(prev)
    if t0.kind == "n":
        c1 = text[pos - 1] if pos else ""
        if c1.isalpha() or c1 == "_" or (c1 in _DASHES and pos > 1 and text[pos - 2].isalpha()):
            p = match_backward(lex.prefix_units, prev, k, raw=True)
            if p is None or (p[1] and prev[p[1] - 1].end == prev[p[1]].start):
                return Skip(t0.end)  # "Covid-19", "G7", "MiG-29" (but "USD1,23")
        if k >= 2 and prev[-1].raw in _DASHES and prev[-1].end == pos and prev[-2].kind == "n" \
                and prev[-2].end == prev[-1].start:
            return Skip(t0.end)  # the tail of "3-1", "2020-2024" whose head was no range
    if match_backward(lex.not_after, prev, k) is not None:
        return Skip(t0.end)  # "art. 5", "ora 12", "anii 90"
    o = _ordinal(lex, text, st, prev)
    if o is not None:
        return o
    if t0.kind == "n" and t0.num == "junk":
        return Skip(t0.end)  # 13.09.2023, 12:30, 123/2020

    n1 = read_number(lex, st, 0)
    if n1 is None:
        return None
    j = n1.j
    if t0.kind == "n":
        g = st[j]
        if g is not None and g.ws == "" and g.kind == "w" and not unit_starts(lex, st, j):
            return Skip(g.end)  # "5G", "3D"
    if _month_at(lex, st, j) or _month_before(lex, prev, k, n1):
        return Skip(st[j - 1].end)  # "13 septembrie", "iulie 2000"

    # Prefixes, nearest first: minus, currency symbol, range opener, qualifier.
    neg = False
    if t0.kind == "n" and k and prev[k - 1].raw in _DASHES and prev[k - 1].end == pos:
        neg, k = True, k - 1
    elif k and prev[k - 1].key in lex.minus_before:
        neg, k = True, k - 1
    prefix_unit = None
    p = match_backward(lex.prefix_units, prev, k, raw=True)
    if p is not None:
        prefix_unit, k = p
    opener = match_backward(lex.range_prefix, prev, k)

    # A range: "11.000-12.000", "între 5 și 15 lei", "de la 5 RON la 15 RON", "11-12 mii".
    n2, unit1, conn = None, None, None
    if opener is not None:
        u1 = read_unit(lex, st, j, n1)
        jj = u1[1] if u1 else j
        c = match_forward(opener[0][1], st, jj)
        if c is not None:
            n2, unit1, conn = read_number(lex, st, c[1]), u1, c
    else:
        c = match_forward(lex.infix, st, j)
        if c is not None:
            n2, conn = read_number(lex, st, c[1]), c
    if n2 is not None:
        if n2.weak or n2.vague or n1.vague or n1.weak or n2.frac_digits:
            n2 = None
        else:
            if n1.mult == 1 and n2.mult > 1 and n1.low * n2.mult <= n2.low:
                n1.low = n1.high = n1.low * n2.mult  # "11-12 mii"
            if not n1.low < n2.low:
                if st[j].raw in _DASHES and t0.kind == "n" and st[n2.i].kind == "n":
                    return Skip(st[n2.j - 1].end)  # "3-1": a score or an id, no range
                n2 = None
    if n2 is None:
        opener, unit1 = None, None
    else:
        j = n2.j
        if _month_at(lex, st, j):
            return Skip(st[j - 1].end)  # "18-19 iunie"
    last = n2 or n1
    if word(st[j]) in lex.minus_after and last.low == last.high:
        neg, j = not neg, j + 1  # "3 negativ"

    u = read_unit(lex, st, j, last)
    unit = None
    if u is not None:
        unit, j = u
    elif unit1 is not None:
        unit = unit1[0]
    elif prefix_unit is not None:
        unit = prefix_unit
    if n1.frac_digits and unit is None:
        return Skip(st[n1.j - 1].end)  # "1/2" alone: a date part or a score

    lo, hi = n1.low, last.high
    if neg:
        lo, hi = (None if hi is None else -hi), -lo
    attrs: dict[str, Any] = {}
    kind, unit_name, noun_used_de = "number", None, False
    if unit is not None:
        kind, unit_name = unit.kind, unit.unit
        f = unit.factor
        lo = None if lo is None else lo * f
        hi = None if hi is None else hi * f
        if lo == hi and lo is not None and not last.vague:
            if unit.kind == "duration":
                lo, j = extend_duration(lex, st, j, lo, f)
            elif unit.kind == "money":
                lo, j = extend_money(lex, st, j, lo, unit)
            hi = lo
        if unit.kind == "measure":
            if unit.base:
                attrs["base"] = list(unit.base)
            if word(st[j]) in lex.de and (pn := noun_at(lex, st, j + 1)) is not None:
                attrs["product"] = pn[0].raw.lower()  # "două livre de carne"
                j = pn[1] + 1
    else:
        kk = j
        if word(st[kk]) in lex.de:
            kk = kk + 1 if last.de_ok else None
        nn = noun_at(lex, st, kk) if kk is not None else None
        if nn is not None:
            noun, ni = nn
            kind, unit_name = "count", noun.raw.lower()
            attrs.update(noun=unit_name, noun_start=noun.start, noun_end=noun.end)
            noun_used_de, j = kk != j, ni + 1
        elif n1.fraction and word(st[j]) not in lex.partitive:
            return None  # "a doua jumătate a anului": no quantity
        elif n1.fraction:
            attrs["fraction"] = True

    if n1.year_like or (n2 is not None and n2.year_like):
        if unit is None and not noun_used_de:
            return Skip(st[last.j - 1].end)  # "în 2024", "1990-2000": years are the dates module's
    q = match_backward(lex.qualifiers, prev, k if opener is None else opener[1])
    if n1.weak and unit is None and not (q is not None and kind == "count"):
        return None  # the article "o"/"un": "o vizită" is no claim
    first_raw = t0.raw.lower()
    adj = lex.adjective_before.get(t0.key)
    if adj and prev and prev[-1].key in adj and not first_raw.isdigit():
        return None  # "o nouă lege"
    if _skip_phrase(lex, prev, st, j):
        return None

    qualifier = "range" if n2 is not None else ("vague" if n1.vague else "exact")
    start = t0.start
    if opener is not None:
        start = prev[opener[1]].start
        if opener[0][0] == "de la":
            attrs["from_to"] = True
    elif k < len(prev):
        start = prev[k].start  # currency symbol or minus
    if q is not None:
        qk, qi = q
        qend = prev[(opener[1] if opener is not None else k) - 1].end
        attrs["qualifier_text"] = text[prev[qi].start:qend]
        start = prev[qi].start
        if qk == "approx":
            if qualifier == "exact":
                qualifier = "approx"
            else:
                attrs["approx"] = True
        elif qk in _OPEN_HIGH:
            hi, qualifier = None, qk
        elif qk in _OPEN_LOW:
            lo, qualifier = None, qk
    end = st[j - 1].end
    value = Value(_f(lo), _f(hi), unit_name, qualifier)
    return Match(text[start:end], start, end, kind, value, attrs)
