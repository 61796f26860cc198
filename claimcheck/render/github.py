"""`--format github`: GitHub Actions workflow commands, one annotation a line."""

from __future__ import annotations

from typing import TextIO

from claimcheck.model import Report
from claimcheck.render.sarif import _primary

COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def _escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_prop(s: str) -> str:
    return _escape_data(s).replace(":", "%3A").replace(",", "%2C")


def render(report: Report, out: TextIO) -> None:
    by_id = {c.id: c for c in report.claims}
    paths = {a.id: a.path for a in report.articles}
    for f in report.findings:
        if f.claims[0] not in by_id or f.claims[1] not in by_id:
            continue
        a, _ = _primary(f, by_id, report.focus)
        props = (f"file={_escape_prop(paths[a.article])},line={a.line},col={a.column},"
                 f"title={_escape_prop(f'claimcheck {f.rule}')}")
        out.write(f"::{COMMAND[f.severity]} {props}::{_escape_data(f.message)}\n")
