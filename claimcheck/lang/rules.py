"""Loading the language knowledge in `rules/*.yml`.

Lexicons (number words, qualifiers, units, speech verbs, concepts, actors) are data so that a
rule author changes a YAML file, not Python. Each file is read once per rules folder.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any

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


def rules_key(rules_dir: Path | str | None) -> str | None:
    """A hashable, canonical key for caches kept per rules folder (None: the default folder)."""
    return str(Path(rules_dir).resolve()) if rules_dir else None


def load_rules(name: str, rules_dir: Path | str | None = None) -> Any:
    """The parsed contents of `rules/<name>.yml`."""
    base = Path(rules_dir) if rules_dir else default_rules_dir()
    return _load((base / f"{name}.yml").resolve())
