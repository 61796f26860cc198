"""How a command ends: one line on stderr and an exit code, never a traceback.

Exit codes: 0 done, 1 findings at or above --fail-on, 2 bad usage or bad input, 130 interrupted.
`CliExit` is claimcheck's own (typer.Exit is typer's: a command raises CliExit anywhere below it,
and `guarded` turns it, and every error claimcheck knows, into typer.Exit with the code)."""

from __future__ import annotations

import functools
import sys
from typing import Optional

import typer


class CliExit(Exception):
    """Leave with a message on stderr and an exit code; raised anywhere below a command."""

    def __init__(self, code: int, message: str = ""):
        super().__init__(message)
        self.code, self.message = code, message


def err(message: str) -> None:
    typer.echo(f"claimcheck: {message}", err=True)


def guarded(fn):
    """Turn claimcheck's own failures into one line on stderr and an exit code: CliExit and
    api.RunError carry their code; a missing model, a broken rules, config, store or baseline
    file, an output that cannot be written are bad input (2)."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        from claimcheck.api import RunError
        from claimcheck.lang.rules import RulesError
        from claimcheck.errors import ModelNotFound, SchedulerError
        from claimcheck.render.output import OutputError
        from claimcheck.settings import ConfigError
        from claimcheck.store.baseline import BaselineError
        from claimcheck.store.store import StoreError

        try:
            return fn(*args, **kwargs)
        except CliExit as e:
            if e.message:
                err(e.message)
            raise typer.Exit(e.code) from None
        except RunError as e:
            if str(e):
                err(str(e))
            raise typer.Exit(e.code) from None
        except (ModelNotFound, RulesError, ConfigError, StoreError, BaselineError, OutputError, SchedulerError) as e:
            err(str(e))
            raise typer.Exit(2) from None

    return wrapper


def main(argv: Optional[list[str]] = None) -> None:
    """The console script. Usage errors read like claimcheck's own errors (one line, exit 2),
    Ctrl-C is one line and exit 130, a closed pipe is not an error."""
    from claimcheck.cli.commands import app

    cx = _click_exceptions()
    command = typer.main.get_command(app)
    try:
        code = command.main(args=argv, prog_name="claimcheck", standalone_mode=False)
    except cx.NoArgsIsHelpError as e:
        typer.echo(e.ctx.get_help() if e.ctx else "", err=True)
        code = 2
    except cx.UsageError as e:
        where = e.ctx.command_path if e.ctx else "claimcheck"
        err(f"{usage_message(e)} (see `{where} -h`)")
        code = 2
    except (KeyboardInterrupt, _abort()):
        _interrupted()
    except BrokenPipeError:
        # `claimcheck report ... | head`: the reader left; that is not an error.
        _quiet_exit(0)
    except SystemExit as e:
        if isinstance(e.__context__, BrokenPipeError):  # rich's own reaction to a closed pipe
            _quiet_exit(0)
        raise
    except cx.ClickException as e:
        err(e.format_message())
        code = e.exit_code
    if code == 130:  # typer turns Ctrl-C inside a command into exit code 130
        _interrupted()
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _quiet_exit(0)
    sys.exit(code if isinstance(code, int) else 0)


def _click_exceptions():
    try:  # typer 0.2x carries its own copy of click
        from typer._click import exceptions
    except ImportError:  # pragma: no cover
        from click import exceptions
    return exceptions


def _abort() -> type[BaseException]:
    abort = getattr(typer, "Abort", None) or getattr(_click_exceptions(), "Abort", None)
    return abort if isinstance(abort, type) else KeyboardInterrupt


def usage_message(e) -> str:
    """Click's message without its Python spellings ("Value error, ...", "Missing parameter")."""
    cx = _click_exceptions()
    msg = e.format_message()
    param = getattr(e, "param", None)
    if isinstance(e, cx.MissingParameter) and param is not None:
        if getattr(param, "param_type_name", "") == "argument":
            msg = f"missing {(param.metavar or param.name or 'argument').strip('.').upper()}"
        else:
            msg = f"{'/'.join(param.opts)} is required"
    elif isinstance(e, cx.BadParameter) and param is not None:
        names = "/".join(sorted(param.opts, key=len, reverse=True)) if param.opts else (param.metavar or param.name)
        detail = str(getattr(e, "message", "") or msg)
        for noise in ("Value error, ", "Assertion failed, "):
            detail = detail.replace(noise, "")
        msg = f"{names}: {detail}"
    return msg.rstrip(".")


def _interrupted() -> None:
    try:
        sys.stdout.flush()
    except Exception:
        pass
    sys.stderr.write("\nclaimcheck: interrupted\n")
    sys.stderr.flush()
    _quiet_exit(130)


def _quiet_exit(code: int) -> None:
    # Nothing more on the way out: no "Exception ignored" from flushing a closed pipe.
    import os

    try:
        sys.stderr.flush()
    except Exception:
        pass
    os._exit(code)
