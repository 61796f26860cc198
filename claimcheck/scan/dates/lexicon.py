"""The date words of `rules/dates.yml`, folded, indexed and turned into regex fragments.

Everything here is matched against *folded* text (`textnorm.fold`: lower case, no diacritics), so one
lexicon serves text with and without diacritics. Folding maps one code point to one code point, so offsets
in the folded text are offsets in the original.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from claimcheck.lang.rules import Lang, RulesError, compiled
from claimcheck.lang.regex import alternation, key, words

SP = r"[^\S\n]+"  # a date never runs across a line break
OSP = r"[^\S\n]*"


def alt(phrases: Iterable[str]) -> str:
    """The date grammar's alternations: spaces never cross a line end."""
    return alternation(phrases, SP)


def word(phrases: Iterable[str]) -> str:
    """`alt` bounded so that it matches whole words only."""
    return words(phrases, SP)


@dataclass(slots=True)
class DateLexicon:
    raw: dict[str, Any]
    month_of: dict[str, tuple[int, bool]] = field(default_factory=dict)  # form -> (month, weak)
    weekday_of: dict[str, tuple[int, str]] = field(default_factory=dict)  # form -> (0..6, kind)
    weekday_shift: dict[str, int] = field(default_factory=dict)
    relative_day: dict[str, int] = field(default_factory=dict)
    relative_period: dict[str, tuple[str, int]] = field(default_factory=dict)  # phrase -> (unit, offset)
    bare_period: dict[str, str] = field(default_factory=dict)
    season_of: dict[str, str] = field(default_factory=dict)
    season_months: dict[str, tuple[int, int]] = field(default_factory=dict)
    season_shift: dict[str, int] = field(default_factory=dict)
    quarter_of: dict[str, int] = field(default_factory=dict)
    era_of: dict[str, str] = field(default_factory=dict)
    day_word: dict[str, int] = field(default_factory=dict)
    holiday: dict[str, tuple[int, int]] = field(default_factory=dict)
    part: dict[str, dict[str, Any]] = field(default_factory=dict)
    prep_kind: dict[str, str] = field(default_factory=dict)
    year_cues: set[str] = field(default_factory=set)
    agent_after_linker: set[str] = field(default_factory=set)  # "din 1960 de un fost colonel"
    count_noun_not_endings: tuple[str, ...] = ()
    year_base_cues: set[str] = field(default_factory=set)
    unit_of: dict[str, str] = field(default_factory=dict)
    unit_seconds: dict[str, int] = field(default_factory=dict)
    count: dict[str, int] = field(default_factory=dict)
    last_kind: dict[str, str] = field(default_factory=dict)
    last_singular: set[str] = field(default_factory=set)
    pair_links: dict[str, frozenset[str]] = field(default_factory=dict)
    rx: dict[str, str] = field(default_factory=dict)  # named regex fragments
    future_cue: re.Pattern[str] | None = None
    past_before: re.Pattern[str] | None = None  # "a aprobat " right before a weekday (folded text)
    idiom: re.Pattern[str] | None = None
    luni_before: re.Pattern[str] | None = None
    luni_after: re.Pattern[str] | None = None
    weak_blockers: set[str] = field(default_factory=set)
    proper_noun_risks: set[str] = field(default_factory=set)
    place_name_prepositions: set[str] = field(default_factory=set)
    ambiguous_weekday: str = ""  # "luni": also the plural of "lună"

    def words(self, name: str) -> list[str]:
        """A plain list from the YAML, folded."""
        return [key(w) for w in self.raw.get(name) or []]


def _need(raw: dict[str, Any], name: str, path: Path) -> Any:
    if name not in raw:
        raise RulesError(f"{path}: missing key {name!r}")
    return raw[name]


@compiled
def get_lexicon(lang: Lang) -> DateLexicon:
    raw = lang.load("dates")
    path = lang.folder / "dates.yml"
    if not isinstance(raw, dict):
        raise RulesError(f"{path}: expected a mapping at the top level")
    lx = DateLexicon(raw=raw)
    for month, forms in _need(raw, "months", path).items():
        for w in forms.get("names") or []:
            lx.month_of[key(w)] = (int(month), False)
        for w in forms.get("weak") or []:
            lx.month_of.setdefault(key(w), (int(month), True))
    for i, forms in enumerate(_need(raw, "weekdays", path)):
        for kind in ("names", "articulated", "abbr"):
            for w in forms.get(kind) or []:
                lx.weekday_of.setdefault(key(w), (i, kind))
    for off, ws in (raw.get("weekday_shifts") or {}).items():
        lx.weekday_shift.update({key(w): int(off) for w in ws})
    lx.relative_day = {key(w): int(v) for w, v in _need(raw, "relative_days", path).items()}
    for unit, offs in _need(raw, "relative_periods", path).items():
        for off, ws in offs.items():
            lx.relative_period.update({key(w): (unit, int(off)) for w in ws})
    for unit, ws in (raw.get("bare_periods") or {}).items():
        lx.bare_period.update({key(w): unit for w in ws})
    for name, spec in _need(raw, "seasons", path).items():
        lx.season_months[name] = tuple(spec["months"])
        lx.season_of.update({key(w): name for w in spec["forms"]})
    for off, ws in (raw.get("season_shifts") or {}).items():
        lx.season_shift.update({key(w): int(off) for w in ws})
    for q, ws in (raw.get("quarters") or {}).items():
        lx.quarter_of.update({key(w): int(q) for w in ws})
    for era, ws in (raw.get("eras") or {}).items():
        lx.era_of.update({key(w): era for w in ws})
    lx.day_word = {key(w): int(v) for w, v in (raw.get("day_words") or {}).items()}
    lx.holiday = {key(w): (int(v[0]), int(v[1])) for w, v in (raw.get("holidays") or {}).items()}
    lx.part = {key(w): spec for w, spec in (raw.get("parts") or {}).items()}
    for kind, ws in _need(raw, "prepositions", path).items():
        for w in ws:
            lx.prep_kind.setdefault(key(w), kind)
    lx.year_cues = set(lx.words("year_cues"))
    lx.agent_after_linker = set(lx.words("agent_after_linker"))
    lx.count_noun_not_endings = tuple(lx.words("count_noun_not_endings"))
    lx.year_base_cues = set(lx.words("year_base_cues"))
    for unit, spec in _need(raw, "units", path).items():
        lx.unit_seconds[unit] = int(spec["seconds"])
        lx.unit_of.update({key(w): unit for w in spec["forms"]})
    lx.count = {key(w): int(v) for w, v in (raw.get("counts") or {}).items()}
    for kind, forms in (raw.get("last_words") or {}).items():
        lx.last_kind.update({key(w): kind for w in forms.get("plural", []) + forms.get("singular", [])})
        lx.last_singular.update(key(w) for w in forms.get("singular", []))
    lx.pair_links = {key(w): frozenset(key(p) for p in ps) for w, ps in (raw.get("pair_links") or {}).items()}
    lx.weak_blockers = set(lx.words("weak_month_blockers_after"))
    lx.proper_noun_risks = set(lx.words("proper_noun_risks"))
    lx.place_name_prepositions = set(lx.words("place_name_prepositions"))
    lx.ambiguous_weekday = key(raw.get("ambiguous_weekday") or "")

    # Future cues are matched on lower-cased text that keeps its diacritics ("vă" is not "va"); folded
    # spellings are added for text typed without diacritics.
    cues = [str(w).lower() for w in raw.get("future_cues") or []]
    lx.future_cue = re.compile(
        r"(?<!\w)(?:" + "|".join(sorted({re.escape(c).replace(r"\ ", r"\s+") for c in cues + [key(c) for c in cues]},
                                         key=len, reverse=True)) + r")(?!\w)")
    aux = sorted({re.escape(key(a)) for a in raw.get("past_auxiliaries") or []}, key=len, reverse=True)
    ends = sorted({re.escape(key(e)) for e in raw.get("past_participle_endings") or []}, key=len, reverse=True)
    breaks = "|".join(sorted({re.escape(key(w)) for w in raw.get("past_object_breaks") or []}, key=len, reverse=True))
    between = rf"(?:\s+(?!(?:{breaks})\b)[a-z]+){{0,{int(raw.get('past_object_words') or 0)}}}" if breaks else ""
    lx.past_before = re.compile(rf"(?<![\w-])(?:{'|'.join(aux)})\s+(?:fost\s+)?[a-z]+(?:{'|'.join(ends)}){between}\s*,?\s*\Z") \
        if aux and ends else None
    lx.idiom = re.compile(word(lx.words("relative_day_idioms")))
    lx.luni_before = re.compile(
        rf"(?:{word(lx.words('luni_plural_before'))}|\d+){SP}(?:{word(lx.words('numeral_linkers'))}{SP})?\Z")
    lx.luni_after = re.compile(rf"{SP}{word(lx.words('luni_plural_after'))}")

    months_all = list(lx.month_of)
    r = lx.rx
    r["month"] = alt(months_all)
    r["weekday_name"] = alt(w for w, (_, k) in lx.weekday_of.items() if k == "names")
    r["weekday_any"] = alt(lx.weekday_of)
    r["weekday_spoken"] = alt(w for w, (_, k) in lx.weekday_of.items() if k != "abbr")
    r["weekday_shift"] = alt(lx.weekday_shift)
    r["relative_day"] = alt(lx.relative_day)
    r["relative_period"] = alt(lx.relative_period)
    r["relative_year"] = alt(p for p, (u, _) in lx.relative_period.items() if u == "year")
    r["bare_period"] = alt(lx.bare_period)
    r["season"] = alt(lx.season_of)
    r["season_dem"] = alt(lx.words("season_demonstratives"))
    r["season_shift"] = alt(lx.season_shift)
    r["quarter"] = alt(lx.quarter_of)
    r["era"] = alt(lx.era_of)
    r["day_word"] = alt(lx.day_word)
    r["holiday"] = alt(lx.holiday)
    r["part"] = alt(lx.part)
    r["prep"] = alt(lx.prep_kind)
    r["year_noun"] = alt(lx.words("year_nouns"))
    r["month_noun"] = alt(lx.words("month_nouns"))
    r["of"] = alt(lx.words("of_links"))
    r["decade_noun"] = alt(lx.words("decade_nouns"))
    r["century_noun"] = alt(lx.words("century_nouns"))
    r["span_link"] = alt(lx.words("span_links"))
    r["list_link"] = alt(lx.words("list_links"))
    r["ago"] = alt(lx.words("ago_words"))
    r["ago_in"] = alt(lx.words("ago_in_phrase"))
    r["ago_after"] = alt(lx.words("ago_after"))
    r["last"] = alt(lx.last_kind)
    r["last_block"] = alt(lx.words("last_blockers_after"))
    r["unit"] = alt(lx.unit_of)
    r["count"] = alt(lx.count)
    r["header_label"] = alt(lx.words("header_labels"))
    r["linker"] = alt(lx.words("numeral_linkers"))
    r["day_prep"] = alt(lx.words("day_prepositions"))
    r["ord_article"] = alt(lx.words("ordinal_articles"))
    r["ord_suffix"] = alt(lx.words("ordinal_suffixes"))
    r["ago_before"] = alt(lx.words("ago_before"))
    r["time_word"] = alt(lx.words("time_words"))
    return lx


# ---- regex fragments shared by the productions (group names are parameters: `re` wants them unique) ----

def day(lx: DateLexicon, g: str) -> str:
    return rf"(?P<{g}>(?<!\d)(?:0?[1-9]|[12]\d|3[01])(?!\d)|(?<!\w)(?:{lx.rx['day_word']})(?!\w))"


def month(lx: DateLexicon, g: str) -> str:
    # An abbreviation may carry its dot ("sept. 2023"); a dot that ends the sentence is not taken.
    return rf"(?<!\w)(?P<{g}>{lx.rx['month']})(?:\.(?={OSP}\d)|(?!\w))"


def year(g: str) -> str:
    """A four-digit year 1000–2199 that is not part of a longer number ("2.000", "12024")."""
    return rf"(?<![\d.,])(?P<{g}>1\d{{3}}|2[01]\d\d)(?!\d|[.,]\d)"


def year_ref(lx: DateLexicon, g: str) -> str:
    """What may follow a month, a day-month or a season to place it in a year: "2024", "anul 2024",
    "a anului trecut", "anul trecut"."""
    r = lx.rx
    return (rf"(?:(?<!\w)(?:{r['of']}){SP})?(?:(?:(?<!\w)(?P<{g}n>{r['year_noun']}){SP})?{year(g)}"
            rf"|(?<!\w)(?P<{g}r>{r['relative_year']})(?!\w))")


def count(lx: DateLexicon, g: str) -> str:
    return rf"(?P<{g}>(?<![\d.,])\d{{1,3}}(?![\d]|[.,]\d)|(?<!\w)(?:{lx.rx['count']})(?!\w))"


def unit(lx: DateLexicon, g: str) -> str:
    return rf"(?<!\w)(?P<{g}>{lx.rx['unit']})(?!\w)"


def linker(lx: DateLexicon) -> str:
    """The optional "de" between a number and what it counts ("20 de ani")."""
    return rf"(?:(?<!\w)(?:{lx.rx['linker']}){SP})?"


def link(lx: DateLexicon) -> str:
    """Between the two ends of a span: a dash, or "și", "până la"..."""
    return rf"(?:{OSP}[-–—]{OSP}|{SP}(?:{lx.rx['span_link']}){SP})"
