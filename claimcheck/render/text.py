"""The terminal report: findings first (what a person must look at), then every group with its
sources side by side, then the quotes."""

from __future__ import annotations

import os
from typing import TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from claimcheck.claims import Claim, Group
from claimcheck.flow import Report
from claimcheck.verdicts import describe

SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
VERDICT_STYLE = {"conflict": "bold red", "imprecise": "yellow", "agree": "green", "variant": "cyan"}


def console_for(out: TextIO) -> Console:
    is_tty = hasattr(out, "isatty") and out.isatty()
    return Console(file=out, force_terminal=is_tty, no_color=bool(os.environ.get("NO_COLOR")) or not is_tty,
                   width=None if is_tty else 120, highlight=False, soft_wrap=False)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _where(c: Claim) -> str:
    return f"{c.article}:{c.line}:{c.column}"


def _claims_table(claims: list[Claim]) -> Table:
    t = Table(show_header=True, header_style="bold", expand=False, pad_edge=False)
    t.add_column("where", no_wrap=True)
    t.add_column("says", overflow="fold", max_width=60)
    t.add_column("value", no_wrap=True)
    t.add_column("source / speaker", overflow="fold", max_width=36)
    for c in claims:
        says = c.quote if c.kind == "quote" and c.quote else c.text
        value = describe(c.value) if c.value else ("direct quote" if c.direct else "reported speech" if c.kind == "quote" else "")
        who = c.speaker or c.source or ""
        if c.hedge:
            who = f"{who} ({c.hedge})" if who else f"({c.hedge})"
        t.add_row(_where(c), says, value, who)
    return t


def render(report: Report, out: TextIO) -> None:
    con = console_for(out)
    by_id = {c.id: c for c in report.claims}
    counts = {s: sum(1 for f in report.findings if f.severity == s) for s in ("error", "warning", "info")}
    dated = sum(1 for a in report.articles if a.date)
    con.print(Text.assemble(
        ("claimcheck", "bold"), f": {len(report.articles)} articles ({dated} dated), {len(report.claims)} claims, "
        f"{len(report.groups)} groups; ",
        (_plural(counts["error"], "error"), SEVERITY_STYLE["error"] if counts["error"] else ""), ", ",
        (_plural(counts["warning"], "warning"), SEVERITY_STYLE["warning"] if counts["warning"] else ""), ", ",
        _plural(counts["info"], "note")))
    con.print()

    if report.findings:
        con.rule("Findings")
        for f in report.findings:
            con.print(Text.assemble((f.severity.upper(), SEVERITY_STYLE.get(f.severity, "")), f"  {f.rule}  ",
                                    (f.id, "dim")))
            con.print(Text(f.message), soft_wrap=False)
            con.print(_claims_table([by_id[i] for i in f.claims if i in by_id]))
            con.print()
    else:
        con.print("No disagreements found.")

    quantity_groups = [g for g in report.groups if g.kind != "quote"]
    quote_groups = [g for g in report.groups if g.kind == "quote"]
    if quantity_groups:
        con.print()
        con.rule("Groups: the same fact in several articles")
        for g in sorted(quantity_groups, key=_group_order):
            _print_group(con, g, by_id)
    if quote_groups:
        con.print()
        con.rule("Quotes: the same statement in several articles")
        for g in quote_groups:
            _print_group(con, g, by_id)


def _group_order(g: Group) -> tuple[int, str]:
    return ({"conflict": 0, "imprecise": 1}.get(g.verdict, 2), g.concept or "")


def _print_group(con: Console, g: Group, by_id: dict[str, Claim]) -> None:
    claims = sorted((by_id[i] for i in g.claims if i in by_id), key=lambda c: (c.article, c.start))
    label = g.concept or "?"
    if g.kind == "quote" and claims and claims[0].speaker:
        label = claims[0].speaker
    head = Text.assemble((g.verdict, VERDICT_STYLE.get(g.verdict, "")), f"  {g.kind}: {label}  ", (g.id, "dim"))
    con.print(head)
    con.print(_claims_table(claims))
