"""Loading the language knowledge in `rules/*.yml`.

Lexicons (number words, qualifiers, units, speech verbs, concepts, actors) are data so that a
rule author changes a YAML file, not Python. Each file is read once per rules folder, and
what is compiled from it is kept by that folder's `Lang`.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

import yaml


_BASE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BASE_LOADER):  # type: ignore[misc,valid-type]
    """YAML keeps the last of two equal keys without a word: a rule written twice in one file
    would silently lose one list. Here it is an error that names the key and both lines."""

    def construct_mapping(self, node, deep=False):
        seen: dict[Any, int] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            line = key_node.start_mark.line + 1
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"the key {key!r} is given twice (lines {seen[key]} and {line})", key_node.start_mark)
            seen[key] = line
        return super().construct_mapping(node, deep)


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _Loader.construct_mapping)
_LOADER = _Loader
T = TypeVar("T")


class RulesError(Exception):
    """A rules file is missing or malformed; the message names the file."""


def default_rules_dir() -> Path:
    """`CLAIMCHECK_RULES`, else the rules shipped inside the package, else the checkout's `rules/`."""
    env = os.environ.get("CLAIMCHECK_RULES")
    if env:
        return Path(env)
    package = Path(__file__).resolve().parent.parent
    shipped = package / "_rules"  # where a built wheel puts them (see pyproject.toml)
    if shipped.is_dir():
        return shipped
    return package.parent / "rules"


@lru_cache(maxsize=None)
def _load(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as fh:
            # libyaml's loader when PyYAML was built with it: several times faster, and the
            # rules are read on every start.
            return yaml.load(fh, Loader=_LOADER)
    except FileNotFoundError:
        raise RulesError(f"{path}: rules file not found") from None
    except yaml.YAMLError as exc:
        raise RulesError(f"{path}: not valid YAML: {exc}") from None


class Lang:
    """The language knowledge of one rules folder: its YAML files and every table compiled from
    them, each built once on first use and kept here. The pipeline's rule components hold one as
    their state (spaCy's way: compiled tables belong to the component, not to module globals), and
    a run passes the same object down to the extractors and the reconciler. There is one `Lang`
    per folder per process (`lang_for`), so a table compiled while parsing is the one the
    reconciler reads."""

    __slots__ = ("folder", "_tables")

    def __init__(self, folder: Path):
        self.folder = folder
        self._tables: dict[Callable[..., Any], Any] = {}

    @property
    def key(self) -> str:
        """The folder as a string: what a cached result records to say which rules made it."""
        return str(self.folder)

    def load(self, name: str) -> Any:
        """The parsed contents of `<folder>/<name>.yml`."""
        return _load(self.folder / f"{name}.yml")

    def table(self, build: Callable[["Lang"], T]) -> T:
        """`build(self)`, computed once for this folder."""
        try:
            return self._tables[build]
        except KeyError:
            made = self._tables[build] = build(self)
            return made

    def __repr__(self) -> str:
        return f"Lang({self.key!r})"


_BY_FOLDER: dict[str, Lang] = {}
_DEFAULT: dict[str | None, Lang] = {}  # CLAIMCHECK_RULES -> the default folder's Lang


def lang_for(rules: "Lang | Path | str | None" = None) -> Lang:
    """The `Lang` of a rules folder (None: the default folder, see `default_rules_dir`). Paths
    are resolved, so two spellings of one folder share their tables. Cheap enough for hot
    paths: a `Lang` is returned as it is, and the default folder is looked up once per value
    of `CLAIMCHECK_RULES`."""
    if isinstance(rules, Lang):
        return rules
    if not rules:
        env = os.environ.get("CLAIMCHECK_RULES")
        lang = _DEFAULT.get(env)
        if lang is None:
            lang = _DEFAULT[env] = lang_for(default_rules_dir())
        return lang
    folder = Path(rules).resolve()
    lang = _BY_FOLDER.get(str(folder))
    if lang is None:
        lang = _BY_FOLDER[str(folder)] = Lang(folder)
    return lang


def compiled(build: Callable[[Lang], T]) -> Callable[..., T]:
    """A table compiled from the rules: `build(lang)` runs once per folder, its result is kept
    by that folder's `Lang`. The getter takes a `Lang` (or None: the default folder)."""

    @functools.wraps(build)
    def get(lang: Lang | None = None) -> T:
        return lang_for(lang).table(build)

    get.build = build  # type: ignore[attr-defined]
    return get

