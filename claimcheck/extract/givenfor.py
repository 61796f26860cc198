"""What a figure is given for, when its words alone do not say: the item of a list its line
names ("Industria: contribuție constantă (+0,2%)"), the bracket of a scale its sentence sets
("cu pensii între 1.501 și 2.000 de lei … 800 de lei") and the match a score is of (the teams
named before it). Text only, so both model modes read them alike; reconcile/matching.py tells
two items, two brackets or two matches apart.
"""

from __future__ import annotations

import re

from claimcheck.extract.words import ends_with as _after
from claimcheck.extract.quotes.marks import ALL_MARKS
from claimcheck.lang.stems import stem
from claimcheck.model import LOWER_BOUNDS, UPPER_BOUNDS, Match
from claimcheck.read.textnorm import fold

LABEL_WORDS_CHARS = 60  # a list item's name before its colon ("Agricultura, silvicultura și pescuitul :")

BRACKET_QUALIFIERS = LOWER_BOUNDS + UPPER_BOUNDS + ("range",)
# "cu" and a noun or two right before a bracket's amount: those having it ("cu pensii sub",
# "cu venituri cuprinse între", "cu pensia maximă de"), not an amount of the story
_HAVING = re.compile(r"\bcu\s+(?:(?:o|un)\s+)?[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*$")


def brackets(m: Match, matches: list[Match], start: int, end: int, text: str,
             upper: tuple[tuple[str, ...], ...], lower: tuple[tuple[str, ...], ...]
             ) -> tuple[list[list[float | None]], list[int]]:
    """The brackets of a scale the figure `m` is given for: the amounts of money of its sentence
    bounded or ranged after "cu" and a noun ("pensionarii cu venituri între 1.501 și 2.000 de lei
    … 800 de lei", "cu pensii sub 1.500 de lei", "cu pensia maximă de 3.000 de lei":
    rules/frames.yml bracket_before, `upper` and `lower`), each as [low, high] (None: open); and those amounts'
    offsets, which are a condition, no claim of their own. Each bracket of a scale has its own
    figure, and a figure for one is no figure for all. Only brackets said before the figure."""
    out: list[list[float | None]] = []
    starts: list[int] = []
    for o in matches:
        # (a condition is set before what it conditions: "ursul … 592,8 puncte, … vândute cu
        # sume de până la 20.000 de euro" gives a sale's price, not a bracket of the score)
        if o is m or not start <= o.start < m.start or o.kind != "money" or o.start <= m.start < o.end \
                or not _HAVING.search(fold(text[max(start, o.start - 40):o.start])):
            continue
        if o.value.qualifier in BRACKET_QUALIFIERS:
            out.append([o.value.low, o.value.high])
        elif _after(text, o.start, upper):
            out.append([None, o.value.high])  # "maximă de 3.000": the bracket up to it
        elif _after(text, o.start, lower):
            out.append([o.value.low, None])  # "minimă de": from it
        else:
            continue
        starts.append(o.start)
    return out, starts


def _clause_start(text: str, at: int) -> int:
    """Where the words a figure closes start: after the last line break, full stop or colon."""
    return max(text.rfind(ch, 0, at) for ch in ("\n", ". ", "! ", "? ", ":", ";")) + 1


def _names(text: str, function_words: frozenset[str]) -> list[str]:
    """Stems of the capitalised words of a score's sentence: the teams, whatever else is named."""
    return sorted({stem(w) for w in re.findall(r"\b[A-ZĂÂÎȘŞȚŢ][^\W\d_]{2,}", text)
                   if fold(w) not in function_words})


def line_label(text: str, at: int) -> list[str]:
    """The stems of the words of a list line's label, when the figure at `at` stands on a line
    (or after a semicolon) that a short label ending in a colon opens ("Industria: contribuție constantă (+0,2%)",
    "Agricultura, silvicultura și pescuitul : … de la +0,5% la +0,6%"): each line of such a list
    gives the figures of its own item. A year ("2023:") is a time, read as one (dates)."""
    # (items may share a line, each after a semicolon: "…; Industria : contribuție constantă")
    line = max(text.rfind("\n", 0, at), text.rfind(";", 0, at)) + 1
    colon = text.find(":", line, at)
    if colon < 0 or colon - line > LABEL_WORDS_CHARS or text[colon + 1:at].lstrip()[:1] in ALL_MARKS:
        # ("Comunicat al Spitalului Județean Neamț: „…": who says it, not an item of a list)
        return []
    words = [w for w in re.findall(r"[^\W\d_]+", text[line:colon]) if len(w) >= 3]
    return sorted({stem(w) for w in words})


def topic_label(text: str, at: int, openers: tuple[tuple[str, ...], ...]) -> list[str]:
    """The stems of the item a clause names before its figure: "La Matematică, 116.251 de elevi
    …", "…; la proba de Limba română, 131.849 de elevi" (rules/frames.yml topic_openers), the
    opener at the clause's start and its comma right before the figure. Like a list line's label,
    each such clause gives the figures of its own item."""
    comma = text.rfind(",", 0, at)
    if comma < 0 or text[comma + 1:at].strip():
        return []
    # (the phrase may follow another: "Conform sursei citate, la proba de Limba română, …")
    start = max(_clause_start(text, comma), text.rfind(",", 0, comma) + 1)
    head = text[start:comma]
    if len(head) > LABEL_WORDS_CHARS:
        return []
    words = [fold(w) for w in re.findall(r"[^\W\d_]+", head)]
    opener = next((p for p in openers if tuple(words[:len(p)]) == p), None)
    if opener is None or len(words) == len(opener):
        return []
    return sorted({stem(w) for w in words[len(opener):] if len(w) >= 3})


GROUP_WORDS = 6  # words of a group's name after its opener ("persoanelor de sex masculin")
_GROUP_END = re.compile(r"[,.;:()]|\s(?:și|iar|sau)\s")


def group_after(text: str, end: int, openers: tuple[tuple[str, ...], ...],
                function_words: frozenset[str]) -> list[str]:
    """The stems of the group a figure is given for, named right after it: "rata șomajului a fost
    de 6,1% în cazul persoanelor de sex masculin și de 5,9% în cazul …" (rules/frames.yml
    group_openers). The figure of a group is not the figure of all, nor another group's."""
    rest = text[end:end + 120]
    stop = _GROUP_END.search(rest)
    words = re.findall(r"[^\W\d_]+", rest[:stop.start()] if stop else rest)
    folded = [fold(w) for w in words]
    opener = next((p for p in openers if tuple(folded[:len(p)]) == p), None)
    if opener is None or len(folded) == len(opener) or not rest[:1].isspace():
        return []
    named = [w for w in folded[len(opener):][:GROUP_WORDS] if w not in function_words and len(w) >= 3]
    return sorted({stem(w) for w in named})


def teams(text: str, at: int, sent_start: int, sent_end: int, function_words: frozenset[str]) -> list[str]:
    """Which match a score at `at` is of: the names right before it ("Franța – Spania 30-28"),
    else its sentence's. Two teams before it are two names, not two capitalised words: "Farul
    Constanța a câștigat după victoria cu 3-1 contra FCSB" names the other team after it."""
    clause = text[_clause_start(text, at):at]
    before = _names(clause, function_words)
    runs = [r for r in _NAME_RUN.findall(clause)
            if any(len(w) >= 3 and fold(w) not in function_words for w in re.split(r"[ -]", r))]
    return before if len(runs) >= 2 else _names(text[sent_start:sent_end], function_words)


# a name of one or more capitalised words ("Farul Constanța", "FCSB", "U Cluj")
_NAME_RUN = re.compile(r"\b[A-ZĂÂÎȘŞȚŢ][^\W\d_]*(?:[ -][A-ZĂÂÎȘŞȚŢ][^\W\d_]*)*")
