"""`--format csv`: one row per finding, both sides side by side (or, for `extract`, one row per
claim), for spreadsheets.

Written as Excel opens it without asking: UTF-8 with a byte-order mark (or ș, ț and ă come out
mangled) and CRLF line ends (RFC 4180). Python's csv module, pandas and LibreOffice read it as
it is (`encoding="utf-8-sig"` drops the mark).
"""

from __future__ import annotations

import csv
from typing import TextIO

from claimcheck.model import Article, Claim
from claimcheck.model import Report
from claimcheck.reconcile.verdicts import describe

BOM = "\ufeff"
SIDE = ("article", "title", "path", "role", "line", "column", "text", "value", "low", "high", "unit", "qualifier",
        "source", "speaker", "sentence")
COLUMNS = ["finding", "rule", "severity", "concept", "group", "message"] + \
    [f"{side}_{c}" for side in ("a", "b") for c in SIDE]
CLAIM_COLUMNS = ["claim", "article", "title", "path", "kind", "line", "column", "text", "value", "low", "high", "unit",
                 "qualifier", "concept", "source", "speaker", "hedge", "quote", "sentence"]


def _writer(out: TextIO):
    out.write(BOM)
    return csv.writer(out, lineterminator="\r\n")


def _value(c: Claim) -> list[object]:
    v = c.to_dict()["value"] or {}
    return [describe(c.value) if c.value else "", v.get("low", ""), v.get("high", ""), v.get("unit", ""),
            v.get("qualifier", "")]


def _side(c: Claim | None, articles: dict[str, Article], focus: set[str] | None) -> list[object]:
    if c is None:
        return [""] * len(SIDE)
    a = articles.get(c.article)
    shown = c.quote if c.kind == "quote" and c.quote else c.text
    # Under `check`, which side is the article being checked and which the published corpus.
    role = "" if focus is None else ("new" if c.article in focus else "corpus")
    return [c.article, (a.title or "") if a else "", a.path if a else "", role, c.line, c.column, shown,
            *_value(c), c.source or "", c.speaker or "", " ".join((c.sentence or "").split())]


def render(report: Report, out: TextIO) -> None:
    by_id = {c.id: c for c in report.claims}
    articles = {a.id: a for a in report.articles}
    concept = {g.id: g.concept for g in report.groups}
    w = _writer(out)
    w.writerow(COLUMNS)
    for f in report.findings:
        # (a finding between two clusters names more claims; its first two are one pair of them)
        a, b = (by_id.get(i) for i in f.claims[:2])
        w.writerow([f.id, f.rule, f.severity, concept.get(f.group) or "", f.group, f.message]
                   + _side(a, articles, report.focus) + _side(b, articles, report.focus))


def render_claims(report: Report, out: TextIO) -> None:
    """`extract -f csv`: every claim, one row each."""
    articles = {a.id: a for a in report.articles}
    w = _writer(out)
    w.writerow(CLAIM_COLUMNS)
    for c in report.claims:
        a = articles.get(c.article)
        w.writerow([c.id, c.article, (a.title or "") if a else "", a.path if a else "", c.kind, c.line, c.column,
                    c.text, *_value(c), c.concept or "", c.source or "", c.speaker or "", c.hedge or "",
                    c.quote or "", " ".join((c.sentence or "").split())])
