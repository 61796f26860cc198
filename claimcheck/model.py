"""The data that flows between claimcheck's stages.

Every stage takes and returns these plain dataclasses, so a stage can be tested alone and
a user can stop after any stage (`extract` prints claims, `report` goes on to findings).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any

# Qualifiers keep the words that shaped a number (docs/design.md, "Values are intervals").
QUALIFIERS = (
    "exact",
    "approx",
    "range",
    "more_than",
    "at_least",
    "less_than",
    "at_most",
    "vague",
)
# A figure bounded on one side: "peste 3", "cel puțin 3" (from below); "sub 3", "cel mult 3" (from above)
LOWER_BOUNDS = ("more_than", "at_least")
UPPER_BOUNDS = ("less_than", "at_most")
# The event classes of rules/events.yml that are changes of a level, and say which way.
CHANGE_EVENTS = ("increase", "decrease")


@dataclass(frozen=True, slots=True)
class Value:
    """A number as an interval. `None` on one side means unbounded.

    For quantities `low`/`high` are floats and `unit` is canonical: seconds ("s") for
    durations, ISO 4217 for money, "%" and "pp" for percentages, a physical unit ("km"), or
    the counted noun (its lemma once the parse gives one). For dates they are `datetime.date`
    and `unit` is "date".
    """

    low: float | date | None
    high: float | date | None
    unit: str | None = None
    qualifier: str = "exact"

    def to_dict(self) -> dict[str, Any]:
        def out(v: float | date | None) -> Any:
            if isinstance(v, date):
                return v.isoformat()
            if isinstance(v, float) and v.is_integer() and abs(v) < 2**53:
                return int(v)
            return v

        return {"low": out(self.low), "high": out(self.high), "unit": self.unit, "qualifier": self.qualifier}


@dataclass(frozen=True, slots=True)
class Match:
    """One normalised expression found in a string: offsets index that string."""

    text: str
    start: int
    end: int
    kind: str  # number | ordinal | count | duration | money | percent | measure | date
    value: Value
    # Extra facts a parser found, e.g. {"noun": "militari"} for a count, {"grain": "month",
    # "resolved": False} for a date. Free-form so that a parser can grow without a schema change.
    attrs: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "value": self.value.to_dict(),
        }


def stable_id(*parts: object, length: int = 12) -> str:
    """An id that is the same on every run for the same inputs (baselines rely on it)."""
    h = hashlib.blake2b("\x1f".join(map(str, parts)).encode("utf-8"), digest_size=16)
    return h.hexdigest()[:length]


@dataclass(slots=True)
class Article:
    """One input file, read and normalised. Offsets inside `text` are normalised offsets;
    `offsets` maps them back to the file on disk."""

    id: str  # the file stem
    path: str
    text: str  # normalised (textnorm.normalize), header line included
    offsets: Any  # textnorm.OffsetMap
    date: date | None = None
    title: str | None = None
    body_start: int = 0  # normalised offset where the body starts (after a date header)
    sha256: str = ""

    @property
    def text_to_parse(self) -> str:
        """`text` with the date header blanked (same length, so every offset holds): "date
        2025-09-18 Pompierii au intervenit" is a lead sentence whose subject is the firefighters,
        and the parser, given the header, makes "date" its subject."""
        if self.body_start <= 0:
            return self.text
        head = self.text[:self.body_start]
        return "".join(ch if ch == "\n" else " " for ch in head) + self.text[self.body_start:]

    def claim(self, kind: str, start: int, end: int, **fields: Any) -> "Claim":
        """A claim for the normalised span [start, end) of this article, with its file
        offsets, 1-based line and column, and a stable id."""
        line, column = self.offsets.line_col(start)
        rule_key = fields.pop("id_key", "")
        return Claim(
            id=stable_id(self.id, kind, start, end, rule_key),
            article=self.id,
            kind=kind,
            text=fields.pop("text", self.text[start:end]),
            start=self.offsets.to_original(start),
            end=self.offsets.to_original(end),
            line=line,
            column=column,
            **fields,
        )

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "path": self.path, "date": self.date.isoformat() if self.date else None,
                "title": self.title}


@dataclass(slots=True)
class Claim:
    """A checkable statement in one article. `start`/`end` are code-point offsets in the file
    on disk; `line`/`column` are 1-based."""

    id: str
    article: str
    kind: str  # quantity | date | quote
    text: str
    start: int
    end: int
    line: int
    column: int
    sentence: str = ""
    value: Value | None = None
    concept: str | None = None
    speaker: str | None = None
    source: str | None = None
    hedge: str | None = None
    quote: str | None = None  # the quoted words, for kind "quote"
    direct: bool | None = None  # direct or reported speech, for kind "quote"
    # Who did what, where, when: predicate, event class, actor, place, time, counted noun...
    frame: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "article": self.article, "kind": self.kind, "text": self.text,
            "start": self.start, "end": self.end, "line": self.line, "column": self.column,
            "sentence": self.sentence, "value": self.value.to_dict() if self.value else None,
            "concept": self.concept, "speaker": self.speaker, "source": self.source, "hedge": self.hedge,
            **({"quote": self.quote, "direct": self.direct} if self.kind == "quote" else {}),
            "frame": self.frame,
        }


@dataclass(slots=True)
class Group:
    """Claims from different articles that state the same fact."""

    id: str
    concept: str | None
    claims: list[str]
    verdict: str  # agree | imprecise | conflict (the worst pair's)
    kind: str = "quantity"

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "concept": self.concept, "claims": self.claims,
                "verdict": self.verdict}


SEVERITIES = ("info", "warning", "error")
SEVERITY_RANK = {s: i for i, s in enumerate(SEVERITIES)}


@dataclass(slots=True)
class Finding:
    """A verdict worth telling a person about, on a pair of claims, or on two clusters of claims
    that give one value each (all their ids; the first two are one pair that disagrees)."""

    id: str
    rule: str  # e.g. quantity-conflict, quantity-imprecise, quote-variant, quote-speaker-conflict
    severity: str  # info | warning | error
    group: str
    claims: tuple[str, ...]
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "rule": self.rule, "severity": self.severity, "group": self.group,
                "claims": list(self.claims), "message": self.message}


@dataclass(frozen=True, slots=True)
class Problem:
    """A file or page that could not be read, or was read with a caveat."""

    path: str
    message: str
    # "error": a file the user named could not be read (exit 2 at the end);
    # "warning": skipped or read with a caveat, the run goes on as usual.
    level: str = "error"

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass(slots=True)
class Report:
    articles: list[Article]
    claims: list[Claim]
    groups: list[Group] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    # The articles under review (the new ones in `check`): SARIF and GitHub annotations point
    # into these; None means all.
    focus: set[str] | None = None
    # `check`: how many corpus articles the new ones were compared with (the report itself
    # lists only the ones its findings and groups name).
    corpus_size: int | None = None
    # The rules folder the findings were judged by (None: the shipped rules): SARIF describes
    # the finding rules of this folder.
    rules_dir: str | None = None

    def to_dict(self, *, with_findings: bool = True) -> dict:
        out = {
            "version": 1,
            "articles": [a.to_dict() for a in self.articles],
            "claims": [c.to_dict() for c in self.claims],
        }
        if with_findings:
            out["groups"] = [g.to_dict() for g in self.groups]
            out["findings"] = [f.to_dict() for f in self.findings]
        return out
