"""One quantity phrase around an anchor: prefixes read backward (qualifier, "între", "$",
minus), the number or range read forward, then its unit or counted noun, and the guards that
keep dates, years and identifiers out. Returns a Match, a Skip (a span that is no quantity
and whose digits must not be re-read), or None.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from claimcheck.model import LOWER_BOUNDS, UPPER_BOUNDS, Match, Value
from claimcheck.read.textnorm import fold
from .grammar import Num, read_number, read_ordinal, word
from .lexicon import NumberLexicon, Unit, match_backward, match_forward
from .tokens import Back, Stream
from .units import extend_duration, extend_money, noun_at, noun_end, read_unit, unit_starts

_DASHES = ("-", "−", "‑")
_APOSTROPHES = ("'", "’", "‘")
# A (leap) year in seconds: a span said in a longer unit ("șase decenii") is given to that unit,
# one said in years or shorter ("60 de ani") to its own figure.
_YEAR = 366 * 86400


@dataclass(slots=True)
class Skip:
    end: int


def _id_end(st: Stream) -> int:
    """The end of an identifier written in space-separated digit groups ("0721 123 456")."""
    i = 0
    while (t := st[i + 1]) is not None and t.kind == "n" and t.ws in (" ", "\u00a0"):
        i += 1
    return st[i].end


def _f(x: Fraction | None) -> float | None:
    return None if x is None else float(x)


def _month_at(lex: NumberLexicon, st: Stream, j: int) -> bool:
    m = match_forward(lex.months, st, j)
    if m is None:
        return False
    # "mai" is also "more": "5 mai mult" is no date.
    return not (st[j].key == lex.ambiguous_month and word(st[j + 1]) in lex.mai_not_month)


def _month_before(lex: NumberLexicon, back: Back, num: Num) -> bool:
    """A month right before: "iulie 2000", "martie 13". "mai" ("more") counts only before a year;
    a number no day or year could be ("în martie 1.178 lei") is the figure of its month."""
    m = match_backward(lex.months_back, back, 0)
    if m is None or not (num.year_like or (num.low is not None and num.low == num.high and num.low <= 31
                                           and num.low.denominator == 1)):
        return False
    return back[m[1]].key != lex.ambiguous_month or num.year_like


def _ordinal(lex: NumberLexicon, text: str, st: Stream, back: Back) -> Match | None:
    b1 = back[1]
    article = b1 is not None and b1.kind == "w" and b1.key in lex.ord_articles
    o = read_ordinal(lex, st, 0, article)
    if o is None:
        return None
    n, j = o
    start = b1.start if article else st[0].start
    end = st[j - 1].end
    return Match(text[start:end], start, end, "ordinal", Value(float(n), float(n), None, "exact"))


def _skip_phrase(lex: NumberLexicon, back: Back, st: Stream, j: int) -> bool:
    """Whether an idiom ("într-o zi") covers the phrase's first token."""
    if st[0].key not in lex.skip_keys:
        return False
    longest = max(len(p) for p in lex.skip_phrases)
    before = [t.key for d in range(longest, 0, -1) if (t := back[d]) is not None]
    keys = before + [st[i].key for i in range(j)]
    first = len(before)
    for p in lex.skip_phrases:
        for s in range(max(0, first - len(p) + 1), first + 1):
            if tuple(keys[s:s + len(p)]) == p:
                return True
    return False


def parse_at(lex: NumberLexicon, text: str, pos: int, floor: int, diacritics: bool = True) -> Match | Skip | None:
    st = Stream(text, pos, diacritics)
    t0 = st[0]
    if t0 is None:
        return None
    back = Back(text, pos, floor)
    d = 0  # how many tokens before the number the phrase has taken so far
    if t0.kind == "n":
        c1 = text[pos - 1] if pos else ""
        if c1 in _APOSTROPHES:
            return Skip(t0.end)  # "anii '90"
        if t0.num == "int" and len(t0.raw) > 1 and t0.raw[0] == "0":
            return Skip(_id_end(st))  # "0721 123 456": a phone number or code
        if c1.isalpha() or c1 == "_" or (c1 in _DASHES and pos > 1 and text[pos - 2].isalpha()):
            p = match_backward(lex.prefix_units, back, 0, raw=True)
            if p is None or ((b := back[p[1] + 1]) is not None and b.end == back[p[1]].start):
                return Skip(t0.end)  # "Covid-19", "G7", "MiG-29" (but "USD1,23")
        b1, b2 = back[1], back[2]
        if b1 is not None and b2 is not None and b1.raw in _DASHES and b1.end == pos \
                and b2.kind == "n" and b2.end == b1.start:
            return Skip(t0.end)  # the tail of "3-1", "2020-2024" whose head was no range
    if match_backward(lex.not_after, back, 0) is not None:
        return Skip(_id_end(st))  # "art. 5", "ora 12", "anii 90", "tel. 0721 123 456"
    o = _ordinal(lex, text, st, back)
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
    if _month_at(lex, st, j) or _month_before(lex, back, n1):
        return Skip(st[j - 1].end)  # "13 septembrie", "iulie 2000"

    # Prefixes, nearest first: minus, currency symbol, range opener, qualifier.
    neg = False
    b1 = back[1]
    if b1 is not None and t0.kind == "n" and b1.raw in _DASHES and b1.end == pos:
        neg, d = True, 1
    elif b1 is not None and b1.key in lex.minus_before:
        neg, d = True, 1
    # "+22,4 C": a plus sign says a signed figure as a minus does; so do decimals ("20,4 C"), which
    # a letter after a count ("clasa a 5-a C", "Grupa 2 C") never has
    # (the sign stays out of the claim's text: "+15,2%" is read as a change by its own rule)
    plus = b1 is not None and t0.kind == "n" and b1.raw == "+" and b1.end == pos and not neg
    prefix_unit = None
    p = match_backward(lex.prefix_units, back, d, raw=True)
    if p is not None:
        prefix_unit, d = p
    opener = match_backward(lex.range_prefix, back, d)
    # A range: "11.000-12.000", "între 5 și 15 lei", "de la 5 RON la 15 RON", "11-12 mii".
    n2, unit1 = None, None
    if opener is not None:
        u1 = read_unit(lex, st, j, n1)
        jj = u1[1] if u1 else j
        c = match_forward(opener[0][1], st, jj)
        if c is not None:
            n2, unit1 = read_number(lex, st, c[1]), u1
            if n2 is not None and u1 is not None and (u2 := read_unit(lex, st, n2.j, n2)) is not None \
                    and not _one_currency(n1, n2, u1[0], u2[0]):
                n2 = None
    else:
        c = match_forward(lex.infix, st, j)
        if c is not None:
            n2 = read_number(lex, st, c[1])
    if n2 is not None:
        if n2.weak or n2.vague or n1.vague or n2.frac_digits:
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

    u = read_unit(lex, st, j, last, signed=neg or plus or bool(last.decimals))
    unit = None
    if u is not None:
        unit, j = u
    elif unit1 is not None:
        unit = unit1[0]
    elif prefix_unit is not None:
        unit = prefix_unit
    if n1.frac_digits and unit is None:
        return Skip(st[n1.j - 1].end)  # "1/2" alone: a date part or a score
    if (n1.dotdec or (n2 is not None and n2.dotdec)) and (unit is None or unit.kind not in ("measure", "percent")):
        return Skip(st[last.j - 1].end)  # "13.09": a date more often than an English decimal

    if neg and unit is not None and unit.unit in lex.unsigned_units and b1 is not None and b1.raw in _DASHES:
        neg = False  # ("porumb -176.153 ha": a dash; the figure starts after it)
        d = 0
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
        if lo == hi and lo is not None and last.decimals and n2 is None:
            attrs["step"] = float(Fraction(last.mult * f, 10 ** last.decimals))
        if lo == hi and lo is not None and not last.vague:
            if unit.kind == "duration":
                lo, j, smallest = extend_duration(lex, st, j, lo, f)
                if smallest is not None and not last.decimals:
                    attrs["step"] = float(smallest)
                elif not last.decimals and f > _YEAR and lo == int(lo / f) * f:
                    # "șase decenii", "două secole": a span said in a unit longer than a year is
                    # given to that unit, not to the year
                    attrs["step"] = float(f)
            elif unit.kind == "money":
                lo, j = extend_money(lex, st, j, lo, unit)
            hi = lo
        if unit.kind == "measure":
            if unit.base:
                attrs["base"] = list(unit.base)
            pn = noun_at(lex, st, j + 1) if word(st[j]) in lex.de else None  # "două livre de carne"
            if pn is None and unit.base and unit.base[0] == "g" and (t := st[j]) is not None and t.ws \
                    and t.raw.islower() and (bare := noun_at(lex, st, j)) is not None \
                    and bare[1] == j and word(st[j + 1]) not in lex.de:
                # "5 kilograme cocaină", "4 kg cocaină și 8 kg de hașiș": a weight's product
                # without "de", as headlines write it (not a word that a "de" follows: that one
                # heads a phrase of its own, "5 kg greutate de …")
                pn = bare
            if pn is not None:
                attrs["product"] = pn[0].raw.lower()
                attrs.update(product_start=pn[0].start, product_end=pn[0].end)
                j = pn[1] + 1
    else:
        kk = j
        if word(st[kk]) in lex.de:
            kk = kk + 1 if last.de_ok else None
        nn = noun_at(lex, st, kk) if kk is not None else None
        if nn is not None:
            ne = noun_end(st, nn[1])
            ns, nend = nn[0].start, st[ne - 1].end
            kind, unit_name = "count", text[ns:nend].lower()
            if last.decimals and n2 is None and lo == hi:
                attrs["step"] = float(Fraction(last.mult, 10 ** last.decimals))  # "3,4 milioane de voturi"
            attrs.update(noun=unit_name, noun_start=ns, noun_end=nend)
            noun_used_de, j = kk != j, ne
        elif n1.fraction and word(st[j]) not in lex.partitive:
            return None  # "a doua jumătate a anului": no quantity
        elif n1.fraction:
            attrs["fraction"] = True

    if n1.year_like or (n2 is not None and n2.year_like):
        if unit is None and not noun_used_de:
            return Skip(st[last.j - 1].end)  # "în 2024", "1990-2000": years are the dates module's
    base = d if opener is None else opener[1]
    q = match_backward(lex.qualifiers, back, base)
    if n1.weak and unit is None and not (q is not None and kind == "count"
                                         and fold(text[back[q[1]].start:back[base + 1].end]) not in lex.places_before_article):
        return None  # the article "o"/"un": "o vizită", "sub un perete" is no claim
    first_raw = t0.raw.lower()
    adj = lex.adjective_before.get(t0.key)
    if adj and back[1] is not None and back[1].key in adj and not first_raw.isdigit():
        return None  # "o nouă lege"
    if _skip_phrase(lex, back, st, j):
        return None

    qualifier = "range" if n2 is not None else ("vague" if n1.vague else "exact")
    start = t0.start
    if base:
        start = back[base].start  # range opener, currency symbol or minus
        if opener is not None and opener[0][0] == "de la":
            attrs["from_to"] = True
    if q is not None and unit is None \
            and (after := lex.prepositions_after.get(fold(text[back[q[1]].start:back[base + 1].end]))) \
            and any((t := back[q[1] + k]) is not None and t.key in after for k in (1, 2)):
        # "s-a prăbușit (joi) peste doi bărbați": onto two men, not more than two (but a measure
        # that fell is a bound: "au căzut peste 50 de litri pe metru pătrat")
        q = None
    if q is not None:
        qk, qd = q
        attrs["qualifier_text"] = text[back[qd].start:back[base + 1].end]
        start = back[qd].start
        if qk in ("approx", "nearly"):
            if qualifier == "exact":
                qualifier = "approx"
            else:
                attrs["approx"] = True
            if qk == "nearly":
                attrs["nearly"] = True
        elif qualifier == "vague":
            pass  # "peste mai multe case" (over several houses): a vague amount has no bound to open
        elif qk in LOWER_BOUNDS:
            hi, qualifier = None, qk
        elif qk in UPPER_BOUNDS:
            lo, qualifier = None, qk
    end = st[j - 1].end
    value = Value(_f(lo), _f(hi), unit_name, qualifier)
    return Match(text[start:end], start, end, kind, value, attrs)


def _one_currency(n1: Num, n2: Num, u1: Unit, u2: Unit) -> bool:
    """Whether two ends said with their units make one range: "între 50 de bani și un leu" does,
    in the currency (the first end is rescaled to the second's unit, and a weak "un" before a
    unit is a one there); "între 2 lei și 50 de bani" does not (2 lei is no lower end of 50 bani:
    extend_money reads 2,50 lei). Ends in two units of one kind and not one currency are left as
    they are."""
    if u1.kind != "money" or u2.kind != "money" or u1.unit != u2.unit or u1.factor == u2.factor:
        return True
    if n1.low is None or n2.low is None or n1.high is None:
        return False
    scale = u1.factor / u2.factor
    if not n1.high * scale < n2.low:
        return False
    n1.low, n1.high = n1.low * scale, n1.high * scale
    n2.weak = False
    return True
