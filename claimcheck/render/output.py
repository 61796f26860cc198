"""Writing output so that it is never half-written: `-o FILE` goes to a temporary file in the
same folder, which replaces FILE only once everything is written. The file gets the mode any
new file gets (0666 less the umask), or keeps the mode of the file it replaces. A folder that
is missing or read-only is an `OutputError` naming FILE (one line, exit 2), not a traceback."""

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
    if not folder.is_dir():
        raise OutputError(f"{target}: cannot write: the folder {folder} does not exist")
    if target.is_dir():
        raise OutputError(f"{target}: is a folder, not a file")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write in {folder} ({exc.strerror or exc})") from None
    try:
        os.chmod(tmp, _mode_for(target))
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        _discard(tmp)
        if isinstance(exc, BrokenPipeError):
            raise
        raise OutputError(f"{target}: cannot write ({exc.strerror or exc})") from None
    except BaseException:
        # Whatever went wrong, the old FILE stays as it was and no temp file is left behind.
        _discard(tmp)
        raise


class OutputError(Exception):
    """The output file cannot be written; the message names it and says why."""


def _discard(tmp: str) -> None:
    try:
        os.unlink(tmp)
    except FileNotFoundError:
        pass


def _mode_for(target: Path) -> int:
    """The mode of the file being replaced, else what open() would give a new file."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write(path: str | Path | None, render: Callable[[TextIO], None]) -> None:
    with opened(path) as fh:
        render(fh)
