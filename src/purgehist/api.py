"""The public entry points: parse any registered input format, export to any output format."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import BinaryIO

import pluggy

from purgehist.checks import problems as _check
from purgehist.diagnostics import Problem, Severity
from purgehist.errors import DataError, UsageError
from purgehist.model.dataset import Dataset
from purgehist.output import atomic_directory, atomic_write
from purgehist.plugins.manager import get_exporters, get_parsers, make_context
from purgehist.plugins.specs import (
    ExporterSpec,
    ExportResult,
    OptionSpec,
    ParseResult,
    ParserSpec,
)

__all__ = [
    "export",
    "export_stream",
    "find_exporter",
    "guess_parser",
    "parse",
    "parse_file",
    "parse_stream",
    "problems",
    "validate",
]

_SNIFF_BYTES = 4096


def _unknown(kind: str, name: str, available: Sequence[str]) -> UsageError:
    hint = difflib.get_close_matches(name, available, n=1)
    did_you_mean = f" (did you mean {hint[0]!r}?)" if hint else ""
    return UsageError(
        f"unknown {kind} format {name!r}; available: {', '.join(available)}{did_you_mean}"
    )


def guess_parser(path: Path, parsers: Mapping[str, ParserSpec]) -> ParserSpec:
    """Pick the parser for *path*: by suffix, then, among several or none, by content.

    :raises UsageError: no parser, or the file cannot be read.
    """
    if path.is_dir():
        folder = [p for p in parsers.values() if p.reads_directories]
        if len(folder) == 1:
            return folder[0]
    name = path.name.lower()
    candidates = [p for p in parsers.values() if any(name.endswith(s) for s in p.suffixes)]
    if len(candidates) == 1:
        return candidates[0]
    head = b""
    if path.is_file():
        with path.open("rb") as stream:
            head = stream.read(_SNIFF_BYTES)
    for spec in candidates or list(parsers.values()):
        if spec.sniff is not None and spec.sniff(head):
            return spec
    if candidates:
        return candidates[0]
    names = ", ".join(parsers)
    msg = f"{path}: cannot tell the input format; name it with --from (available: {names})"
    raise UsageError(msg)


def _coerce_options(
    specs: Sequence[OptionSpec], given: Mapping[str, object], where: str
) -> dict[str, object]:
    known = {o.name: o for o in specs}
    result: dict[str, object] = {o.name: o.default for o in specs}
    for key, value in given.items():
        option = known.get(key)
        if option is None:
            names = ", ".join(known) or "none"
            msg = f"{where} has no option {key!r} (options: {names})"
            raise UsageError(msg)
        result[key] = _coerce(option, value, where)
    return result


def _coerce(option: OptionSpec, value: object, where: str) -> object:
    if not isinstance(value, str) or option.default is None or isinstance(option.default, str):
        return value
    if isinstance(option.default, bool):
        lowered = value.lower()
        if lowered in {"1", "true", "yes", "on"}:
            return True
        if lowered in {"0", "false", "no", "off"}:
            return False
    elif isinstance(option.default, int):
        try:
            return int(value)
        except ValueError:
            pass
    kind = type(option.default).__name__
    msg = f"{where} option {option.name!r} takes a {kind} (got {value!r})"
    raise UsageError(msg)


def parse_file(
    path: str | Path,
    format: str | None = None,
    *,
    options: Mapping[str, object] | None = None,
    pm: pluggy.PluginManager | None = None,
) -> ParseResult:
    """Read *path* with the parser for *format* (guessed when ``None``), keeping the report.

    :raises UsageError: unknown format, missing file.
    :raises DataError: the input is invalid; every problem is listed with its place.
    """
    path = Path(path)
    if not path.exists():
        msg = f"{path}: no such file or directory"
        raise UsageError(msg)
    parsers = get_parsers(pm)
    if format is None:
        spec = guess_parser(path, parsers)
    elif format in parsers:
        spec = parsers[format]
    else:
        raise _unknown("input", format, list(parsers))
    if path.is_dir() and not spec.reads_directories:
        msg = f"{path}: is a folder; the {spec.name} format reads a file"
        raise UsageError(msg)
    where = f"input format {spec.name!r}"
    try:
        return spec.parse(
            path, _coerce_options(spec.options, options or {}, where), make_context(pm)
        )
    except (OSError, RecursionError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        if isinstance(exc, RecursionError):
            reason = "nested too deeply to read"
        problem = Problem(code="unreadable", message=f"cannot read: {reason}", location=str(path))
        raise DataError([problem], source=str(path)) from None


def parse(
    path: str | Path,
    format: str | None = None,
    *,
    options: Mapping[str, object] | None = None,
    pm: pluggy.PluginManager | None = None,
) -> Dataset:
    """Read a dataset from *path*, in *format* or the format its name and content suggest."""
    return parse_file(path, format, options=options, pm=pm).dataset


def parse_stream(
    stream: BinaryIO,
    format: str,
    *,
    options: Mapping[str, object] | None = None,
    pm: pluggy.PluginManager | None = None,
) -> ParseResult:
    """Read an open binary stream in *format* (which cannot be guessed from a name).

    :raises UsageError: unknown format, or a format that reads folders only.
    :raises DataError: the input is invalid; every problem is listed with its place.
    """
    parsers = get_parsers(pm)
    if format not in parsers:
        raise _unknown("input", format, list(parsers))
    spec = parsers[format]
    where = f"input format {spec.name!r}"
    return spec.parse(stream, _coerce_options(spec.options, options or {}, where), make_context(pm))


def find_exporter(format: str, pm: pluggy.PluginManager | None = None) -> ExporterSpec:
    """The exporter registered for *format*.

    :raises UsageError: naming the available formats and the closest match.
    """
    exporters = get_exporters(pm)
    if format not in exporters:
        raise _unknown("export", format, list(exporters))
    return exporters[format]


def export(
    dataset: Dataset,
    format: str,
    path: str | Path,
    *,
    options: Mapping[str, object] | None = None,
    pm: pluggy.PluginManager | None = None,
) -> ExportResult:
    """Write *dataset* to *path* in *format*, atomically.

    Formats that can be written as a folder (CSV data packages) are when *path* is a new name
    without a suffix, or an existing folder that holds only such output (or nothing).

    :raises UsageError: unknown format, or *path* cannot be written (it names why).
    """
    spec = find_exporter(format, pm)
    path = Path(path)
    opts = _coerce_options(spec.options, options or {}, f"export format {spec.name!r}")
    as_folder = spec.export_directory is not None and (
        path.is_dir() or (not path.exists() and not path.suffix)
    )
    try:
        if as_folder and spec.export_directory is not None:
            with atomic_directory(path, replaceable=_replaceable(spec)) as folder:
                return spec.export_directory(dataset, folder, opts, make_context(pm))
        if path.is_dir():
            msg = f"{path}: is a folder; give a file name for the {spec.name} output"
            raise UsageError(msg)
        with atomic_write(path) as stream:
            return spec.export(dataset, stream, opts, make_context(pm))
    except FileExistsError:
        msg = (
            f"{path}: exists and holds more than {spec.name} output; "
            "choose a new name or remove it first"
        )
        raise UsageError(msg) from None
    except OSError as exc:
        msg = f"{path}: cannot write here: {exc.strerror or exc}"
        raise UsageError(msg) from None


def _replaceable(spec: ExporterSpec) -> Callable[[Path], bool]:
    def replaceable(folder: Path) -> bool:
        if not any(folder.iterdir()):
            return True
        return spec.owns_directory is not None and spec.owns_directory(folder)

    return replaceable


def export_stream(
    dataset: Dataset,
    format: str,
    stream: BinaryIO,
    *,
    options: Mapping[str, object] | None = None,
    pm: pluggy.PluginManager | None = None,
) -> ExportResult:
    """Write *dataset* in *format* to an open binary stream."""
    spec = find_exporter(format, pm)
    opts = _coerce_options(spec.options, options or {}, f"export format {spec.name!r}")
    return spec.export(dataset, stream, opts, make_context(pm))


def problems(dataset: Dataset, *, pm: pluggy.PluginManager | None = None) -> list[Problem]:
    """Everything wrong with *dataset* (see :func:`purgehist.checks.problems`), accepting the
    evidence grades that *pm* (by default the process-wide plugin manager) registers."""
    return _check(dataset, grades=make_context(pm).grade_names)


def validate(
    dataset: Dataset, *, strict: bool = False, pm: pluggy.PluginManager | None = None
) -> None:
    """Check *dataset* as :func:`problems` does.

    :param strict: fail on warnings too (never on infos).
    :raises DataError: listing every error (and, if *strict*, every warning).
    """
    failing = {Severity.ERROR, Severity.WARNING} if strict else {Severity.ERROR}
    found = [p for p in problems(dataset, pm=pm) if p.severity in failing]
    if found:
        raise DataError(found)
