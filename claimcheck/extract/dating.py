"""Which date dates a figure: the resolved date of its sentence nearest to it ("1,04 miliarde de
lei în 2023"), not one nearer another figure, nor a comparison's base ("față de anul trecut");
one that opens the sentence or leads into a list dates all of it; a line's label ("2023: Profit
net de …") and a fragment the parser cut off are the sentence's. extract/quantities.py asks."""

from __future__ import annotations

import re

from claimcheck.model import Match
from claimcheck.extract.words import ends_within, words as _words
from claimcheck.lang.frames import frame_words
from claimcheck.lang.rules import Lang
from claimcheck.read.textnorm import fold

LABEL_CHARS = 30  # a line label ("2023:", "Ministerul Muncii:") is at most this long


def window_start(sent, text: str) -> int:
    """Where the words that may date a figure of `sent` start: its line's label, or a fragment
    the parser cut off before it."""
    return min(_label_start(text, sent.start_char), _fragment_start(sent))


# How many more words a semicolon between a date and a figure counts than a comma (date_in):
# enough that a date is never taken across one for a figure nearer it than its own.
SEMICOLON_WORDS = 50
OPENING_WORDS = 1  # words before a date that still opens its sentence ("Pe 8 ianuarie, …")
_LIST_COLON = re.compile(r"(?<!\d):(?!\d)")  # (not a clock's "08:38")


def date_in(start: int, end: int, dates: list[Match], m: Match, figures: list[Match], text: str,
             lang: Lang | None) -> Match | None:
    """The resolved date in the same sentence nearest to the figure `m`: the time
    the figure refers to ("1,04 miliarde de lei în 2023", not the sentence's first date). A date
    it is compared with ("comparativ cu luna septembrie 2024") is the base, not its time."""
    markers = frame_words(lang).comparison_markers
    def dist(d: Match, f: Match) -> int:
        gap = text[d.end:f.start] if d.end <= f.start else text[f.end:d.start]
        # (a semicolon ends a clause: "… 4.143.914.310 lei; în 2023, … 3.944.059.894 lei" dates the
        # figure after it, however near the one before, and a date of the figure's own clause wins
        # over one past a semicolon)
        return words_apart(gap) + (SEMICOLON_WORDS if ";" in gap else 0)

    # (a number inside a date is the date's: "În prima parte a lunii mai"; a clock time is part
    # of the time: "La 27 mai, ora 9:30, debitul a fost de 60 mc/s")
    others = [f for f in figures if f is not m and start <= f.start < end and f.kind != "clock"
              and not any(d.start <= f.start < d.end for d in dates)]
    # "a ajuns la 9,88%, de la 9,85% în august": a date nearer another figure is that figure's
    relatives = frame_words(lang).when_relatives
    dated = [d for d in dates if start <= d.start < end and d.attrs.get("resolved", True) and d.value.low is not None
             and not (d.start >= m.end and _second_clause(text[m.end:d.start], lang))]
    # (a "când" clause is the time's own, however near the time stands to the figure it follows)
    found = [d for d in dated if _opens_when_clause(text, d.end, m.start, relatives)
             and not any(d.end <= f.start < m.start for f in others)] \
        or [d for d in dated if not _after_marker(text, start, d.start + _leading_of(text, d), markers)
            and (_set_off(text, d) or not any(dist(d, f) < dist(d, m) for f in others))]
    # "Cele mai scăzute temperaturi ale dimineții de vineri au fost: -29 C la …, -25,8 C la …":
    # a date in the words that lead into a list dates every item of the list, not only the first
    # "Joi dimineață, la Joseni au fost -23,6 C, iar la Miercurea Ciuc -23,2 C": a date that opens
    # the sentence, before any figure, is the time of all of it
    parts = [f for f in figures if f.kind == "clock"]
    found += [d for d in dated if d not in found
              and (_leads_list(text, d, m, others) or _opens(text, start, d, others, parts))]
    best = min(found, key=lambda d: dist(d, m), default=None)
    # "Dimineața de joi a adus cele mai mici temperaturi din acest an, iar la … au fost -30 C": a
    # figure of one day that a wider span also holds ("din acest an" says of what it is a record)
    # is that day's
    days = [d for d in found if d.value.low == d.value.high and best is not None
            and best.value.low <= d.value.low <= best.value.high]
    if best is not None and best.value.low != best.value.high and days:
        return min(days, key=lambda d: dist(d, m))
    return best


def time_before(sent, text: str, at: int, dates: list[Match], lang: Lang | None) -> Match | None:
    """"La acea vreme, suprafața sa era estimată la 4.170 de kilometri pătrați", after "… s-a
    desprins … în 1986": a sentence that opens with a word pointing back to a time (rules/frames.yml
    `time_anaphors`) before the figure at `at` is of the last date the sentence before gave."""
    opening = [fold(w) for w in _words(text[sent.start_char:at])][:4]
    if not any(tuple(opening[:len(a)]) == a for a in frame_words(lang).time_anaphors) or sent.start == 0:
        return None
    k = sent.start - 1
    while k > 0 and sent.doc[k].is_space:
        k -= 1  # (a paragraph's line break may stand as a sentence of its own)
    before = sent.doc[k].sent
    return next((d for d in reversed(dates) if before.start_char <= d.start < before.end_char
                 and d.attrs.get("resolved", True) and d.value.low is not None), None)


def _set_off(text: str, d: Match) -> bool:
    """The date is an aside between commas ("a scăzut cu 1,3%, în 2023, la 20.380"): it dates the
    clause around it, the figure after it as much as the one before."""
    return text[d.end:d.end + 1] == "," and text[:d.start].rstrip(" ").endswith(",")


def _second_clause(gap: str, lang: Lang | None) -> bool:
    """The words between a figure and a date after it open a clause of another verb: a
    conjunction right before an auxiliary, with or without a reflexive ("și a depășit", "iar
    s-au")."""
    w = frame_words(lang)
    aux = w.auxiliaries - w.indefinite_articles
    # ("s-a" is one word here: its clitic and its auxiliary)
    words = [x for word in _words(fold(gap)) for x in word.split("-")]
    for k, word in enumerate(words[:-1]):
        rest = words[k + 1:k + 3]
        if word in w.clause_coordinators and (rest[0] in aux or (rest[0] in w.reflexives and rest[1:] and rest[1] in aux)):
            return True
    return False


def _opens(text: str, start: int, d: Match, others: list[Match], parts: list[Match]) -> bool:
    """The date, one day, stands first in its sentence (at most OPENING_WORDS words in, no figure
    before it) and a comma closes it ("Joi dimineață, …", "Pe 8 ianuarie 2015, …"), or a part of
    the day opens it ("Dimineața de vineri a adus ger …, iar la Brașov au fost -24 C")."""
    if d.value.low != d.value.high or len(text[start:d.start].split()) > OPENING_WORDS \
            or any(start <= f.start < d.start for f in others):
        return False  # (a period, "În ultimele două săptămâni, …", is no one day of all the sentence)
    if any(start <= p.start < d.start for p in parts):
        return True
    rest = text[d.end:d.end + 30].split()
    # (a part of the day may stand between the day and its comma: "Joi dimineață,")
    return text[d.end:d.end + 1] == "," or (bool(rest) and rest[0].endswith(","))


def _leads_list(text: str, d: Match, m: Match, others: list[Match]) -> bool:
    """The date `d` stands in a list's lead-in (its words up to a colon, with no figure of their
    own) and `m` is one of the list's items after that colon."""
    colon = next((c.start() for c in _LIST_COLON.finditer(text, d.end, m.start)), -1)
    return colon >= 0 and ":" not in text[colon + 1:m.start] and ";" not in text[colon + 1:m.start] \
        and not any(d.end <= f.start < colon for f in others)


def words_apart(gap: str) -> int:
    """How far apart two things are by the text between them: its words, and a comma or a
    semicolon counts as three ("cutremurul de ieri de 5,2 grade, azi, …")."""
    return len(gap.split()) + (3 if "," in gap or ";" in gap else 0)


def _fragment_start(sent) -> int:
    """Where a figure's sentence starts, with a fragment the parser cut off before it: a sentence
    never ends on a comma or a colon ("Joi dimineață," | "la stația meteo Joseni au fost minus
    23,6 grade"), so the fronted words, and the day they name, are the next sentence's."""
    doc, start = sent.doc, sent.start
    while start > 0 and doc[start - 1].text in (",", ":") and doc[start - 1].sent.start < start:
        start = doc[start - 1].sent.start
    return doc[start].idx


def _label_start(text: str, start: int) -> int:
    """Where a sentence's line starts when a short label ending in a colon opens it ("2023:
    Profit net de 3,94 miliarde de lei", which the parser may split after the colon): the label
    belongs to the line's figures."""
    line = text.rfind("\n", 0, start) + 1
    head = text[line:start]
    return line if head.strip().endswith(":") and len(head) <= LABEL_CHARS else start


def _opens_when_clause(text: str, end: int, at: int, relatives: frozenset[str]) -> bool:
    """Whether a relative "când" right after a time (at `end`) opens the clause of the figure at
    `at`: "comparativ cu aceeași perioadă a anului trecut, când deficitul s-a situat la 7,15%"."""
    if at <= end:
        return False
    words = [x for x in _words(text[end:at]) if x]
    return bool(words) and fold(words[0]) in relatives


def _leading_of(text: str, d: Match) -> int:
    """Chars of a "de " the date grammar took into the date ("față de anul trecut" read as
    "față" + "de anul trecut"): the comparison marker ends after it."""
    return 3 if fold(text[d.start:d.start + 3]) == "de " else 0


def _after_marker(text: str, start: int, at: int, markers: tuple[tuple[str, ...], ...]) -> bool:
    # (only from where the figure's sentence starts: "… față de anul anterior. În 2020, au fost
    # 18.830 de decese" dates the figure to 2020, the marker belongs to the sentence before)
    before = tuple(fold(w) for w in _words(text[max(start, at - 60):at]))
    # "comparativ cu aceeași perioadă a anului trecut": the marker may stand up to three words
    # before the date, with no figure between ("față de 1,04 miliarde de lei în 2023" dates the figure)
    return ends_within(before, markers, 3, lambda gap: not any(any(ch.isdigit() for ch in w) for w in gap))
