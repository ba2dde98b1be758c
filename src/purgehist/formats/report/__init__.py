"""Built-in format: the evidence report (HTML with inline charts, or Markdown), and the
``purgehist report`` command that writes it."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from purgehist.plugins.hookspecs import hookimpl
from purgehist.plugins.specs import ExporterSpec, RegisterExporter, deferred

__all__ = ["register_commands", "register_exporters"]

_SUFFIXES = {".html": "html", ".htm": "html", ".md": "markdown", ".markdown": "markdown"}


def _exporter(fmt: str) -> ExporterSpec:
    html = fmt == "html"
    return ExporterSpec(
        name=fmt,
        description=(
            "evidence report: a self-contained HTML page with charts"
            if html
            else "evidence report in Markdown"
        ),
        suffix=".html" if html else ".md",
        media_type="text/html" if html else "text/markdown",
        export=deferred(f"purgehist.formats.report.render:export_{fmt}"),
    )


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
    from purgehist import api
    from purgehist.diagnostics import Severity

    result = api.parse_file(dataset, from_format)
    errors = [p for p in result.problems if p.severity == Severity.ERROR]
    if errors:
        click.echo(f"{dataset}: {len(errors)} problem(s) while reading", err=True)
        for problem in errors[:20]:
            click.echo(f"  {problem}", err=True)
    if output is None or str(output) == "-":
        api.export_stream(result.dataset, fmt or "html", sys.stdout.buffer)
        return
    chosen = fmt or _SUFFIXES.get(output.suffix.lower(), "html")
    api.export(result.dataset, chosen, output)
    click.echo(f"wrote {output} ({chosen})", err=True)


@hookimpl
def register_exporters(register: RegisterExporter) -> None:
    """Register the ``html`` and ``markdown`` report formats."""
    register(_exporter("html"))
    register(_exporter("markdown"))


@hookimpl
def register_commands(cli: click.Group) -> None:
    """Add ``purgehist report``."""
    cli.add_command(report_command)
