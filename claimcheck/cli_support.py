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
    html = "html"


class ExtractFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class ExplainFormat(str, Enum):
    text = "text"
    json = "json"


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
        from claimcheck.dask_engine import SchedulerError
        from claimcheck.output import OutputError
        from claimcheck.errors import ModelNotFound
        from claimcheck.rules import RulesError
        from claimcheck.store import StoreError

        try:
            return fn(*args, **kwargs)
        except Exit as e:
            if e.message:
                err(e.message)
            raise typer.Exit(e.code) from None
        except (ModelNotFound, RulesError, ConfigError, StoreError, BaselineError, OutputError, SchedulerError) as e:
            err(str(e))
            raise typer.Exit(2) from None

    return wrapper


def parse_date(value: Optional[str]) -> Optional[date]:
    if value is None:
        return None
    import calendar
    import re

    m = re.fullmatch(r"\s*(\d{4})-(\d{2})-(\d{2})\s*", value)
    if m is None:
        raise Exit(2, f"--date: {value!r} is not a date in the form YYYY-MM-DD")
    y, mo, d = map(int, m.groups())
    if not 1 <= mo <= 12:
        raise Exit(2, f"--date: {value}: there is no month {mo}")
    if not y:
        raise Exit(2, f"--date: {value}: there is no year 0")
    days = calendar.monthrange(y, mo)[1]
    if not 1 <= d <= days:
        raise Exit(2, f"--date: {value} does not exist ({calendar.month_name[mo]} {y} has {days} days)")
    return date(y, mo, d)


# The shared options, declared once so that every command spells them the same way. Defaults
# are None so that a flag the user did not give leaves the configuration file's value in force.
FormatOpt = Annotated[Optional[Format], typer.Option("--format", "-f", help="Output format [default: text].")]
ExtractFormatOpt = Annotated[Optional[ExtractFormat], typer.Option("--format", "-f", help="Output format [default: json].")]
ExplainFormatOpt = Annotated[Optional[ExplainFormat], typer.Option("--format", "-f", help="Output format [default: text].")]
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
SelectOpt = Annotated[Optional[list[str]], typer.Option("--select", help="Report only these finding rules (repeatable or comma-separated), e.g. quantity-conflict.", metavar="RULE")]
IgnoreOpt = Annotated[Optional[list[str]], typer.Option("--ignore", help="Never report these finding rules (repeatable or comma-separated).", metavar="RULE")]
UrlListOpt = Annotated[Optional[Path], typer.Option("--url-list", help="File of web page addresses (one a line, # comments) to fetch and read as articles; cached in --db.",
                                                    dir_okay=False)]
SchedulerOpt = Annotated[Optional[str], typer.Option("--scheduler", help="Parse on a Dask cluster: its scheduler's address (tcp://HOST:8786), or 'local' for a LocalCluster of -j worker processes on this machine. Needs claimcheck[dask].", metavar="ADDRESS")]
BaselineOpt = Annotated[Optional[Path], typer.Option("--baseline", help="Hide the findings accepted in this baseline file.", dir_okay=False)]


@dataclass(slots=True)
class Resolved:
    opts: Options
    format: Format
    fail_on: FailOn
    db: Optional[Path]
    against: list[str]


def resolve(config: Optional[Path], *, jobs: int = 0, format: Optional[Enum] = None, model: Optional[str] = None,
             rules: Optional[Path] = None, date_: Optional[str] = None, max_bytes: int = 5_000_000,
             tolerance: Optional[float] = None, exclude: Optional[list[str]] = None, fail_on: Optional[FailOn] = None,
             db: Optional[Path] = None, default_format: Format = Format.text,
             default_fail_on: FailOn = FailOn.never, accepts: tuple[Format, ...] = tuple(Format),
             select: Optional[list[str]] = None, ignore: Optional[list[str]] = None,
             scheduler: Optional[str] = None) -> Resolved:
    from claimcheck.config import load_config

    cfg = load_config(config)
    rules_dir = str(rules) if rules else cfg.rules
    if rules_dir and not Path(rules_dir).is_dir():
        raise Exit(2, f"--rules: {rules_dir}: no such folder")
    select = _rule_ids("--select", select, rules_dir) if select else tuple(cfg.select)
    ignore = _rule_ids("--ignore", ignore, rules_dir) if ignore else tuple(cfg.ignore)
    off = tuple(rule for rule, level in (cfg.severities or {}).items() if level == "off")
    severities = {rule: level for rule, level in (cfg.severities or {}).items() if level != "off"}
    opts = Options(
        model=model or cfg.model or "ro_legal_fl",
        rules_dir=rules_dir,
        date_override=parse_date(date_),
        max_bytes=max_bytes,
        exclude=tuple(exclude or cfg.exclude or ()),
        tolerance=tolerance if tolerance is not None else (cfg.tolerance if cfg.tolerance is not None else 0.10),
        severities=severities or None,
        thresholds=cfg.thresholds or None,
        jobs=jobs,
        select=select,
        ignore=ignore + off,
        scheduler=scheduler,
    )
    return Resolved(
        opts=opts,
        # A format from the configuration that this command does not print (`format = "sarif"`
        # for `extract`) leaves the command's own default.
        format=Format(format.value) if format else (
            Format(cfg.format) if cfg.format and Format(cfg.format) in accepts else default_format),
        fail_on=fail_on or (FailOn(cfg.fail_on) if cfg.fail_on else default_fail_on),
        db=db or (Path(cfg.db) if cfg.db else None),
        against=list(cfg.against),
    )


def _rule_ids(flag: str, values: list[str], rules_dir: Optional[str]) -> tuple[str, ...]:
    """--select/--ignore values (repeatable, or comma-separated), checked against the rules."""
    from claimcheck.rulebook import load_rulebook

    ids = tuple(x for v in values for x in v.replace(",", " ").split() if x)
    book = load_rulebook(rules_dir)
    unknown = [x for x in ids if x not in book]
    if unknown:
        raise Exit(2, f"{flag}: no finding rule {', '.join(unknown)}; the rules are {', '.join(sorted(book))}")
    return ids


class Phases:
    """What the user waits for, on stderr when it is a terminal: loading the model, parsing N
    articles (with rate and time left), reconciling. Transient: it leaves nothing behind."""

    def __init__(self, quiet: bool):
        self.bar = None
        if quiet or not sys.stderr.isatty():
            return
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn,
                                   TimeElapsedColumn, TimeRemainingColumn)

        self.bar = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                            TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TextColumn("left"),
                            TimeRemainingColumn(), console=Console(stderr=True), transient=True)
        self.task = None

    def __enter__(self) -> "Phases":
        if self.bar is not None:
            self.bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()

    def phase(self, text: str, total: Optional[int] = None) -> None:
        if self.bar is None:
            return
        if self.task is not None:
            self.bar.remove_task(self.task)
        self.task = self.bar.add_task(text, total=total, rate="")

    def advance(self, done: int, total: int) -> None:
        if self.bar is None or self.task is None:
            return
        elapsed = self.bar.tasks[-1].elapsed or 0
        rate = f"{done / elapsed:.1f} articles/s" if elapsed > 0 and done else ""
        self.bar.update(self.task, completed=done, total=total, rate=rate)


def parse_articles(articles, r: Resolved, quiet: bool, store=None, save: bool = True):
    from claimcheck import flow

    with Phases(quiet) as ph:
        return flow.extract(articles, r.opts, ph.advance, store, save, phase=ph.phase)


def judge(claims, r: Resolved, quiet: bool, articles=(), **kwargs):
    """flow.judge with a "reconciling" phase shown, then the findings the user left out
    (--select, --ignore, `off` severities, the articles' own ignore comments) taken away."""
    from claimcheck import flow

    with Phases(quiet) as ph:
        ph.phase(f"reconciling {len(claims):,} claims")
        groups, findings = flow.judge(claims, r.opts, **kwargs)
    return groups, flow.select_findings(findings, claims, list(articles), r.opts)


def open_store(stack: ExitStack, db: Optional[Path], *, create: bool = True):
    if db is None:
        return None
    from claimcheck.store import Store

    return stack.enter_context(Store.open(db, create=create))


def read(paths: Optional[list[str]], r: Resolved, quiet: bool, url_list: Optional[Path] = None):
    """The articles of the files and folders, then of the pages listed in `url_list` (fetched,
    or read from the --db store's page cache)."""
    from claimcheck import flow
    from claimcheck.corpus import Corpus

    corpus = flow.read(paths, r.opts) if paths else Corpus([], [])
    if url_list is not None:
        corpus = _add_pages(corpus, url_list, r)
    report_problems(corpus.problems, quiet)
    return corpus


def _add_pages(corpus, url_list: Path, r: Resolved):
    from claimcheck import fetch

    try:
        urls = fetch.read_url_list(url_list, r.opts.max_bytes)
    except FileNotFoundError:
        raise Exit(2, f"--url-list: {url_list}: no such file") from None
    except UnicodeDecodeError:
        raise Exit(2, f"--url-list: {url_list}: not UTF-8") from None
    except (OSError, ValueError) as exc:
        raise Exit(2, f"--url-list: {url_list}: {getattr(exc, 'strerror', None) or exc}") from None
    if not urls:
        raise Exit(2, f"--url-list: {url_list}: no addresses in it")
    with ExitStack() as stack:
        store = open_store(stack, r.db)
        pages = fetch.read_urls(urls, max_bytes=r.opts.max_bytes, date_override=r.opts.date_override,
                                rules_dir=Path(r.opts.rules_dir) if r.opts.rules_dir else None, store=store)
    known = {a.id for a in corpus.articles}
    for a in pages.articles:
        if a.id in known:
            a.id = f"url/{a.id}"
    corpus.articles.extend(pages.articles)
    corpus.problems.extend(pages.problems)
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
    if not with_findings and fmt == Format.csv:
        from claimcheck.render import csv_

        out.write(output, lambda fh: csv_.render_claims(report, fh))
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


def load_claims(paths: Optional[list[str]], r: Resolved, quiet: bool, url_list: Optional[Path] = None):
    """Read the articles and extract their claims (through the store when --db is given)."""
    corpus = read(paths, r, quiet, url_list)
    if not corpus.articles:
        raise Exit(2, "no readable articles")
    with ExitStack() as stack:
        claims = parse_articles(corpus.articles, r, quiet, open_store(stack, r.db))
    return corpus, claims
