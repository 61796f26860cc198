"""`--format html`: one self-contained page (inline CSS and a little vanilla JS, nothing fetched)
for a person to read the findings beside the articles.

The page is built from the same `Report` the JSON renderer writes, through a Jinja2 template
(`templates/report.html.j2`) with autoescape on: everything that comes from an article (titles,
sentences, quotes, sources) reaches the page as text, never as markup. This module only shapes
the data: per-article counts, each finding's two claims with their sentence cut around the claimed
span, and each article's text cut into plain runs and claim spans (nested when one claim holds
another, as a quote holds a number)."""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, TextIO

import jinja2

from claimcheck.model import SEVERITY_RANK, Article, Claim
from claimcheck.model import Report
from claimcheck.render.text import short_title
from claimcheck.reconcile.verdicts import describe

LEVELS = ("error", "warning", "info")
KIND_LABEL = {"quantity": "number", "date": "date", "quote": "quote"}


@dataclass
class Span:
    """A run of an article's text: plain (claim None) or one claim with the spans inside it."""

    text: str = ""
    claim: dict[str, Any] | None = None
    children: list["Span"] = field(default_factory=list)


def _env() -> jinja2.Environment:
    loader = jinja2.FunctionLoader(
        lambda name: resources.files("claimcheck.render").joinpath("templates", name).read_text(encoding="utf-8"))
    return jinja2.Environment(loader=loader, autoescape=True, trim_blocks=True, lstrip_blocks=True,
                              undefined=jinja2.StrictUndefined)


def _value(c: Claim) -> str | None:
    if c.kind == "quote":
        return None
    try:
        return describe(c.value) if c.value else None
    except Exception:  # a value the describer does not know: show nothing rather than fail
        return None


def _claim_view(c: Claim, level: str | None, article_title: str) -> dict[str, Any]:
    sentence = c.sentence or c.text
    at = sentence.find(c.text) if c.text else -1
    if at < 0:
        before, span, after = "", c.text or "", ""
        if sentence and sentence != c.text:
            before = sentence + " "
    else:
        before, span, after = sentence[:at], c.text, sentence[at + len(c.text):]
    tip = []
    if c.source:
        tip.append(f"source: {c.source}")
    if c.speaker:
        tip.append(f"speaker: {c.speaker}")
    if c.hedge:
        tip.append(f"hedge: {c.hedge}")
    return {
        "id": c.id, "article": c.article, "article_title": article_title, "kind": c.kind,
        "kind_label": KIND_LABEL.get(c.kind, c.kind), "text": c.text, "before": before, "span": span,
        "after": after, "value": _value(c), "source": c.source, "speaker": c.speaker, "hedge": c.hedge,
        "line": c.line, "column": c.column, "level": level, "tip": "; ".join(tip),
    }


def _normalised_offsets(a: Article) -> list[int]:
    """to_original(i) for every normalised offset of the article (monotonic, so it can be
    searched to turn a claim's file offsets back into offsets in `a.text`)."""
    return [a.offsets.to_original(i) for i in range(len(a.text) + 1)]


def _spans(a: Article, claims: list[Claim], level_of: dict[str, str], title: str) -> list[Span]:
    text = a.text or ""
    if not text:
        return []
    try:
        orig = _normalised_offsets(a)
    except Exception:
        orig = list(range(len(text) + 1))
    placed = []
    for c in claims:
        s = bisect.bisect_left(orig, c.start)
        e = bisect.bisect_left(orig, c.end)
        if 0 <= s < e <= len(text):
            placed.append((s, e, c))
    placed.sort(key=lambda t: (t[0], -t[1]))
    start = a.body_start if 0 <= a.body_start <= len(text) else 0
    placed = [p for p in placed if p[0] >= start]

    # A tree of spans: a claim inside the one still open becomes its child; a claim that only
    # partly overlaps an open one is left unmarked (its card still links to its line).
    root = Span()
    stack: list[tuple[int, Span, int]] = [(len(text), root, start)]  # (end, span, cursor)
    def close_until(pos: int) -> None:
        while len(stack) > 1 and stack[-1][0] <= pos:
            end, span, cur = stack.pop()
            if cur < end:
                span.children.append(Span(text[cur:end]))
            parent_end, parent, _ = stack[-1]
            stack[-1] = (parent_end, parent, end)
    for s, e, c in placed:
        close_until(s)
        end, span, cur = stack[-1]
        if s < cur or e > end:
            continue
        if cur < s:
            span.children.append(Span(text[cur:s]))
        child = Span(claim=_claim_view(c, level_of.get(c.id), title))
        span.children.append(child)
        stack[-1] = (end, span, s)
        stack.append((e, child, s))
    close_until(len(text))
    end, span, cur = stack[-1]
    if cur < end:
        span.children.append(Span(text[cur:end]))
    return root.children


def _bar(counts: Counter, widest: int) -> list[dict[str, Any]]:
    """An inline SVG bar: one segment per level, scaled to the article with most findings."""
    x, out = 0.0, []
    for level in LEVELS:
        n = counts.get(level, 0)
        if n:
            w = 200.0 * n / max(widest, 1)
            out.append({"level": level, "x": round(x, 1), "w": round(w, 1), "n": n})
            x += w
    return out


def context(report: Report) -> dict[str, Any]:
    claims = {c.id: c for c in report.claims}
    articles = {a.id: a for a in report.articles}
    titles = {a.id: short_title(a.title, 70) or a.id for a in report.articles}

    level_of: dict[str, str] = {}
    for f in report.findings:
        for cid in f.claims:
            if SEVERITY_RANK.get(f.severity, 0) > SEVERITY_RANK.get(level_of.get(cid, ""), -1):
                level_of[cid] = f.severity

    per_article: dict[str, Counter] = {a.id: Counter() for a in report.articles}
    findings = []
    for i, f in enumerate(report.findings):
        pair = [claims[cid] for cid in f.claims if cid in claims]
        for aid in {c.article for c in pair}:
            per_article.setdefault(aid, Counter())[f.severity] += 1
        findings.append({
            "n": i + 1, "id": f.id, "rule": f.rule, "level": f.severity, "message": f.message,
            "claims": [_claim_view(c, f.severity, titles.get(c.article, c.article)) for c in pair],
        })
    widest = max((sum(c.values()) for c in per_article.values()), default=0)

    by_article: dict[str, list[Claim]] = {}
    for c in report.claims:
        by_article.setdefault(c.article, []).append(c)
    views = []
    for a in report.articles:
        counts = per_article.get(a.id, Counter())
        views.append({
            "id": a.id, "path": a.path, "title": a.title or a.id, "short": titles[a.id], "date": a.date.isoformat() if a.date else None,
            "counts": {lv: counts.get(lv, 0) for lv in LEVELS}, "bar": _bar(counts, widest),
            "claims": len(by_article.get(a.id, [])),
            "spans": _spans(a, by_article.get(a.id, []), level_of, titles[a.id]) if a.id in articles else [],
        })
    totals = Counter(f.severity for f in report.findings)
    return {
        "articles": views,
        "findings": findings,
        "totals": {lv: totals.get(lv, 0) for lv in LEVELS},
        "rules": sorted({f.rule for f in report.findings}),
        "levels": LEVELS,
        "n_claims": len(report.claims),
        "corpus_size": report.corpus_size,
        "problems": [{"path": p.path, "message": p.message, "level": p.level} for p in report.problems],
    }


def render(report: Report, out: TextIO) -> None:
    out.write(_env().get_template("report.html.j2").render(**context(report)))
