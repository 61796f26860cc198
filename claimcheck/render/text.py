"""The terminal report: findings first (what a person must look at), then every group with its
sources side by side, then the quotes."""

from __future__ import annotations

import os
import re
from typing import TextIO

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from claimcheck.model import Claim, Group
from claimcheck.model import Report
from claimcheck.reconcile.verdicts import describe

SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
VERDICT_STYLE = {"conflict": "bold red", "imprecise": "yellow", "agree": "green", "variant": "cyan"}


def console_for(out: TextIO) -> Console:
    is_tty = hasattr(out, "isatty") and out.isatty()
    return Console(file=out, force_terminal=is_tty, no_color=bool(os.environ.get("NO_COLOR")) or not is_tty,
                   width=None if is_tty else 120, highlight=False, soft_wrap=False)


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def short_title(title: str | None, limit: int = 28) -> str | None:
    """A title cut at a word to fit `limit` characters, with an ellipsis when cut."""
    if not title:
        return None
    title = " ".join(title.split())
    if len(title) <= limit:
        return title
    cut = title[:limit - 1].rsplit(" ", 1)[0].rstrip(",;:–-")
    return (cut or title[:limit - 1]) + "…"


def _where(c: Claim, labels: dict[str, str]) -> str:
    return f"{labels.get(c.article, c.article)}:{c.line}"


def labels_for(report: Report) -> dict[str, str]:
    """What the report calls each article: its title, shortened (the file id when it has none,
    or when two titles shorten alike)."""
    labels = {a.id: short_title(a.title) or a.id for a in report.articles}
    seen: dict[str, int] = {}
    for label in labels.values():
        seen[label] = seen.get(label, 0) + 1
    return {aid: (label if seen[label] == 1 else aid) for aid, label in labels.items()}


# Rows a table shows: a figure that 400 stored articles repeat is one line of the terminal
# report, not 400 (and rendering those took longer than `check` itself); -f json lists them all.
MAX_ROWS = 12


def _shown(claims: list[Claim], focus: set[str] | None) -> tuple[list[Claim], str | None]:
    """The claims a table shows, the checked articles' first, and a line for the rest."""
    if len(claims) <= MAX_ROWS:
        return claims, None
    first = [c for c in claims if focus and c.article in focus]
    rest = [c for c in claims if not (focus and c.article in focus)]
    shown = (first + rest)[:max(MAX_ROWS, len(first))]
    ids = {c.id for c in shown}
    hidden = [c for c in claims if c.id not in ids]
    arts = len({c.article for c in hidden})
    return shown, f"… and {len(hidden):,} more in {arts:,} article{'s' if arts != 1 else ''} (-f json lists them all)"


def _print_claims(con: Console, claims: list[Claim], labels: dict[str, str], focus: set[str] | None) -> None:
    shown, more = _shown(claims, focus)
    con.print(_claims_table(shown, labels))
    if more:
        con.print(Text(more, style="dim"))


def _claims_table(claims: list[Claim], labels: dict[str, str]) -> Table:
    # Fits 80 columns: words wrap inside their cell and are never cut; the article is named by
    # its title, with the file id in the JSON and CSV outputs.
    t = Table(show_header=True, header_style="bold", expand=False, pad_edge=False, box=box.SIMPLE_HEAD)
    t.add_column("article:line", ratio=2, min_width=12)
    t.add_column("says", ratio=4, min_width=16)
    t.add_column("value", ratio=2, min_width=10)
    t.add_column("source / speaker", ratio=2, min_width=10)
    for c in claims:
        says = c.quote if c.kind == "quote" and c.quote else c.text
        value = describe(c.value) if c.value else ("direct quote" if c.direct else "reported speech" if c.kind == "quote" else "")
        who = c.speaker or c.source or ""
        if c.hedge:
            who = f"{who} ({c.hedge})" if who else f"({c.hedge})"
        t.add_row(_where(c, labels), says, value, who)
    return t


def _why(message: str, claims: list[Claim]) -> str:
    """The part of a finding's message that the table does not show: after both claims'
    words and values ("… (exact 15000 militar): disjoint, 002 says inițial …")."""
    if len(claims) == 2 and claims[1].value is not None:
        mark = f"({describe(claims[1].value)}): "
        k = message.rfind(mark)
        if k >= 0 and message[k + len(mark):].strip():
            return message[k + len(mark):].strip()
    return message


def render(report: Report, out: TextIO) -> None:
    con = console_for(out)
    by_id = {c.id: c for c in report.claims}
    labels = labels_for(report)
    counts = {s: sum(1 for f in report.findings if f.severity == s) for s in ("error", "warning", "info")}
    dated = sum(1 for a in report.articles if a.date)
    if report.corpus_size is not None:
        new = len(report.focus) if report.focus is not None else len(report.articles)
        read = f"{_plural(new, 'new article')} checked against {_plural(report.corpus_size, 'article')}"
    else:
        read = f"{_plural(len(report.articles), 'article')} ({dated:,} dated)"
    read_paths = {a.path for a in report.articles}
    skipped = len({p.path for p in report.problems} - read_paths)  # not "no date line" warnings
    if skipped:
        read += f", {_plural(skipped, 'file')} skipped"
    con.print(Text.assemble(
        ("claimcheck", "bold"), f": {read}; {_plural(len(report.claims), 'claim')}, "
        f"{_plural(len(report.groups), 'group')}; ",
        (_plural(counts["error"], "error"), SEVERITY_STYLE["error"] if counts["error"] else ""), ", ",
        (_plural(counts["warning"], "warning"), SEVERITY_STYLE["warning"] if counts["warning"] else ""), ", ",
        (f"{counts['info']:,} info", SEVERITY_STYLE["info"] if counts["info"] else "")))
    con.print()

    if report.findings:
        con.rule("Findings")
        for f in report.findings:
            claims = [by_id[i] for i in f.claims if i in by_id]
            con.print(Text.assemble((f.severity.upper(), SEVERITY_STYLE.get(f.severity, "")), f"  {f.rule}  ",
                                    (f.id, "dim")))
            _print_claims(con, claims, labels, report.focus)
            con.print(Text(_named(_why(f.message, claims), {c.article for c in claims if c.article in labels}, labels)))
            con.print()
    else:
        con.print("No disagreements found.")

    quantity_groups = [g for g in report.groups if g.kind != "quote"]
    quote_groups = [g for g in report.groups if g.kind == "quote"]
    if quantity_groups:
        con.print()
        con.rule("Groups: the same fact in several articles")
        for g in sorted(quantity_groups, key=_group_order):
            _print_group(con, g, by_id, labels, report.focus)
    if quote_groups:
        con.print()
        con.rule("Quotes: the same statement in several articles")
        for g in quote_groups:
            _print_group(con, g, by_id, labels, report.focus)


def _group_order(g: Group) -> tuple[int, str]:
    return ({"conflict": 0, "imprecise": 1}.get(g.verdict, 2), g.concept or "")


def _print_group(con: Console, g: Group, by_id: dict[str, Claim], labels: dict[str, str],
                 focus: set[str] | None = None) -> None:
    claims = sorted((by_id[i] for i in g.claims if i in by_id), key=lambda c: (c.article, c.start))
    label = g.concept or "?"
    if g.kind == "quote" and claims and claims[0].speaker:
        label = claims[0].speaker
    head = Text.assemble((g.verdict, VERDICT_STYLE.get(g.verdict, "")), f"  {g.kind}: {label}  ", (g.id, "dim"))
    con.print(head)
    _print_claims(con, claims, labels, focus)


def _named(why: str, articles: set[str], labels: dict[str, str]) -> str:
    """A finding's message with its articles' ids as the names the table shows, each id only
    as a whole word and once ("a" is an article, not the letter in "final")."""
    if not articles:
        return why
    ids = "|".join(re.escape(a) for a in sorted(articles, key=len, reverse=True))
    return re.sub(rf"(?<![\w-])(?:{ids})(?![\w-])", lambda m: f"“{labels.get(m.group(0), m.group(0))}”", why)
