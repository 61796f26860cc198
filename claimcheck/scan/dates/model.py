"""What the date productions share: a candidate (`Cand`), a production (`Production`) and the scan
context (`DateContext`) they read the text and the article's date from."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable

from claimcheck.scan.dates.lexicon import DateLexicon


@dataclass(slots=True)
class Cand:
    """A date expression at [start, end) of the text. `low`/`high` are None when it needs the article's
    date and there is none."""

    start: int
    end: int
    low: date | None
    high: date | None
    grain: str
    relative: bool = False
    qualifier: str = "exact"
    attrs: dict[str, Any] = field(default_factory=dict)
    needs_cue: bool = False  # a bare number: a year only after a cue word ("în 2024")
    needs_part: bool = False  # "anului" alone: a date only in "la începutul anului"
    needs_prep: frozenset[str] | None = None  # "între 2020 și 2024" needs its "între"
    weak: bool = False  # a weak month word alone ("în mai,"): needs a preposition and a phrase end
    drop: bool = False  # consumes its span but is not a date (an idiom, a BC year, "ultimii ani")
    prep: str | None = None  # the folded preposition taken in front of it, once extended
    fallback: "Cand | None" = None  # a shorter reading if this one fails its checks ("în 2020 și 2024")

    @property
    def resolved(self) -> bool:
        return self.low is not None


@dataclass(slots=True)
class DateContext:
    lx: DateLexicon
    ref: date | None
    text: str  # normalised, as given
    folded: str  # same length, folded

    def future_before(self, pos: int, end: int | None = None) -> bool:
        """A future cue ("va", "urmează să") earlier in the sentence that ends at `pos`; with
        `end` (the date's end), also in the rest of its sentence: "Din noiembrie, consumatorii
        vor plăti 1,25 lei/kWh" is next November, said in September."""
        lo = max(0, pos - 150)
        window = self.text[lo:pos]
        cut = max(window.rfind(c) for c in ".!?\n")
        sentence = window[cut + 1:].lower()
        if end is not None:
            rest = self.text[end:end + 150]
            stops = [k for k in (rest.find(c) for c in ".!?\n") if k >= 0]
            sentence += " " + rest[:min(stops, default=len(rest))].lower()
        return bool(self.lx.future_cue and self.lx.future_cue.search(sentence))

    def after(self, pos: int, n: int = 40) -> str:
        return self.folded[pos:pos + n]


Handler = Callable[[re.Match[str], DateContext], "Cand | None"]


@dataclass(slots=True)
class Production:
    """One construction: a regex matched at an anchor (or, if `back`, ending at it) and a handler
    that turns the match into a `Cand`. `anchors` are the folded phrases it can start with."""

    name: str
    rx: re.Pattern[str]
    handler: Handler
    anchors: list[str]
    back: bool = False
    digits: bool = False  # also tried at every run of digits
