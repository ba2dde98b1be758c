"""``purgehist convert`` and ``purgehist validate``: read inputs, check them, write one output."""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import click

from purgehist import plugins
from purgehist.cli.group import cli
from purgehist.cli.messages import (
    echo_data_error,
    echo_problems,
    located,
    merged_origins,
    report_export,
    summary,
    visible,
)
from purgehist.cli.options import output_options, standard_output
from purgehist.cli.progress import TerminalProgress
from purgehist.diagnostics import Severity
from purgehist.errors import DataError, UsageError
from purgehist.wording import count

if TYPE_CHECKING:
    from purgehist.model.dataset import Dataset
    from purgehist.plugins.specs import ExporterSpec, ParseResult

__all__ = ["convert", "options_of", "read_all", "validate"]


def options_of(values: Sequence[str]) -> dict[str, object]:
    """``("a=1", "b=x")`` → ``{"a": "1", "b": "x"}``.

    :raises UsageError: a value without ``=``.
    """
    result: dict[str, object] = {}
    for value in values:
        key, sep, text = value.partition("=")
        if not sep or not key:
            msg = f"--option takes NAME=VALUE (got {value!r})"
            raise UsageError(msg)
        result[key.strip()] = text
    return result


def read_all(
    inputs: Sequence[Path],
    fmt: str | None,
    options: Mapping[str, object],
    bars: TerminalProgress,
    *,
    force: bool = False,
) -> tuple[Dataset, list[ParseResult]]:
    """Read every input, merged into one dataset in order, with a bar for long runs."""
    from purgehist import api

    results = []
    for done, path in enumerate(inputs):
        if len(inputs) > 1:
            bars.update("inputs", done, len(inputs), path.name)
        results.append(
            api.parse_file(
                path, fmt, options=options, progress=bars.callback(path.name), force=force
            )
        )
    dataset = results[0].dataset
    for result in results[1:]:
        dataset = dataset.merge(result.dataset)
    return dataset, results


def _default_target(source: Path, suffix: str) -> Path:
    """Beside the input, its name with the input format's suffix replaced:
    ``thesis.txt`` → ``thesis.tei.xml``, ``data.v2.json`` → ``data.v2.xlsx``."""
    name = source.name
    known = sorted((s for p in plugins.get_parsers().values() for s in p.suffixes), key=len)
    for known_suffix in reversed(known):
        if name.lower().endswith(known_suffix) and len(name) > len(known_suffix):
            name = name[: -len(known_suffix)]
            break
    return source.with_name(name + suffix)


def _exporter(to_format: str | None, output: Path | None) -> ExporterSpec:
    from purgehist import api

    if to_format is not None:
        return api.find_exporter(to_format)
    if output is None or str(output) == "-":
        msg = (
            "name the output format with --to, or give -o a file name whose suffix says it "
            "(-o thesis.tei.xml, -o data.xlsx; `purgehist formats` lists the suffixes)"
        )
        raise UsageError(msg)
    return api.exporter_for_path(output)


def _target(inputs: Sequence[Path], output: Path | None, spec: ExporterSpec) -> Path:
    """Where to write; never over, into or around an input (see :mod:`purgehist.output`)."""
    from purgehist.output import overlap

    target = output or _default_target(inputs[0], spec.suffix)
    why = overlap(target, inputs, folder=spec.export_directory is not None)
    if why is None:
        return target
    if output is None:
        msg = (
            f"{target}: the default output (beside the input, with the {spec.name} suffix "
            f"{spec.suffix}) {why}, and writing there would overwrite an input; "
            "name the output with -o"
        )
    else:
        place = "one of the inputs" if why == "is one of the inputs" else f"a place that {why}"
        msg = (
            f"{target}: -o names {place}, and writing there would overwrite an input; "
            "give -o another name"
        )
    raise UsageError(msg)


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@output_options(
    to_help="Output format (see `purgehist formats`); without it, the suffix of -o says: "
    ".tei.xml or .xml → tei, .xlsx → xlsx, .md → markdown, no suffix → a csv folder.",
    output_help="Output file; '-' for standard output. Without -o the output is written "
    "beside the first input, named after it with the format's suffix (thesis.txt → "
    "thesis.tei.xml).",
)
@click.option("--from", "from_format", help="Input format, when it cannot be guessed.")
@click.option(
    "--option",
    "-O",
    "option_values",
    multiple=True,
    metavar="NAME=VALUE",
    help="An option for the exporter (repeatable).",
)
@click.option(
    "--input-option",
    "-I",
    "input_values",
    multiple=True,
    metavar="NAME=VALUE",
    help="An option for the parser (repeatable).",
)
@click.option("--force", is_flag=True, help="Write even when the data has integrity errors.")
def convert(
    inputs: tuple[Path, ...],
    to_format: str | None,
    output: Path | None,
    from_format: str | None,
    option_values: tuple[str, ...],
    input_values: tuple[str, ...],
    force: bool,
) -> None:
    """Read INPUTS (merged into one dataset) and write them in another format.

    \b
    purgehist convert thesis.txt -o thesis.tei.xml
    purgehist convert great-purge.json --to xlsx    # writes great-purge.xlsx beside it
    """
    from purgehist import api

    spec = _exporter(to_format, output)
    to_stdout = output is not None and str(output) == "-"
    target = None if to_stdout else _target(inputs, output, spec)
    with TerminalProgress() as bars:
        dataset, results = read_all(
            inputs, from_format, options_of(input_values), bars, force=force
        )
    names = ", ".join(str(p) for p in inputs)
    read_problems = [p for result in results for p in result.problems]
    if not force and any(p.severity == Severity.ERROR for p in read_problems):
        # what a reader could not take in is missing from the dataset: as validate does,
        # refuse rather than write what is left
        raise DataError(
            read_problems, source=f"{names} (nothing written; --force writes what was read)"
        )
    for path, result in zip(inputs, results, strict=True):
        if result.problems:
            noun = count(len(result.problems), "problem")
            click.echo(f"{path}: {noun} while reading", err=True)
            echo_problems(result.problems)
    errors = [p for p in api.problems(dataset) if p.severity == Severity.ERROR]
    if errors and not force:
        where = f"the data of {names} (use --force to write anyway)"
        raise DataError(located(errors, dataset, merged_origins(results)), source=where)
    options = options_of(option_values)
    try:
        if target is None:
            report = api.export_stream(dataset, spec.name, standard_output(), options=options)
            report_export(report, "standard output")
            return
        report = api.export(dataset, spec.name, target, options=options, protect=inputs)
    except DataError as exc:
        # name what the refused data was read from, beside what it was to be written as
        where = exc.source or f"{spec.name} export"
        raise DataError(exc.problems, source=f"{where} of {names}") from None
    report_export(report, f"{target} ({spec.name})" if to_format is None else str(target))
    click.echo(summary(dataset), err=True)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--from", "from_format", help="Input format, when it cannot be guessed.")
@click.option("--strict", is_flag=True, help="Fail on warnings too.")
def validate(files: tuple[Path, ...], from_format: str | None, strict: bool) -> None:
    """Check FILES: that they parse, and that their data holds together.

    Each problem is named by its place: file:line, Sheet!Cell, or a JSON path.
    """
    from purgehist import api

    failed = usage_failed = False
    with TerminalProgress() as bars:
        for done, path in enumerate(files):
            if len(files) > 1:
                bars.update("files", done, len(files), path.name)
            try:
                result = api.parse_file(path, from_format, progress=bars.callback(path.name))
            except DataError as exc:
                echo_data_error(exc)
                failed = True
                continue
            except UsageError as exc:
                click.echo(f"purgehist: error: {visible(str(exc))}", err=True)
                usage_failed = True
                continue
            found = [
                *result.problems,
                *located(api.problems(result.dataset), result.dataset, result.origins),
            ]
            # Infos (stubs of records kept elsewhere) are shown but never fail, even with --strict.
            issues = [p for p in found if p.severity != Severity.INFO]
            infos = [p for p in found if p.severity == Severity.INFO]
            bad = [p for p in issues if strict or p.severity == Severity.ERROR]
            if issues:
                click.echo(f"{path}: {count(len(issues), 'problem')}", err=True)
                echo_problems(issues)
            else:
                click.echo(f"{path}: ok ({summary(result.dataset)})")
            if infos:
                click.echo(f"{path}: {count(len(infos), 'info')}", err=True)
                echo_problems(infos)
            failed = failed or bool(bad)
    if usage_failed:
        sys.exit(2)
    if failed:
        sys.exit(1)
