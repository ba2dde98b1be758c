"""The database schema, derived from the tabular layout: one table per layout table, its key
as the primary key, references as foreign keys (where they point to one table) and indexes,
full-text search tables and views for the common questions.

A record type added to :data:`purgehist.formats.tabular.layout.TABLES` gets its table, keys
and indexes here with no change.
"""

from __future__ import annotations

from collections.abc import Iterator

from purgehist.formats.tabular.binding import Column, ColumnKind, Table
from purgehist.formats.tabular.layout import TABLE_BY_NAME, TABLES

__all__ = ["FULL_TEXT", "VIEWS", "create_statements", "finish_statements", "quote"]

_TYPES = {
    ColumnKind.INTEGER: "INTEGER",
    ColumnKind.POSITION: "INTEGER",
    ColumnKind.BOOLEAN: "INTEGER",
    ColumnKind.NUMBER: "REAL",
}

FULL_TEXT: dict[str, tuple[str, ...]] = {
    "claims": ("text",),
    "sources": ("title", "short_title"),
    "notes": ("text",),
}
"""Tables searchable by full text (FTS5), with their columns: claim texts, source titles and
the texts of footnotes."""

VIEWS: dict[str, str] = {
    "citations_per_source": """
        SELECT s.id AS source, s.title, e.grade, COUNT(*) AS citations
        FROM evidence AS e JOIN sources AS s ON s.id = e.source
        GROUP BY s.id, s.title, e.grade
        ORDER BY citations DESC, s.id, e.grade""",
    "claim_stances": """
        SELECT c.id AS claim, c.text, a.position, a.actor, ac.name AS claimant, a.stance,
               a.date, a.work, a.evidence
        FROM claims AS c
        JOIN attributions AS a ON a.claim = c.id
        LEFT JOIN actors AS ac ON ac.id = a.actor
        ORDER BY c.rowid, a.position""",
}
"""Views: how often each source is cited, by grade of evidence; each claim with its claimants
and their stances."""


def quote(name: str) -> str:
    """*name* as an SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


def _type(column: Column) -> str:
    return _TYPES.get(column.kind, "TEXT")


def _target_key(target: str) -> tuple[str, ...] | None:
    table = TABLE_BY_NAME.get(target)
    if table is None or table.single_row:
        return None
    return table.key


def _foreign_keys(table: Table) -> Iterator[str]:
    """References that point to one table: a record's ``ref`` columns, a child table's owner."""
    owner_key = table.owner_key
    for column in table.columns:
        if column.kind != ColumnKind.REF or column.name in owner_key[1:]:
            continue
        targets = column.refers_to
        if column.name in owner_key and len(owner_key) == 1:
            targets = tuple(o.table for o in table.owners if o.table != table.name)
        if len(targets) == 1 and _target_key(targets[0]) == ("id",):
            yield f"FOREIGN KEY ({quote(column.name)}) REFERENCES {quote(targets[0])} (id)"
    if len(owner_key) > 1 and not table.is_tree:
        owners = {o.table for o in table.owners}
        if len(owners) == 1:
            (owner,) = owners
            key = _target_key(owner)
            if key is not None and len(key) == len(owner_key):
                mine = ", ".join(map(quote, owner_key))
                theirs = ", ".join(map(quote, key))
                yield f"FOREIGN KEY ({mine}) REFERENCES {quote(owner)} ({theirs})"


def create_statements() -> Iterator[str]:
    """``CREATE TABLE`` for every table of the layout."""
    for table in TABLES:
        lines = [f"{quote(c.name)} {_type(c)}" for c in table.columns]
        if table.key:
            lines.append(f"PRIMARY KEY ({', '.join(map(quote, table.key))})")
        lines.extend(_foreign_keys(table))
        body = ",\n  ".join(lines)
        yield f"CREATE TABLE {quote(table.name)} (\n  {body}\n)"


def finish_statements(fts: bool) -> Iterator[str]:
    """Indexes on references, the full-text tables (filled), and the views: run after the
    rows are in, which is faster than keeping indexes up to date row by row."""
    for table in TABLES:
        for column in table.columns:
            if column.kind == ColumnKind.REF and column.name not in table.key:
                name = quote(f"{table.name}_{column.name}")
                yield f"CREATE INDEX {name} ON {quote(table.name)} ({quote(column.name)})"
    if fts:
        for searched, columns in FULL_TEXT.items():
            fts_table = quote(f"{searched}_fts")
            names = ", ".join(map(quote, columns))
            yield (
                f"CREATE VIRTUAL TABLE {fts_table} USING fts5({names}, "
                f'content="{searched}", tokenize="unicode61 remove_diacritics 2")'
            )
            yield f"INSERT INTO {fts_table} ({fts_table}) VALUES ('rebuild')"
    for name, select in VIEWS.items():
        yield f"CREATE VIEW {quote(name)} AS {select.strip()}"
