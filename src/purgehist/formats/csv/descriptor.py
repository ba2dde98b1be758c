"""The package's Frictionless ``datapackage.json``, derived from the layout's binding: one
resource per table, with its fields, primary key and foreign keys.

    python -m purgehist.formats.csv.descriptor    (prints the key tables of the docs)
"""

from __future__ import annotations

import json
from typing import Any

from purgehist.diagnostics import Diagnostics
from purgehist.formats.csv import DESCRIPTOR
from purgehist.formats.tabular.binding import Column, ColumnKind, Table
from purgehist.formats.tabular.describe import markdown_table
from purgehist.formats.tabular.layout import FORMAT_VERSION, TABLE_BY_NAME, TABLES
from purgehist.model.dataset import Dataset

__all__ = ["check_descriptor", "descriptor", "descriptor_bytes", "keys_markdown", "schema"]

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


def _foreign_keys(table: Table) -> list[dict[str, Any]]:
    """A key for every column referring to one table, and a composite key from rows owned by
    a row of a child table (a note's paragraph) to that table's key."""
    foreign: list[dict[str, Any]] = []
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
    if len(table.owner_key) > 1:
        owner = TABLE_BY_NAME[table.owners[0].table]
        foreign.append(
            {
                "fields": list(table.owner_key),
                "reference": {"resource": owner.name, "fields": list(owner.key)},
            }
        )
    return foreign


def schema(table: Table) -> dict[str, Any]:
    """The Table Schema of *table*'s file."""
    spec: dict[str, Any] = {"fields": [_field(c) for c in table.columns]}
    if table.key:
        spec["primaryKey"] = list(table.key)
    foreign = _foreign_keys(table)
    if foreign:
        spec["foreignKeys"] = foreign
    spec["missingValues"] = [""]
    return spec


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
            "schema": schema(table),
        }
        for table in TABLES
    ]
    return package


def descriptor_bytes(dataset: Dataset) -> bytes:
    """``datapackage.json`` as written: indented UTF-8 JSON."""
    return (json.dumps(descriptor(dataset), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def check_descriptor(content: bytes, found: Diagnostics) -> None:
    """Refuse a package of a later layout version; a descriptor that cannot be read is only
    a warning, since the tables are read without it."""
    try:
        data = json.loads(content)
        version = data.get("purgehist", {}).get("format_version")
    except (ValueError, AttributeError) as err:
        found.warning(
            "bad-descriptor",
            f"{DESCRIPTOR} cannot be read ({err}); tables read without it",
            DESCRIPTOR,
        )
        return
    if isinstance(version, int) and version > FORMAT_VERSION:
        found.error(
            "format-version",
            f"written in layout version {version}; this purgehist reads up to {FORMAT_VERSION}",
            DESCRIPTOR,
        )


def _keys(table: Table) -> str:
    fields = schema(table).get("foreignKeys", [])
    shown = []
    for key in fields:
        names = key["fields"] if isinstance(key["fields"], list) else [key["fields"]]
        target = key["reference"]["resource"] or table.name
        refs = key["reference"]["fields"]
        refs = refs if isinstance(refs, list) else [refs]
        shown.append(f"`{', '.join(names)}` → `{target}.{', '.join(refs)}`")
    return "; ".join(shown)


def keys_markdown() -> str:
    """Each file with its primary and foreign keys, as Markdown (in ``docs/csv-datapackage.md``)."""
    rows = [
        (f"`{t.name}.csv`", f"`{', '.join(t.key)}`" if t.key else "(one row)", _keys(t))
        for t in TABLES
    ]
    return "\n".join(markdown_table(("File", "Primary key", "Foreign keys"), rows)) + "\n"


if __name__ == "__main__":
    # Regenerates the key table of docs/csv-datapackage.md: paste it between the markers.
    print(keys_markdown())
