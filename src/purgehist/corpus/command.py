"""The ``purgehist batch`` command's options and what it prints; :mod:`purgehist.cli`
registers it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import click

__all__ = ["batch_options", "run_batch"]

_F = TypeVar("_F", bound=Callable[..., Any])

_OPTIONS = (
    click.argument("inputs", nargs=-1, required=True),
    click.option(
        "--out",
        required=True,
        help="Output folder (a path or an fsspec URL): the per-document outputs, the run "
        "report batch-report.json and the resume state.",
    ),
    click.option("--to", "to_format", help="Format of the per-document outputs (default: none)."),
    click.option(
        "--merge",
        help="Merge every document into one corpus written here, in the format its suffix "
        "says (.json, .db for SQLite…); the merge log goes beside it.",
    ),
    click.option("--from", "from_format", help="Input format, when it cannot be guessed."),
    click.option(
        "--option", "-O", "option_values", multiple=True, metavar="NAME=VALUE",
        help="An option for the exporter (repeatable).",
    ),
    click.option(
        "--input-option", "-I", "input_values", multiple=True, metavar="NAME=VALUE",
        help="An option for the parser (repeatable).",
    ),
    click.option("--force", is_flag=True, help="Write outputs even with integrity errors."),
    click.option(
        "--workers", type=click.IntRange(min=1),
        help="Worker processes of the local Dask cluster (default: one per core).",
    ),
    click.option(
        "--scheduler", metavar="ADDRESS",
        help="Run on the Dask cluster at ADDRESS (tcp://host:8786); default: the Dask "
        "configuration (DASK_SCHEDULER_ADDRESS), else a local cluster.",
    ),
    click.option("--serial", is_flag=True, help="Read in this process, one at a time (no Dask)."),
    click.option("--retry-failed", is_flag=True, help="Try again documents that failed last time."),
    click.option("--title", help="Title of the merged corpus."),
)  # fmt: skip


def batch_options(function: _F) -> _F:
    """Give *function* the options of ``purgehist batch``."""
    for option in reversed(_OPTIONS):
        function = option(function)
    return function


def run_batch(
    *,
    inputs: tuple[str, ...],
    input_options: Mapping[str, object],
    export_options: Mapping[str, object],
    **settings: Any,
) -> int:
    """Run the batch the command line asks for; print its summary and failures to standard
    error; return the exit code (0 all done, 1 some failed, 130 interrupted)."""
    from purgehist.corpus.execute import INSTALL_HINT, dask_installed
    from purgehist.corpus.report import failed_lines
    from purgehist.corpus.run import REPORT_NAME, batch

    if not settings["serial"] and not dask_installed() and not settings["scheduler"]:
        click.echo(
            "note: Dask is not installed, so documents are read one at a time in this "
            f"process; for all cores or a cluster: {INSTALL_HINT}",
            err=True,
        )
    report = batch(
        list(inputs),
        out=settings["out"],
        to=settings["to_format"],
        merge=settings["merge"],
        from_format=settings["from_format"],
        input_options=input_options,
        export_options=export_options,
        force=settings["force"],
        workers=settings["workers"],
        scheduler=settings["scheduler"],
        serial=settings["serial"],
        retry_failed=settings["retry_failed"],
        title=settings["title"],
    )
    for line in failed_lines(report.documents):
        click.echo(f"  failed: {line}", err=True)
    click.echo(report.summary(), err=True)
    click.echo(f"run report: {settings['out'].rstrip('/')}/{REPORT_NAME}", err=True)
    if report.interrupted:
        click.echo("interrupted: run the same command again to go on", err=True)
    return report.exit_code
