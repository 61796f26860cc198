"""Renderers: a `Report` in, text out. One module per format, registered here once: `FORMATS`
names them all (the CLI's --format choices and claimcheck.toml's `format` are built from it),
`CLAIM_FORMATS` those that can print the claims alone (`extract`)."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import TextIO

from claimcheck.model import Report

Renderer = Callable[[Report, TextIO], None]

# format -> (module under claimcheck.render, function for a report, function for claims only).
# Modules are imported on use: the HTML one pulls in Jinja2, the text one rich.
_REGISTRY: dict[str, tuple[str, str, str | None]] = {
    "text": ("text", "render", None),
    "json": ("json_", "render", "render_claims"),
    "jsonl": ("json_", "render_lines", "render_claim_lines"),
    "csv": ("csv_", "render", "render_claims"),
    "sarif": ("sarif", "render", None),
    "github": ("github", "render", None),
    "html": ("html", "render", None),
}
FORMATS = tuple(_REGISTRY)
CLAIM_FORMATS = tuple(f for f, (_, _, claims) in _REGISTRY.items() if claims)


def get(fmt: str, *, claims_only: bool = False) -> Renderer:
    """The renderer of `fmt`; with `claims_only`, the one that leaves groups and findings out."""
    try:
        module, full, claims = _REGISTRY[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}") from None
    name = claims if claims_only else full
    if name is None:
        raise ValueError(f"format {fmt!r} cannot print claims alone")
    return getattr(import_module(f"claimcheck.render.{module}"), name)
