"""`claimcheck explain`: why two claims were put together, field by field."""

from __future__ import annotations

import json
from typing import TextIO

from rich.table import Table

from claimcheck.model import Claim, Finding
from claimcheck.reconcile.matching import FieldScore
from claimcheck.render.text import console_for
from claimcheck.reconcile.verdicts import describe

FRAME_FIELDS = ("quantity", "noun", "subject_text", "predicate", "object", "event", "mood", "present", "role", "base", "per",
                "part", "several", "breakdown", "split_whole", "previous", "aside", "actor", "actor_text", "owner",
                "owner_given", "place", "place_level", "time_text",
                "modifiers")


def render_text(f: Finding, a: Claim, b: Claim, same: bool, total: float, fields: list[FieldScore],
                out: TextIO) -> None:
    con = console_for(out)
    con.print(f"[bold]{f.rule}[/] ({f.severity})  {f.id}")
    con.print(f.message)
    frames = Table(title="the two claims", show_header=True, header_style="bold")
    frames.add_column("field")
    frames.add_column(f"{a.article}:{a.line}:{a.column}", overflow="fold")
    frames.add_column(f"{b.article}:{b.line}:{b.column}", overflow="fold")
    frames.add_row("text", a.text, b.text)
    frames.add_row("value", describe(a.value) if a.value else "", describe(b.value) if b.value else "")
    frames.add_row("concept", a.concept or "", b.concept or "")
    for key in FRAME_FIELDS:
        va, vb = a.frame.get(key), b.frame.get(key)
        if va or vb:
            frames.add_row(key, _show(va), _show(vb))
    frames.add_row("source", a.source or "", b.source or "")
    con.print(frames)
    scores = Table(title="why they were grouped", show_header=True, header_style="bold")
    scores.add_column("field")
    scores.add_column("score")
    scores.add_column("reading", overflow="fold")
    for fs in fields:
        score = "veto" if fs.veto else ("–" if fs.score is None else f"{fs.score:.2f}")
        scores.add_row(fs.field, score, fs.note)
    con.print(scores)
    con.print(f"weighted score {total:.2f}: {'the same fact' if same else 'not the same fact'}")


def _show(v: object) -> str:
    if isinstance(v, list):
        return ", ".join(map(str, v))
    return "" if v is None else str(v)


def render_json(f: Finding, a: Claim, b: Claim, same: bool, total: float, fields: list[FieldScore],
                out: TextIO) -> None:
    json.dump({"finding": f.to_dict(), "claims": [a.to_dict(), b.to_dict()], "same_fact": same, "score": total,
               "fields": [{"field": x.field, "score": x.score, "veto": x.veto, "note": x.note} for x in fields]},
              out, ensure_ascii=False, indent=2)
    out.write("\n")
