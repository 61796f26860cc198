"""A command's result on its way out: the baseline taken off, the report written in its format
(atomically, to -o or stdout), and the exit code it means."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from claimcheck.cli.errors import CliExit, err
from claimcheck.model import SEVERITY_RANK, Report


def emit(report: Report, fmt: str, output: Optional[Path], *, with_findings: bool = True) -> None:
    from claimcheck import render
    from claimcheck.render import output as out

    renderer = render.get(fmt, claims_only=not with_findings)
    try:
        out.write(output, lambda fh: renderer(report, fh))
    except OSError as e:
        raise CliExit(2, f"{output}: cannot write ({e.strerror or e})") from None


def exit_code(report: Report, fail_on: str) -> int:
    if any(p.level == "error" for p in report.problems):
        return 2
    if fail_on != "never" and any(SEVERITY_RANK[f.severity] >= SEVERITY_RANK[fail_on] for f in report.findings):
        return 1
    return 0


def apply_baseline(report: Report, baseline: Optional[Path], quiet: bool, focus: Optional[set[str]] = None) -> None:
    if baseline is None:
        return
    from claimcheck.store.baseline import apply_baseline, load_entries

    entries = load_entries(baseline)
    report.findings, stale = apply_baseline(report.findings, set(entries), report.claims)
    if focus is not None:
        # `check` computes only the findings that involve the new articles: an entry about
        # other articles was not looked for, so it cannot be called stale.
        stale = [s for s in stale if not entries[s] or focus.intersection(entries[s])]
    if stale and not quiet:
        err(f"warning: {baseline}: {len(stale)} accepted finding(s) no longer occur "
            f"(remove them with `claimcheck baseline create`): {', '.join(stale[:5])}{' …' if len(stale) > 5 else ''}")
