"""The command line: thin typer commands over claimcheck.api."""

from claimcheck.cli.commands import app, main

__all__ = ["app", "main"]
