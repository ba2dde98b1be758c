"""The tables a reference column's ids must name, taken from the model's one table of
reference fields (:data:`~purgehist.model.reference_fields.REFERENCES`).

A ``ref``/``refs`` column bound to a field of that table is declared without targets and
gets the tables of the field's kinds here, so the CSV and XLSX reads' reference check, the
CSV schema's foreign keys and the SQLite foreign keys name what :func:`purgehist.problems`
accepts. A column bound to a field the table does not hold (a claim's anchor, which names a
paragraph or division inside a document) keeps the targets it is declared with; owner
columns are filled in by :func:`~.binding.link`.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from purgehist.formats.tabular.binding import Column, ColumnKind, Part, Table
from purgehist.model.reference_fields import REFERENCES

__all__ = ["targeted"]

_REFERENCE_KINDS = (ColumnKind.REF, ColumnKind.REFS)


def targeted(tables: Sequence[Table]) -> tuple[Table, ...]:
    """*tables* with each reference column bound to a field of ``REFERENCES`` referring to
    the tables of that field's kinds.

    :raises ValueError: a column of such a field declared with targets of its own, or a
        reference column bound to another field declared without any (naming the column).
    """
    tables_of = {table.record: table.name for table in tables if table.key == ("id",)}
    kinds = {(reference.owner, reference.field): reference.kinds for reference in REFERENCES}

    def column(record: type, item: Column, where: str) -> Column:
        if item.kind not in _REFERENCE_KINDS or item.field is None:
            return item
        found = kinds.get((record, item.field))
        if found is None:
            if not item.refers_to:
                raise ValueError(
                    f"column {where}: {record.__name__}.{item.field} refers to no table "
                    "(add the field to purgehist.model.reference_fields.REFERENCES)"
                )
            return item
        if item.refers_to:
            raise ValueError(
                f"column {where}: the tables of {record.__name__}.{item.field} come from "
                "purgehist.model.reference_fields.REFERENCES, not from the layout"
            )
        return attrs.evolve(item, refers_to=tuple(tables_of[kind] for kind in found))

    def items(
        record: type, declared: tuple[Column | Part, ...], table: str
    ) -> tuple[Column | Part, ...]:
        return tuple(
            attrs.evolve(item, items=items(item.record, item.items, table))
            if isinstance(item, Part)
            else column(record, item, f"{table}.{item.name}")
            for item in declared
        )

    return tuple(
        attrs.evolve(table, items=items(table.record, table.items, table.name)) for table in tables
    )
