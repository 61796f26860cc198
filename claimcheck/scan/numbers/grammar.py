"""Reading one number from a token stream: digits, words, fractions, vague amounts, ordinals.

Each reader takes a Stream and a token index and returns what it read with the index after it,
or None. Values are Fractions until the very end, so "2,5 milioane" is exactly 2500000 and
"o treime" stays 1/3 until it becomes a float.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from claimcheck.scan.roman import roman

from .lexicon import NumberLexicon, match_forward
from .tokens import Stream, Tok, is_group3

HALF = Fraction(1, 2)


@dataclass(slots=True)
class Num:
    """A number read from tokens [i, j)."""

    low: Fraction | None
    high: Fraction | None
    i: int
    j: int
    vague: bool = False
    weak: bool = False  # only "o"/"un"/"una" or a bare "sută": a count only before a unit
    de_ok: bool = False  # may take "de" before what it counts (>= 20, multiplier, vague, fraction)
    mult: int = 1  # the last multiplier, for "și jumătate" and "11-12 mii"
    year_like: bool = False  # four plain digits in the year range
    frac_digits: bool = False  # "1/2": a number only before a unit ("1/2h")
    fraction: bool = False
    # Digits after the decimal mark as written ("9,9" -> 1, "3,57 milioane" -> 2): the figure is
    # rounded to that place, so it stands for an interval half a step either side.
    decimals: int = 0
    dotdec: bool = False  # "5.7": an English decimal, trusted only before a measure or percentage


def word(t: Tok | None) -> str | None:
    return t.key if t is not None and t.kind == "w" else None


def _unit(lex: NumberLexicon, t: Tok | None, st: Stream) -> tuple[int | None, bool]:
    """Value 0-9 of a word and whether it is weak (an article-like "o", "un", or "noua" in a
    text that writes its diacritics, where nine would be "nouă")."""
    k = word(t)
    if k is None:
        return None, False
    if k in lex.units:
        return lex.units[k], st.diacritics and t.raw.lower() in lex.weak_spellings
    if k in lex.weak:
        return lex.weak[k], True
    return None, False


def _multiplier(lex: NumberLexicon, st: Stream, j: int, small: Fraction, digits: bool) -> tuple[int, int] | None:
    """A multiplier at j, optionally after "de" (only for numbers from `de_from` up: "21 de
    milioane", never "19 de milioane")."""
    starts = [j]
    if word(st[j]) in lex.de and small >= lex.de_from:
        starts.append(j + 1)
    for k in starts:
        w = word(st[k])
        if w in lex.mult:
            return lex.mult[w], k + 1
        if digits:
            a = match_forward(lex.mult_abbr, st, k)
            if a is not None and k == j:
                return a
    return None


def _tail(lex: NumberLexicon, st: Stream, k: int, v: int) -> tuple[int, int]:
    """The units after a tens word: "douăzeci și trei", Duckling's "douăzeci trei"."""
    if word(st[k]) in lex.and_word:
        u, _ = _unit(lex, st[k + 1], st)
        if u is not None and 1 <= u <= 9:
            return k + 2, v + u
    u, weak = _unit(lex, st[k], st)
    if u is not None and 1 <= u <= 9 and not weak:
        return k + 1, v + u
    return k, v


def _small(lex: NumberLexicon, st: Stream, i: int) -> tuple[int, int, bool] | None:
    """A number below 1000 in words: (value, index after, weak)."""
    v, k = 0, i
    u, _ = _unit(lex, st[k], st)
    if u is not None and u >= 1 and word(st[k + 1]) in (lex.hundred_sg | lex.hundred_pl):
        v, k = u * 100, k + 2
    elif word(st[k]) in lex.hundred_sg:
        v, k = 100, k + 1
    w = word(st[k])
    u, _ = _unit(lex, st[k], st)
    if w in lex.tens:
        k, v = _tail(lex, st, k + 1, v + lex.tens[w])
    elif u is not None and 2 <= u <= 9 and word(st[k + 1]) in lex.tens_word:
        k, v = _tail(lex, st, k + 2, v + u * 10)
    elif w in lex.teens:
        v, k = v + lex.teens[w], k + 1
    elif u is not None and (u > 0 or k == i):
        v, k = v + u, k + 1
    if k == i:
        return None
    first = st[i]
    weak = k == i + 1 and (_unit(lex, first, st)[1] or first.key in lex.hundred_sg)
    return v, k, weak


def _words(lex: NumberLexicon, st: Stream, i: int) -> Num | None:
    total, last, k, parts, weak = Fraction(0), 0, i, 0, False
    while True:
        r = _small(lex, st, k)
        if r is None:
            if parts == 0 and word(st[k]) in lex.bare_mult:
                r = (1, k, False)  # "bilion" alone (num2words writes 10**12 so)
            else:
                break
        small, k2, w = r
        m = _multiplier(lex, st, k2, Fraction(small), digits=False)
        if m is not None and (not last or m[0] < last):
            total += small * m[0]
            last, k, parts = m[0], m[1], parts + 1
            continue
        if parts and (w or small >= last):
            break  # "un milion o casă": the weak word starts something else
        total += small
        k, parts, weak = k2, parts + 1, (w and parts == 0)
        break
    if parts == 0:
        return None
    num = Num(total, total, i, k, weak=weak, mult=last or 1)
    if last and word(st[k]) in lex.and_word and word(st[k + 1]) in lex.half:
        num.low = num.high = total + Fraction(last, 2)  # "un milion și jumătate"
        num.j = k + 2
    elif not last and parts == 1:
        w = word(st[k])
        d = lex.denominators.get(w) if w else None
        if d is None and w in lex.half and weak:
            d = 2  # "o jumătate"
        if d:
            num.low = num.high = total / d
            num.j, num.fraction, num.weak = k + 1, True, False
            if d == 2 and (m := _of_multiplier(lex, st, k + 1)) is not None:
                num.low = num.high = total * Fraction(m[0], 2)  # "o jumătate de milion"
                num.j, num.fraction, num.mult = m[1], False, m[0]
    num.de_ok = num.low >= lex.de_from or bool(last) or num.fraction
    return num


def _digits(lex: NumberLexicon, st: Stream, i: int) -> Num | None:
    t = st[i]
    if t.num == "junk":
        return None
    v, j, kind = t.value, i + 1, t.num
    if kind == "int" and len(t.raw) <= 3:
        while is_group3(st[j]):  # "15 000", "1 234 567,5"
            v, kind = v * 1000 + st[j].value, "grouped"
            j += 1
            if "," in st[j - 1].raw:
                break
    lo_y, hi_y = lex.year_range
    year_like = kind == "int" and len(t.raw) == 4 and lo_y <= v <= hi_y
    if kind == "int" and 1 <= v <= 9 and word(st[j]) in (lex.hundred_sg | lex.hundred_pl):
        v, j = v * 100, j + 1  # "3 sute", "1 sută"
    mult = 1
    m = _multiplier(lex, st, j, v, digits=True)
    if m is not None:
        mult, j = m
        v *= mult
        year_like = False
    num = Num(v, v, i, j, mult=mult, year_like=year_like, frac_digits=kind == "frac" and mult == 1,
              dotdec=kind == "dotdec" and mult == 1)
    mark = "," if "," in t.raw else ("." if kind == "dotdec" else None)
    if mark:
        num.decimals = len(t.raw.rsplit(mark, 1)[1])
    if mult > 1 and word(st[j]) in lex.and_word and word(st[j + 1]) in lex.half:
        num.low = num.high = v + Fraction(mult, 2)
        num.j = j + 2
    num.de_ok = num.low >= lex.de_from or mult > 1
    return num


def _vague(lex: NumberLexicon, st: Stream, i: int) -> Num | None:
    """"câteva", "zeci de mii", "câteva sute de mii"... as an interval."""
    r = match_forward(lex.vague, st, i)
    if r is None:
        return None
    (lo, hi, factor), k = r
    scale = factor or 1
    while True:
        kk = k + 1 if word(st[k]) in lex.de else k
        r2 = match_forward(lex.vague, st, kk)
        if r2 is None or r2[0][2] <= scale:
            break
        f = r2[0][2]
        lo, hi = lo * f, (None if hi is None else hi * f + f - 1)
        scale, k = f, r2[1]
    if word(st[k]) in lex.de:
        nxt = st[k + 1]
        if nxt is not None and (nxt.kind == "n" or nxt.key in lex.number_words):
            return None  # "mai mulți de 20": a qualifier, not an amount
    return Num(lo, hi, i, k, vague=True, de_ok=True, mult=scale)


def read_number(lex: NumberLexicon, st: Stream, i: int) -> Num | None:
    t = st[i]
    if t is None:
        return None
    if t.kind == "n":
        return _digits(lex, st, i)
    if t.kind != "w":
        return None
    z = match_forward(lex.zero, st, i)
    if z is not None:
        return Num(Fraction(0), Fraction(0), i, z[1])
    n = _words(lex, st, i)
    if n is not None:
        return n
    if t.key in lex.half:
        if (m := _of_multiplier(lex, st, i + 1)) is not None:
            # "jumătate de milion de euro": half a million, not a million
            return Num(HALF * m[0], HALF * m[0], i, m[1], de_ok=True, mult=m[0])
        return Num(HALF, HALF, i, i + 1, de_ok=True, fraction=True)
    return _vague(lex, st, i)


def _of_multiplier(lex: NumberLexicon, st: Stream, j: int) -> tuple[int, int] | None:
    """"de milion" after a half: (the multiplier, the index after it)."""
    if word(st[j]) in lex.de and (w := word(st[j + 1])) in lex.mult:
        return lex.mult[w], j + 2
    return None


def _suffix(lex: NumberLexicon, st: Stream, j: int, spaced_ok: bool) -> int | None:
    """The ordinal ending after a cardinal: "-lea", "-a", "3a", or spaced "doi lea", "2 a"."""
    t = st[j]
    if t is None:
        return None
    if t.raw in ("-", "‑") and t.ws == "":
        n = st[j + 1]
        if n is not None and n.ws == "" and word(n) in lex.ord_suffixes:
            return j + 2
        return None
    if word(t) in lex.ord_suffixes and (t.ws == "" or spaced_ok):
        return j + 1
    return None


def read_ordinal(lex: NumberLexicon, st: Stream, i: int, article: bool) -> tuple[int, int] | None:
    """An ordinal starting at token i (after its article, if `article`): (n, index after)."""
    t = st[i]
    if t is None:
        return None
    n = j = None
    if t.kind == "w" and t.key in lex.ord_standalone:
        n, j = lex.ord_standalone[t.key], i + 1
    elif t.kind == "w" and lex.ord_masculine and t.key.endswith(lex.ord_masculine) and lex.ord_forms.get(t.key, 0) > 1:
        n, j = lex.ord_forms[t.key], i + 1
    elif t.kind == "n" and t.num == "int":
        j = _suffix(lex, st, i + 1, spaced_ok=article)
        n = int(t.value) if j else None
    elif t.kind == "w" and roman(t.raw) and st[i + 1] is not None and st[i + 1].raw == "-":
        j = _suffix(lex, st, i + 1, spaced_ok=False)
        n = roman(t.raw) if j else None
    elif t.kind == "w" and article:
        if lex.ord_forms.get(t.key, 0) > 1:
            n, j = lex.ord_forms[t.key], i + 1
            if (s := _suffix(lex, st, j, spaced_ok=False)) is not None:
                j = s  # "al noua-lea"
            elif lex.ord_masculine and word(st[j]) == lex.ord_masculine:
                j += 1  # "al nouă lea" (but "a doua a fost" keeps its "a")
        else:
            c = _words(lex, st, i)
            if c is not None and not c.fraction:
                v, k = int(c.low), c.j
                nxt = word(st[k])
                if (s := _suffix(lex, st, k, spaced_ok=True)) is not None:
                    n, j = v, s  # "al doi-lea", "a patru-lea"
                elif nxt in lex.and_word and 0 < lex.ord_forms.get(word(st[k + 1]) or "", 0) < 10:
                    n, j = v + lex.ord_forms[word(st[k + 1])], k + 2  # "al douăzeci și doilea"
                elif lex.ord_forms.get(nxt or "", 0) >= 100:
                    n, j = v * lex.ord_forms[nxt], k + 1  # "al două miilea"
    if n is None:
        return None
    key = st[j - 1].key if t.kind == "w" and j == i + 1 else ""
    if word(st[j]) in lex.ord_not_before.get(key, ()):
        return None  # "primul ministru", "a opta pentru"
    return n, j
