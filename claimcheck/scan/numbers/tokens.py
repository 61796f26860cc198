"""Tokens around a number anchor, read lazily.

The scanner never tokenises a whole article: it finds anchors with one regex and reads tokens
forward from each anchor only as far as the grammar asks (`Stream`), plus a few tokens backward
for qualifiers and prefixes (`before`). A number never spans a line break, so streams stop there.
"""

from __future__ import annotations

import re
from fractions import Fraction

from claimcheck.read.textnorm import fold

# One token with the whitespace before it. Numbers keep their separators (".", ",", ":", "/")
# so that "15.000", "12:30" and "13.09.2023" arrive whole and can be judged whole. A leading
# comma (",77") is a decimal only where no word or number precedes it.
TOKEN_RE = re.compile(
    r"(\s*)(?:(?P<n>(?:(?<![\w.,]),)?[0-9]+(?:[.,:/][0-9]+)*)|(?P<w>[^\W\d_]+)|(?P<s>\S))"
)

_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")  # 15.000, 1.234,56
_PLAIN = re.compile(r"\d+(?:,\d+)?|,\d+")  # 15000, 2,5, ,77
_DOTDEC = re.compile(r"\d+\.\d{1,2}")  # 1.5: English decimals, trusted only before "milioane"
# 1,342.8: commas that group thousands before a decimal point, English only (Romanian writes
# 1.342,8), as agency copy translated in haste prints it; a comma alone (39,045) stays a decimal
_EN_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+\.\d+")
_FRAC = re.compile(r"\d{1,2}/\d{1,2}")  # 1/2: trusted only before a unit ("1/2h")
_GROUP3 = re.compile(r"\d{3}(?:,\d+)?")  # the tail groups of "15 000" / "1 234,5"

# Longer runs (digits and separators) are identifiers or garbage; refusing them also keeps
# int() away from 10-MB strings (CPython refuses over 4300 digits; conversion is quadratic).
MAX_DIGITS = 32

# Whitespace that may separate groups of three digits ("15 000"): space, NBSP, thin spaces.
GROUP_SPACES = frozenset((" ", "\u00a0", "\u202f", "\u2009"))


class Tok:
    """A token. `key` is the folded text for words and the raw text otherwise; `ws` is the
    whitespace before it ("" when glued to the previous token)."""

    __slots__ = ("kind", "raw", "key", "start", "end", "ws", "value", "num")

    def __init__(self, kind: str, raw: str, start: int, end: int, ws: str) -> None:
        self.kind = kind  # n number, w word, s symbol
        self.raw = raw
        self.key = fold(raw) if kind == "w" else raw
        self.start = start
        self.end = end
        self.ws = ws
        self.value: Fraction | None = None
        # For numbers: "int" (plain digits), "dec", "grouped", "dotdec", "frac" or "junk".
        self.num = ""
        if kind == "n":
            self.num, self.value = classify(raw)

    def __repr__(self) -> str:  # for test failure messages
        return f"Tok({self.kind}:{self.raw!r}@{self.start})"


def classify(raw: str) -> tuple[str, Fraction | None]:
    """What kind of number a digit run is, and its value (Romanian format: "." groups
    thousands, "," marks decimals)."""
    if len(raw) > MAX_DIGITS or sum(c.isdigit() for c in raw) > MAX_DIGITS:
        return "junk", None
    if _PLAIN.fullmatch(raw):
        if "," in raw:
            return "dec", Fraction(raw.replace(",", "."))
        return "int", Fraction(int(raw))
    if _GROUPED.fullmatch(raw):
        return "grouped", Fraction(raw.replace(".", "").replace(",", "."))
    if _EN_GROUPED.fullmatch(raw):
        return "grouped", Fraction(raw.replace(",", ""))
    if _DOTDEC.fullmatch(raw):
        return "dotdec", Fraction(raw)
    if _FRAC.fullmatch(raw):
        a, b = raw.split("/")
        return ("frac", Fraction(int(a), int(b))) if int(b) else ("junk", None)
    return "junk", None  # dates 13.09.2023, times 12:30, ids 123/2020, versions 3.8.1


def is_group3(tok: "Tok | None") -> bool:
    """A three-digit group continuing "15 000" (space-separated thousands)."""
    return (tok is not None and tok.kind == "n" and len(tok.ws) == 1 and tok.ws in GROUP_SPACES
            and _GROUP3.fullmatch(tok.raw) is not None)


class Stream:
    """Tokens from `pos` forward, produced on demand; `None` past a line break or the end."""

    __slots__ = ("text", "pos", "toks", "done", "diacritics")

    def __init__(self, text: str, pos: int, diacritics: bool = True) -> None:
        self.text = text
        self.pos = pos
        self.toks: list[Tok] = []
        self.done = False
        # Whether the text writes Romanian diacritics at all: "noua" means "the new" only then.
        self.diacritics = diacritics

    def __getitem__(self, i: int) -> Tok | None:
        try:
            return self.toks[i]
        except IndexError:
            pass
        toks = self.toks
        while len(toks) <= i and not self.done:
            self._next()
        return toks[i] if i < len(toks) else None

    def _next(self) -> None:
        m = TOKEN_RE.match(self.text, self.pos)
        if m is None or (self.toks and "\n" in m.group(1)) or len(self.toks) >= 64:
            self.done = True
            return
        kind = m.lastgroup or "s"
        self.toks.append(Tok(kind, m.group(kind), m.start(kind), m.end(), m.group(1)))
        self.pos = m.end()


# The token grammar read right to left (on the reversed text): numbers are symmetric except
# the leading comma of ",77", which comes last.
_REV_RE = re.compile(r"(\s*)(?:(?P<n>[0-9]+(?:[.,:/][0-9]+)*(?:,(?![\w.,]))?)|(?P<w>[^\W\d_]+)|(?P<s>\S))")


class Back:
    """The tokens before `pos`, nearest first and read lazily: `back[1]` is the token just
    before `pos`, `back[2]` the one before it; None past `floor`, a line break or `span`
    characters. Most anchors need one or two of them, so few are ever made."""

    __slots__ = ("text", "pos", "lo", "cut", "rev", "rpos", "toks", "done")

    def __init__(self, text: str, pos: int, floor: int, span: int = 48) -> None:
        lo = max(floor, pos - span)
        nl = text.rfind("\n", lo, pos)
        if nl >= 0:
            lo = nl + 1
        self.text, self.pos, self.lo = text, pos, lo
        # Whether the window's edge cuts a word (that partial word is no token).
        self.cut = lo > floor and lo > 0 and text[lo - 1].isalnum()
        self.rev = text[lo:pos][::-1]
        self.rpos = 0
        self.toks: list[Tok | None] = [None]
        self.done = False

    def __getitem__(self, d: int) -> Tok | None:
        toks = self.toks
        while len(toks) <= d and not self.done:
            self._next()
        return toks[d] if d < len(toks) else None

    def _next(self) -> None:
        m = _REV_RE.match(self.rev, self.rpos)
        if m is None:
            self.done = True
            return
        kind = m.lastgroup or "s"
        start, end = self.pos - m.end(kind), self.pos - m.start(kind)
        if start == self.lo and self.cut:
            self.done = True
            return
        self.toks.append(Tok(kind, m.group(kind)[::-1], start, end, ""))
        self.rpos = m.end()
