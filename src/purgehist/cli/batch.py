"""``purgehist batch``: many documents read (on Dask), converted, and merged into one corpus."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from purgehist.cli.convert import options_of
from purgehist.cli.group import cli
from purgehist.cli.progress import TerminalProgress

__all__ = ["batch"]

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


def _batch_options(function: _F) -> _F:
    for option in reversed(_OPTIONS):
        function = option(function)
    return function


@cli.command()
@_batch_options
def batch(
    inputs: tuple[str, ...], option_values: tuple[str, ...], input_values: tuple[str, ...],
    **settings: Any,
) -> None:  # fmt: skip
    """Convert many documents (in parallel, on Dask) and merge them into one corpus.

    A document that fails is reported and the others go on; a second run skips the documents
    that have not changed. Exit code 1 when some failed, 130 when interrupted.

    \b
    purgehist batch theses/ --to tei --out out/ --merge corpus.json
    purgehist batch @list.txt --out out/ --merge corpus.db --scheduler tcp://host:8786
    """
    from purgehist.corpus.execute import INSTALL_HINT, dask_installed
    from purgehist.corpus.report import failed_lines
    from purgehist.corpus.run import REPORT_NAME
    from purgehist.corpus.run import batch as run

    if not settings["serial"] and not dask_installed() and not settings["scheduler"]:
        click.echo(
            "note: Dask is not installed, so documents are read one at a time in this "
            f"process; for all cores or a cluster: {INSTALL_HINT}",
            err=True,
        )
    with TerminalProgress() as bars:
        report = run(
            list(inputs),
            out=settings["out"],
            to=settings["to_format"],
            merge=settings["merge"],
            from_format=settings["from_format"],
            input_options=options_of(input_values),
            export_options=options_of(option_values),
            force=settings["force"],
            workers=settings["workers"],
            scheduler=settings["scheduler"],
            serial=settings["serial"],
            retry_failed=settings["retry_failed"],
            title=settings["title"],
            progress=bars.callback("documents"),
        )
    for line in failed_lines(report.documents):
        click.echo(f"  failed: {line}", err=True)
    click.echo(report.summary(), err=True)
    click.echo(f"run report: {settings['out'].rstrip('/')}/{REPORT_NAME}", err=True)
    if report.interrupted:
        click.echo("interrupted: run the same command again to go on", err=True)
    sys.exit(report.exit_code)
