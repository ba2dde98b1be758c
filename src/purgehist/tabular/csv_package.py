"""The CSV data package: one CSV file per table of the layout and a Frictionless
``datapackage.json``, in a folder or a zip; writer and reader."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from purgehist.dataset import Dataset
from purgehist.errors import DataError
from purgehist.formats import ExportReport, ParseResult
from purgehist.problems import Problem, Severity
from purgehist.tabular.layout import FORMAT_VERSION, TABLES, Column, ColumnKind, Table
from purgehist.tabular.rows import RawTable, build_dataset, dataset_rows, table_sizes

__all__ = [
    "DESCRIPTOR",
    "descriptor",
    "read_package",
    "write_package_directory",
    "write_package_zip",
]

DESCRIPTOR = "datapackage.json"
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


def _write_tables(dataset: Dataset, open_file: Any) -> ExportReport:
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
    return ExportReport(counts=counts)


def _descriptor_bytes(dataset: Dataset) -> bytes:
    return (json.dumps(descriptor(dataset), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def write_package_zip(dataset: Dataset, dest: IO[bytes]) -> ExportReport:
    """Write the package as a zip to *dest*; ``datapackage.json`` comes first."""
    big = sum(table_sizes(dataset).values()) > _ZIP64_ROWS
    with zipfile.ZipFile(dest, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(DESCRIPTOR, _descriptor_bytes(dataset))
        return _write_tables(dataset, lambda name: zf.open(name, "w", force_zip64=big))


def write_package_directory(dataset: Dataset, dest: Path) -> ExportReport:
    """Write the package's files into the folder *dest* (which exists)."""
    (dest / DESCRIPTOR).write_bytes(_descriptor_bytes(dataset))
    return _write_tables(dataset, lambda name: (dest / name).open("wb"))


def read_package(source: Path | IO[bytes], name: str) -> ParseResult:
    """Read a package from a folder, a zip file or a zip stream.

    :raises DataError: every problem, each as ``file.csv:line:column: message``.
    """
    with contextlib.ExitStack() as stack:
        if isinstance(source, Path) and source.is_dir():
            files = {p.name: p for p in source.iterdir() if p.is_file()}

            def opener(file: str) -> IO[bytes]:
                return stack.enter_context(files[file].open("rb"))

            names = list(files)
        else:
            try:
                zf = stack.enter_context(zipfile.ZipFile(source))
            except (zipfile.BadZipFile, OSError) as err:
                problem = Problem(code="bad-package", message=f"not a zip or folder: {err}")
                raise DataError([problem], source=name) from None
            members = {Path(n).name: n for n in zf.namelist() if not n.endswith("/")}

            def opener(file: str) -> IO[bytes]:
                return stack.enter_context(zf.open(members[file]))

            names = list(members)
        problems: list[Problem] = []
        if DESCRIPTOR in names:
            problems.extend(_check_descriptor(opener(DESCRIPTOR)))
        by_stem = {n[:-4].strip().lower(): n for n in names if n.lower().endswith(".csv")}
        known = {t.name for t in TABLES}
        if DESCRIPTOR not in names and not known & set(by_stem):
            expected = ", ".join(f"{t.name}.csv" for t in TABLES[:4])
            problem = Problem(
                code="not-a-package",
                message=(
                    f"not a purgehist CSV data package: neither {DESCRIPTOR} nor any of its "
                    f"tables ({expected}, …) is there"
                ),
            )
            raise DataError([problem], source=name)
        tables = {}
        for stem, file in by_stem.items():
            if stem in known:
                try:
                    tables[stem] = _raw(stem, file, opener(file))
                except (UnicodeDecodeError, csv.Error) as err:
                    problems.append(
                        Problem(
                            code="bad-csv", message=f"cannot read the file: {err}", location=file
                        )
                    )
        unknown = [(file, file) for stem, file in by_stem.items() if stem not in known]
        dataset, found = build_dataset(tables, unknown=unknown)
    problems.extend(found)
    if dataset is None or any(p.severity == Severity.ERROR for p in problems):
        raise DataError(problems, source=name)
    return ParseResult(dataset=dataset, problems=problems, report={**dataset.counts()})


def _check_descriptor(stream: IO[bytes]) -> list[Problem]:
    try:
        data = json.loads(stream.read())
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


def _raw(stem: str, file: str, stream: IO[bytes]) -> RawTable:
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
    rows = list(_records(text))
    header: Sequence[object] = ()
    header_row = 1
    for number, values in rows:
        if any(v is not None and v.strip() for v in values if isinstance(v, str)):
            header, header_row = values, number
            break
    names = [str(h).strip() if h is not None else "" for h in header]
    data = [(n, v) for n, v in rows if n > header_row]

    def locate(row: int, column: int) -> str:
        label = names[column] if column < len(names) and names[column] else str(column + 1)
        return f"{file}:{row}:{label}"

    return RawTable(name=stem, header=header, header_row=header_row, rows=data, locate=locate)


def _records(text: IO[str]) -> Iterator[tuple[int, list[str | None]]]:
    """Records with the line they start on; empty fields are ``None``."""
    reader = csv.reader(text)
    start = 1
    for record in reader:
        yield start, [value if value != "" else None for value in record]
        start = reader.line_num + 1
