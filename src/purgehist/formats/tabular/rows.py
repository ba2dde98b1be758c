"""Flatten a dataset into the rows of the layout's tables, and rebuild it from rows, with
every problem named by its cell."""

from __future__ import annotations

import datetime as dt
import itertools
import math
import re
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from typing import Any

from attrs import define, field

from purgehist.diagnostics import Problem, Severity
from purgehist.formats.tabular.layout import (
    FORMAT_VERSION,
    TABLE_BY_NAME,
    TABLES,
    Column,
    ColumnKind,
    Table,
)
from purgehist.model import (
    Actor,
    ArchivalReference,
    Attribution,
    ChainLink,
    Claim,
    ClaimRelation,
    Creator,
    Division,
    Document,
    Event,
    Evidence,
    Identifier,
    Locator,
    Membership,
    NameVariant,
    Note,
    PageBreak,
    PageRange,
    Paragraph,
    Participant,
    Provenance,
    Quantity,
    Source,
    is_ncname,
    parse_edtf,
)
from purgehist.model.dataset import Dataset, Metadata
from purgehist.model.dates import EdtfError
from purgehist.model.documents import walk_divisions

__all__ = [
    "RawTable",
    "Row",
    "build_dataset",
    "dataset_rows",
    "decode_list",
    "encode_list",
    "table_sizes",
]

Row = dict[str, Any]
"""A row as column name → value (``str``, ``int``, ``float``, ``bool`` or ``None``)."""

_RECORD_TABLES = ("actors", "events", "sources", "evidence", "claims", "documents")
_KIND_WORDS = {
    "actors": "actor",
    "events": "event",
    "sources": "source",
    "evidence": "evidence",
    "claims": "claim",
    "documents": "document",
    "paragraphs": "paragraph",
    "divisions": "division",
}


# -- lists in one cell ---------------------------------------------------------------------

_ITEM_ESCAPES = {"\\": "\\", "n": "\n", "r": "\r"}
_ITEM_UNESCAPE = re.compile(r"\\([\\nr])")


def _escape_item(item: str) -> str:
    if not item:
        return "\\e"
    if "\\" in item or "\n" in item or "\r" in item:
        item = item.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")
    return item


def encode_list(items: Sequence[str]) -> str | None:
    """One item per line; ``\\`` → ``\\\\``, line breaks → ``\\n``/``\\r``, ``''`` → ``\\e``.

    An empty sequence is no value (``None``).
    """
    if not items:
        return None
    return "\n".join(_escape_item(item) for item in items)


def decode_list(text: str) -> tuple[str, ...]:
    """The inverse of :func:`encode_list`; empty lines (and Windows line ends) are ignored,
    and a backslash before any other character is kept as typed."""
    items = []
    for line in text.split("\n"):
        if line.endswith("\r"):
            line = line[:-1]
        if not line:
            continue
        if line == "\\e":
            items.append("")
        elif "\\" in line:
            items.append(_ITEM_UNESCAPE.sub(lambda m: _ITEM_ESCAPES[m[1]], line))
        else:
            items.append(line)
    return tuple(items)


# -- flattening ----------------------------------------------------------------------------


def _provenance(prov: Provenance | None, row: Row) -> Row:
    if prov is not None:
        row["provenance_document"] = prov.document
        row["provenance_file"] = prov.file
        row["provenance_line"] = prov.line
        row["provenance_footnote"] = prov.footnote
        row["provenance_page"] = prov.page
        row["provenance_note"] = prov.note
        if prov == _EMPTY_PROVENANCE:
            row["provenance_empty"] = True
    return row


_EMPTY_PROVENANCE = Provenance()


def _actor_rows(ds: Dataset) -> Iterator[Row]:
    for a in ds.actors:
        yield _provenance(
            a.provenance,
            {
                "id": a.id,
                "kind": a.kind.value,
                "name": a.name,
                "roles": encode_list(a.roles),
                "lifespan": a.lifespan,
                "description": a.description,
            },
        )


def _event_rows(ds: Dataset) -> Iterator[Row]:
    for e in ds.events:
        yield _provenance(
            e.provenance,
            {
                "id": e.id,
                "label": e.label,
                "type": e.type,
                "date": e.date,
                "date_text": e.date_text,
                "calendar": e.calendar.value,
                "place": e.place,
                "part_of": e.part_of,
                "description": e.description,
            },
        )


def _claim_rows(ds: Dataset) -> Iterator[Row]:
    for c in ds.claims:
        q = c.quantity
        yield _provenance(
            c.provenance,
            {
                "id": c.id,
                "text": c.text,
                "lang": c.lang,
                "about": encode_list(c.about),
                "certainty": c.certainty.value if c.certainty is not None else None,
                "quantity_value": q.value if q else None,
                "quantity_low": q.low if q else None,
                "quantity_high": q.high if q else None,
                "quantity_unit": q.unit if q else None,
                "tags": encode_list(c.tags),
                "status": c.status.value,
                "note": c.note,
                "anchor": c.anchor,
            },
        )


def _attribution_rows(ds: Dataset) -> Iterator[Row]:
    for c in ds.claims:
        for i, a in enumerate(c.attributions, 1):
            yield _provenance(
                a.provenance,
                {
                    "claim": c.id,
                    "position": i,
                    "actor": a.actor,
                    "stance": a.stance.value,
                    "date": a.date,
                    "work": a.work,
                    "evidence": encode_list(a.evidence),
                    "no_evidence": a.no_evidence,
                    "note": a.note,
                },
            )


def _relation_rows(ds: Dataset) -> Iterator[Row]:
    for c in ds.claims:
        for i, r in enumerate(c.relations, 1):
            yield {
                "claim": c.id,
                "position": i,
                "type": r.type.value,
                "target": r.target,
                "note": r.note,
            }


def _evidence_rows(ds: Dataset) -> Iterator[Row]:
    for e in ds.evidence:
        row: Row = {
            "id": e.id,
            "source": e.source,
            "grade": e.grade,
            "quote": e.quote,
            "cited_as": e.cited_as,
            "status": e.status.value,
            "note": e.note,
        }
        loc = e.locator
        if loc is not None:
            row["locator_printed"] = loc.printed
            row["locator_unit"] = loc.unit.value
            arch = loc.archival
            if arch is not None:
                row["locator_archive"] = arch.archive
                row["locator_fond"] = arch.fond
                row["locator_opis"] = arch.opis
                row["locator_delo"] = arch.delo
                row["locator_folios"] = arch.folios
                if arch == _EMPTY_ARCHIVAL:
                    row["locator_archival_empty"] = True
        yield _provenance(e.provenance, row)


_EMPTY_ARCHIVAL = ArchivalReference()


def _source_rows(ds: Dataset) -> Iterator[Row]:
    for s in ds.sources:
        yield _provenance(
            s.provenance,
            {
                "id": s.id,
                "type": s.type.value,
                "title": s.title,
                "short_title": s.short_title,
                "container": s.container,
                "volume": s.volume,
                "issue": s.issue,
                "pages": s.pages,
                "edition": s.edition,
                "publisher": s.publisher,
                "place": s.place,
                "date": s.date,
                "accessed": s.accessed,
                "language": s.language,
                "listed": s.listed,
                "note": s.note,
            },
        )


def _name_rows(ds: Dataset) -> Iterator[Row]:
    owners = itertools.chain(
        ((a.id, a.variants) for a in ds.actors), ((e.id, e.labels) for e in ds.events)
    )
    for owner, variants in owners:
        for i, v in enumerate(variants, 1):
            yield {"record": owner, "position": i, "name": v.name, "lang": v.lang, "type": v.type}


def _membership_rows(ds: Dataset) -> Iterator[Row]:
    for a in ds.actors:
        for i, m in enumerate(a.memberships, 1):
            yield {
                "actor": a.id,
                "position": i,
                "group": m.group,
                "role": m.role,
                "date": m.date,
                "note": m.note,
            }


def _participant_rows(ds: Dataset) -> Iterator[Row]:
    for e in ds.events:
        for i, p in enumerate(e.participants, 1):
            yield {"event": e.id, "position": i, "actor": p.actor, "role": p.role}


def _identifier_rows(ds: Dataset) -> Iterator[Row]:
    for name in ("actors", "events", "sources", "documents"):
        for record in getattr(ds, name):
            for i, ident in enumerate(record.identifiers, 1):
                yield {
                    "record": record.id,
                    "position": i,
                    "scheme": ident.scheme,
                    "value": ident.value,
                }


def _creator_rows(ds: Dataset) -> Iterator[Row]:
    for s in ds.sources:
        for i, c in enumerate(s.creators, 1):
            yield {"source": s.id, "position": i, "name": c.name, "role": c.role, "actor": c.actor}


def _chain_rows(ds: Dataset) -> Iterator[Row]:
    for e in ds.evidence:
        for i, link in enumerate(e.chain, 1):
            yield {
                "evidence": e.id,
                "position": i,
                "actor": link.actor,
                "name": link.name,
                "role": link.role,
            }


def _range_rows(ds: Dataset) -> Iterator[Row]:
    for e in ds.evidence:
        if e.locator is None:
            continue
        for i, r in enumerate(e.locator.ranges, 1):
            yield {
                "evidence": e.id,
                "position": i,
                "start": r.start,
                "end": r.end,
                "following": r.following,
            }


def _document_rows(ds: Dataset) -> Iterator[Row]:
    for d in ds.documents:
        yield {
            "id": d.id,
            "title": d.title,
            "type": d.type,
            "authors": encode_list(d.authors),
            "date": d.date,
            "language": d.language,
            "file": d.file,
            "sha256": d.sha256,
            "bibliography": encode_list(d.bibliography),
        }


def _walk(divisions: Sequence[Division]) -> Iterator[tuple[str, Division]]:
    """Divisions with their dotted 1-based paths (``2.1``), as the divisions sheet writes them."""
    for at, division in walk_divisions(divisions):
        yield ".".join(str(i + 1) for i in at), division


def _in_paragraphs(ds: Dataset) -> Iterator[tuple[str, str, int, Paragraph]]:
    """(document id, division path, paragraph position, paragraph) for every paragraph."""
    for d in ds.documents:
        for path, div in _walk(d.divisions):
            for position, paragraph in enumerate(div.paragraphs, 1):
                yield d.id, path, position, paragraph


def _division_rows(ds: Dataset) -> Iterator[Row]:
    for d in ds.documents:
        for path, div in _walk(d.divisions):
            yield {
                "document": d.id,
                "division": path,
                "id": div.id,
                "type": div.type,
                "n": div.n,
                "head": div.head,
                "line": div.line,
            }


def _paragraph_rows(ds: Dataset) -> Iterator[Row]:
    for doc, path, position, p in _in_paragraphs(ds):
        yield {
            "document": doc,
            "division": path,
            "position": position,
            "id": p.id,
            "text": p.text,
            "line": p.line,
        }


def _note_rows(ds: Dataset) -> Iterator[Row]:
    for doc, path, pi, p in _in_paragraphs(ds):
        for i, n in enumerate(p.notes, 1):
            yield {
                "document": doc,
                "division": path,
                "paragraph": pi,
                "position": i,
                "n": n.n,
                "offset": n.offset,
                "text": n.text,
                "evidence": encode_list(n.evidence),
                "line": n.line,
            }


def _page_break_rows(ds: Dataset) -> Iterator[Row]:
    for doc, path, pi, p in _in_paragraphs(ds):
        for i, b in enumerate(p.page_breaks, 1):
            yield {
                "document": doc,
                "division": path,
                "paragraph": pi,
                "position": i,
                "n": b.n,
                "offset": b.offset,
            }


def _metadata_rows(ds: Dataset) -> Iterator[Row]:
    m = ds.metadata
    yield {
        "format_version": FORMAT_VERSION,
        "title": m.title,
        "creators": encode_list(m.creators),
        "license": m.license,
        "language": m.language,
        "description": m.description,
        "date": m.date,
        "version": m.version,
        "keywords": encode_list(m.keywords),
        "source": m.source,
    }


_FLATTEN: dict[str, Callable[[Dataset], Iterator[Row]]] = {
    "metadata": _metadata_rows,
    "actors": _actor_rows,
    "events": _event_rows,
    "claims": _claim_rows,
    "attributions": _attribution_rows,
    "relations": _relation_rows,
    "evidence": _evidence_rows,
    "sources": _source_rows,
    "names": _name_rows,
    "memberships": _membership_rows,
    "participants": _participant_rows,
    "identifiers": _identifier_rows,
    "creators": _creator_rows,
    "chain_links": _chain_rows,
    "page_ranges": _range_rows,
    "documents": _document_rows,
    "divisions": _division_rows,
    "paragraphs": _paragraph_rows,
    "notes": _note_rows,
    "page_breaks": _page_break_rows,
}


def dataset_rows(dataset: Dataset) -> Iterator[tuple[Table, Iterator[list[Any]]]]:
    """Each table with a lazy iterator over its rows, as lists in column order."""
    for table in TABLES:
        names = table.names
        rows = _FLATTEN[table.name](dataset)
        yield table, ([row.get(n) for n in names] for row in rows)


def table_sizes(dataset: Dataset) -> dict[str, int]:
    """How many rows each table needs, counted without building them."""
    sizes = {"metadata": 1}
    sizes.update({name: len(getattr(dataset, name)) for name in _RECORD_TABLES})
    sizes["attributions"] = sum(len(c.attributions) for c in dataset.claims)
    sizes["relations"] = sum(len(c.relations) for c in dataset.claims)
    sizes["names"] = sum(len(a.variants) for a in dataset.actors) + sum(
        len(e.labels) for e in dataset.events
    )
    sizes["memberships"] = sum(len(a.memberships) for a in dataset.actors)
    sizes["participants"] = sum(len(e.participants) for e in dataset.events)
    sizes["identifiers"] = sum(
        len(r.identifiers)
        for name in ("actors", "events", "sources", "documents")
        for r in getattr(dataset, name)
    )
    sizes["creators"] = sum(len(s.creators) for s in dataset.sources)
    sizes["chain_links"] = sum(len(e.chain) for e in dataset.evidence)
    sizes["page_ranges"] = sum(len(e.locator.ranges) for e in dataset.evidence if e.locator)
    sizes["divisions"] = sum(1 for d in dataset.documents for _ in walk_divisions(d.divisions))
    paragraphs = [p for *_, p in _in_paragraphs(dataset)]
    sizes["paragraphs"] = len(paragraphs)
    sizes["notes"] = sum(len(p.notes) for p in paragraphs)
    sizes["page_breaks"] = sum(len(p.page_breaks) for p in paragraphs)
    return sizes


# -- reading -------------------------------------------------------------------------------


@define(kw_only=True)
class RawTable:
    """A table as a reader found it: its header cells and data rows, unconverted.

    *locate* names a cell for messages: ``(row number, 0-based column index) → 'claims!B5'``
    (or ``'claims.csv:5:text'``).
    """

    name: str
    header: Sequence[object]
    header_row: int
    rows: Iterable[tuple[int, Sequence[object]]]
    locate: Callable[[int, int], str]


_INVALID = object()
_NCNAME_HINT = "an id is an XML name: a letter or _ first, then letters, digits, _ - ."
_TRUE = {"true", "yes", "1", "y", "x", "waar", "ja", "wahr"}
_FALSE = {"false", "no", "0", "n", "onwaar", "nee", "falsch"}
_OOXML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def unescape_ooxml(text: str) -> str:
    """Decode the ``_xHHHH_`` escapes of spreadsheet XML (control characters, a literal ``_x``)."""
    return _OOXML_ESCAPE.sub(lambda m: chr(int(m[1], 16)), text)


def _number_text(value: float) -> str:
    if isinstance(value, int) or value.is_integer():
        return str(int(value))
    return repr(value)


@define
class _Reader:
    """Converts cells and collects problems; then builds records."""

    problems: list[Problem] = field(factory=list)
    refs: list[tuple[str, str, tuple[str, ...]]] = field(factory=list)
    """(location, id, target tables) of every reference, checked once all ids are known."""
    ids: dict[str, tuple[str, str]] = field(factory=dict)
    """id → (table, location) of its first definition."""

    def error(self, location: str, code: str, message: str, raw: object = None) -> None:
        self.problems.append(
            Problem(
                code=code,
                message=message,
                location=location,
                raw=None if raw is None else str(raw),
            )
        )

    def warn(self, location: str, code: str, message: str, raw: object = None) -> None:
        self.problems.append(
            Problem(
                code=code,
                message=message,
                location=location,
                severity=Severity.WARNING,
                raw=None if raw is None else str(raw),
            )
        )

    @property
    def failed(self) -> bool:
        return any(p.severity == Severity.ERROR for p in self.problems)

    # cells

    def text(self, raw: object, where: str) -> Any:
        if isinstance(raw, str):
            return raw
        if isinstance(raw, bool):
            return "TRUE" if raw else "FALSE"
        if isinstance(raw, int | float):
            return _number_text(raw)
        if isinstance(raw, dt.datetime | dt.date):
            text = raw.isoformat()
            if isinstance(raw, dt.datetime) and raw.time() == dt.time():
                text = raw.date().isoformat()
            self.warn(
                where,
                "spreadsheet-date",
                f"a spreadsheet date was read as the text {text!r}; type dates as text",
                raw,
            )
            return text
        if isinstance(raw, dt.time):
            return raw.isoformat()
        self.error(where, "bad-cell", f"cannot read a {type(raw).__name__} here", raw)
        return _INVALID

    def cell(self, column: Column, raw: object, where: str) -> Any:
        """Convert one cell; ``None`` when empty, ``_INVALID`` after reporting a problem."""
        if raw is None or raw == "":
            return self.empty(column, where)
        kind = column.kind
        if kind == ColumnKind.TEXT:
            return self.text(raw, where)
        if kind == ColumnKind.LIST:
            value = self.text(raw, where)
            return value if value is _INVALID else decode_list(value)
        if kind in (ColumnKind.BOOLEAN, ColumnKind.INTEGER, ColumnKind.NUMBER, ColumnKind.POSITION):
            return self.scalar(column, raw, where)
        value = self.text(raw, where)
        if value is _INVALID:
            return value
        value = value.strip()
        if not value:
            return self.empty(column, where)
        if kind in (ColumnKind.ID, ColumnKind.REF):
            if not is_ncname(value):
                self.error(where, "bad-id", f"{value!r} is not a valid id ({_NCNAME_HINT})", raw)
                return _INVALID
            if kind == ColumnKind.REF:
                self.refs.append((where, value, column.refers_to))
            return value
        if kind == ColumnKind.REFS:
            items = tuple(item.strip() for item in decode_list(value) if item.strip())
            bad = [item for item in items if not is_ncname(item)]
            if bad:
                self.error(where, "bad-id", f"{bad[0]!r} is not a valid id ({_NCNAME_HINT})", raw)
                return _INVALID
            for item in items:
                self.refs.append((where, item, column.refers_to))
            return items
        if kind == ColumnKind.ENUM:
            return self.enum(column, value, where)
        if kind == ColumnKind.EDTF:
            try:
                parse_edtf(value)
            except EdtfError as err:
                self.error(where, "invalid-edtf", f"invalid EDTF date {value!r}: {err.reason}", raw)
                return _INVALID
            return value
        if kind == ColumnKind.PATH:
            parts = value.split(".")
            if not all(p.isdigit() and int(p) >= 1 for p in parts):
                self.error(
                    where, "bad-path", f"{value!r} is not a division path such as 1, 2 or 2.1", raw
                )
                return _INVALID
            return tuple(int(p) for p in parts)
        raise AssertionError(kind)  # every kind is handled above

    def empty(self, column: Column, where: str) -> Any:
        if column.default is not None:
            return self.cell(column, column.default, where)
        if column.required:
            self.error(where, "missing-value", f"'{column.name}' needs a value")
            return _INVALID
        return None

    def enum(self, column: Column, value: str, where: str) -> Any:
        if value in column.values or column.open_values:
            return value
        lowered = value.lower()
        if lowered in column.values:
            return lowered
        allowed = ", ".join(column.values)
        self.error(where, "bad-value", f"{value!r} is not one of: {allowed}", value)
        return _INVALID

    def scalar(self, column: Column, raw: object, where: str) -> Any:
        kind = column.kind
        value: Any = raw
        if isinstance(raw, str):
            value = raw.strip()
            if not value:
                return self.empty(column, where)
        if kind == ColumnKind.BOOLEAN:
            if isinstance(value, bool):
                return value
            word = str(value).lower() if not isinstance(value, float) else _number_text(value)
            if word in _TRUE:
                return True
            if word in _FALSE:
                return False
            self.error(where, "bad-value", f"{raw!r} is not TRUE or FALSE", raw)
            return _INVALID
        if isinstance(value, bool | dt.date | dt.time):
            number: Any = None
        elif isinstance(value, int | float):
            number = value
        else:
            try:
                number = int(value) if kind != ColumnKind.NUMBER else float(value)
            except (TypeError, ValueError):
                number = None
                if kind != ColumnKind.NUMBER:
                    try:
                        as_float = float(value)
                    except (TypeError, ValueError):
                        pass
                    else:
                        number = as_float
        if kind == ColumnKind.NUMBER:
            if number is None or not math.isfinite(number):
                self.error(where, "bad-number", f"{raw!r} is not a number", raw)
                return _INVALID
            return float(number)
        if number is None or (isinstance(number, float) and not number.is_integer()):
            self.error(where, "bad-number", f"{raw!r} is not a whole number", raw)
            return _INVALID
        number = int(number)
        if kind == ColumnKind.POSITION and number < 1:
            self.error(where, "bad-number", f"a position is 1 or more (got {number})", raw)
            return _INVALID
        return number

    def define_id(self, table: str, value: Any, where: str) -> None:
        if not isinstance(value, str):
            return
        first = self.ids.get(value)
        if first is not None:
            self.error(
                where, "duplicate-id", f"duplicate id {value!r} (first at {first[1]})", value
            )
        else:
            self.ids[value] = (table, where)

    def check_refs(self, absent: Collection[str] = ()) -> dict[str, list[str]]:
        """Report references to unknown ids, except those that may point into an *absent*
        table; return, for each absent table, where those references are."""
        into_absent: dict[str, list[str]] = defaultdict(list)
        for where, value, targets in self.refs:
            found = self.ids.get(value)
            if found is None or found[0] not in targets:
                names = " or ".join(_KIND_WORDS[t] for t in targets)
                missing = [t for t in targets if t in absent]
                if found is None and missing:
                    for target in missing:
                        into_absent[target].append(where)
                elif found is None:
                    self.error(where, "dangling-reference", f"no {names} with id {value!r}", value)
                else:
                    got = _KIND_WORDS[found[0]]
                    self.error(
                        where, "wrong-reference", f"{value!r} is a {got}, expected a {names}", value
                    )
        return into_absent


@define
class _Line:
    """A converted row: values by column, and how to name its cells."""

    values: dict[str, Any]
    number: int
    where: Callable[[str], str]
    ok: bool

    def get(self, name: str) -> Any:
        return self.values.get(name)


def _blank(cell: object) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _lines(reader: _Reader, table: Table, raw: RawTable) -> list[_Line]:
    """Match headers, skip blank rows, convert every cell."""
    index: dict[str, int] = {}
    for i, head in enumerate(raw.header):
        name = reader.text(head, raw.locate(raw.header_row, i)) if head is not None else None
        if not isinstance(name, str) or not name.strip():
            continue
        name = name.strip()
        where = raw.locate(raw.header_row, i)
        if name not in table.names:
            reader.warn(
                where, "unknown-column", f"column {name!r} is not part of the layout; ignored"
            )
        elif name in index:
            reader.error(where, "duplicate-column", f"column {name!r} appears twice")
        else:
            index[name] = i
    for column in table.columns:
        if column.name not in index and column.required and column.default is None:
            reader.error(
                raw.locate(raw.header_row, 0),
                "missing-column",
                f"the sheet has no column {column.name!r}",
            )
    columns = [(table.column(name), i) for name, i in index.items()]
    col_of = dict(index)
    headed = {i for i, head in enumerate(raw.header) if not _blank(head)}
    lines = []
    for number, cells in raw.rows:
        for i, cell in enumerate(cells):
            if i not in headed and not _blank(cell):
                reader.warn(
                    raw.locate(number, i),
                    "extra-cells",
                    "this cell is under no column header, so it is not read; give its column "
                    "a header from the layout, or move the value",
                    cell,
                )
        if all(_blank(c) for i, c in enumerate(cells) if i in headed):
            continue
        failures = len(reader.problems)
        values: dict[str, Any] = {}
        ok = True
        for column, i in columns:
            value = reader.cell(column, cells[i] if i < len(cells) else None, raw.locate(number, i))
            if value is _INVALID:
                ok = False
            values[column.name] = value
        for column in table.columns:
            if column.name not in values and column.default is not None:
                values[column.name] = reader.cell(column, column.default, raw.locate(number, 0))
        if failures != len(reader.problems) and any(
            p.severity == Severity.ERROR for p in reader.problems[failures:]
        ):
            ok = False

        def locate_cell(name: str, number: int = number) -> str:
            return raw.locate(number, col_of.get(name, 0))

        lines.append(_Line(values, number, locate_cell, ok))
    return lines


def _build(
    reader: _Reader, line: _Line, column: str, factory: Callable[..., Any], /, **kw: Any
) -> Any:
    """Construct a model object, reporting what its validators refuse at *column*'s cell."""
    try:
        return factory(**kw)
    except (ValueError, TypeError) as err:
        reader.error(line.where(column), "invalid-record", str(err))
        line.ok = False
        return _INVALID


def _children(
    lines: list[_Line], parent: str, key: Callable[[_Line], Any]
) -> dict[Any, list[tuple[int, int, _Line]]]:
    groups: dict[Any, list[tuple[int, int, _Line]]] = defaultdict(list)
    for line in lines:
        position = line.get("position")
        groups[key(line)].append((position if isinstance(position, int) else 0, line.number, line))
    for items in groups.values():
        items.sort(key=lambda t: (t[0], t[1]))
    return groups


def _ordered(
    reader: _Reader,
    groups: Mapping[Any, list[tuple[int, int, _Line]]],
    key: Any,
    make: Callable[[_Line], Any],
) -> tuple[Any, ...]:
    out = []
    previous = None
    for position, _, line in groups.get(key, ()):
        if position == previous:
            reader.warn(
                line.where("position"),
                "duplicate-position",
                f"position {position} is used twice for {key!r}; rows kept in sheet order",
            )
        previous = position
        obj = make(line)
        if obj is not _INVALID:
            out.append(obj)
    return tuple(out)


def _provenance_of(reader: _Reader, line: _Line) -> Provenance | None:
    values = {
        name: line.get(f"provenance_{name}")
        for name in ("document", "file", "line", "footnote", "page", "note")
    }
    if all(v is None for v in values.values()) and not line.get("provenance_empty"):
        return None
    result = _build(reader, line, "provenance_line", Provenance, **values)
    return None if result is _INVALID else result


def build_dataset(
    tables: Mapping[str, RawTable],
    *,
    unknown: Iterable[tuple[str, str]] = (),
    unreadable: Collection[str] = (),
    container: str = "sheet",
    source: str = "",
) -> tuple[Dataset | None, list[Problem]]:
    """Rebuild a dataset from raw tables (by layout name); missing tables count as empty.

    A missing table that other tables refer to is one ``missing-table`` error, in place of
    a dangling reference for every row that points into it; other missing tables are named
    in one warning.

    :param unknown: ``(location, name)`` of sheets or files that are not part of the layout.
    :param unreadable: tables that are there but could not be read (already reported);
        references into them are not checked.
    :param container: ``"sheet"`` (a workbook) or ``"file"`` (a CSV package), for messages.
    :param source: the workbook or package, where a problem concerns all of it.
    :return: the dataset (``None`` when there are errors) and every problem found.
    """
    reader = _Reader()
    for where, name in unknown:
        reader.warn(where, "unknown-table", f"{name!r} is not part of the layout; ignored")
    if "metadata" not in tables and "metadata" not in unreadable:
        reader.warn(
            _table_place("metadata", container),
            "missing-table",
            f"no metadata {container}; default metadata used",
        )
    lines = {
        table.name: _lines(reader, table, tables[table.name]) if table.name in tables else []
        for table in TABLES
    }
    for name in _RECORD_TABLES:
        for line in lines[name]:
            reader.define_id(name, line.get("id"), line.where("id"))
    for line in lines["divisions"]:
        reader.define_id("divisions", line.get("id"), line.where("id"))
    for line in lines["paragraphs"]:
        reader.define_id("paragraphs", line.get("id"), line.where("id"))
    absent = [t.name for t in TABLES if t.name not in tables and t.name not in unreadable]
    into_absent = reader.check_refs([*absent, *unreadable])
    _report_absent(reader, absent, into_absent, container, source)
    metadata = _metadata(reader, lines["metadata"])
    built = _Builder(reader, lines)
    dataset = Dataset(
        metadata=metadata,
        actors=built.actors(),
        events=built.events(),
        sources=built.sources(),
        evidence=built.evidence(),
        claims=built.claims(),
        documents=built.documents(),
    )
    if reader.failed:
        return None, reader.problems
    return dataset, reader.problems


def _table_place(table: str, container: str) -> str:
    return f"{table}.csv" if container == "file" else table


def _report_absent(
    reader: _Reader,
    absent: Sequence[str],
    into: Mapping[str, list[str]],
    container: str,
    source: str,
) -> None:
    for table in absent:
        places = into.get(table)
        if not places:
            continue
        what = f"{table}.csv" if container == "file" else f"{table!r} sheet"
        count = "1 reference points" if len(places) == 1 else f"{len(places)} references point"
        reader.error(
            _table_place(table, container),
            "missing-table",
            f"no {what}, but {count} to {table} (the first at {places[0]})",
        )
    quiet = [t for t in absent if t != "metadata" and not into.get(t)]
    if quiet:
        if container == "file":
            names = ", ".join(f"{t}.csv" for t in quiet)
            message = f"no {names}: read as empty tables"
        else:
            names = ", ".join(repr(t) for t in quiet)
            noun = "sheets" if len(quiet) > 1 else "sheet"
            message = f"no {names} {noun}: read as empty tables"
        reader.warn(source, "missing-table", message)


def _metadata(reader: _Reader, lines: list[_Line]) -> Metadata:
    if not lines:
        return Metadata()
    for extra in lines[1:]:
        reader.error(extra.where("title"), "extra-row", "the metadata sheet holds one row")
    line = lines[0]
    version = line.get("format_version")
    if isinstance(version, int) and version > FORMAT_VERSION:
        reader.error(
            line.where("format_version"),
            "format-version",
            f"written in layout version {version}; this purgehist reads up to {FORMAT_VERSION}",
        )
    fields = ("title", "creators", "license", "language", "description", "date", "version")
    kwargs = {name: line.get(name) for name in (*fields, "keywords", "source")}
    kwargs = {k: v for k, v in kwargs.items() if v is not None and v is not _INVALID}
    result = _build(reader, line, "title", Metadata, **kwargs)
    return Metadata() if result is _INVALID else result


class _Builder:
    """Assembles records from converted lines, children first."""

    def __init__(self, reader: _Reader, lines: dict[str, list[_Line]]) -> None:
        self.r = reader
        self.lines = lines
        ok = {name: [line for line in rows if line.ok] for name, rows in lines.items()}
        self.ok = ok
        self.names = _children(ok["names"], "record", lambda line: line.get("record"))
        self.memberships = _children(ok["memberships"], "actor", lambda line: line.get("actor"))
        self.participants = _children(ok["participants"], "event", lambda line: line.get("event"))
        self.identifiers = _children(ok["identifiers"], "record", lambda line: line.get("record"))
        self.creators = _children(ok["creators"], "source", lambda line: line.get("source"))
        self.chain = _children(ok["chain_links"], "evidence", lambda line: line.get("evidence"))
        self.ranges = _children(ok["page_ranges"], "evidence", lambda line: line.get("evidence"))
        self.attributions = _children(ok["attributions"], "claim", lambda line: line.get("claim"))
        self.relations = _children(ok["relations"], "claim", lambda line: line.get("claim"))

    def _make(self, line: _Line, column: str, factory: Callable[..., Any], /, **kw: Any) -> Any:
        return _build(self.r, line, column, factory, **kw)

    def _idents(self, key: str) -> tuple[Identifier, ...]:
        return _ordered(
            self.r,
            self.identifiers,
            key,
            lambda x: self._make(
                x, "scheme", Identifier, scheme=x.get("scheme"), value=x.get("value")
            ),
        )

    def _variants(self, key: str) -> tuple[NameVariant, ...]:
        return _ordered(
            self.r,
            self.names,
            key,
            lambda x: self._make(
                x, "name", NameVariant, name=x.get("name"), lang=x.get("lang"), type=x.get("type")
            ),
        )

    def actors(self) -> list[Actor]:
        out = []
        for line in self.ok["actors"]:
            key = line.get("id")
            actor = self._make(
                line,
                "id",
                Actor,
                id=key,
                kind=line.get("kind"),
                name=line.get("name"),
                variants=self._variants(key),
                roles=line.get("roles") or (),
                lifespan=line.get("lifespan"),
                memberships=_ordered(
                    self.r,
                    self.memberships,
                    key,
                    lambda x: self._make(
                        x,
                        "group",
                        Membership,
                        group=x.get("group"),
                        role=x.get("role"),
                        date=x.get("date"),
                        note=x.get("note"),
                    ),
                ),
                identifiers=self._idents(key),
                description=line.get("description"),
                provenance=_provenance_of(self.r, line),
            )
            if actor is not _INVALID:
                out.append(actor)
        return out

    def events(self) -> list[Event]:
        out = []
        for line in self.ok["events"]:
            key = line.get("id")
            event = self._make(
                line,
                "id",
                Event,
                id=key,
                label=line.get("label"),
                labels=self._variants(key),
                type=line.get("type"),
                date=line.get("date"),
                date_text=line.get("date_text"),
                calendar=line.get("calendar"),
                place=line.get("place"),
                participants=_ordered(
                    self.r,
                    self.participants,
                    key,
                    lambda x: self._make(
                        x, "actor", Participant, actor=x.get("actor"), role=x.get("role")
                    ),
                ),
                part_of=line.get("part_of"),
                description=line.get("description"),
                identifiers=self._idents(key),
                provenance=_provenance_of(self.r, line),
            )
            if event is not _INVALID:
                out.append(event)
        return out

    def sources(self) -> list[Source]:
        out = []
        simple = (
            "title", "short_title", "container", "volume", "issue", "pages", "edition",
            "publisher", "place", "date", "accessed", "language", "listed", "note",
        )  # fmt: skip
        for line in self.ok["sources"]:
            key = line.get("id")
            source = self._make(
                line,
                "id",
                Source,
                id=key,
                type=line.get("type"),
                creators=_ordered(
                    self.r,
                    self.creators,
                    key,
                    lambda x: self._make(
                        x,
                        "name",
                        Creator,
                        name=x.get("name"),
                        role=x.get("role"),
                        actor=x.get("actor"),
                    ),
                ),
                identifiers=self._idents(key),
                provenance=_provenance_of(self.r, line),
                **{name: line.get(name) for name in simple},
            )
            if source is not _INVALID:
                out.append(source)
        return out

    def _locator(self, line: _Line) -> Locator | None:
        key = line.get("id")
        ranges = _ordered(
            self.r,
            self.ranges,
            key,
            lambda x: self._make(
                x,
                "start",
                PageRange,
                start=x.get("start"),
                end=x.get("end"),
                following=x.get("following"),
            ),
        )
        parts = {
            name: line.get(f"locator_{name}")
            for name in ("archive", "fond", "opis", "delo", "folios")
        }
        archival = None
        if any(v is not None for v in parts.values()) or line.get("locator_archival_empty"):
            archival = self._make(line, "locator_fond", ArchivalReference, **parts)
        printed, unit = line.get("locator_printed"), line.get("locator_unit")
        if printed is None and unit is None and archival is None and not ranges:
            return None
        locator: Locator | None = self._make(
            line,
            "locator_printed",
            Locator,
            printed=printed or "",
            unit=unit or "page",
            ranges=ranges,
            archival=None if archival is _INVALID else archival,
        )
        return locator

    def evidence(self) -> list[Evidence]:
        out = []
        for line in self.ok["evidence"]:
            key = line.get("id")
            locator = self._locator(line)
            if locator is _INVALID:
                continue
            item = self._make(
                line,
                "id",
                Evidence,
                id=key,
                source=line.get("source"),
                locator=locator,
                quote=line.get("quote"),
                grade=line.get("grade"),
                chain=_ordered(
                    self.r,
                    self.chain,
                    key,
                    lambda x: self._make(
                        x,
                        "name",
                        ChainLink,
                        actor=x.get("actor"),
                        name=x.get("name"),
                        role=x.get("role"),
                    ),
                ),
                cited_as=line.get("cited_as"),
                status=line.get("status"),
                note=line.get("note"),
                provenance=_provenance_of(self.r, line),
            )
            if item is not _INVALID:
                out.append(item)
        return out

    def _attribution(self, x: _Line) -> Any:
        return self._make(
            x,
            "actor",
            Attribution,
            actor=x.get("actor"),
            stance=x.get("stance"),
            date=x.get("date"),
            work=x.get("work"),
            evidence=x.get("evidence") or (),
            no_evidence=x.get("no_evidence"),
            note=x.get("note"),
            provenance=_provenance_of(self.r, x),
        )

    def claims(self) -> list[Claim]:
        out = []
        for line in self.ok["claims"]:
            key = line.get("id")
            numbers = {n: line.get(f"quantity_{n}") for n in ("value", "low", "high", "unit")}
            quantity = None
            if any(v is not None for v in numbers.values()):
                column = "quantity_unit" if numbers["unit"] is None else "quantity_value"
                if numbers["unit"] is None:
                    self.r.error(
                        line.where(column), "missing-value", "a quantity needs 'quantity_unit'"
                    )
                    continue
                quantity = self._make(line, column, Quantity, **numbers)
                if quantity is _INVALID:
                    continue
            claim = self._make(
                line,
                "id",
                Claim,
                id=key,
                text=line.get("text"),
                lang=line.get("lang"),
                about=line.get("about") or (),
                attributions=_ordered(self.r, self.attributions, key, self._attribution),
                relations=_ordered(
                    self.r,
                    self.relations,
                    key,
                    lambda x: self._make(
                        x,
                        "type",
                        ClaimRelation,
                        type=x.get("type"),
                        target=x.get("target"),
                        note=x.get("note"),
                    ),
                ),
                certainty=line.get("certainty"),
                quantity=quantity,
                tags=line.get("tags") or (),
                status=line.get("status"),
                note=line.get("note"),
                provenance=_provenance_of(self.r, line),
                anchor=line.get("anchor"),
            )
            if claim is not _INVALID:
                out.append(claim)
        return out

    def documents(self) -> list[Document]:
        divisions: dict[tuple[str, tuple[int, ...]], _Line] = {}
        for line in self.ok["divisions"]:
            divisions[(line.get("document"), line.get("division"))] = line
        for (doc, path), line in divisions.items():
            if len(path) > 1 and (doc, path[:-1]) not in divisions:
                self.r.error(
                    line.where("division"),
                    "missing-parent",
                    f"division {_path(path)} of {doc!r} has no division {_path(path[:-1])}",
                )
        paragraphs = self._paragraphs(divisions)
        kids: dict[tuple[str, tuple[int, ...]], list[tuple[int, ...]]] = defaultdict(list)
        for doc, path in sorted(divisions):
            kids[(doc, path[:-1])].append(path)

        def division(doc: str, path: tuple[int, ...]) -> Any:
            line = divisions[(doc, path)]
            return self._make(
                line,
                "division",
                Division,
                id=line.get("id"),
                type=line.get("type"),
                n=line.get("n"),
                head=line.get("head"),
                paragraphs=paragraphs.get((doc, path), ()),
                divisions=[
                    d
                    for d in (division(doc, p) for p in kids.get((doc, path), ()))
                    if d is not _INVALID
                ],
                line=line.get("line"),
            )

        out = []
        for line in self.ok["documents"]:
            key = line.get("id")
            tops = [division(key, p) for p in kids.get((key, ()), ())]
            doc = self._make(
                line,
                "id",
                Document,
                id=key,
                title=line.get("title"),
                type=line.get("type"),
                authors=line.get("authors") or (),
                date=line.get("date"),
                language=line.get("language"),
                file=line.get("file"),
                sha256=line.get("sha256"),
                identifiers=self._idents(key),
                divisions=[d for d in tops if d is not _INVALID],
                bibliography=line.get("bibliography") or (),
            )
            if doc is not _INVALID:
                out.append(doc)
        return out

    def _paragraphs(
        self, divisions: Mapping[tuple[str, tuple[int, ...]], _Line]
    ) -> dict[tuple[str, tuple[int, ...]], tuple[Paragraph, ...]]:
        def para_key(line: _Line) -> tuple[str, tuple[int, ...], int]:
            return (line.get("document"), line.get("division"), line.get("paragraph"))

        notes = _children(self.ok["notes"], "paragraph", para_key)
        breaks = _children(self.ok["page_breaks"], "paragraph", para_key)
        known: set[tuple[str, tuple[int, ...], int]] = set()
        groups = _children(
            self.ok["paragraphs"], "division", lambda x: (x.get("document"), x.get("division"))
        )
        result = {}
        for key, items in groups.items():
            if key not in divisions:
                for _, _, line in items:
                    self.r.error(
                        line.where("division"),
                        "missing-parent",
                        f"document {key[0]!r} has no division {_path(key[1])}",
                    )
                continue

            def paragraph(x: _Line, key: tuple[str, tuple[int, ...]] = key) -> Any:
                pkey = (key[0], key[1], x.get("position"))
                known.add(pkey)
                return self._make(
                    x,
                    "text",
                    Paragraph,
                    id=x.get("id"),
                    text=x.get("text") or "",
                    notes=_ordered(
                        self.r,
                        notes,
                        pkey,
                        lambda n: self._make(
                            n,
                            "n",
                            Note,
                            n=n.get("n"),
                            offset=n.get("offset"),
                            text=n.get("text"),
                            evidence=n.get("evidence") or (),
                            line=n.get("line"),
                        ),
                    ),
                    page_breaks=_ordered(
                        self.r,
                        breaks,
                        pkey,
                        lambda b: self._make(
                            b, "n", PageBreak, n=b.get("n") or "", offset=b.get("offset")
                        ),
                    ),
                    line=x.get("line"),
                )

            result[key] = _ordered(self.r, groups, key, paragraph)
        for table, groups_ in (("notes", notes), ("page_breaks", breaks)):
            for pkey, items in groups_.items():
                if pkey not in known:
                    for _, _, line in items:
                        self.r.error(
                            line.where("paragraph"),
                            "missing-parent",
                            f"{table}: document {pkey[0]!r}, division {_path(pkey[1])} has no "
                            f"paragraph {pkey[2]}",
                        )
        return result


def _path(path: tuple[int, ...]) -> str:
    return ".".join(str(p) for p in path)


def check_table_names(names: Iterable[str]) -> dict[str, str]:
    """Map names as found (sheet names, file stems) to layout names, ignoring case and spaces."""
    found = {}
    for name in names:
        key = name.strip().lower()
        if key in TABLE_BY_NAME:
            found[key] = name
    return found
