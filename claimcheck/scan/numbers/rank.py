"""A named one's place in a ranking, said in apposition: "Lucia Bronzetti, locul 72 WTA",
"Simona Halep, numărul 1 mondial": `scan_ranks(text)`.

A number after "locul" is no quantity (numbers.yml `not_quantity_after`): "locul 3" alone may be
a seat, a place in one stage or a list, and whose place it is would be a guess. Only the
apposition is read, where the name right before the comma says whose standing it is; the words
after the number up to the next comma (`ranking`) say in which ranking ("WTA", "mondial", "în
grupa B"). The value is the place, unit "rank"; the frame's owner is the name's last word, as
other owners are (extract/owners._surname).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.lang.rules import Lang, compiled
from claimcheck.model import Match, Value
from claimcheck.read.textnorm import fold

UNIT = "rank"
_CAP = r"[A-ZĂÂÎȘŞȚŢ][\w'’-]*"
_QUALIFIER = re.compile(r"[^,;.()\n]{0,40}")



@dataclass(frozen=True)
class RankRules:
    rx: re.Pattern[str]  # a name, a comma, a rank word and the place
    ends: frozenset[str]  # folded words where the ranking's words stop
    standing: frozenset[str]  # rankings that are one standing whatever their words
    verbs: tuple[str, ...] = ()  # folded stems of verbs of standing ("s-a clasat")
    place_words: dict[str, int] | None = None  # "pe locul trei"
    first: frozenset[str] = frozenset()  # "pe primul loc"
    filler: frozenset[str] = frozenset()  # "în clasamentul general": words that name no ranking
    verbal: re.Pattern[str] = re.compile(r"(?!)")  # a place after "pe" or a verb that takes it as object


# "pe locul 3", "pe locul al 4-lea", "pe locul trei", "pe primul loc" (on folded, lower-case text);
# after a verb that takes the place as its object (`object_verbs`), "ocupă locul 2" without "pe"
_PLACE = (r"(?:(?:locul|pozitia)\s+(?:(?P<d>\d{1,3})(?![\d.,]?\d)|al\s+(?P<o>\d{1,3})-lea\b"
          r"|(?:al\s+)?(?P<w>[a-z]+)\b)|(?P<f>[a-z]+)\s+(?:loc|pozitie)\b)")
_SENTENCE_END = re.compile(r"[.!?\n]")


@compiled
def rank_rules(lang: Lang) -> RankRules:
    nr = lang.load("numbers")
    folded = lambda key: frozenset(fold(w).lower() for w in nr.get(key, []))  # noqa: E731
    words = nr.get("rank_words", [])
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    rx = re.compile(rf"(?P<name>{_CAP}(?:\s+{_CAP}){{0,3}})\s*,\s*(?i:{alt})\s+(?P<n>\d{{1,4}})(?![\d.,]?\d)") \
        if words else re.compile(r"(?!)")
    takes = "|".join(re.escape(fold(w).lower()) for w in nr.get("rank_object_verbs", []))
    verbal = re.compile(rf"(?:\bpe|(?P<verb>\b(?:{takes})[a-z]*))\s+(?P<place>{_PLACE})" if takes
                        else rf"\bpe\s+(?P<place>{_PLACE})")
    return RankRules(rx, folded("rank_qualifier_ends"), folded("rank_standing"),
                     tuple(fold(w).lower() for w in nr.get("rank_verbs", [])),
                     {fold(str(k)).lower(): int(v) for k, v in (nr.get("rank_place_words") or {}).items()},
                     folded("rank_first"), folded("rank_filler"), verbal)


def scan_ranks(text: str, lang: Lang | None = None) -> list[Match]:
    rr = rank_rules(lang)
    out: list[Match] = []
    for m in rr.rx.finditer(text):
        name = m.group("name")
        i = m.start() - 1
        while i >= 0 and text[i].isspace():  # (the last character before the name, past spaces)
            i -= 1
        if " " not in name and (i < 0 or text[i] in ".!?"):
            continue  # "Echipa, locul 3": one capitalised word opening a sentence is no name
        n = int(m.group("n"))
        words = fold(_QUALIFIER.match(text, m.end()).group()).lower().split()
        cut = next((k for k, w in enumerate(words) if w in rr.ends), len(words))
        ranking = " ".join(words[:min(cut, 3)])
        start = m.start("n") - len(text[m.end("name"):m.start("n")].lstrip(" ,"))
        out.append(Match(text[start:m.end()], start, m.end(), "rank", Value(n, n, UNIT, "exact"),
                         {"owner": fold(name.split()[-1].split("-")[-1]).lower(), "ranking": ranking}))
    return out


def scan_verbal_ranks(text: str, lang: Lang | None = None) -> list[Match]:
    """"România s-a clasat pe locul 3", "Pe locul 2 s-a clasat Nicușor Dan": a place with a verb
    of standing in its sentence (rules/numbers.yml `rank_verbs`). Whose place it is comes from
    the clause (extract/quantities: the frame's owner); the words after it name the ranking."""
    rr = rank_rules(lang)
    if not rr.verbs:
        return []
    low = fold(text).lower()  # same length as text: offsets carry over
    out: list[Match] = []
    for m in rr.verbal.finditer(low):
        if m.group("d") or m.group("o"):
            n = int(m.group("d") or m.group("o"))
        elif m.group("w"):
            n = (rr.place_words or {}).get(m.group("w"))
        else:
            n = 1 if m.group("f") in rr.first else None
        if not n:
            continue
        starts = [e.end() for e in _SENTENCE_END.finditer(low, max(0, m.start() - 300), m.start())]
        after = _SENTENCE_END.search(low, m.end())
        sentence = low[starts[-1] if starts else max(0, m.start() - 300):after.start() if after else len(low)]
        if not any(_standing_verb(w, rr) for w in re.findall(r"[a-z]+", sentence)):
            continue
        # (the ranking's words stop at a verb or a name: "Pe locul 2 s-a clasat Nicușor Dan")
        raw = _QUALIFIER.match(text, m.end()).group().split()
        keys = [fold(w).lower() for w in raw]
        cut = next((k for k, (w, x) in enumerate(zip(raw, keys))
                    if x in rr.ends or w[:1].isupper() or "-" in w or _standing_verb(x, rr)), len(raw))
        ranking = " ".join(x for x in keys[:cut] if x not in rr.filler)
        # (the place alone after a verb: "a ocupat primul loc" is the place "primul loc")
        start = m.start("place") if m.group("verb") else m.start()
        out.append(Match(text[start:m.end()], start, m.end(), "rank", Value(n, n, UNIT, "exact"),
                         {"owner": None, "ranking": " ".join(ranking.split()[:3]), "verbal": True}))
    return out


def _standing_verb(key: str, rr: RankRules) -> bool:
    """A folded word of a verb of standing ("clasat"), not a ranking's noun ("clasamentul")."""
    return key.startswith(rr.verbs) and key not in rr.filler
