"""``main``: runs the command line, turning every error into a message and an exit code."""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Sequence
from typing import NoReturn

import click

from purgehist.cli.group import cli
from purgehist.cli.messages import echo_data_error, visible
from purgehist.errors import DataError, PurgehistError

__all__ = ["EXIT_CODES", "main"]

EXIT_CODES: dict[int, str] = {
    0: "success",
    1: "invalid data (every problem is listed, with its place)",
    2: "usage error: unknown format or option, missing file, an output that would overwrite "
    "an input; or a broken plugin",
    70: "internal error: a bug in purgehist or a plugin (PURGEHIST_DEBUG=1 shows the traceback)",
    129: "stopped by SIGHUP (nothing half-written is left)",
    130: "interrupted (Ctrl-C; nothing half-written is left)",
    143: "stopped by SIGTERM (nothing half-written is left)",
}
"""What each exit status of ``purgehist`` means (the README lists them too)."""


def _on_signal(signum: int, _frame: object) -> None:
    """A termination signal unwinds like an exception, so outputs being written are removed."""
    raise SystemExit(128 + signum)


def _catch_termination() -> None:
    for name in ("SIGTERM", "SIGHUP"):
        number = getattr(signal, name, None)
        if number is not None and signal.getsignal(number) == signal.SIG_DFL:
            signal.signal(number, _on_signal)


def main(argv: Sequence[str] | None = None) -> NoReturn:
    """Run the command line; user errors become a message and an exit code, not a traceback."""
    _catch_termination()
    try:
        cli.main(
            args=list(argv) if argv is not None else None,
            prog_name="purgehist",
            standalone_mode=False,
        )
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except DataError as exc:
        echo_data_error(exc)
        sys.exit(exc.exit_code)
    except PurgehistError as exc:
        click.echo(f"purgehist: error: {visible(str(exc))}", err=True)
        sys.exit(exc.exit_code)
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        click.echo(f"purgehist: error: {visible(f'{where}{exc.strerror or exc}')}", err=True)
        sys.exit(1)
    except Exception as exc:  # the last guard: a bug must not end in a traceback
        if os.environ.get("PURGEHIST_DEBUG"):
            raise
        click.echo(
            f"purgehist: internal error: {type(exc).__name__}: {visible(str(exc))}\n"
            "This is a bug in purgehist or a plugin; run again with PURGEHIST_DEBUG=1 to see "
            "the traceback, and please report it.",
            err=True,
        )
        sys.exit(70)
    sys.exit(0)
