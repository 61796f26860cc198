"""Finding rules: one YAML file per rule in `rules/findings/` (id, level, description, help,
message), as Vale keeps its rules. Severities can be overridden per rule in configuration."""

from __future__ import annotations

from dataclasses import dataclass

import yaml

from claimcheck.model import SEVERITIES
from claimcheck.lang.rules import Lang, RulesError, compiled


@dataclass(frozen=True, slots=True)
class FindingRule:
    id: str
    level: str
    description: str
    help: str
    message: str


@compiled
def load_rulebook(lang: Lang) -> dict[str, FindingRule]:
    folder = lang.folder / "findings"
    book: dict[str, FindingRule] = {}
    for path in sorted(folder.glob("*.yml")):
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            rule = FindingRule(data["id"], data["level"], data["description"].strip(),
                               str(data.get("help", "")).strip(), data["message"])
        except (yaml.YAMLError, KeyError, TypeError, AttributeError) as exc:
            raise RulesError(f"{path}: not a valid finding rule ({exc})") from None
        if rule.level not in SEVERITIES:
            raise RulesError(f"{path}: level must be one of {', '.join(SEVERITIES)}, not {rule.level!r}")
        if rule.id != path.stem:
            raise RulesError(f"{path}: id {rule.id!r} must match the file name")
        book[rule.id] = rule
    return book


def rule_for(rule_id: str, lang: Lang | None = None) -> FindingRule:
    book = load_rulebook(lang)
    if rule_id not in book:
        # A rule used by code must have its file: fail loudly for the rule author.
        raise RulesError(f"no finding rule file rules/findings/{rule_id}.yml")
    return book[rule_id]
