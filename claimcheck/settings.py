"""One run's settings (`RunSettings`, every default in one place) and where they come from:
`claimcheck.toml`, or `[tool.claimcheck]` in pyproject.toml, then the command-line flags.

The configuration file is found by walking up from the working folder, as ruff and black do; `--config FILE` wins, and
command-line flags win over the file (the CLI merges). Every key is checked: a typo or a bad
value is an error naming the file and the key, never silently ignored. Relative paths (rules,
db) are read relative to the file's folder, so a hook run from a subfolder finds the same ones.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from claimcheck.model import SEVERITIES
from claimcheck.render import FORMATS
from claimcheck.read.textfile import read_text

if TYPE_CHECKING:
    from claimcheck.lang.rules import Lang

CONFIG_NAME = "claimcheck.toml"
FAIL_ON = ("error", "warning", "info", "never")  # the order --fail-on lists them in
DEFAULT_MODEL = "ro_legal_fl"
# What two claims must reach to be one fact (claimcheck.toml `[thresholds]` overrides them).
THRESHOLDS = {
    "group": 0.6,  # weighted frame score two claims need to be one fact
    "place-similarity": 80.0,  # rapidfuzz token-set ratio for two place names to be one place
    "implicit-time-days": 365.0,  # a claim with no date words speaks of this many days before its article
    "quote-similarity": 35.0,  # quotes of one speaker this alike (0-100) state one thing
    "quote-conflict-similarity": 80.0,  # words this alike given to two speakers: a conflict
    "scope-ratio": 3.0,  # counts or measures more than this many times apart are two scopes, not a conflict
    "money-scope-ratio": 1000.0,  # amounts more than this many times apart: a price and a whole's worth
    "few-people": 10.0,  # counts of people up to this, named by two nouns (no event noun): two groups
    "clock-gap-minutes": 180.0,  # times of day this far apart, told by different verbs: two moments
}


def merged_thresholds(overrides: Mapping[str, float] | None = None) -> dict[str, float]:
    """THRESHOLDS with a run's overrides (claimcheck.toml `[thresholds]`) on top."""
    return {**THRESHOLDS, **(overrides or {})}


class ConfigError(Exception):
    """A configuration file that cannot be used; the message names the file and the key."""


@dataclass(slots=True)
class RunSettings:
    """Everything one run of claimcheck is told, with its default. `load_config` fills it from the
    configuration file (`from_file` names the keys the file set); the CLI lays its flags over
    that (claimcheck/cli/options.py); the library takes it as it is."""

    # Reading
    model: str = DEFAULT_MODEL
    rules_dir: str | None = None  # None: the shipped rules
    date_override: date | None = None
    max_bytes: int = 5_000_000
    exclude: tuple[str, ...] = ()
    db: Path | None = None  # the SQLite store
    against: tuple[str, ...] = ()  # `check`'s corpus
    # Parsing
    batch_size: int = 16
    # Worker processes for the statistical model; 0 = automatic: all cores once there are
    # enough articles to pay for loading the model in each worker.
    jobs: int = 0
    # Judging
    tolerance: float = 0.10
    thresholds: dict[str, float] = field(default_factory=dict)  # THRESHOLDS overrides
    severities: dict[str, str] = field(default_factory=dict)  # finding rule id -> error|warning|info|off
    # Within a block, up to this many distinct frames are compared all against all, and within a
    # group up to this many distinct values are judged all against all (one finding per pair of
    # values); past it, by neighbours and against the main value (reconcile/blocks.py).
    pairwise_limit: int = 64
    # Finding rules to report (empty: all) and to leave out (--select/--ignore, `off` severities).
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    # A Dask scheduler's address, or "local", to parse on a cluster (claimcheck/nlp/dask_engine.py).
    scheduler: str | None = None
    # Output: None leaves the command's own default (`report` prints text, `extract` JSON).
    format: str | None = None
    fail_on: str | None = None
    config_file: Path | None = None  # the file these came from; None for the defaults
    from_file: frozenset[str] = frozenset()

    @property
    def lang(self) -> "Lang":
        """The compiled language knowledge of `rules_dir`, shared with the pipeline's components."""
        from claimcheck.lang.rules import lang_for

        return lang_for(self.rules_dir)


def _has_section(pyproject: Path) -> bool:
    try:
        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        # Not ours to judge: a broken pyproject.toml without our section is skipped, as other
        # tools would have complained about it already.
        return False
    return isinstance(data.get("tool"), dict) and "claimcheck" in data["tool"]


def find_config(start: Path | None = None) -> Path | None:
    """The nearest claimcheck.toml, or pyproject.toml with a [tool.claimcheck] table, in
    `start` (default: the working folder) or a folder above it."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        own = folder / CONFIG_NAME
        if own.is_file():
            return own
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and _has_section(pyproject):
            return pyproject
    return None


def load_config(path: Path | None = None, start: Path | None = None) -> RunSettings:
    """The settings of the configuration file `path` (--config), else of the one found from
    `start`, else the defaults."""
    if path is None:
        path = find_config(start)
        if path is None:
            return RunSettings()
    path = Path(path)
    text = read_text(path, "configuration file", ConfigError)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    prefix = ""
    if path.name == "pyproject.toml":
        tool = data.get("tool")
        if not isinstance(tool, dict) or "claimcheck" not in tool:
            raise ConfigError(f"{path}: has no [tool.claimcheck] table")
        data, prefix = tool["claimcheck"], "tool.claimcheck."
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: tool.claimcheck must be a table")
    return _parse(data, path, prefix)


def _parse(data: dict[str, Any], path: Path, prefix: str) -> RunSettings:
    def bad(key: str, why: str) -> ConfigError:
        return ConfigError(f"{path}: {prefix}{key}: {why}")

    def string(key: str, allowed: tuple[str, ...] | None = None) -> str | None:
        v = data.get(key)
        if v is None:
            return None
        if not isinstance(v, str) or not v:
            raise bad(key, f"must be a non-empty string, not {v!r}")
        if allowed and v not in allowed:
            raise bad(key, f"must be one of {', '.join(allowed)}, not {v!r}")
        return v

    def local_path(key: str) -> str | None:
        v = string(key)
        return None if v is None else str((path.parent / Path(v).expanduser()).resolve())

    known = {"rules", "model", "fail-on", "format", "exclude", "tolerance", "db", "against", "severities",
             "thresholds", "select", "ignore"}
    for key in data:
        if key not in known:
            hint = f" (did you mean {key.replace('_', '-')!r}?)" if key.replace("_", "-") in known else ""
            raise bad(key, f"unknown key{hint}; known keys: {', '.join(sorted(known))}")

    exclude = data.get("exclude", [])
    if isinstance(exclude, str):
        exclude = [exclude]
    if not isinstance(exclude, list) or not all(isinstance(g, str) and g for g in exclude):
        raise bad("exclude", f"must be a list of glob strings, not {exclude!r}")

    against = data.get("against", [])
    if isinstance(against, str):
        against = [against]
    if not isinstance(against, list) or not all(isinstance(p, str) and p for p in against):
        raise bad("against", f"must be a path or a list of paths (the corpus `check` compares with), not {against!r}")
    against = [str((path.parent / Path(p).expanduser()).resolve()) for p in against]

    tolerance = data.get("tolerance")
    if tolerance is not None:
        if isinstance(tolerance, bool) or not isinstance(tolerance, (int, float)) or not 0 <= tolerance <= 1:
            raise bad("tolerance", f"must be a number from 0 to 1 (0.10 = ±10%), not {tolerance!r}")
        tolerance = float(tolerance)

    severities = _table(data, "severities", bad)
    for rule, level in severities.items():
        if level not in (*SEVERITIES, "off"):
            raise bad(f"severities.{rule}", f"must be one of {', '.join(SEVERITIES)} or off, not {level!r}")
    rules = local_path("rules")
    if rules is not None and not Path(rules).is_dir():
        raise bad("rules", f"no such folder: {rules}")
    _check_rule_ids(severities, rules, bad)
    chosen = {}
    for key in ("select", "ignore"):
        v = data.get(key, [])
        if isinstance(v, str):
            v = [v]
        if not isinstance(v, list) or not all(isinstance(x, str) and x for x in v):
            raise bad(key, f"must be a list of finding rule ids, not {v!r}")
        _check_rule_ids({x: "" for x in v}, rules, lambda k, why, key=key: bad(f"{key} ({k.removeprefix('severities.')})", why))
        chosen[key] = list(v)

    thresholds = _table(data, "thresholds", bad)
    for name, v in thresholds.items():
        if name not in THRESHOLDS:
            raise bad(f"thresholds.{name}", f"unknown threshold; known: {', '.join(sorted(THRESHOLDS))}")
        if isinstance(v, bool) or not isinstance(v, (int, float)) or v < 0:
            raise bad(f"thresholds.{name}", f"must be a number of 0 or more, not {v!r}")

    db = local_path("db")
    given = {"rules_dir": rules, "model": string("model"), "fail_on": string("fail-on", FAIL_ON),
             "format": string("format", FORMATS), "exclude": tuple(exclude), "tolerance": tolerance,
             "severities": dict(severities), "thresholds": {k: float(v) for k, v in thresholds.items()},
             "db": Path(db) if db else None, "against": tuple(against), "select": tuple(chosen["select"]),
             "ignore": tuple(chosen["ignore"])}
    given = {k: v for k, v in given.items() if v is not None and v != () and v != {}}
    return RunSettings(**given, config_file=path, from_file=frozenset(given))


def _table(data: dict[str, Any], key: str, bad) -> dict[str, Any]:
    v = data.get(key, {})
    if not isinstance(v, dict):
        raise bad(key, f"must be a table ([{key}]), not {v!r}")
    return v


def _check_rule_ids(severities: dict[str, str], rules: str | None, bad) -> None:
    """A severity for a rule that does not exist is a typo: name the rules there are."""
    if not severities:
        return
    from claimcheck.lang.rulebook import load_rulebook
    from claimcheck.lang.rules import RulesError, lang_for

    try:
        book = load_rulebook(lang_for(rules))
    except RulesError as exc:
        raise bad("rules", f"the finding rules cannot be read ({exc})") from None
    if not book:
        raise bad("severities", f"the rules folder {rules or 'shipped with claimcheck'} has no findings/*.yml rules")
    for rule in severities:
        if rule not in book:
            raise bad(f"severities.{rule}", f"no such finding rule; the rules are {', '.join(sorted(book))}")
