"""What every command shares: the options (declared once, so that each command spells them the
same way), how flags, the configuration file and defaults combine, reading, parsing with a
progress bar, writing output, and exit codes."""

from __future__ import annotations

import functools
import sys
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from claimcheck.claims import SEVERITY_RANK
from claimcheck.flow import Options, Report


class Format(str, Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    sarif = "sarif"
    github = "github"


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"




class Exit(Exception):
    """Leave with a message on stderr and an exit code; raised anywhere below a command."""

    def __init__(self, code: int, message: str = ""):
        self.code, self.message = code, message


def err(message: str) -> None:
    typer.echo(f"claimcheck: {message}", err=True)


def guarded(fn):
    """Turn claimcheck's own failures into one line on stderr and an exit code, never a
    traceback: Exit carries its code; a missing model, a broken rules, config, store or
    baseline file is bad input (2)."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        from claimcheck.baseline import BaselineError
        from claimcheck.config import ConfigError
        from claimcheck.output import OutputError
        from claimcheck.pipeline import ModelNotFound
        from claimcheck.rules import RulesError
        from claimcheck.store import StoreError

        try:
            return fn(*args, **kwargs)
        except Exit as e:
            if e.message:
                err(e.message)
            raise typer.Exit(e.code) from None
        except (ModelNotFound, RulesError, ConfigError, StoreError, BaselineError, OutputError) as e:
            err(str(e))
            raise typer.Exit(2) from None

    return wrapper


def parse_date(value: Optional[str]) -> Optional[date]:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise Exit(2, f"--date: {value!r} is not a date in the form YYYY-MM-DD") from None


# The shared options, declared once so that every command spells them the same way. Defaults
# are None so that a flag the user did not give leaves the configuration file's value in force.
FormatOpt = Annotated[Optional[Format], typer.Option("--format", "-f", help="Output format [default: text; json for extract].")]
OutputOpt = Annotated[Optional[Path], typer.Option("--output", "-o", help="Write to FILE (atomically) instead of stdout.",
                                                   dir_okay=False)]
ModelOpt = Annotated[Optional[str], typer.Option("--model", "-m", help="spaCy pipeline: ro_legal_fl (default), another installed Romanian model, or 'blank' (rules only).")]
RulesOpt = Annotated[Optional[Path], typer.Option("--rules", help="Folder of rules/*.yml to use instead of the shipped ones.",
                                                  file_okay=False)]
DateOpt = Annotated[Optional[str], typer.Option("--date", help="Article date YYYY-MM-DD, overriding the files' date lines.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no warnings on stderr; errors still show.")]
MaxBytesOpt = Annotated[int, typer.Option("--max-bytes", help="Skip files larger than this many bytes.", min=1)]
ToleranceOpt = Annotated[Optional[float], typer.Option("--tolerance", help="Relative tolerance for approximate values [default: 0.10 = ±10%].", min=0.0, max=1.0)]
ExcludeOpt = Annotated[Optional[list[str]], typer.Option("--exclude", help="Glob of files to leave out of folders (repeatable).")]
DbOpt = Annotated[Optional[Path], typer.Option("--db", help="SQLite store: parsed articles are cached there by content hash.", dir_okay=False)]
ConfigOpt = Annotated[Optional[Path], typer.Option("--config", help="Configuration file (default: claimcheck.toml or [tool.claimcheck] in pyproject.toml, found upwards).",
                                                   dir_okay=False)]
FailOnOpt = Annotated[Optional[FailOn], typer.Option("--fail-on", help="Exit 1 when a finding is at or above this severity [default: never for report, error for check].")]
JobsOpt = Annotated[int, typer.Option("--jobs", "-j", help="Worker processes for the model [default: 0 = all cores, once there are 40+ articles per worker to parse].", min=0)]
BaselineOpt = Annotated[Optional[Path], typer.Option("--baseline", help="Hide the findings accepted in this baseline file.", dir_okay=False)]


@dataclass(slots=True)
class Resolved:
    opts: Options
    format: Format
    fail_on: FailOn
    db: Optional[Path]
    against: list[str]


def resolve(config: Optional[Path], *, jobs: int = 0, format: Optional[Format] = None, model: Optional[str] = None,
             rules: Optional[Path] = None, date_: Optional[str] = None, max_bytes: int = 5_000_000,
             tolerance: Optional[float] = None, exclude: Optional[list[str]] = None, fail_on: Optional[FailOn] = None,
             db: Optional[Path] = None, default_format: Format = Format.text,
             default_fail_on: FailOn = FailOn.never) -> Resolved:
    from claimcheck.config import load_config

    cfg = load_config(config)
    rules_dir = str(rules) if rules else cfg.rules
    if rules_dir and not Path(rules_dir).is_dir():
        raise Exit(2, f"--rules: {rules_dir}: no such folder")
    opts = Options(
        model=model or cfg.model or "ro_legal_fl",
        rules_dir=rules_dir,
        date_override=parse_date(date_),
        max_bytes=max_bytes,
        exclude=tuple(exclude or cfg.exclude or ()),
        tolerance=tolerance if tolerance is not None else (cfg.tolerance if cfg.tolerance is not None else 0.10),
        severities=cfg.severities or None,
        thresholds=cfg.thresholds or None,
        jobs=jobs,
    )
    return Resolved(
        opts=opts,
        format=format or (Format(cfg.format) if cfg.format else default_format),
        fail_on=fail_on or (FailOn(cfg.fail_on) if cfg.fail_on else default_fail_on),
        db=db or (Path(cfg.db) if cfg.db else None),
        against=list(cfg.against),
    )


def progress(quiet: bool):
    """A rich progress bar on stderr, only when stderr is a terminal."""
    if quiet or not sys.stderr.isatty():
        return None, None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    bar = Progress(TextColumn("parsing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                   console=Console(stderr=True), transient=True)
    task = bar.add_task("parse", total=None)
    return bar, (lambda done, total: bar.update(task, completed=done, total=total))


def parse_articles(articles, r: Resolved, quiet: bool, store=None, save: bool = True):
    from claimcheck import flow

    bar, cb = progress(quiet)
    if bar is None:
        return flow.extract(articles, r.opts, None, store, save)
    with bar:
        return flow.extract(articles, r.opts, cb, store, save)


def open_store(stack: ExitStack, db: Optional[Path], *, create: bool = True):
    if db is None:
        return None
    from claimcheck.store import Store

    return stack.enter_context(Store.open(db, create=create))


def read(paths: list[str], r: Resolved, quiet: bool):
    from claimcheck import flow

    corpus = flow.read(paths, r.opts)
    report_problems(corpus.problems, quiet)
    return corpus


def report_problems(problems, quiet: bool) -> None:
    for p in problems:
        if p.level == "error" or not quiet:
            err(f"{p.level}: {p}")


def emit(report: Report, fmt: Format, output: Optional[Path], *, with_findings: bool = True) -> None:
    from claimcheck import output as out
    from claimcheck import render

    if not with_findings and fmt in (Format.json, Format.jsonl):
        from claimcheck.render import json_

        fn = json_.render if fmt == Format.json else json_.render_lines
        out.write(output, lambda fh: fn(report, fh, with_findings=False))
        return
    renderer = render.get(fmt.value)
    try:
        out.write(output, lambda fh: renderer(report, fh))
    except OSError as e:
        raise Exit(2, f"{output}: cannot write ({e.strerror or e})") from None


def exit_code(report: Report, fail_on: FailOn) -> int:
    if any(p.level == "error" for p in report.problems):
        return 2
    if fail_on != FailOn.never and any(SEVERITY_RANK[f.severity] >= SEVERITY_RANK[fail_on.value] for f in report.findings):
        return 1
    return 0


def apply_baseline(report: Report, baseline: Optional[Path], quiet: bool, focus: Optional[set[str]] = None) -> None:
    if baseline is None:
        return
    from claimcheck.baseline import apply_baseline, load_entries

    entries = load_entries(baseline)
    report.findings, stale = apply_baseline(report.findings, set(entries), report.claims)
    if focus is not None:
        # `check` computes only the findings that involve the new articles: an entry about
        # other articles was not looked for, so it cannot be called stale.
        stale = [s for s in stale if not entries[s] or focus.intersection(entries[s])]
    if stale and not quiet:
        err(f"warning: {baseline}: {len(stale)} accepted finding(s) no longer occur "
             f"(remove them with `claimcheck baseline create`): {', '.join(stale[:5])}{' …' if len(stale) > 5 else ''}")


def load_claims(paths: list[str], r: Resolved, quiet: bool):
    """Read the articles and extract their claims (through the store when --db is given)."""
    corpus = read(paths, r, quiet)
    if not corpus.articles:
        raise Exit(2, "no readable articles")
    with ExitStack() as stack:
        claims = parse_articles(corpus.articles, r, quiet, open_store(stack, r.db))
    return corpus, claims
