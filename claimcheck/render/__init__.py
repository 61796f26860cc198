"""Renderers: a `Report` in, text out. One module per format; `FORMATS` names them all."""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from claimcheck.api import Report

Renderer = Callable[[Report, TextIO], None]


def get(fmt: str) -> Renderer:
    if fmt == "text":
        from claimcheck.render.text import render
    elif fmt == "json":
        from claimcheck.render.json_ import render
    elif fmt == "jsonl":
        from claimcheck.render.json_ import render_lines as render
    elif fmt == "csv":
        from claimcheck.render.csv_ import render
    elif fmt == "sarif":
        from claimcheck.render.sarif import render
    elif fmt == "github":
        from claimcheck.render.github import render
    elif fmt == "html":
        from claimcheck.render.html import render
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return render


FORMATS = ("text", "json", "jsonl", "csv", "sarif", "github", "html")
