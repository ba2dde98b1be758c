"""The CSV data package: one CSV file per table of the layout and a Frictionless
``datapackage.json``, in a folder or a zip; writer and reader."""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import json
import zipfile
import zlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Any, BinaryIO

from purgehist.diagnostics import Problem, Severity
from purgehist.errors import DataError
from purgehist.formats.csv import DESCRIPTOR
from purgehist.formats.tabular.archive import oversized_members
from purgehist.formats.tabular.layout import FORMAT_VERSION, TABLES, Column, ColumnKind, Table
from purgehist.formats.tabular.rows import RawTable, build_dataset, dataset_rows, table_sizes
from purgehist.model.dataset import Dataset
from purgehist.plugins.specs import Context, ExportResult, Input, ParseResult, input_name

__all__ = [
    "DESCRIPTOR",
    "descriptor",
    "export_csv",
    "export_csv_directory",
    "parse_csv",
    "read_package",
    "write_package_directory",
    "write_package_zip",
]

_ZIP64_ROWS = 1_000_000

_FIELD_TYPES = {
    ColumnKind.INTEGER: "integer",
    ColumnKind.POSITION: "integer",
    ColumnKind.NUMBER: "number",
    ColumnKind.BOOLEAN: "boolean",
}
_FORMATS = {
    ColumnKind.LIST: (
        "Items one per line; \\\\ is a backslash, \\n a line break, \\e an empty item."
    ),
    ColumnKind.REFS: "Ids one per line.",
    ColumnKind.EDTF: "EDTF date (Extended Date/Time Format).",
    ColumnKind.PATH: "Division path: 1, 1.2, 1.2.3.",
}
# Composite references between the document body tables, which the columns alone do not say.
_BODY_KEYS: dict[str, tuple[tuple[str, ...], str, tuple[str, ...]]] = {
    "paragraphs": (("document", "division"), "divisions", ("document", "division")),
    "notes": (
        ("document", "division", "paragraph"),
        "paragraphs",
        ("document", "division", "position"),
    ),
    "page_breaks": (
        ("document", "division", "paragraph"),
        "paragraphs",
        ("document", "division", "position"),
    ),
}


def _field(column: Column) -> dict[str, Any]:
    spec: dict[str, Any] = {
        "name": column.name,
        "type": _FIELD_TYPES.get(column.kind, "string"),
        "description": column.description,
    }
    if column.kind == ColumnKind.BOOLEAN:
        spec["trueValues"] = ["true"]
        spec["falseValues"] = ["false"]
    if column.kind in _FORMATS:
        spec["description"] += " " + _FORMATS[column.kind]
    constraints: dict[str, Any] = {}
    if column.required and column.default is None:
        constraints["required"] = True
    if column.kind == ColumnKind.ENUM and not column.open_values:
        constraints["enum"] = list(column.values)
    if column.kind == ColumnKind.POSITION:
        constraints["minimum"] = 1
    if constraints:
        spec["constraints"] = constraints
    return spec


def _schema(table: Table) -> dict[str, Any]:
    schema: dict[str, Any] = {"fields": [_field(c) for c in table.columns]}
    if table.key:
        schema["primaryKey"] = list(table.key)
    foreign = []
    for column in table.columns:
        if column.kind != ColumnKind.REF or len(column.refers_to) != 1:
            continue
        target = column.refers_to[0]
        foreign.append(
            {
                "fields": column.name,
                "reference": {"resource": "" if target == table.name else target, "fields": "id"},
            }
        )
    if table.name in _BODY_KEYS:
        fields, target, keys = _BODY_KEYS[table.name]
        foreign.append(
            {"fields": list(fields), "reference": {"resource": target, "fields": list(keys)}}
        )
    if foreign:
        schema["foreignKeys"] = foreign
    schema["missingValues"] = [""]
    return schema


def descriptor(dataset: Dataset) -> dict[str, Any]:
    """The Frictionless data package descriptor for *dataset*'s tables."""
    meta = dataset.metadata
    package: dict[str, Any] = {
        "profile": "tabular-data-package",
        "name": "purgehist-dataset",
        "title": meta.title,
    }
    if meta.description:
        package["description"] = meta.description
    if meta.version:
        package["version"] = meta.version
    if meta.keywords:
        package["keywords"] = list(meta.keywords)
    package["purgehist"] = {"format_version": FORMAT_VERSION}
    package["resources"] = [
        {
            "name": table.name,
            "path": f"{table.name}.csv",
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "description": table.description,
            "schema": _schema(table),
        }
        for table in TABLES
    ]
    return package


def _cell(value: Any) -> Any:
    if value is None or type(value) is str:
        return value
    if value is True:
        return "true"
    if value is False:
        return "false"
    if type(value) is float:
        return repr(value)
    return value


def _write_tables(dataset: Dataset, open_file: Any) -> ExportResult:
    for table, rows in dataset_rows(dataset):
        with open_file(f"{table.name}.csv") as raw:
            text = io.TextIOWrapper(raw, encoding="utf-8", newline="")
            writer = csv.writer(text)
            writer.writerow(table.names)
            writer.writerows([_cell(v) for v in row] for row in rows)
            text.flush()
            text.detach()
    counts = dict(dataset.counts())
    counts.update({f"rows.{name}": n for name, n in table_sizes(dataset).items()})
    return ExportResult(counts=counts)


def _descriptor_bytes(dataset: Dataset) -> bytes:
    return (json.dumps(descriptor(dataset), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def write_package_zip(dataset: Dataset, dest: IO[bytes]) -> ExportResult:
    """Write the package as a zip to *dest*; ``datapackage.json`` comes first."""
    big = sum(table_sizes(dataset).values()) > _ZIP64_ROWS
    with zipfile.ZipFile(dest, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(DESCRIPTOR, _descriptor_bytes(dataset))
        return _write_tables(dataset, lambda name: zf.open(name, "w", force_zip64=big))


def write_package_directory(dataset: Dataset, dest: Path) -> ExportResult:
    """Write the package's files into the folder *dest* (which exists)."""
    (dest / DESCRIPTOR).write_bytes(_descriptor_bytes(dataset))
    return _write_tables(dataset, lambda name: (dest / name).open("wb"))


def read_package(source: Path | IO[bytes], name: str) -> ParseResult:
    """Read a package from a folder, a zip file or a zip stream.

    :raises DataError: every problem, each as ``file.csv:line:column: message``.
    """
    with contextlib.ExitStack() as stack:
        if isinstance(source, Path) and source.is_dir():
            paths = sorted(p for p in source.iterdir() if p.is_file())
            files = {p.name: p for p in paths}

            def opener(file: str) -> IO[bytes]:
                return stack.enter_context(files[file].open("rb"))

            names = [p.name for p in paths]
        else:
            zf = _open_zip(source, name, stack)
            entries = [i for i in zf.infolist() if not i.is_dir()]
            members = {Path(i.filename).name: i for i in entries}

            def opener(file: str) -> IO[bytes]:
                return stack.enter_context(zf.open(members[file]))

            names = [Path(i.filename).name for i in entries]
            wanted = [
                i
                for i in entries
                if Path(i.filename).name == DESCRIPTOR or _table_stem(i) in _KNOWN
            ]
            too_big = oversized_members(wanted)
            if too_big:
                problem = Problem(code="bad-package", message=too_big, location=name)
                raise DataError([problem], source=name)
        problems: list[Problem] = []
        by_stem: dict[str, str] = {}
        for file in names:
            if not file.lower().endswith(".csv"):
                continue
            stem = file[:-4].strip().lower()
            if stem in by_stem:
                problems.append(
                    Problem(
                        code="duplicate-table",
                        message=f"two files hold the table {stem!r}: {by_stem[stem]} and {file}; "
                        "keep one",
                        location=file,
                    )
                )
                continue
            by_stem[stem] = file
        if DESCRIPTOR in names:
            problems.extend(_check_descriptor(_read(opener, DESCRIPTOR, problems)))
        if DESCRIPTOR not in names and not _KNOWN & set(by_stem):
            expected = ", ".join(f"{t.name}.csv" for t in TABLES[:4])
            problem = Problem(
                code="not-a-package",
                message=(
                    f"not a purgehist CSV data package: neither {DESCRIPTOR} nor any of its "
                    f"tables ({expected}, …) is there"
                ),
                location=name,
            )
            raise DataError([problem], source=name)
        tables = {}
        unreadable = set()
        for stem, file in by_stem.items():
            if stem not in _KNOWN:
                continue
            table = _raw(stem, file, _read(opener, file, problems), problems)
            if table is None:
                unreadable.add(stem)
            else:
                tables[stem] = table
        unknown = [(file, file) for stem, file in by_stem.items() if stem not in _KNOWN]
        dataset, found = build_dataset(
            tables, unknown=unknown, unreadable=unreadable, container="file", source=name
        )
    problems.extend(found)
    if dataset is None or any(p.severity == Severity.ERROR for p in problems):
        raise DataError(problems, source=name)
    return ParseResult(dataset=dataset, problems=problems, stats={**dataset.counts()})


_KNOWN = frozenset(t.name for t in TABLES)


def _table_stem(info: zipfile.ZipInfo) -> str:
    file = Path(info.filename).name
    return file[:-4].strip().lower() if file.lower().endswith(".csv") else ""


def _open_zip(source: Path | IO[bytes], name: str, stack: contextlib.ExitStack) -> zipfile.ZipFile:
    def refuse(message: str) -> DataError:
        return DataError([Problem(code="bad-package", message=message, location=name)], source=name)

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
            raise refuse("the file is empty; a CSV data package is a folder or a zip")
        return stack.enter_context(zipfile.ZipFile(stream))
    except (zipfile.BadZipFile, OSError, ValueError) as err:
        raise refuse(f"not a zip or folder: {err}") from None


def _read(opener: Callable[[str], IO[bytes]], file: str, problems: list[Problem]) -> bytes | None:
    """The bytes of *file*, or ``None`` after reporting why they cannot be read."""
    try:
        return opener(file).read()
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as err:
        problems.append(
            Problem(code="bad-csv", message=f"cannot read the file: {err}", location=file)
        )
        return None


def _check_descriptor(content: bytes | None) -> list[Problem]:
    if content is None:
        return []
    try:
        data = json.loads(content)
        version = data.get("purgehist", {}).get("format_version")
    except (ValueError, AttributeError) as err:
        return [
            Problem(
                code="bad-descriptor",
                message=f"datapackage.json cannot be read ({err}); tables read without it",
                location=DESCRIPTOR,
                severity=Severity.WARNING,
            )
        ]
    if isinstance(version, int) and version > FORMAT_VERSION:
        return [
            Problem(
                code="format-version",
                message=f"written in layout version {version}; this purgehist reads up to "
                f"{FORMAT_VERSION}",
                location=DESCRIPTOR,
            )
        ]
    return []


def _raw(stem: str, file: str, data: bytes | None, problems: list[Problem]) -> RawTable | None:
    """The table in *data*, or ``None`` after reporting why it cannot be read.

    Records longer or shorter than the header are reported here, with their text, since the
    layout only sees the cells under a header.
    """
    if data is None:
        return None
    body = data[len(codecs.BOM_UTF8) :] if data.startswith(codecs.BOM_UTF8) else data
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as err:
        line = body.count(b"\n", 0, err.start) + 1
        byte = body[err.start : err.start + 1]
        problems.append(
            Problem(
                code="bad-csv",
                message=f"cannot read the file: not UTF-8 (byte {byte!r}); save it as UTF-8",
                location=f"{file}:{line}",
            )
        )
        return None
    try:
        rows = list(_records(text))
    except _RecordError as err:
        problems.append(
            Problem(
                code="bad-csv",
                message=f"cannot read the file: {err.reason}",
                location=f"{file}:{err.line}",
            )
        )
        return None
    header: Sequence[object] = ()
    header_row = 1
    for number, values, _ in rows:
        if any(v is not None and v.strip() for v in values if isinstance(v, str)):
            header, header_row = values, number
            break
    names = [str(h).strip() if h is not None else "" for h in header]
    width = len(header)
    data_rows: list[tuple[int, Sequence[object]]] = []
    cut = not text.endswith(("\n", "\r"))
    for at, (number, values, source) in enumerate(rows):
        if number <= header_row:
            continue
        if at == len(rows) - 1 and cut and source.count('"') % 2:
            problems.append(
                Problem(
                    code="short-row",
                    message="the file ends inside a quoted value of this record: it was cut short",
                    location=f"{file}:{number}",
                    raw=source,
                )
            )
        elif len(values) > width:
            extra = values[width:]
            if any(v is not None for v in extra):
                problems.append(_long_record(file, number, len(values), width, extra))
            values = values[:width]
        elif len(values) < width and not all(v is None or not v.strip() for v in values):
            last = at == len(rows) - 1 and cut
            problems.append(_short_record(file, number, len(values), width, source, last))
        data_rows.append((number, values))

    def locate(row: int, column: int) -> str:
        label = names[column] if column < len(names) and names[column] else str(column + 1)
        return f"{file}:{row}:{label}"

    return RawTable(name=stem, header=header, header_row=header_row, rows=data_rows, locate=locate)


def _long_record(
    file: str, number: int, fields: int, width: int, extra: Sequence[str | None]
) -> Problem:
    out = io.StringIO()
    csv.writer(out, lineterminator="").writerow(["" if v is None else v for v in extra])
    return Problem(
        code="extra-cells",
        message=f"the record has {fields} fields but the header {width}; the last "
        f"{fields - width} are not read (a comma that should be quoted?)",
        location=f"{file}:{number}",
        severity=Severity.WARNING,
        raw=out.getvalue(),
    )


def _short_record(
    file: str, number: int, fields: int, width: int, source: str, cut: bool
) -> Problem:
    if cut:
        return Problem(
            code="short-row",
            message=f"the file ends inside this record ({fields} of the header's {width} "
            "fields): it was cut short",
            location=f"{file}:{number}",
            raw=source,
        )
    return Problem(
        code="short-row",
        message=f"the record has {fields} of the header's {width} fields; the missing ones "
        "are read as empty",
        location=f"{file}:{number}",
        severity=Severity.WARNING,
        raw=source,
    )


def _records(text: str) -> Iterator[tuple[int, list[str | None], str]]:
    """Records with the line they start on and their text; empty fields are ``None``."""
    lines = io.StringIO(text, newline="").readlines()
    reader = csv.reader(lines)
    start = 1
    try:
        for record in reader:
            source = "".join(lines[start - 1 : reader.line_num]).rstrip("\r\n")
            yield start, [value if value != "" else None for value in record], source
            start = reader.line_num + 1
    except csv.Error as err:
        raise _RecordError(str(err), start) from None


class _RecordError(Exception):
    """A record the csv module cannot split, at the line it starts on."""

    def __init__(self, reason: str, line: int) -> None:
        super().__init__(reason, line)
        self.reason = reason
        self.line = line


def parse_csv(source: Input, options: Mapping[str, object], context: Context) -> ParseResult:
    """The ``csv`` input format: a data package as a folder or a zip."""
    if isinstance(source, Path) and not source.is_dir():
        with source.open("rb") as stream:
            return read_package(stream, input_name(source))
    return read_package(source, input_name(source))


def export_csv(
    dataset: Dataset, dest: BinaryIO, options: Mapping[str, object], context: Context
) -> ExportResult:
    """The ``csv`` output format, as a zip."""
    return write_package_zip(dataset, dest)


def export_csv_directory(
    dataset: Dataset, dest: Path, options: Mapping[str, object], context: Context
) -> ExportResult:
    """The ``csv`` output format, as a folder."""
    return write_package_directory(dataset, dest)
