"""The command line: report, extract, check, parse.

Flags mean the same in every command (as in sqlite-utils): --format/-f, --output/-o,
--model/-m, --rules, --date, --fail-on, --quiet/-q. Reports go to stdout (or -o), progress and
problems to stderr. Exit codes: 0 done, 1 findings at or above --fail-on, 2 bad usage or input.
"""

from __future__ import annotations

import functools
import json
import sys
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
    traceback: Exit carries its code; a missing model or a broken rules file is bad input (2)."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        from claimcheck.pipeline import ModelNotFound
        from claimcheck.rules import RulesError

        try:
            return fn(*args, **kwargs)
        except Exit as e:
            if e.message:
                _err(e.message)
            raise typer.Exit(e.code) from None
        except (ModelNotFound, RulesError) as e:
            _err(str(e))
            raise typer.Exit(2) from None

    return wrapper


def _parse_date(value: Optional[str]) -> Optional[date]:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


# The shared options, declared once so that every command spells them the same way.
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
OutputOpt = Annotated[Optional[Path], typer.Option("--output", "-o", help="Write to FILE (atomically) instead of stdout.",
                                                   dir_okay=False, writable=True)]
ModelOpt = Annotated[str, typer.Option("--model", "-m", help="spaCy pipeline: ro_legal_fl, another installed Romanian model, or 'blank' (rules only).")]
RulesOpt = Annotated[Optional[Path], typer.Option("--rules", help="Folder of rules/*.yml to use instead of the shipped ones.",
                                                  file_okay=False, exists=True)]
DateOpt = Annotated[Optional[str], typer.Option("--date", help="Article date YYYY-MM-DD, overriding the files' date lines.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no warnings on stderr; errors still show.")]
MaxBytesOpt = Annotated[int, typer.Option("--max-bytes", help="Skip files larger than this.", min=1)]
ToleranceOpt = Annotated[float, typer.Option("--tolerance", help="Relative tolerance for approximate values (0.10 = ±10%).", min=0.0, max=1.0)]
ExcludeOpt = Annotated[Optional[list[str]], typer.Option("--exclude", help="Glob of files to leave out of folders (repeatable).")]


def _options(model: str, rules: Optional[Path], date_: Optional[str], max_bytes: int, tolerance: float,
             exclude: Optional[list[str]]) -> Options:
    return Options(model=model, rules_dir=str(rules) if rules else None, date_override=_parse_date(date_),
                   max_bytes=max_bytes, tolerance=tolerance, exclude=tuple(exclude or ()))


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


def _run(paths: list[str], opts: Options, quiet: bool) -> Report:
    from claimcheck import flow

    corpus = flow.read(paths, opts)
    _report_problems(corpus.problems, quiet)
    if not corpus.articles:
        raise Exit(2, "no readable articles")
    bar, cb = _progress(quiet)
    if bar:
        with bar:
            claims = flow.extract(corpus.articles, opts, cb)
    else:
        claims = flow.extract(corpus.articles, opts)
    groups, findings = flow.judge(claims, opts)
    return Report(corpus.articles, claims, groups, findings, corpus.problems)


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
    out.write(output, lambda fh: renderer(report, fh))


def _exit_code(report: Report, fail_on: FailOn) -> int:
    if any(p.level == "error" for p in report.problems):
        return 2
    if fail_on != FailOn.never and any(SEVERITY_RANK[f.severity] >= SEVERITY_RANK[fail_on.value] for f in report.findings):
        return 1
    return 0


@app.command()
@guarded
def report(
    paths: Annotated[list[str], typer.Argument(help="Article files or folders (.txt, .md; folders are read recursively).")],
    format: FormatOpt = Format.text,
    output: OutputOpt = None,
    model: ModelOpt = "ro_legal_fl",
    rules: RulesOpt = None,
    date_: DateOpt = None,
    fail_on: Annotated[FailOn, typer.Option("--fail-on", help="Exit 1 when a finding is at or above this severity.")] = FailOn.never,
    tolerance: ToleranceOpt = 0.10,
    max_bytes: MaxBytesOpt = 5_000_000,
    exclude: ExcludeOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Read articles, group the claims they share, and show where they disagree."""
    opts = _options(model, rules, date_, max_bytes, tolerance, exclude)
    rep = _run(paths, opts, quiet)
    _emit(rep, format, output)
    raise Exit(_exit_code(rep, fail_on))


@app.command()
@guarded
def extract(
    paths: Annotated[list[str], typer.Argument(help="Article files or folders.")],
    format: FormatOpt = Format.json,
    output: OutputOpt = None,
    model: ModelOpt = "ro_legal_fl",
    rules: RulesOpt = None,
    date_: DateOpt = None,
    max_bytes: MaxBytesOpt = 5_000_000,
    exclude: ExcludeOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Print every claim of every article (the `articles` and `claims` of the JSON contract)."""
    from claimcheck import flow

    opts = _options(model, rules, date_, max_bytes, 0.10, exclude)
    corpus = flow.read(paths, opts)
    _report_problems(corpus.problems, quiet)
    if not corpus.articles:
        raise Exit(2, "no readable articles")
    claims = flow.extract(corpus.articles, opts)
    rep = Report(corpus.articles, claims, problems=corpus.problems)
    _emit(rep, format, output, with_findings=False)
    raise Exit(2 if corpus.has_errors else 0)


@app.command()
@guarded
def check(
    new: Annotated[list[str], typer.Argument(help="The new article(s) to check.")],
    against: Annotated[list[str], typer.Option("--against", help="The published corpus: files or folders (repeatable).")],
    format: FormatOpt = Format.text,
    output: OutputOpt = None,
    model: ModelOpt = "ro_legal_fl",
    rules: RulesOpt = None,
    date_: DateOpt = None,
    fail_on: Annotated[FailOn, typer.Option("--fail-on", help="Exit 1 when a finding is at or above this severity.")] = FailOn.error,
    exit_zero: Annotated[bool, typer.Option("--exit-zero", help="Exit 0 even when findings are found (2 still means claimcheck failed).")] = False,
    tolerance: ToleranceOpt = 0.10,
    max_bytes: MaxBytesOpt = 5_000_000,
    exclude: ExcludeOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Check new articles against a corpus: report only findings that involve a new article.
    Exits 1 when a new article contradicts the corpus (see --fail-on)."""
    from claimcheck import flow

    opts = _options(model, rules, date_, max_bytes, tolerance, exclude)
    new_corpus = flow.read(new, opts)
    old_corpus = flow.read(against, opts)
    new_paths = {Path(a.path).resolve() for a in new_corpus.articles}
    old_articles = [a for a in old_corpus.articles if Path(a.path).resolve() not in new_paths]
    problems = new_corpus.problems + old_corpus.problems
    _report_problems(problems, quiet)
    if not new_corpus.articles:
        raise Exit(2, "no readable new article to check")
    articles = new_corpus.articles + old_articles
    claims = flow.extract(articles, opts)
    new_ids = {a.id for a in new_corpus.articles}
    groups, findings = flow.judge(claims, opts, only_articles=new_ids)
    groups = [g for g in groups if any(c.article in new_ids for c in claims if c.id in set(g.claims))]
    rep = Report(articles, claims, groups, findings, problems, focus=new_ids)
    _emit(rep, format, output)
    code = _exit_code(rep, fail_on)
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
    Needs no statistical model."""
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
