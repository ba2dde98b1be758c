"""``purgehist report``: the evidence report of a dataset, as HTML or Markdown."""

from __future__ import annotations

from pathlib import Path

import click

from purgehist.cli.group import cli
from purgehist.cli.messages import echo_problems
from purgehist.cli.options import standard_output
from purgehist.cli.progress import TerminalProgress
from purgehist.diagnostics import Severity
from purgehist.wording import count

__all__ = ["report_command"]


@cli.command("report")
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
    """Write an evidence report of DATASET: grades by school, timeline, contested claims.

    The HTML page is self-contained (inline styles and charts, nothing fetched): open it in
    any browser, or mail it.
    """
    from purgehist import api
    from purgehist.output import check_target

    if output is not None and str(output) != "-":
        check_target(output, [dataset], folder=False)
    with TerminalProgress() as bars:
        result = api.parse_file(dataset, from_format, progress=bars.callback(dataset.name))
    errors = [p for p in result.problems if p.severity == Severity.ERROR]
    if errors:
        click.echo(f"{dataset}: {count(len(errors), 'problem')} while reading", err=True)
        echo_problems(errors, limit=20)
    if output is None or str(output) == "-":
        api.export_stream(result.dataset, fmt or "html", standard_output())
        return
    chosen = fmt or ("markdown" if output.suffix.lower() in {".md", ".markdown"} else "html")
    api.export(result.dataset, chosen, output, protect=[dataset])
    click.echo(f"wrote {output} ({chosen})", err=True)
