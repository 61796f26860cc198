"""`--format csv`: one row per finding, both sides side by side, for spreadsheets."""

from __future__ import annotations

import csv
from typing import TextIO

from claimcheck.claims import Claim
from claimcheck.flow import Report
from claimcheck.verdicts import describe

SIDE = ("article", "line", "column", "text", "value", "low", "high", "unit", "qualifier", "source")
COLUMNS = ["finding", "rule", "severity", "concept", "group", "message"] + \
    [f"{side}_{c}" for side in ("a", "b") for c in SIDE]


def _side(c: Claim | None) -> list[object]:
    if c is None:
        return [""] * len(SIDE)
    v = c.to_dict()["value"] or {}
    shown = c.quote if c.kind == "quote" else c.text
    return [c.article, c.line, c.column, shown, describe(c.value) if c.value else "", v.get("low", ""),
            v.get("high", ""), v.get("unit", ""), v.get("qualifier", ""), c.source or c.speaker or ""]


def render(report: Report, out: TextIO) -> None:
    by_id = {c.id: c for c in report.claims}
    concept = {g.id: g.concept for g in report.groups}
    w = csv.writer(out, lineterminator="\n")
    w.writerow(COLUMNS)
    for f in report.findings:
        a, b = (by_id.get(i) for i in f.claims)
        w.writerow([f.id, f.rule, f.severity, concept.get(f.group) or "", f.group, f.message] + _side(a) + _side(b))
