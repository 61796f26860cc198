"""What follows a number: its unit, the smaller units that complete it ("o oră și 15 minute",
"10 lei și 50 de bani"), or the noun it counts.
"""

from __future__ import annotations

import re
from fractions import Fraction

from .grammar import Num, read_number, word
from .lexicon import NumberLexicon, Unit, match_forward
from .tokens import Stream, Tok

# A currency's sub-unit (ban, cent) is a hundredth of it.
SUBUNIT = Fraction(1, 100)
# Punctuation after which "doi dolari și 23" is complete: the 23 are cents.
_CLOSERS = frozenset(".,;:!?)]»”\"'")


def read_unit(lex: NumberLexicon, st: Stream, j: int, num: Num, *,
              signed: bool = False) -> tuple[Unit, int] | None:
    """The unit at j, after an optional "de" that the number must allow ("45 de minute", but
    not "10 de dolari"); a signed number may also take a signed-only symbol ("-20 C")."""
    k = j
    if word(st[k]) in lex.de:
        if not num.de_ok:
            return None
        k += 1
    a = match_forward(lex.unit_forms, st, k)
    b = match_forward(lex.unit_symbols, st, k, raw=True)
    best = a if b is None or (a is not None and a[1] >= b[1]) else b
    if best is None and signed and k == j:
        best = match_forward(lex.signed_symbols, st, k, raw=True)
    if best is None:
        return None
    unit, e = best
    nxt = st[e]
    if unit.kind == "duration" and nxt is not None and word(nxt) in lex.date_modifiers:
        return None  # "la 1.250 săptămâna trecută": the week is when, not what
    if nxt is not None and nxt.ws == "":
        # An abbreviation glued to more letters is part of a word: "s-a", "m-am", "ani-lumină".
        if nxt.kind in "wn":
            return None
        if nxt.raw in ("-", "‑"):
            after = st[e + 1]
            if after is not None and after.ws == "" and after.kind == "w":
                return None
    return unit, e


def unit_starts(lex: NumberLexicon, st: Stream, j: int) -> bool:
    """Whether a unit symbol or word starts at j (for "3km" against "5G")."""
    return (match_forward(lex.unit_forms, st, j) is not None
            or match_forward(lex.unit_symbols, st, j, raw=True) is not None)


_HUNDREDTHS = re.compile(r"\d{1,2}/100")


def extend_duration(lex: NumberLexicon, st: Stream, j: int, total: Fraction,
                    last: Fraction) -> tuple[Fraction, int, Fraction | None]:
    """Smaller units after a duration: "două ore și jumătate", "o oră și 15 minute", "2 ore 30
    de minute", "o oră și un sfert", "două ore, 13 minute și 37 de secunde"; with the smallest
    unit counted when one was added, or None: "2 ore și 14 minute" is given to the minute, so it
    stands for 2:13:37 rounded (a time given in whole hours is a round figure, not a rounding)."""
    given = last
    while True:
        k = j
        # (a comma before a smaller unit lists the parts of one duration; read_unit below still
        # wants the smaller unit, so "două ore, 30 de lei" stays two figures)
        if st[k] is not None and st[k].kind == "s" and st[k].raw == ",":
            k += 1
        conj = word(st[k]) in lex.and_word
        if conj:
            k += 1
            if word(st[k]) in lex.half:
                return total + last / 2, k + 1, None
        n = read_number(lex, st, k)
        if n is None or n.vague or n.low != n.high:
            break
        u = read_unit(lex, st, n.j, n)
        if u is None:
            if conj and n.fraction:
                return total + last * n.low, n.j, None
            break
        if u[0].kind != "duration" or u[0].factor >= last:
            break
        total += n.low * u[0].factor
        last, j = u[0].factor, u[1]
    # "1 min 44 sec 74/100": hundredths of a second written as a fraction after the seconds
    tok = st[j]
    if last == 1 and tok is not None and tok.kind == "n" and _HUNDREDTHS.fullmatch(tok.raw):
        return total + Fraction(int(tok.raw.split("/")[0]), 100), j + 1, Fraction(1, 100)
    return total, j, (last if last < given else None)


def extend_money(lex: NumberLexicon, st: Stream, j: int, value: Fraction, unit: Unit) -> tuple[Fraction, int]:
    """The sub-unit after a currency: "10 lei și 50 de bani", "2 dolari 23 de cenți", and
    "doi dolari și 23" where the sentence ends after the 23."""
    if not unit.subunit:
        return value, j
    k = j
    conj = word(st[k]) in lex.and_word
    if conj:
        k += 1
    n = read_number(lex, st, k)
    if n is None or n.vague or n.weak or n.low != n.high or not (0 < n.low < 100) or n.low.denominator != 1:
        return value, j
    u = read_unit(lex, st, n.j, n)
    if u is not None:
        if u[0].id == unit.subunit:
            return value + n.low * SUBUNIT, u[1]
        return value, j
    nxt = st[n.j]
    if conj and (nxt is None or (nxt.kind == "s" and nxt.raw in _CLOSERS)):
        return value + n.low * SUBUNIT, n.j
    return value, j


def noun_at(lex: NumberLexicon, st: Stream, k: int) -> tuple[Tok, int] | None:
    """The counted noun at k, after words like "astfel de": (token, its index). None when the
    word there cannot be a noun (a preposition, pronoun, auxiliary, number, month...)."""
    s = match_forward(lex.noun_skip, st, k)
    if s is not None:
        k = s[1]
    t = st[k]
    if t is None or t.kind != "w" or len(t.key) < 2 or t.key in lex.stop or t.key in lex.number_words:
        return None
    if match_forward(lex.months, st, k) is not None or match_forward(lex.vague, st, k) is not None:
        return None
    if (nxt := st[k + 1]) is not None and word(nxt) in lex.date_modifiers:
        return None  # "a ajuns la 1.250 săptămâna trecută": a date, not what is counted
    return t, k


def noun_end(st: Stream, k: int) -> int:
    """The index after a noun, its hyphenated parts included ("ani-lumină", "militari-cheie")."""
    while (h := st[k + 1]) is not None and h.ws == "" and h.raw in ("-", "‑") \
            and (w := st[k + 2]) is not None and w.ws == "" and w.kind == "w":
        k += 2
    return k + 1
