"""Built-in plugin: the ``purgehist report`` command."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import cast

import click

from purgehist import api
from purgehist.hookspecs import hookimpl
from purgehist.problems import Severity

__all__ = ["register_commands"]


@click.command("report")
@click.argument("dataset", type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="Output file (.html or .md); '-' or none: standard output.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["html", "markdown"]),
    default=None,
    help="Report format (default: from the output's suffix, else html).",
)
@click.option("--from", "from_format", help="Input format, when it cannot be guessed.")
def report_command(
    dataset: Path, output: Path | None, fmt: str | None, from_format: str | None
) -> None:
    """Write an evidence report of DATASET: grades by school, timeline, contested claims."""
    from purgehist.report import ReportFormat, format_for_path, render, write_report

    result = api.parse_file(dataset, from_format)
    errors = [p for p in result.problems if p.severity == Severity.ERROR]
    if errors:
        click.echo(f"{dataset}: {len(errors)} problem(s) while reading", err=True)
        for problem in errors[:20]:
            click.echo(f"  {problem}", err=True)
    chosen = cast("ReportFormat | None", fmt)
    if output is None or str(output) == "-":
        sys.stdout.write(render(result.dataset, chosen or "html"))
        return
    written = write_report(result.dataset, output, chosen or format_for_path(output))
    click.echo(f"wrote {output} ({written})", err=True)


@hookimpl
def register_commands(cli: click.Group) -> None:
    """Add ``purgehist report``."""
    cli.add_command(report_command)
