"""What the user sees while a command runs, on stderr: problems and warnings as lines, and
(only on a terminal) a transient progress bar for loading the model, parsing, reconciling."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Optional

from claimcheck.api import Watch
from claimcheck.cli.errors import err


class Phases:
    """What the user waits for, on stderr when it is a terminal: loading the model, parsing N
    articles (with rate and time left), reconciling. Transient: it leaves nothing behind."""

    def __init__(self, quiet: bool):
        self.bar = None
        if quiet or not sys.stderr.isatty():
            return
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn,
                                   TimeElapsedColumn, TimeRemainingColumn)

        self.bar = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                            TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TextColumn("left"),
                            TimeRemainingColumn(), console=Console(stderr=True), transient=True)
        self.task = None

    def __enter__(self) -> "Phases":
        if self.bar is not None:
            self.bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()

    def phase(self, text: str, total: Optional[int] = None) -> None:
        if self.bar is None:
            return
        if self.task is not None:
            self.bar.remove_task(self.task)
        self.task = self.bar.add_task(text, total=total, rate="")

    def advance(self, done: int, total: int) -> None:
        if self.bar is None or self.task is None:
            return
        elapsed = self.bar.tasks[-1].elapsed or 0
        rate = f"{done / elapsed:.1f} articles/s" if elapsed > 0 and done else ""
        self.bar.update(self.task, completed=done, total=total, rate=rate)


class Terminal(Watch):
    """The CLI's `api.Watch`: problems (errors always, warnings unless --quiet), warnings, and a
    progress bar per stage."""

    def __init__(self, quiet: bool):
        self.quiet = quiet

    def problems(self, problems) -> None:
        for p in problems:
            if p.level == "error" or not self.quiet:
                err(f"{p.level}: {p}")

    def warning(self, message: str) -> None:
        if not self.quiet:
            err(message)

    @contextmanager
    def stage(self) -> Iterator[Phases]:
        with Phases(self.quiet) as ph:
            yield ph
