"""Reading a small UTF-8 file that the user named (configuration, baseline) with one clear
error for each way it can fail, raised as the caller's own error type. Only a regular file is
read, and at most MAX_BYTES of it: `--config /dev/zero` or a FIFO is refused, not read forever."""

from __future__ import annotations

from pathlib import Path

MAX_BYTES = 50_000_000  # a baseline of a very large corpus; no configuration comes near


def read_text(path: str | Path, what: str, error: type[Exception], missing_hint: str = "") -> str:
    from claimcheck.read.corpus import NotRegular, TooLarge, read_regular

    try:
        data = read_regular(path, MAX_BYTES)
    except FileNotFoundError:
        raise error(f"{path}: no such {what}{missing_hint}") from None
    except IsADirectoryError:
        raise error(f"{path}: is a folder, not a {what}") from None
    except NotRegular as exc:
        raise error(f"{path}: {exc}; a {what} must be a file") from None
    except TooLarge:
        raise error(f"{path}: too large for a {what} (over {MAX_BYTES:,} bytes)") from None
    except OSError as exc:
        raise error(f"{path}: cannot be read ({exc.strerror or exc})") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise error(f"{path}: not UTF-8 ({exc})") from None
