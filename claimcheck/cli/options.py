"""The options the commands share, declared once so that every command spells them the same way,
and how flags, the configuration file and defaults combine into one `RunSettings`.

As in sqlite-utils (`@output_options`, `@load_extension_option`), the options every corpus command
takes are one bundle: `@run_options` adds them to a command's own parameters and hands them to
it as one `RunFlags`. A flag wins over the configuration file, which wins over the default.
"""

from __future__ import annotations

import functools
import inspect
from dataclasses import dataclass, replace
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from claimcheck.cli.errors import CliExit
from claimcheck.render import CLAIM_FORMATS, FORMATS
from claimcheck.settings import RunSettings

# The --format choices come from the renderers' registry (claimcheck/render/__init__.py).
Format = Enum("Format", [(f, f) for f in FORMATS], type=str)
ExtractFormat = Enum("ExtractFormat", [(f, f) for f in CLAIM_FORMATS], type=str)
ExplainFormat = Enum("ExplainFormat", [(f, f) for f in ("text", "json")], type=str)


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


def parse_date(value: Optional[str]) -> Optional[date]:
    if value is None:
        return None
    import calendar
    import re

    m = re.fullmatch(r"\s*(\d{4})-(\d{2})-(\d{2})\s*", value)
    if m is None:
        raise CliExit(2, f"--date: {value!r} is not a date in the form YYYY-MM-DD")
    y, mo, d = map(int, m.groups())
    if not 1 <= mo <= 12:
        raise CliExit(2, f"--date: {value}: there is no month {mo}")
    if not y:
        raise CliExit(2, f"--date: {value}: there is no year 0")
    days = calendar.monthrange(y, mo)[1]
    if not 1 <= d <= days:
        raise CliExit(2, f"--date: {value} does not exist ({calendar.month_name[mo]} {y} has {days} days)")
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
class RunFlags:
    """The bundle `@run_options` adds to every command that reads a corpus."""

    model: Optional[str] = None
    rules: Optional[Path] = None
    date_: Optional[str] = None
    db: Optional[Path] = None
    config: Optional[Path] = None
    max_bytes: int = 5_000_000
    exclude: Optional[list[str]] = None
    jobs: int = 0
    scheduler: Optional[str] = None
    quiet: bool = False


_BUNDLE = (("model", ModelOpt, None), ("rules", RulesOpt, None), ("date_", DateOpt, None), ("db", DbOpt, None),
           ("config", ConfigOpt, None), ("max_bytes", MaxBytesOpt, 5_000_000), ("exclude", ExcludeOpt, None),
           ("jobs", JobsOpt, 0), ("scheduler", SchedulerOpt, None), ("quiet", QuietOpt, False))


def run_options(fn):
    """Add the shared options to a command whose last parameter is `run: RunFlags`; typer reads
    the signature, so the bundle is spliced into it (after the command's own options)."""
    sig = inspect.signature(fn, eval_str=True)
    own = [p for name, p in sig.parameters.items() if name != "run"]
    shared = [inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=ann)
              for name, ann, default in _BUNDLE]

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        flags = RunFlags(**{name: kwargs.pop(name) for name, _, _ in _BUNDLE if name in kwargs})
        return fn(*args, run=flags, **kwargs)

    wrapper.__signature__ = sig.replace(parameters=own + shared)
    wrapper.__annotations__ = {p.name: p.annotation for p in own + shared
                               if p.annotation is not inspect.Parameter.empty}
    return wrapper


def resolve(run: RunFlags, *, format: Optional[Enum] = None, tolerance: Optional[float] = None,
            fail_on: Optional[FailOn] = None, default_format: str = "text", default_fail_on: str = "never",
            accepts: tuple[str, ...] = FORMATS, select: Optional[list[str]] = None,
            ignore: Optional[list[str]] = None) -> RunSettings:
    """The run's settings: the flags over the configuration file over the defaults."""
    from claimcheck.settings import load_config

    cfg = load_config(run.config)
    rules_dir = str(run.rules) if run.rules else cfg.rules_dir
    if rules_dir and not Path(rules_dir).is_dir():
        raise CliExit(2, f"--rules: {rules_dir}: no such folder")
    select = _rule_ids("--select", select, rules_dir) if select else cfg.select
    ignore = _rule_ids("--ignore", ignore, rules_dir) if ignore else cfg.ignore
    off = tuple(rule for rule, level in cfg.severities.items() if level == "off")
    return replace(
        cfg,
        model=run.model or cfg.model,
        rules_dir=rules_dir,
        date_override=parse_date(run.date_),
        max_bytes=run.max_bytes,
        exclude=tuple(run.exclude or cfg.exclude),
        tolerance=tolerance if tolerance is not None else cfg.tolerance,
        severities={rule: level for rule, level in cfg.severities.items() if level != "off"},
        jobs=run.jobs,
        scheduler=run.scheduler or cfg.scheduler,
        select=select,
        ignore=ignore + off,
        # A format from the configuration that this command does not print (`format = "sarif"`
        # for `extract`) leaves the command's own default.
        format=format.value if format else (cfg.format if cfg.format in accepts else default_format),
        fail_on=fail_on.value if fail_on else (cfg.fail_on or default_fail_on),
        db=run.db or cfg.db,
    )


def _rule_ids(flag: str, values: list[str], rules_dir: Optional[str]) -> tuple[str, ...]:
    """--select/--ignore values (repeatable, or comma-separated), checked against the rules."""
    from claimcheck.lang.rulebook import load_rulebook
    from claimcheck.lang.rules import lang_for

    ids = tuple(x for v in values for x in v.replace(",", " ").split() if x)
    book = load_rulebook(lang_for(rules_dir))
    unknown = [x for x in ids if x not in book]
    if unknown:
        raise CliExit(2, f"{flag}: no finding rule {', '.join(unknown)}; the rules are {', '.join(sorted(book))}")
    return ids
