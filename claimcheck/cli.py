"""The command line: report, extract, check, parse, explain, baseline.

Flags mean the same in every command (as in sqlite-utils): --format/-f, --output/-o,
--model/-m, --rules, --date, --db, --config, --fail-on, --quiet/-q. A flag wins over the
configuration file, which wins over the built-in default. Reports go to stdout (or -o), progress
and problems to stderr. Exit codes: 0 done, 1 findings at or above --fail-on, 2 bad usage or
bad input.
"""

from __future__ import annotations

import functools
import json
import sys
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from claimcheck import __version__
from claimcheck.flow import Options, Report

app = typer.Typer(
    name="claimcheck",
    help="Find the claims that Romanian news articles share, and where they disagree.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)
baseline_app = typer.Typer(help="Accept known findings so that `check` reports only new ones.", no_args_is_help=True)
app.add_typer(baseline_app, name="baseline")


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


SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


class Exit(Exception):
    """Leave with a message on stderr and an exit code; raised anywhere below a command."""

    def __init__(self, code: int, message: str = ""):
        self.code, self.message = code, message


def _err(message: str) -> None:
    typer.echo(f"claimcheck: {message}", err=True)


def guarded(fn):
    """Turn claimcheck's own failures into one line on stderr and an exit code, never a
    traceback: Exit carries its code; a missing model, a broken rules, config, store or
    baseline file is bad input (2)."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        from claimcheck.baseline import BaselineError
        from claimcheck.config import ConfigError
        from claimcheck.pipeline import ModelNotFound
        from claimcheck.rules import RulesError
        from claimcheck.store import StoreError

        try:
            return fn(*args, **kwargs)
        except Exit as e:
            if e.message:
                _err(e.message)
            raise typer.Exit(e.code) from None
        except (ModelNotFound, RulesError, ConfigError, StoreError, BaselineError) as e:
            _err(str(e))
            raise typer.Exit(2) from None

    return wrapper


def _parse_date(value: Optional[str]) -> Optional[date]:
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
BaselineOpt = Annotated[Optional[Path], typer.Option("--baseline", help="Hide the findings accepted in this baseline file.", dir_okay=False)]


@dataclass(slots=True)
class Resolved:
    opts: Options
    format: Format
    fail_on: FailOn
    db: Optional[Path]


def _resolve(config: Optional[Path], *, format: Optional[Format] = None, model: Optional[str] = None,
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
        date_override=_parse_date(date_),
        max_bytes=max_bytes,
        exclude=tuple(exclude or cfg.exclude or ()),
        tolerance=tolerance if tolerance is not None else (cfg.tolerance if cfg.tolerance is not None else 0.10),
        severities=cfg.severities or None,
        thresholds=cfg.thresholds or None,
    )
    return Resolved(
        opts=opts,
        format=format or (Format(cfg.format) if cfg.format else default_format),
        fail_on=fail_on or (FailOn(cfg.fail_on) if cfg.fail_on else default_fail_on),
        db=db or (Path(cfg.db) if cfg.db else None),
    )


def _progress(quiet: bool):
    """A rich progress bar on stderr, only when stderr is a terminal."""
    if quiet or not sys.stderr.isatty():
        return None, None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    bar = Progress(TextColumn("parsing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                   console=Console(stderr=True), transient=True)
    task = bar.add_task("parse", total=None)
    return bar, (lambda done, total: bar.update(task, completed=done, total=total))


def _extract(articles, r: Resolved, quiet: bool, store=None, save: bool = True):
    from claimcheck import flow

    bar, cb = _progress(quiet)
    if bar is None:
        return flow.extract(articles, r.opts, None, store, save)
    with bar:
        return flow.extract(articles, r.opts, cb, store, save)


def _open_store(stack: ExitStack, db: Optional[Path], *, create: bool = True):
    if db is None:
        return None
    from claimcheck.store import Store

    return stack.enter_context(Store.open(db, create=create))


def _read(paths: list[str], r: Resolved, quiet: bool):
    from claimcheck import flow

    corpus = flow.read(paths, r.opts)
    _report_problems(corpus.problems, quiet)
    return corpus


def _report_problems(problems, quiet: bool) -> None:
    for p in problems:
        if p.level == "error" or not quiet:
            _err(f"{p.level}: {p}")


def _emit(report: Report, fmt: Format, output: Optional[Path], *, with_findings: bool = True) -> None:
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


def _exit_code(report: Report, fail_on: FailOn) -> int:
    if any(p.level == "error" for p in report.problems):
        return 2
    if fail_on != FailOn.never and any(SEVERITY_RANK[f.severity] >= SEVERITY_RANK[fail_on.value] for f in report.findings):
        return 1
    return 0


def _apply_baseline(report: Report, baseline: Optional[Path], quiet: bool, focus: Optional[set[str]] = None) -> None:
    if baseline is None:
        return
    from claimcheck.baseline import apply_baseline, load_baseline

    accepted = load_baseline(baseline)
    report.findings, stale = apply_baseline(report.findings, accepted, report.claims)
    if stale and not quiet:
        _err(f"warning: {baseline}: {len(stale)} accepted finding(s) no longer occur "
             f"(remove them with `claimcheck baseline create`): {', '.join(stale[:5])}{' …' if len(stale) > 5 else ''}")


@app.command()
@guarded
def report(
    paths: Annotated[list[str], typer.Argument(help="Article files or folders (.txt, .md; folders are read recursively).")],
    format: FormatOpt = None,
    output: OutputOpt = None,
    model: ModelOpt = None,
    rules: RulesOpt = None,
    date_: DateOpt = None,
    db: DbOpt = None,
    config: ConfigOpt = None,
    fail_on: FailOnOpt = None,
    baseline: BaselineOpt = None,
    tolerance: ToleranceOpt = None,
    max_bytes: MaxBytesOpt = 5_000_000,
    exclude: ExcludeOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Read articles, group the claims they share, and show where they disagree.

    Example: claimcheck report seeds/ -f csv -o conflicts.csv
    """
    from claimcheck import flow

    r = _resolve(config, format=format, model=model, rules=rules, date_=date_, max_bytes=max_bytes,
                 tolerance=tolerance, exclude=exclude, fail_on=fail_on, db=db)
    corpus = _read(paths, r, quiet)
    if not corpus.articles:
        raise Exit(2, "no readable articles")
    with ExitStack() as stack:
        store = _open_store(stack, r.db)
        claims = _extract(corpus.articles, r, quiet, store)
        groups, findings = flow.judge(claims, r.opts)
        if store is not None:
            store.save_findings(groups, findings)
    rep = Report(corpus.articles, claims, groups, findings, corpus.problems)
    _apply_baseline(rep, baseline, quiet)
    _emit(rep, r.format, output)
    raise Exit(_exit_code(rep, r.fail_on))


@app.command()
@guarded
def extract(
    paths: Annotated[list[str], typer.Argument(help="Article files or folders.")],
    format: FormatOpt = None,
    output: OutputOpt = None,
    model: ModelOpt = None,
    rules: RulesOpt = None,
    date_: DateOpt = None,
    db: DbOpt = None,
    config: ConfigOpt = None,
    max_bytes: MaxBytesOpt = 5_000_000,
    exclude: ExcludeOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Print every claim of every article (the `articles` and `claims` of the JSON contract).

    Example: claimcheck extract seeds/000_8f3d4b1b307b8117.txt
    """
    r = _resolve(config, format=format, model=model, rules=rules, date_=date_, max_bytes=max_bytes,
                 exclude=exclude, db=db, default_format=Format.json)
    if r.format not in (Format.json, Format.jsonl):
        raise Exit(2, "extract prints claims: use --format json or jsonl")
    corpus = _read(paths, r, quiet)
    if not corpus.articles:
        raise Exit(2, "no readable articles")
    with ExitStack() as stack:
        claims = _extract(corpus.articles, r, quiet, _open_store(stack, r.db))
    rep = Report(corpus.articles, claims, problems=corpus.problems)
    _emit(rep, r.format, output, with_findings=False)
    raise Exit(2 if corpus.has_errors else 0)


@app.command()
@guarded
def check(
    new: Annotated[list[str], typer.Argument(help="The new article(s) to check.")],
    against: Annotated[Optional[list[str]], typer.Option("--against", help="The published corpus: files or folders (repeatable).")] = None,
    format: FormatOpt = None,
    output: OutputOpt = None,
    model: ModelOpt = None,
    rules: RulesOpt = None,
    date_: DateOpt = None,
    db: DbOpt = None,
    add: Annotated[bool, typer.Option("--add", help="With --db: store the new articles in the corpus once checked.")] = False,
    config: ConfigOpt = None,
    fail_on: FailOnOpt = None,
    exit_zero: Annotated[bool, typer.Option("--exit-zero", help="Exit 0 even when findings are found (2 still means claimcheck failed).")] = False,
    baseline: BaselineOpt = None,
    tolerance: ToleranceOpt = None,
    max_bytes: MaxBytesOpt = 5_000_000,
    exclude: ExcludeOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Check new articles against a corpus (--against PATH or --db FILE) and report only the
    findings that involve a new article. Exits 1 when a new article contradicts the corpus.

    Example: claimcheck check new.txt --against seeds/
    """
    from claimcheck import flow

    r = _resolve(config, format=format, model=model, rules=rules, date_=date_, max_bytes=max_bytes,
                 tolerance=tolerance, exclude=exclude, fail_on=fail_on, db=db, default_fail_on=FailOn.error)
    if not against and r.db is None:
        raise Exit(2, "check needs the corpus to compare with: --against PATH or --db FILE")
    if add and r.db is None:
        raise Exit(2, "--add needs --db FILE")
    new_corpus = _read(new, r, quiet)
    if not new_corpus.articles:
        raise Exit(2, "no readable new article to check")
    old_corpus = _read(against, r, quiet) if against else None
    new_paths = {Path(a.path).resolve() for a in new_corpus.articles}
    new_ids = {a.id for a in new_corpus.articles}
    problems = new_corpus.problems + (old_corpus.problems if old_corpus else [])
    with ExitStack() as stack:
        store = _open_store(stack, r.db, create=add or bool(against))
        old_articles = [a for a in (old_corpus.articles if old_corpus else [])
                        if Path(a.path).resolve() not in new_paths and a.id not in new_ids]
        if store is not None:
            known = {a.id for a in old_articles}
            old_articles += [a for a in store.articles() if a.id not in known and a.id not in new_ids]
        old_claims = _extract(old_articles, r, quiet, store)
        new_claims = _extract(new_corpus.articles, r, quiet, store, save=add)
    claims = new_claims + old_claims
    groups, findings = flow.judge(claims, r.opts, only_articles=new_ids)
    in_new = {c.id for c in new_claims}
    groups = [g for g in groups if in_new.intersection(g.claims)]
    rep = Report(new_corpus.articles + old_articles, claims, groups, findings, problems, focus=new_ids)
    _apply_baseline(rep, baseline, quiet)
    _emit(rep, r.format, output)
    code = _exit_code(rep, r.fail_on)
    raise Exit(0 if exit_zero and code == 1 else code)


@app.command()
@guarded
def parse(
    text: Annotated[str, typer.Argument(help="Text to read, or '-' for standard input (one text per line).")],
    date_: Annotated[Optional[str], typer.Option("--date", help="Resolve relative dates against YYYY-MM-DD.")] = None,
    rules: RulesOpt = None,
    output: OutputOpt = None,
) -> None:
    """Show how the number and date rules read a text: one JSON object per input line.
    Needs no statistical model.

    Example: claimcheck parse "circa 11.000-12.000 de soldați"
    """
    from claimcheck import output as out
    from claimcheck.dates import scan_dates
    from claimcheck.numbers import scan
    from claimcheck.textnorm import normalize

    ref = _parse_date(date_)
    rules_dir = str(rules) if rules else None
    lines = sys.stdin.read().splitlines() if text == "-" else [text]

    def render(fh) -> None:
        for line in lines:
            norm, offsets = normalize(line)
            found = scan_dates(norm, ref, rules_dir=rules_dir)
            taken = [(m.start, m.end) for m in found]
            found += [m for m in scan(norm, rules_dir=rules_dir)
                      if not any(s < m.end and m.start < e for s, e in taken)]
            found.sort(key=lambda m: m.start)
            matches = []
            for m in found:
                d = m.to_dict()
                d["start"], d["end"] = offsets.to_original(m.start), offsets.to_original(m.end)
                d["text"] = line[d["start"]:d["end"]]
                matches.append(d)
            fh.write(json.dumps({"input": line, "matches": matches}, ensure_ascii=False) + "\n")

    out.write(output, render)
    raise Exit(0)


@app.command()
@guarded
def explain(
    finding: Annotated[str, typer.Argument(help="A finding id (or a unique prefix of one), as printed by report.")],
    paths: Annotated[list[str], typer.Argument(help="The articles the finding came from.")],
    format: FormatOpt = None,
    output: OutputOpt = None,
    model: ModelOpt = None,
    rules: RulesOpt = None,
    date_: DateOpt = None,
    db: DbOpt = None,
    config: ConfigOpt = None,
    tolerance: ToleranceOpt = None,
    max_bytes: MaxBytesOpt = 5_000_000,
    exclude: ExcludeOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Show why two claims were put together: both frames and the score of each field.

    Example: claimcheck explain 1b5086dd0a37 seeds/
    """
    from claimcheck import flow
    from claimcheck import output as out
    from claimcheck.matching import score_pair
    from claimcheck.render import explain as ex

    r = _resolve(config, format=format, model=model, rules=rules, date_=date_, max_bytes=max_bytes,
                 tolerance=tolerance, exclude=exclude, db=db)
    if r.format not in (Format.text, Format.json):
        raise Exit(2, "explain prints --format text or json")
    corpus = _read(paths, r, quiet)
    if not corpus.articles:
        raise Exit(2, "no readable articles")
    with ExitStack() as stack:
        claims = _extract(corpus.articles, r, quiet, _open_store(stack, r.db))
    _, findings = flow.judge(claims, r.opts)
    hits = [f for f in findings if f.id.startswith(finding)]
    if len(hits) != 1:
        raise Exit(2, f"{finding}: {'no finding' if not hits else 'several findings'} with this id in these articles")
    f = hits[0]
    by_id = {c.id: c for c in claims}
    a, b = by_id[f.claims[0]], by_id[f.claims[1]]
    same, total, fields = score_pair(a, b, r.opts.rules_dir, r.opts.thresholds)
    render = ex.render_json if r.format == Format.json else ex.render_text
    out.write(output, lambda fh: render(f, a, b, same, total, fields, fh))
    raise Exit(0)


@baseline_app.command("create")
@guarded
def baseline_create(
    paths: Annotated[list[str], typer.Argument(help="The corpus whose current findings are accepted.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Baseline file to write.", dir_okay=False)] = Path(".claimcheck-baseline.json"),
    model: ModelOpt = None,
    rules: RulesOpt = None,
    date_: DateOpt = None,
    db: DbOpt = None,
    config: ConfigOpt = None,
    tolerance: ToleranceOpt = None,
    max_bytes: MaxBytesOpt = 5_000_000,
    exclude: ExcludeOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Record the corpus's current findings as accepted (by stable ids, no line numbers).

    Example: claimcheck baseline create seeds/ -o .claimcheck-baseline.json
    """
    from claimcheck import flow
    from claimcheck.baseline import create_baseline, write_baseline

    r = _resolve(config, model=model, rules=rules, date_=date_, max_bytes=max_bytes, tolerance=tolerance,
                 exclude=exclude, db=db)
    corpus = _read(paths, r, quiet)
    if not corpus.articles:
        raise Exit(2, "no readable articles")
    with ExitStack() as stack:
        claims = _extract(corpus.articles, r, quiet, _open_store(stack, r.db))
    _, findings = flow.judge(claims, r.opts)
    data = create_baseline(findings, claims)
    write_baseline(output, data)
    if not quiet:
        _err(f"{output}: {len(data['findings'])} accepted finding(s)")
    raise Exit(2 if corpus.has_errors else 0)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"claimcheck {__version__}")
        raise typer.Exit(0)


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")] = False,
) -> None:
    pass


def main() -> None:
    try:
        app()
    except BrokenPipeError:
        # `claimcheck report ... | head`: the reader left; that is not an error.
        sys.stderr.close()
        sys.exit(0)
