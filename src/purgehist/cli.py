"""The ``purgehist`` command line: convert, validate, info, formats, schema, example, batch."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, NoReturn

import click

from purgehist import api, plugins
from purgehist.corpus.command import batch_options
from purgehist.diagnostics import Problem, Severity
from purgehist.errors import DataError, PurgehistError, UsageError
from purgehist.model.dataset import Dataset
from purgehist.plugins.specs import ExportResult, OptionSpec, ParseResult

__all__ = ["cli", "main"]


def _options(values: Sequence[str]) -> dict[str, object]:
    result: dict[str, object] = {}
    for value in values:
        key, sep, text = value.partition("=")
        if not sep or not key:
            msg = f"--option takes NAME=VALUE (got {value!r})"
            raise UsageError(msg)
        result[key.strip()] = text
    return result


def _echo_problems(problems: Sequence[Problem], *, limit: int = 50) -> None:
    for problem in problems[:limit]:
        click.echo(f"  {problem}", err=True)
    if len(problems) > limit:
        click.echo(f"  … and {len(problems) - limit} more", err=True)


def _echo_data_error(error: DataError, *, limit: int = 50) -> None:
    count = len(error.problems)
    noun = "problem" if count == 1 else "problems"
    head = f"{error.source}: " if error.source else ""
    click.echo(f"purgehist: {head}{count} {noun}", err=True)
    _echo_problems(error.problems, limit=limit)


def _read_all(
    inputs: Sequence[Path], fmt: str | None, options: Mapping[str, object]
) -> tuple[Dataset, list[ParseResult]]:
    results = [api.parse_file(path, fmt, options=options) for path in inputs]
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


def _summary(dataset: Dataset) -> str:
    counts = dataset.counts()
    return ", ".join(f"{n} {name}" for name, n in counts.items() if n) or "empty"


def _report_export(report: ExportResult, target: str) -> None:
    click.echo(f"wrote {target}", err=True)
    if report.warnings:
        click.echo(f"{len(report.warnings)} warning(s) from the exporter:", err=True)
        _echo_problems(report.warnings)


class _PluginGroup(click.Group):
    """The top-level group; plugins' commands are added the first time commands are looked up,
    so that they are there however the group is invoked (``main``, click's test runner…)."""

    _plugins_added = False

    def _add_plugins(self) -> None:
        if not self._plugins_added:
            self._plugins_added = True
            plugins.default_plugin_manager().hook.register_commands(cli=self)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        self._add_plugins()
        return super().get_command(ctx, cmd_name)

    def list_commands(self, ctx: click.Context) -> list[str]:
        self._add_plugins()
        return super().list_commands(ctx)


@click.group(cls=_PluginGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="purgehist")
def cli() -> None:
    """purgehist: historians' claims, stances and graded evidence as structured data."""


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--to", "to_format", required=True, help="Output format (see `purgehist formats`).")
@click.option(
    "-o", "--output", type=click.Path(path_type=Path), help="Output file; '-' for stdout."
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
    to_format: str,
    output: Path | None,
    from_format: str | None,
    option_values: tuple[str, ...],
    input_values: tuple[str, ...],
    force: bool,
) -> None:
    """Read INPUTS (merged into one dataset) and write them in another format."""
    spec = api.find_exporter(to_format)
    dataset, results = _read_all(inputs, from_format, _options(input_values))
    for path, result in zip(inputs, results, strict=True):
        if result.problems:
            click.echo(f"{path}: {len(result.problems)} problem(s) while reading", err=True)
            _echo_problems(result.problems)
    errors = [p for p in api.problems(dataset) if p.severity == Severity.ERROR]
    if errors and not force:
        raise DataError(errors, source="dataset (use --force to write anyway)")
    options = _options(option_values)
    if output is not None and str(output) == "-":
        report = api.export_stream(dataset, to_format, sys.stdout.buffer, options=options)
        _report_export(report, "standard output")
        return
    target = output or _default_target(inputs[0], spec.suffix)
    if any(target.exists() and target.resolve() == path.resolve() for path in inputs):
        msg = f"{target}: writing there would overwrite an input; name the output with -o"
        raise UsageError(msg)
    report = api.export(dataset, to_format, target, options=options)
    _report_export(report, str(target))
    click.echo(_summary(dataset), err=True)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--from", "from_format", help="Input format, when it cannot be guessed.")
@click.option("--strict", is_flag=True, help="Fail on warnings too.")
def validate(files: tuple[Path, ...], from_format: str | None, strict: bool) -> None:
    """Check FILES: that they parse, and that their data holds together."""
    failed = usage_failed = False
    for path in files:
        try:
            result = api.parse_file(path, from_format)
        except DataError as exc:
            _echo_data_error(exc)
            failed = True
            continue
        except UsageError as exc:
            click.echo(f"purgehist: error: {exc}", err=True)
            usage_failed = True
            continue
        found = [*result.problems, *api.problems(result.dataset)]
        bad = [p for p in found if strict or p.severity == Severity.ERROR]
        if found:
            click.echo(f"{path}: {len(found)} problem(s)", err=True)
            _echo_problems(found)
        else:
            click.echo(f"{path}: ok ({_summary(result.dataset)})")
        failed = failed or bool(bad)
    if usage_failed:
        sys.exit(2)
    if failed:
        sys.exit(1)


def _jsonable(value: object) -> Any:
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return str(value)


@cli.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--from", "from_format", help="Input format, when it cannot be guessed.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def info(file: Path, from_format: str | None, as_json: bool) -> None:
    """Counts, the parser's report and the problems of FILE."""
    result = api.parse_file(file, from_format)
    found = [*result.problems, *api.problems(result.dataset)]
    if as_json:
        payload = {
            "file": str(file),
            "counts": result.dataset.counts(),
            "stats": _jsonable(result.stats),
            "problems": [
                {
                    "severity": str(p.severity),
                    "code": p.code,
                    "location": p.location,
                    "message": p.message,
                }
                for p in found
            ],
        }
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    click.echo(f"{file}: {result.dataset.metadata.title}")
    for name, count in result.dataset.counts().items():
        click.echo(f"  {name:<10} {count:>7}")
    if result.stats:
        click.echo("report:")
        for key, value in result.stats.items():
            if key in result.dataset.counts():
                continue
            click.echo(f"  {key}: {_jsonable(value)}")
    errors = sum(p.severity == Severity.ERROR for p in found)
    click.echo(f"problems: {errors} error(s), {len(found) - errors} warning(s)")
    _echo_problems(found, limit=20)


def _option_help(option: OptionSpec) -> str:
    if option.default in (None, "") or "default" in option.help:
        return option.help
    return f"{option.help} (default: {option.default})"


@cli.command()
def formats() -> None:
    """List input and output formats and evidence grades, built-in and from plugins."""
    versions = plugins.plugin_versions()

    def origin(plugin: str) -> str:
        if plugin.startswith("purgehist."):
            return "built-in"
        version = versions.get(plugin)
        return f"plugin {plugin} {version}" if version else f"plugin {plugin}"

    click.echo("Input formats:")
    for name, parser in plugins.get_parsers().items():
        suffixes = " ".join(parser.suffixes)
        click.echo(f"  {name:<12} {suffixes:<18} {parser.description} [{origin(parser.plugin)}]")
        for option in parser.options:
            click.echo(f"      -I {option.name}=…  {_option_help(option)}")
    click.echo("Output formats:")
    for name, exporter in plugins.get_exporters().items():
        click.echo(
            f"  {name:<12} {exporter.suffix:<18} {exporter.description} [{origin(exporter.plugin)}]"
        )
        for option in exporter.options:
            click.echo(f"      -O {option.name}=…  {_option_help(option)}")
    click.echo("Evidence grades:")
    for name, grade in plugins.get_grades().items():
        click.echo(f"  {name:<18} {grade.description}")


@cli.command()
def schema() -> None:
    """Print the JSON Schema of purgehist's JSON format."""
    from purgehist.formats.json.schema import schema_text

    click.echo(schema_text(), nl=False)


@cli.command()
@click.option(
    "--to", "to_format", default=None, help="Output format (default: tei if installed, else json)."
)
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Output file.")
def example(to_format: str | None, output: Path | None) -> None:
    """Convert the bundled Great Purge dataset and print a summary of the debate."""
    from purgehist.examples import example_dataset
    from purgehist.summary import summarise

    dataset = example_dataset()
    exporters = plugins.get_exporters()
    fmt = to_format or ("tei" if "tei" in exporters else "json")
    spec = api.find_exporter(fmt)
    target = output or Path(f"great-purge{spec.suffix}")
    report = api.export(dataset, fmt, target)
    click.echo(summarise(dataset))
    _report_export(report, str(target))


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
    """Write an evidence report of DATASET: grades by school, timeline, contested claims."""
    result = api.parse_file(dataset, from_format)
    errors = [p for p in result.problems if p.severity == Severity.ERROR]
    if errors:
        click.echo(f"{dataset}: {len(errors)} problem(s) while reading", err=True)
        for problem in errors[:20]:
            click.echo(f"  {problem}", err=True)
    if output is None or str(output) == "-":
        api.export_stream(result.dataset, fmt or "html", sys.stdout.buffer)
        return
    chosen = fmt or "markdown" if output.suffix.lower() in {".md", ".markdown"} else "html"
    api.export(result.dataset, chosen, output)
    click.echo(f"wrote {output} ({chosen})", err=True)


@cli.command("batch")
@batch_options
def batch(option_values: tuple[str, ...], input_values: tuple[str, ...], **settings: Any) -> None:
    """Convert many documents (in parallel, on Dask) and merge them into one corpus."""
    from purgehist.corpus.command import run_batch

    options, input_options = _options(option_values), _options(input_values)
    sys.exit(run_batch(export_options=options, input_options=input_options, **settings))


def main(argv: Sequence[str] | None = None) -> NoReturn:
    """Run the command line; user errors become a message and an exit code, not a traceback."""
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
        _echo_data_error(exc)
        sys.exit(exc.exit_code)
    except PurgehistError as exc:
        click.echo(f"purgehist: error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        click.echo(f"purgehist: error: {where}{exc.strerror or exc}", err=True)
        sys.exit(1)
    except Exception as exc:  # the last guard: a bug must not end in a traceback
        if os.environ.get("PURGEHIST_DEBUG"):
            raise
        click.echo(
            f"purgehist: internal error: {type(exc).__name__}: {exc}\n"
            "This is a bug in purgehist or a plugin; run again with PURGEHIST_DEBUG=1 to see "
            "the traceback, and please report it.",
            err=True,
        )
        sys.exit(70)
    sys.exit(0)


if __name__ == "__main__":
    main()
