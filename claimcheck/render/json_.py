"""`--format json` (docs/design.md, "JSON contract") and `--format jsonl` (one object a line)."""

from __future__ import annotations

import json
from typing import TextIO

from claimcheck.model import Report


def render(report: Report, out: TextIO, *, with_findings: bool = True) -> None:
    # Indented for a person at a terminal; compact for programs and files, where the C encoder
    # (which indentation disables) writes a corpus-sized report several times faster.
    indent = 2 if hasattr(out, "isatty") and out.isatty() else None
    out.write(json.dumps(report.to_dict(with_findings=with_findings), ensure_ascii=False, indent=indent))
    out.write("\n")


def render_lines(report: Report, out: TextIO, *, with_findings: bool = True) -> None:
    """One JSON object per line, each with a `type` (article, claim, group, finding), for tools
    that stream (jq -c, log shippers) rather than load one document."""
    data = report.to_dict(with_findings=with_findings)
    for key, type_ in (("articles", "article"), ("claims", "claim"), ("groups", "group"), ("findings", "finding")):
        for item in data.get(key, []):
            out.write(json.dumps({"type": type_, **item}, ensure_ascii=False))
            out.write("\n")


def render_claims(report: Report, out: TextIO) -> None:
    """`extract`: the articles and claims only."""
    render(report, out, with_findings=False)


def render_claim_lines(report: Report, out: TextIO) -> None:
    render_lines(report, out, with_findings=False)
