"""What a format plugin registers and receives: specs, options, the call context and results."""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Protocol

from attrs import field, frozen

if TYPE_CHECKING:
    from purgehist.diagnostics import Problem
    from purgehist.model.dataset import Dataset

__all__ = [
    "Context",
    "ExportDirectoryFunction",
    "ExportFunction",
    "ExportResult",
    "ExporterSpec",
    "GradeSpec",
    "Input",
    "OptionSpec",
    "ParseFunction",
    "ParseResult",
    "ParserSpec",
    "ProgressCallback",
    "RegisterExporter",
    "RegisterGrade",
    "RegisterParser",
    "deferred",
    "input_name",
    "open_input",
]

Input = Path | BinaryIO
"""What a parser reads: a path, or a binary stream."""

ProgressCallback = Callable[[int, int | None, str], None]
"""``progress(done, total, stage)``: *done* units of *total* (``None`` when not known yet) are
finished in *stage*, a few words for a person (``"pages"``, ``"resolving citations"``)."""


def _tuple(items: Iterable[Any]) -> tuple[Any, ...]:
    """attrs converter: any iterable stored as a tuple. (Not the model's ``tuple_of``: these
    specs are built at every start-up, which must not import the model.)"""
    return tuple(items)


@frozen(kw_only=True)
class OptionSpec:
    """An option a parser or exporter takes (``--option name=value`` on the command line)."""

    name: str
    help: str
    default: str | int | bool | None = None


@frozen(kw_only=True)
class GradeSpec:
    """An evidence grade, built-in or added by a plugin."""

    name: str
    description: str


@frozen(kw_only=True)
class Context:
    """What a parser or exporter is told besides its input and options.

    The API builds it from the plugin manager in use, so that what a custom manager registers
    (an evidence grade, say) reaches every format; formats never look it up globally.
    """

    grades: Mapping[str, GradeSpec] = field(factory=dict)
    """The evidence grades known to the plugin manager, by name."""
    progress: ProgressCallback | None = field(default=None, eq=False)
    """Told how far a long read or write has got (the command line shows it as a progress bar
    on a terminal); call it through :meth:`report_progress`."""
    force: bool = False
    """Keep records whose references do not resolve, reporting each as a warning: a parser
    that checks references while it reads (the spreadsheet formats) reads back what an
    exporter was forced to write."""

    def report_progress(self, done: int, total: int | None, stage: str) -> None:
        """Tell :attr:`progress`, if there is one, that *done* of *total* units of *stage*
        are finished. Cheap enough to call once per page or note; calls for a new *stage*
        start a new bar.

        >>> seen = []
        >>> context = Context(progress=lambda *args: seen.append(args))
        >>> context.report_progress(3, 10, "pages")
        >>> seen
        [(3, 10, 'pages')]
        >>> Context().report_progress(3, 10, "pages")  # nobody listens: nothing happens
        """
        if self.progress is not None:
            self.progress(done, total, stage)

    @property
    def grade_names(self) -> frozenset[str]:
        """The names of :attr:`grades`."""
        return frozenset(self.grades)


@frozen(kw_only=True)
class ParseResult:
    """What a parser returns: the dataset, the problems it met, and figures about the input."""

    dataset: Dataset
    problems: tuple[Problem, ...] = field(default=(), converter=_tuple)
    """Warnings (and errors it could recover from), each naming its place."""
    stats: Mapping[str, object] = field(factory=dict)
    """Format-specific figures: footnotes found, citations resolved, rows read…"""
    origins: Mapping[str, str] = field(factory=dict)
    """Where records were read, by JSON path: ``$.claims[3]`` → ``file.xml:120``. The
    dataset's problems (which name JSON paths) are moved there, for readers whose records
    carry no provenance of the input itself."""


@frozen(kw_only=True)
class ExportResult:
    """What an exporter returns: what it wrote and what the format could not hold."""

    warnings: tuple[Problem, ...] = field(default=(), converter=_tuple)
    counts: Mapping[str, int] = field(factory=dict)


class ParseFunction(Protocol):
    """``parse(source, options, context) -> ParseResult``."""

    def __call__(
        self, source: Input, options: Mapping[str, object], context: Context, /
    ) -> ParseResult: ...


class ExportFunction(Protocol):
    """``export(dataset, stream, options, context) -> ExportResult``."""

    def __call__(
        self, dataset: Dataset, dest: BinaryIO, options: Mapping[str, object], context: Context, /
    ) -> ExportResult: ...


class ExportDirectoryFunction(Protocol):
    """``export(dataset, directory, options, context) -> ExportResult`` for formats made of
    files."""

    def __call__(
        self, dataset: Dataset, dest: Path, options: Mapping[str, object], context: Context, /
    ) -> ExportResult: ...


@frozen(kw_only=True)
class ParserSpec:
    """An input format: its name, the file suffixes it reads, and how to read them."""

    name: str
    description: str
    suffixes: tuple[str, ...] = field(converter=_tuple)
    """Lower-case file suffixes with the dot: ``('.json',)``."""
    parse: ParseFunction
    sniff: Callable[[bytes], bool] | None = None
    """Given the first 4 KiB of a file, tell whether this parser reads it."""
    options: tuple[OptionSpec, ...] = field(default=(), converter=_tuple)
    reads_directories: bool = False
    plugin: str = ""
    """Filled in when the spec is collected: the plugin that registered it."""


@frozen(kw_only=True)
class ExporterSpec:
    """An output format: its name, suffix and media type, and how to write it."""

    name: str
    description: str
    suffix: str
    media_type: str
    export: ExportFunction
    options: tuple[OptionSpec, ...] = field(default=(), converter=_tuple)
    export_directory: ExportDirectoryFunction | None = None
    """Set by formats that can also be written as a folder of files (CSV data packages)."""
    owns_directory: Callable[[Path], bool] | None = None
    """Tell whether an existing folder holds only this format's output, and so may be replaced
    by a new export; without it only empty folders are replaced."""
    plugin: str = ""


class RegisterParser(Protocol):
    """Callback passed to ``register_parsers``."""

    def __call__(self, spec: ParserSpec, /) -> None: ...


class RegisterExporter(Protocol):
    """Callback passed to ``register_exporters``."""

    def __call__(self, spec: ExporterSpec, /) -> None: ...


class RegisterGrade(Protocol):
    """Callback passed to ``register_evidence_grades``."""

    def __call__(self, spec: GradeSpec, /) -> None: ...


def input_name(source: Input) -> str:
    """A name for *source* in messages: the path, or the stream's name."""
    if isinstance(source, Path):
        return str(source)
    return str(getattr(source, "name", "<stream>"))


@contextlib.contextmanager
def open_input(source: Input) -> Iterator[BinaryIO]:
    """Open a path for binary reading, or pass a stream through (left open)."""
    if isinstance(source, Path):
        with source.open("rb") as stream:
            yield stream
    else:
        yield source


def deferred(target: str) -> Callable[..., Any]:
    """A parse or export function that imports ``"package.module:function"`` when first called,
    so that registering a format imports nothing of its implementation.

    >>> parse = deferred("purgehist.formats.json.codec:parse_json")
    >>> parse.__name__
    'parse_json'
    """
    module_name, _, name = target.partition(":")

    def call(*args: Any) -> Any:
        return getattr(importlib.import_module(module_name), name)(*args)

    call.__name__ = call.__qualname__ = name
    call.__doc__ = f"``{target}``, imported on first use."
    return call
