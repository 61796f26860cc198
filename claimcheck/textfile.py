"""Reading a small UTF-8 file that the user named (configuration, baseline) with one clear
error for each way it can fail, raised as the caller's own error type."""

from __future__ import annotations

from pathlib import Path


def read_text(path: str | Path, what: str, error: type[Exception], missing_hint: str = "") -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise error(f"{path}: no such {what}{missing_hint}") from None
    except IsADirectoryError:
        raise error(f"{path}: is a folder, not a {what}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise error(f"{path}: cannot be read ({exc})") from None
