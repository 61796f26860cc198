"""`--format sarif`: SARIF 2.1.0, for code-scanning dashboards (GitHub, GitLab, VS Code)."""

from __future__ import annotations

import json
from typing import Any, TextIO

from claimcheck import __version__
from claimcheck.about import project_url
from claimcheck.model import Claim, Finding
from claimcheck.model import Report
from claimcheck.lang.rulebook import load_rulebook
from claimcheck.lang.rules import lang_for

LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _location(c: Claim, path: str, message: str | None = None, id_: int | None = None) -> dict[str, Any]:
    loc: dict[str, Any] = {
        "physicalLocation": {
            "artifactLocation": {"uri": path},
            "region": {"startLine": c.line, "startColumn": c.column, "charOffset": c.start,
                       "charLength": max(0, c.end - c.start), "snippet": {"text": c.text}},
        }
    }
    if message is not None:
        loc["message"] = {"text": message}
    if id_ is not None:
        loc["id"] = id_
    return loc


def _primary(f: Finding, by_id: dict[str, Claim], focus: set[str] | None) -> tuple[Claim, Claim]:
    a, b = by_id[f.claims[0]], by_id[f.claims[1]]
    if focus and a.article not in focus and b.article in focus:
        a, b = b, a
    return a, b


def sarif(report: Report) -> dict[str, Any]:
    book = load_rulebook(lang_for(report.rules_dir))
    rule_ids = sorted(book)
    rules = [{
        "id": r.id,
        "name": "".join(p.capitalize() for p in r.id.split("-")),
        "shortDescription": {"text": r.description},
        "fullDescription": {"text": r.help or r.description},
        "help": {"text": r.help or r.description},
        "defaultConfiguration": {"level": LEVEL[r.level]},
    } for r in (book[i] for i in rule_ids)]
    by_id = {c.id: c for c in report.claims}
    paths = {a.id: a.path for a in report.articles}
    results = []
    for f in report.findings:
        if f.claims[0] not in by_id or f.claims[1] not in by_id:
            continue
        a, b = _primary(f, by_id, report.focus)
        result = {
            "ruleId": f.rule,
            "level": LEVEL[f.severity],
            "message": {"text": f.message},
            "locations": [_location(a, paths[a.article])],
            "relatedLocations": [_location(b, paths[b.article], f"{b.article}: {b.text}", 1)],
            "partialFingerprints": {"claimcheckFinding/v1": f.id},
            "properties": {"group": f.group, "claims": list(f.claims)},
        }
        if f.rule in rule_ids:
            result["ruleIndex"] = rule_ids.index(f.rule)
        results.append(result)
    driver: dict[str, Any] = {"name": "claimcheck", "version": __version__, "semanticVersion": __version__}
    url = project_url()
    if url:
        driver["informationUri"] = url
    driver["rules"] = rules
    return {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": driver},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }


def render(report: Report, out: TextIO) -> None:
    json.dump(sarif(report), out, ensure_ascii=False, indent=2)
    out.write("\n")
