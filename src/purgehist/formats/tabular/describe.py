"""The layout described for people: the column tables of ``docs/workbook.md`` and of the
workbook's About sheet.

    python -m purgehist.formats.tabular.describe    (prints the docs' column tables)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from purgehist.formats.tabular.binding import Column, ColumnKind, Table
from purgehist.formats.tabular.layout import TABLES

__all__ = ["column_rows", "columns_markdown", "markdown_table"]


def _allowed(column: Column) -> str:
    if column.kind == ColumnKind.ENUM:
        text = ", ".join(column.values)
        return f"{text} (or another registered value)" if column.open_values else text
    if column.kind in (ColumnKind.REF, ColumnKind.REFS):
        return "id in " + " or ".join(column.refers_to)
    return column.kind.value


def column_rows(table: Table) -> list[tuple[str, str, str, str]]:
    """For each column of *table*: header, meaning, allowed values, and required/default."""
    rows = []
    for column in table.columns:
        if column.default is not None:
            need = f"default {column.default}"
        else:
            need = "required" if column.required else ""
        rows.append((column.name, column.description, _allowed(column), need))
    return rows


def markdown_table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> list[str]:
    """A Markdown table, ``|`` in cells escaped."""
    out = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    for cells in rows:
        out.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return out


def columns_markdown() -> str:
    """The column tables of every sheet as Markdown (the middle of ``docs/workbook.md``)."""
    out: list[str] = []
    for table in TABLES:
        out.append(f"### `{table.name}`\n")
        out.append(f"{table.description}\n")
        rows = [(f"`{name}`", *rest) for name, *rest in column_rows(table)]
        out.extend(markdown_table(("Column", "Meaning", "Values", "Required"), rows))
        out.append("")
    return "\n".join(out)


if __name__ == "__main__":
    # Regenerates the column tables of docs/workbook.md: paste the output between the markers.
    print(columns_markdown())
