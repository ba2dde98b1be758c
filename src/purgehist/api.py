"""The public entry points: parse any registered input format, export to any output format."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import BinaryIO, TypeVar

import pluggy

from purgehist.checks import problems as _check
from purgehist.diagnostics import Problem, Severity
from purgehist.errors import DataError, UsageError
from purgehist.model.bulk import building_records
from purgehist.model.dataset import Dataset
from purgehist.output import atomic_directory, atomic_write
from purgehist.plugins.manager import broken_plugins, get_exporters, get_parsers, make_context
from purgehist.plugins.specs import (
    ExporterSpec,
    ExportResult,
    OptionSpec,
    ParseResult,
    ParserSpec,
    ProgressCallback,
)

__all__ = [
    "export",
    "export_stream",
    "exporter_for_path",
    "find_exporter",
    "guess_parser",
    "parse",
    "parse_file",
    "parse_stream",
    "problems",
    "validate",
]

_SNIFF_BYTES = 4096


def _unknown(
    kind: str, name: str, available: Sequence[str], pm: pluggy.PluginManager | None
) -> UsageError:
    hint = difflib.get_close_matches(name, available, n=1)
    did_you_mean = f" (did you mean {hint[0]!r}?)" if hint else ""
    return UsageError(
        f"unknown {kind} format {name!r}; available: {', '.join(available)}{did_you_mean}"
        + _broken_note(pm)
    )


def _broken_note(pm: pluggy.PluginManager | None) -> str:
    """The broken plugins, which may be the ones meant to provide a missing format."""
    return "".join(
        f"\na broken plugin, left out, may be the one meant to provide it: {broken.message}"
        for broken in broken_plugins(pm)
    )


def guess_parser(path: Path, parsers: Mapping[str, ParserSpec]) -> ParserSpec:
    """Pick the parser for *path*: by suffix, then, among several or none, by content.

    :param path: the input file or folder.
    :param parsers: the input formats to choose from, by name (see ``get_parsers``).
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


_PARAMS = """
    :param format: the input format's name (``purgehist formats`` lists them); ``None``: the
        format whose suffix *path* has, or whose parser recognises the file's first bytes.
    :param options: the parser's options by name (``{"language": "nl"}``); values given as
        text are converted to the type of the option's default.
    :param pm: the plugin manager whose formats and evidence grades to use; by default the
        process-wide one, with every installed plugin.
    :param progress: called as ``progress(done, total, stage)`` while a long input is read, by
        parsers that report progress.
    :param force: keep records whose references do not resolve, reported as warnings, where a
        parser would refuse them (XLSX and CSV check references as they read); the integrity
        errors stay in :func:`problems`."""

_F = TypeVar("_F", bound=Callable[..., object])


def _reading_params(function: _F) -> _F:
    """Fill the parameters :func:`parse` and :func:`parse_file` share into their docstrings."""
    function.__doc__ = (function.__doc__ or "").replace("\n    {params}", _PARAMS)
    return function


@_reading_params
def parse_file(
    path: str | Path,
    format: str | None = None,
    *,
    options: Mapping[str, object] | None = None,
    pm: pluggy.PluginManager | None = None,
    progress: ProgressCallback | None = None,
    force: bool = False,
) -> ParseResult:
    """Read *path* with the parser for *format* (guessed when ``None``), keeping the report.

    :param path: a file, or a folder for formats that read folders (CSV data packages).
    {params}
    :returns: the dataset, the problems the parser could recover from (warnings), and the
        parser's figures (``stats``).
    :raises UsageError: unknown format or option, missing file, a folder given to a format
        that reads files, a format that cannot be guessed.
    :raises DataError: the input is invalid; every problem is listed with its place.
    """
    path = Path(path)
    if not path.exists():
        msg = f"{path}: no such file or directory"
        raise UsageError(msg)
    parsers = get_parsers(pm)
    if format is None:
        try:
            spec = guess_parser(path, parsers)
        except UsageError as exc:
            raise UsageError(f"{exc}{_broken_note(pm)}") from None
    elif format in parsers:
        spec = parsers[format]
    else:
        raise _unknown("input", format, list(parsers), pm)
    if path.is_dir() and not spec.reads_directories:
        msg = f"{path}: is a folder; the {spec.name} format reads a file"
        raise UsageError(msg)
    where = f"input format {spec.name!r}"
    options = _coerce_options(spec.options, options or {}, where)
    context = make_context(pm, progress=progress, force=force)
    try:
        with building_records():
            return spec.parse(path, options, context)
    except (OSError, RecursionError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        if isinstance(exc, RecursionError):
            reason = "nested too deeply to read"
        problem = Problem(code="unreadable", message=f"cannot read: {reason}", location=str(path))
        raise DataError([problem], source=str(path)) from None


@_reading_params
def parse(
    path: str | Path,
    format: str | None = None,
    *,
    options: Mapping[str, object] | None = None,
    pm: pluggy.PluginManager | None = None,
    progress: ProgressCallback | None = None,
    force: bool = False,
) -> Dataset:
    """Read a dataset from *path*, in *format* or the format its name and content suggest.

    :param path: a file, or a folder for formats that read folders (CSV data packages).
    {params}
    :returns: the dataset; :func:`parse_file` also returns the parser's warnings and figures.
    :raises UsageError: unknown format or option, missing file, a folder given to a format
        that reads files, a format that cannot be guessed.
    :raises DataError: the input is invalid; every problem is listed with its place.
    """
    return parse_file(path, format, options=options, pm=pm, progress=progress, force=force).dataset


def parse_stream(
    stream: BinaryIO,
    format: str,
    *,
    options: Mapping[str, object] | None = None,
    pm: pluggy.PluginManager | None = None,
    progress: ProgressCallback | None = None,
    force: bool = False,
) -> ParseResult:
    """Read an open binary stream in *format* (which cannot be guessed from a name).

    :param stream: open for reading bytes; it is left open.
    :param format: the input format's name (``purgehist formats`` lists them).
    :param options: the parser's options by name; values given as text are converted to the
        type of the option's default.
    :param pm: the plugin manager whose formats and evidence grades to use; by default the
        process-wide one.
    :param progress: called as ``progress(done, total, stage)`` while a long input is read.
    :param force: keep records whose references do not resolve, reported as warnings.
    :returns: the dataset, the parser's warnings and its figures.
    :raises UsageError: unknown format or option.
    :raises DataError: the input is invalid; every problem is listed with its place.
    """
    parsers = get_parsers(pm)
    if format not in parsers:
        raise _unknown("input", format, list(parsers), pm)
    spec = parsers[format]
    where = f"input format {spec.name!r}"
    options = _coerce_options(spec.options, options or {}, where)
    context = make_context(pm, progress=progress, force=force)
    with building_records():
        return spec.parse(stream, options, context)


def find_exporter(format: str, pm: pluggy.PluginManager | None = None) -> ExporterSpec:
    """The exporter registered for *format*.

    :param format: the output format's name (``purgehist formats`` lists them).
    :param pm: the plugin manager to ask; by default the process-wide one.
    :raises UsageError: naming the available formats and the closest match.
    """
    exporters = get_exporters(pm)
    if format not in exporters:
        raise _unknown("export", format, list(exporters), pm)
    return exporters[format]


def exporter_for_path(path: str | Path, pm: pluggy.PluginManager | None = None) -> ExporterSpec:
    """The output format a file name asks for: the exporter whose suffix is the longest that
    ends *path* (``x.csl.json`` is ``csl``, ``x.json`` is ``json``); else the one whose input
    format of the same name reads that suffix (``x.xml`` is ``tei``); a name without a suffix
    is a folder, for the one format written as a folder.

    >>> exporter_for_path("claims.tei.xml").name, exporter_for_path("notes.MD").name
    ('tei', 'markdown')

    :param path: the output's file name.
    :param pm: the plugin manager to ask; by default the process-wide one.
    :raises UsageError: no format, or several equally good ones, fit the name (it lists them).
    """
    path = Path(path)
    name = path.name.lower()
    exporters = get_exporters(pm)
    matches = [e for e in exporters.values() if name.endswith(e.suffix.lower())]
    if matches:
        longest = max(len(e.suffix) for e in matches)
        matches = [e for e in matches if len(e.suffix) == longest]
    else:
        parsers = get_parsers(pm)
        matches = [
            e
            for e in exporters.values()
            if e.name in parsers and any(name.endswith(s) for s in parsers[e.name].suffixes)
        ]
    if not matches and not path.suffix:
        matches = [e for e in exporters.values() if e.export_directory is not None]
    if len(matches) == 1:
        return matches[0]
    if matches:
        names = " and ".join(repr(e.name) for e in matches)
        msg = f"{path}: both {names} write this suffix; name the format with --to"
    else:
        known = ", ".join(f"{e.suffix} ({e.name})" for e in exporters.values())
        msg = f"{path}: no output format writes this suffix (known: {known}); name it with --to"
    raise UsageError(msg)


def export(
    dataset: Dataset,
    format: str,
    path: str | Path,
    *,
    options: Mapping[str, object] | None = None,
    pm: pluggy.PluginManager | None = None,
    protect: Iterable[str | Path] = (),
) -> ExportResult:
    """Write *dataset* to *path* in *format*, atomically.

    Formats that can be written as a folder (CSV data packages) are when *path* is a new name
    without a suffix, or an existing folder that holds only such output (or nothing).

    :param dataset: what to write; it is not checked first (see :func:`validate`).
    :param format: the output format's name (``purgehist formats`` lists them).
    :param path: the file (or folder) to write; a file there is replaced only once the new one
        is complete.
    :param options: the exporter's options by name; values given as text are converted to the
        type of the option's default.
    :param pm: the plugin manager whose formats and evidence grades to use; by default the
        process-wide one.
    :param protect: the inputs: a *path* that is one of them, lies in one or holds one is
        refused (see :mod:`purgehist.output` for the whole output policy: symbolic links at
        *path* are never followed, nothing half-written is left).
    :returns: the exporter's counts, and warnings about what the format could not hold.
    :raises UsageError: unknown format or option, or *path* cannot be written (it names why).
    """
    spec = find_exporter(format, pm)
    path = Path(path)
    opts = _coerce_options(spec.options, options or {}, f"export format {spec.name!r}")
    as_folder = spec.export_directory is not None and (
        path.is_dir() or (not path.is_symlink() and not path.exists() and not path.suffix)
    )
    try:
        # An exporter that makes many containers sets the collector walking the whole dataset
        # again and again (the JSON dump that built the whole document's data took twice as
        # long with it on); today's built-in exporters make few, and gain nothing measurable.
        with building_records():
            if as_folder and spec.export_directory is not None:
                replaceable = _replaceable(spec)
                with atomic_directory(path, replaceable=replaceable, protect=protect) as folder:
                    return spec.export_directory(dataset, folder, opts, make_context(pm))
            if path.is_dir() and not path.is_symlink():
                msg = f"{path}: is a folder; give a file name for the {spec.name} output"
                raise UsageError(msg)
            with atomic_write(path, protect=protect) as stream:
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
    """Write *dataset* in *format* to an open binary stream.

    :param dataset: what to write; it is not checked first (see :func:`validate`).
    :param format: the output format's name (``purgehist formats`` lists them).
    :param stream: open for writing bytes; it is left open.
    :param options: the exporter's options by name.
    :param pm: the plugin manager whose formats and evidence grades to use.
    :returns: the exporter's counts, and warnings about what the format could not hold.
    :raises UsageError: unknown format or option.
    """
    spec = find_exporter(format, pm)
    opts = _coerce_options(spec.options, options or {}, f"export format {spec.name!r}")
    with building_records():
        return spec.export(dataset, stream, opts, make_context(pm))


def problems(dataset: Dataset, *, pm: pluggy.PluginManager | None = None) -> list[Problem]:
    """Everything wrong with *dataset* (see :func:`purgehist.checks.problems`), accepting the
    evidence grades that *pm* (by default the process-wide plugin manager) registers.

    :param dataset: the dataset to check.
    :param pm: the plugin manager whose evidence grades are accepted.
    :returns: errors and warnings, each located by a JSON path (``$.claims[3].about[0]``).
    """
    return _check(dataset, grades=make_context(pm).grade_names)


def validate(
    dataset: Dataset, *, strict: bool = False, pm: pluggy.PluginManager | None = None
) -> None:
    """Check *dataset* as :func:`problems` does.

    :param dataset: the dataset to check.
    :param strict: fail on warnings too (never on infos).
    :param pm: the plugin manager whose evidence grades are accepted.
    :raises DataError: listing every error (and, if *strict*, every warning).
    """
    failing = {Severity.ERROR, Severity.WARNING} if strict else {Severity.ERROR}
    found = [p for p in problems(dataset, pm=pm) if p.severity in failing]
    if found:
        raise DataError(found)
