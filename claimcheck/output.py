"""Writing output so that it is never half-written: `-o FILE` goes to a temporary file in the
same folder, which replaces FILE only once everything is written."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO


@contextmanager
def opened(path: str | Path | None) -> Iterator[TextIO]:
    """stdout when `path` is None or "-", else an atomic file."""
    if path is None or str(path) == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        # Whatever went wrong, the old FILE stays as it was and no temp file is left behind.
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def write(path: str | Path | None, render: Callable[[TextIO], None]) -> None:
    with opened(path) as fh:
        render(fh)
