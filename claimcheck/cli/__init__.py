"""The command line: thin typer commands over claimcheck.api.

    commands.py  the commands
    options.py   the options they share (one bundle) and how flags, claimcheck.toml and defaults combine
    output.py    baseline, writing the report, exit codes
    progress.py  problems, warnings and the progress bar on stderr
    errors.py    CliExit, error lines, the console script `main` (usage errors, Ctrl-C, closed pipes)
"""

from claimcheck.cli.commands import app
from claimcheck.cli.errors import main

__all__ = ["app", "main"]
