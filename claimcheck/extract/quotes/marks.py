"""Quotation spans found from the quotation marks alone, in raw text.

This works the same with or without a parse: the marks are characters, not tokens. Romanian
print uses „…” with «…» for a quote inside a quote; the web adds “…”, "…", ‘…’ and the sloppy
”…”. A quote may run over several paragraphs: by print convention each paragraph opens with
a mark again and only the last one closes. Real text is not always balanced, so a quote still
open at the end of a paragraph that the next paragraph does not continue is closed there and
flagged `closed=False` (the speaker finder may shorten it); a stray closing mark is ignored.
Nothing here can raise on any input.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# opening mark -> the closing marks that end it
CLOSERS: dict[str, str] = {
    "„": "”“\"",  # Romanian „…”, German-style „…“, sloppy „…"
    "«": "»",
    "“": "”\"",
    "\"": "\"",
    "”": "”",  # ”…” typed with one key
    "‹": "›",
    "‘": "’",  # ‘…’, as some radio sites print a spokesperson's words
}
OPENERS = frozenset(CLOSERS)
ALL_MARKS = frozenset("„”“\"«»‹›‘’")
# Marks that both open and close, told apart by the spaces around them.
_AMBIGUOUS = frozenset("\"”“")
# Many sites open a long quotation once and close it paragraphs later, with no mark at the
# start of the paragraphs between: a quote still open at a paragraph end runs on when its
# closing mark comes within this many paragraphs, before any other quotation opens.
RUN_ON_PARAGRAPHS = 3
# Characters after which a mark that both opens and closes opens a quotation (besides a space).
_OPEN_AFTER = "([{—–-/:"


@dataclass(slots=True)
class QuoteSpan:
    """One top-level quotation. `start`/`end` include the marks; `inner_start`/`inner_end`
    are the quoted words. Offsets index the text given to `find_quotes`."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    open_mark: str
    close_mark: str | None  # None when the quote was never closed
    closed: bool = True
    # Offsets of the marks that reopen the quote at the start of a continuing paragraph.
    reopen: list[int] = field(default_factory=list)
    # Quotes inside this one (inner_start, inner_end), e.g. «…» inside „…”.
    nested: list[tuple[int, int]] = field(default_factory=list)
    runs_on: bool = False  # spans paragraphs with no reopening mark

    def words(self, text: str) -> str:
        """The quoted words without marks: paragraph breaks and reopening marks become one space."""
        return clean_quote(text, self.inner_start, self.inner_end, self.reopen)


def clean_quote(text: str, start: int, end: int, reopen: list[int] | tuple[int, ...] = ()) -> str:
    skip = set(reopen)
    chars = [" " if i in skip else text[i] for i in range(start, end)]
    return " ".join("".join(chars).split())


def _is_word_char(c: str) -> bool:
    return c.isalnum()


def _may_open(text: str, i: int) -> bool:
    """A symmetric mark (" or ”) opens when it follows a space, a line start or an opening
    bracket and is followed by something that is not a space."""
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + 1] if i + 1 < len(text) else "\n"
    return (before.isspace() or before in _OPEN_AFTER + "„«“") and not after.isspace()


def _word_follows(text: str, i: int) -> bool:
    return i + 1 < len(text) and text[i + 1].isalnum()


def _closes_later(text: str, i: int, end: int, opener: str) -> bool:
    """From the paragraph break at `i`: does a mark that closes `opener` come within
    RUN_ON_PARAGRAPHS paragraphs, before any mark that opens a quotation?"""
    breaks = 0
    k = i
    while k < end:
        c = text[k]
        if c == "\n":
            if k + 1 < end and text[k + 1] != "\n" and text[k + 1:k + 2].strip():
                breaks += 1
                if breaks > RUN_ON_PARAGRAPHS:
                    return False
        elif c in ALL_MARKS:
            # a closing mark sticks to the word it ends ("urmează”,"); one between spaces is stray
            return c in CLOSERS[opener] and not text[k - 1].isspace() and not (c in _AMBIGUOUS and _may_open(text, k))
        k += 1
    return False


def _doubled_apostrophes(text: str) -> str:
    """The text with each pair of apostrophes typed for a quotation mark (''A fost greu'', a spus,
    as news agencies' wires print it) made one double quote and a space, in the place that keeps
    every offset: ' "' opening a quote, '" ' closing it."""
    if "''" not in text:
        return text
    chars = list(text)
    i = 0
    while i + 1 < len(chars):
        if chars[i] == chars[i + 1] == "'" and (i + 2 >= len(chars) or chars[i + 2] != "'"):
            before = text[i - 1] if i > 0 else "\n"
            after = text[i + 2] if i + 2 < len(text) else "\n"
            opening = (before.isspace() or before in _OPEN_AFTER) and not after.isspace()
            chars[i], chars[i + 1] = (" ", "\"") if opening else ("\"", " ")
            i += 2
            continue
        i += 1
    return "".join(chars)


def find_quotes(text: str, start: int = 0, end: int | None = None) -> list[QuoteSpan]:
    """Top-level quotation spans in text[start:end], in order."""
    end = len(text) if end is None else min(end, len(text))
    wired, text = text, _doubled_apostrophes(text)
    if wired is not text:
        # (a span takes in both apostrophes of its marks, as it does a one-character mark)
        return [_widened(q, wired) for q in _find_quotes(text, start, end)]
    return _find_quotes(text, start, end)


def _widened(q: QuoteSpan, text: str) -> QuoteSpan:
    if q.start > 0 and text[q.start - 1:q.start + 1] == "''":
        q.start -= 1
    if q.close_mark is not None and text[q.end - 1:q.end + 1] == "''":
        q.end += 1
    return q


def _find_quotes(text: str, start: int, end: int) -> list[QuoteSpan]:
    out: list[QuoteSpan] = []
    # Stack of (mark, offset) for the quotes open at this point.
    stack: list[tuple[str, int]] = []
    current: QuoteSpan | None = None  # the top-level quote being built
    i = start
    while i < end:
        c = text[i]
        if c == "\n":
            if stack:
                j = i
                while j < end and text[j].isspace():
                    j += 1
                bottom = stack[0][0]
                if j < end and text[j] == bottom and current is not None:
                    # Print convention: the next paragraph reopens the same quote.
                    current.reopen.append(j)
                    stack = [stack[0]]
                    i = j + 1
                    continue
                if current is not None and _closes_later(text, i, end, bottom):
                    # „… (paragraph) … (paragraph) …”, a declarat X: one quotation.
                    current.runs_on = True
                    stack = [stack[0]]
                    i += 1
                    continue
                # Unbalanced: close everything at the end of this paragraph's text.
                k = i
                while k > start and text[k - 1].isspace():
                    k -= 1
                if current is not None:
                    current.end = current.inner_end = max(k, current.inner_start)
                    current.closed = False
                    current.close_mark = None
                    out.append(current)
                stack, current = [], None
            i += 1
            continue
        if c not in ALL_MARKS:
            i += 1
            continue
        top = stack[-1][0] if stack else None
        closes = top is not None and c in CLOSERS[top]
        if closes and c in _AMBIGUOUS and _may_open(text, i) and (c != top or _word_follows(text, i)):
            # „Am spus "pace" mereu”, ”o stare de ”vine sfârșitul” …”: a mark after a space and
            # before a word opens a nested quote, even the very mark the open quote began with
            closes = False
        if closes:
            _, at = stack.pop()
            if not stack and current is not None:
                current.inner_end = i
                current.end = i + 1
                current.close_mark = c
                out.append(current)
                current = None
            elif current is not None and len(stack) == 1:
                current.nested.append((at + 1, i))
            i += 1
            continue
        # a mark glued to the word before it ends a quotation, even “ (Romanian „…“): with no
        # quotation open it is a stray closer ("Hai România“, a spus …", its opening lost)
        if c in OPENERS and (c not in _AMBIGUOUS or _may_open(text, i)):
            if not stack:
                current = QuoteSpan(i, i + 1, i + 1, i + 1, c, None)
            stack.append((c, i))
            i += 1
            continue
        i += 1  # a stray closing mark
    if stack and current is not None:
        k = end
        while k > current.inner_start and text[k - 1].isspace():
            k -= 1
        current.end = current.inner_end = k
        current.closed = False
        out.append(current)
    return out
