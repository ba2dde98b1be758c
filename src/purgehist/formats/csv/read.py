"""Read a CSV data package, a folder or a zip, back into a dataset, file by file."""

from __future__ import annotations

import contextlib
import io
import zipfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import IO, NoReturn

from purgehist.diagnostics import Diagnostics
from purgehist.errors import DataError
from purgehist.formats.csv import DESCRIPTOR
from purgehist.formats.csv.descriptor import check_descriptor
from purgehist.formats.csv.records import READ_ERRORS, read_table
from purgehist.formats.tabular.archive import oversized_members
from purgehist.formats.tabular.layout import TABLES
from purgehist.formats.tabular.rebuild import Opener, RawTable, rebuild, table_name
from purgehist.model.bulk import builds_records
from purgehist.plugins.specs import Context, Input, ParseResult, input_name

__all__ = ["parse_csv", "read_package"]

_Open = Callable[[str], IO[bytes]]


@builds_records
def read_package(source: Path | IO[bytes], name: str, *, force: bool = False) -> ParseResult:
    """Read a package from a folder, a zip file or a zip stream; with *force*, references
    that do not resolve are warnings and their records are kept.

    :raises DataError: every problem, each as ``file.csv:line:column: message``.
    """
    with contextlib.ExitStack() as stack:
        if isinstance(source, Path) and source.is_dir():
            names, opener = _folder(source, stack)
        else:
            names, opener = _zip(source, name, stack)
        found = Diagnostics(name)
        files: dict[str, str] = {}
        for file in names:
            if not file.lower().endswith(".csv"):
                continue
            stem = file[:-4].strip().lower()
            if stem in files:
                found.error(
                    "duplicate-table",
                    f"two files hold the table {stem!r}: {files[stem]} and {file}; keep one",
                    file,
                )
                continue
            files[stem] = file
        if DESCRIPTOR in names:
            content = _read(opener, DESCRIPTOR, found)
            if content is not None:
                check_descriptor(content, found)
        openers: dict[str, Opener] = {}
        unknown = []
        for stem, file in files.items():
            layout = table_name(stem)
            if layout is None:
                unknown.append((file, file))
            else:
                openers[layout] = _table_opener(opener, file)
        if DESCRIPTOR not in names and not openers:
            expected = ", ".join(f"{t.name}.csv" for t in TABLES[:4])
            _refuse(
                name,
                "not-a-package",
                f"not a purgehist CSV data package: neither {DESCRIPTOR} nor any of its "
                f"tables ({expected}, …) is there",
            )
        dataset = rebuild(openers, found, unknown=unknown, container="file", force=force)
    if dataset is None:
        raise DataError(found.problems, source=name)
    return ParseResult(dataset=dataset, problems=found.problems, stats={**dataset.counts()})


def _table_opener(opener: _Open, file: str) -> Opener:
    def open_table(found: Diagnostics) -> RawTable | None:
        try:
            stream = opener(file)
        except READ_ERRORS as err:
            found.error("bad-csv", f"cannot read the file: {err}", file)
            return None
        return read_table(file, stream, lambda: opener(file), found)

    return open_table


def _refuse(name: str, code: str, message: str) -> NoReturn:
    """Raise the one problem that stops *name* from being read at all."""
    found = Diagnostics(name)
    found.error(code, message, name)
    raise DataError(found.problems, source=name)


def _folder(folder: Path, stack: contextlib.ExitStack) -> tuple[list[str], _Open]:
    paths = {p.name: p for p in sorted(folder.iterdir()) if p.is_file()}

    def opener(file: str) -> IO[bytes]:
        return stack.enter_context(paths[file].open("rb"))

    return list(paths), opener


def _zip(
    source: Path | IO[bytes], name: str, stack: contextlib.ExitStack
) -> tuple[list[str], _Open]:
    zf = _open_zip(source, name, stack)
    entries = [i for i in zf.infolist() if not i.is_dir()]
    members = {Path(i.filename).name: i for i in entries}

    def opener(file: str) -> IO[bytes]:
        return stack.enter_context(zf.open(members[file]))

    wanted = [i for i in entries if _wanted(Path(i.filename).name)]
    too_big = oversized_members(wanted)
    if too_big:
        _refuse(name, "bad-package", too_big)
    return [Path(i.filename).name for i in entries], opener


def _wanted(file: str) -> bool:
    """The descriptor, and files holding a table of the layout."""
    if file == DESCRIPTOR:
        return True
    return file.lower().endswith(".csv") and table_name(file[:-4]) is not None


def _open_zip(source: Path | IO[bytes], name: str, stack: contextlib.ExitStack) -> zipfile.ZipFile:
    try:
        if isinstance(source, Path):
            stream: IO[bytes] = stack.enter_context(source.open("rb"))
        else:
            stream = source
        if not stream.seekable():
            stream = io.BytesIO(stream.read())
        start = stream.tell()
        empty = not stream.read(1)
        stream.seek(start)
        if empty:
            _refuse(
                name, "bad-package", "the file is empty; a CSV data package is a folder or a zip"
            )
        return stack.enter_context(zipfile.ZipFile(stream))
    except (zipfile.BadZipFile, OSError, ValueError) as err:
        _refuse(name, "bad-package", f"not a zip or folder: {err}")


def _read(opener: _Open, file: str, found: Diagnostics) -> bytes | None:
    """The bytes of *file*, or ``None`` after reporting why they cannot be read."""
    try:
        return opener(file).read()
    except READ_ERRORS as err:
        found.error("bad-csv", f"cannot read the file: {err}", file)
        return None


def parse_csv(source: Input, options: Mapping[str, object], context: Context) -> ParseResult:
    """The ``csv`` input format: a data package as a folder or a zip."""
    if isinstance(source, Path) and not source.is_dir():
        with source.open("rb") as stream:
            return read_package(stream, input_name(source), force=context.force)
    return read_package(source, input_name(source), force=context.force)
