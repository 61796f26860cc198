"""Findings: the one place a pair of claims becomes a `Finding`, the one severity path, and
which findings a run reports (--select, --ignore, `off` severities, inline suppressions).

Both reconcilers (blocks.py for quantities and dates, quotes.py for quotations) call `finding`;
the message comes from the rule file (rules/findings/<id>.yml), the level from the run's
severities (claimcheck.toml `[severities]`) or else the rule file, and the id from the rule and
the two claims, so it is the same on every run and in every format.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from claimcheck.lang.rulebook import rule_for
from claimcheck.model import SEVERITY_RANK, Article, Claim, Finding, stable_id
from claimcheck.settings import RunSettings
from claimcheck.lang.rules import Lang


def finding(rule_id: str, group: str, a: Claim, b: Claim, fields: Mapping[str, str], *,
            lang: Lang | None = None, severities: Mapping[str, str] | None = None,
            fallback: str | None = None, claims: Sequence[str] | None = None,
            message: str | None = None) -> Finding:
    """The finding `rule_id` about claims `a` and `b` of `group`. `fields` fill the rule's message;
    `fallback` is the message when a rule author's template names a field there is not.

    A finding between two clusters of claims (blocks.py) passes all their ids as `claims`, `a`
    and `b` first (one pair that disagrees), and its own `message`: the rule's template speaks of
    one claim on each side. Its id hashes every claim it names."""
    rule = rule_for(rule_id, lang)
    if message is None:
        try:
            message = rule.message.format(**fields)
        except (KeyError, IndexError, ValueError):
            if fallback is None:
                raise
            message = fallback
    ids = tuple(claims) if claims is not None else (a.id, b.id)
    return Finding(stable_id(rule_id, *ids), rule_id, level(rule_id, rule.level, severities), group,
                   ids, message)


def level(rule_id: str, default: str, severities: Mapping[str, str] | None) -> str:
    """A finding's severity: the run's override for its rule, else the rule file's level."""
    return (severities or {}).get(rule_id, default)


def worst_first(findings: list[Finding]) -> list[Finding]:
    """Errors first, whichever reconciler found them; stable within a severity."""
    return sorted(findings, key=lambda f: -SEVERITY_RANK[f.severity])


_SUPPRESS = re.compile(r"<!--\s*claimcheck\s*:\s*(ignore-file|ignore)\b(.*?)-->", re.I | re.S)


def suppressions(article: Article) -> list[tuple[int, int, frozenset[str]]]:
    """The inline suppressions of an article, as (first line, last line, rule ids; empty: every
    rule). `<!-- claimcheck: ignore RULE[, RULE] -->` covers its own line and the paragraph it
    stands in or just before; `<!-- claimcheck: ignore-file RULE -->` the whole article."""
    text = article.text
    if "claimcheck" not in text:
        return []
    lines = text.split("\n")
    out: list[tuple[int, int, frozenset[str]]] = []
    for m in _SUPPRESS.finditer(text):
        rules = frozenset(r for r in re.split(r"[\s,]+", m.group(2).strip()) if r)
        if m.group(1).lower() == "ignore-file":
            out.append((1, len(lines), rules))
            continue
        first = text.count("\n", 0, m.start()) + 1
        k = first - 1  # 0-based: the paragraph starts at the first line with words besides comments
        while k < len(lines) and not _SUPPRESS.sub("", lines[k]).strip():
            k += 1
        while k + 1 < len(lines) and lines[k + 1].strip():
            k += 1
        out.append((first, k + 1, rules))
    return out


def select_findings(findings: list[Finding], claims: list[Claim], articles: list[Article],
                    settings: RunSettings) -> list[Finding]:
    """The findings left after --select/--ignore (and `off` severities) and the articles' own
    `<!-- claimcheck: ignore ... -->` comments."""
    keep = [f for f in findings if (not settings.select or f.rule in settings.select) and f.rule not in settings.ignore]
    scopes = {a.id: s for a in articles if (s := suppressions(a))}
    if not scopes:
        return keep
    by_id = {c.id: c for c in claims}

    def hidden(f: Finding) -> bool:
        for cid in f.claims:
            c = by_id.get(cid)
            for first, last, rules in scopes.get(c.article, ()) if c else ():
                if first <= c.line <= last and (not rules or f.rule in rules):
                    return True
        return False

    return [f for f in keep if not hidden(f)]
