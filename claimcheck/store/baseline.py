"""Baselines: the findings a newsroom has looked at and accepted, so that CI reports only new ones.

A finding is recorded by a fingerprint of what it says, not where: its rule and, for both
claims, the article id, the kind and the claim's words. Finding ids hash the claims' offsets,
which move as soon as a paragraph is added above a claim; the fingerprint does not, and it
changes when the disputed words change, which is when a person should look again.

File format (JSON, sorted, so that it diffs well in review):
    {"version": 1, "findings": [{"id": "...", "rule": "...", "articles": ["...", "..."], "message": "..."}]}
Only "id" is read back; rule, articles and message are there for the person reviewing it.
"""

from __future__ import annotations

import json
from pathlib import Path

from claimcheck.model import Claim, Finding, stable_id
from claimcheck.render.output import opened
from claimcheck.read.textfile import read_text

VERSION = 1


class BaselineError(Exception):
    """A baseline file that cannot be used; the message names the file."""


def fingerprint(finding: Finding, claims_by_id: dict[str, Claim]) -> str:
    """The baseline id of a finding: stable across runs and across edits elsewhere in the
    articles (no offsets, no line numbers)."""
    sides = []
    for cid in finding.claims:
        c = claims_by_id.get(cid)
        # A claim that is not at hand (it should be) still gives a stable, if stricter, key.
        sides.append(f"{c.article}\x1f{c.kind}\x1f{' '.join(c.text.split())}" if c else cid)
    return stable_id("baseline", finding.rule, *sorted(sides), length=16)


def create_baseline(findings: list[Finding], claims: list[Claim]) -> dict:
    by_id = {c.id: c for c in claims}
    entries: dict[str, dict] = {}
    for f in findings:
        fid = fingerprint(f, by_id)
        if fid in entries:
            continue  # the same words disputed twice (a figure repeated in one article): one entry
        articles = sorted({by_id[c].article for c in f.claims if c in by_id})
        entries[fid] = {"id": fid, "rule": f.rule, "articles": articles, "message": f.message}
    ordered = sorted(entries.values(), key=lambda e: (e["rule"], e["articles"], e["id"]))
    return {"version": VERSION, "findings": ordered}


def write_baseline(path: str | Path, data: dict) -> None:
    """Write atomically: a failed run never leaves half a baseline behind."""
    with opened(path) as fh:
        fh.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def load_baseline(path: str | Path) -> set[str]:
    """The accepted finding ids of a baseline file."""
    return set(load_entries(path))


def load_entries(path: str | Path) -> dict[str, list[str]]:
    """The accepted finding ids of a baseline file, each with the articles it names (an empty
    list when the entry does not say)."""
    text = read_text(path, "baseline file", BaselineError, " (make one with `claimcheck baseline create`)")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BaselineError(f"{path}: not valid JSON ({exc})") from None
    if not isinstance(data, dict) or "findings" not in data:
        raise BaselineError(f"{path}: not a claimcheck baseline (no \"findings\" list)")
    if data.get("version") != VERSION:
        raise BaselineError(f"{path}: baseline version {data.get('version')!r} is not supported (expected {VERSION})")
    entries = data["findings"]
    if not isinstance(entries, list):
        raise BaselineError(f"{path}: \"findings\" must be a list")
    ids: dict[str, list[str]] = {}
    for i, e in enumerate(entries):
        if not isinstance(e, dict) or not isinstance(e.get("id"), str) or not e["id"]:
            raise BaselineError(f"{path}: findings[{i}] has no \"id\" string")
        arts = e.get("articles")
        ids[e["id"]] = [a for a in arts if isinstance(a, str)] if isinstance(arts, list) else []
    return ids


def apply_baseline(findings: list[Finding], accepted: set[str],
                   claims: list[Claim]) -> tuple[list[Finding], list[str]]:
    """(the findings not in the baseline, the baseline ids that matched no finding). `claims`
    are the claims the findings name, needed for their fingerprints."""
    by_id = {c.id: c for c in claims}
    kept: list[Finding] = []
    matched: set[str] = set()
    for f in findings:
        fid = fingerprint(f, by_id)
        if fid in accepted:
            matched.add(fid)
        else:
            kept.append(f)
    return kept, sorted(accepted - matched)
