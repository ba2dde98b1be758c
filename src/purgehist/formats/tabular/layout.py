"""The one definition of the tables (XLSX sheets, CSV files) a dataset is flattened to."""

from __future__ import annotations

from enum import StrEnum

from attrs import frozen

from purgehist.model import (
    ActorKind,
    Calendar,
    Certainty,
    CitationStatus,
    ClaimStatus,
    LocatorUnit,
    RelationType,
    SourceType,
    Stance,
)
from purgehist.model.evidence import EvidenceGrade

__all__ = [
    "FORMAT_VERSION",
    "LIST_RULES",
    "TABLES",
    "TABLE_BY_NAME",
    "Column",
    "ColumnKind",
    "Table",
    "columns_markdown",
]

FORMAT_VERSION = 1
"""Version of the tabular layout; a reader refuses a workbook or package of a later version."""


class ColumnKind(StrEnum):
    """How a column's cells are written and read."""

    TEXT = "text"
    """Free text, kept exactly (spaces, newlines); an empty cell is no value."""
    ID = "id"
    """The record's id: an XML name (letter or ``_`` first, then letters, digits, ``_-.``)."""
    REF = "ref"
    """The id of another record."""
    REFS = "refs"
    """Ids of other records, one per line."""
    LIST = "list"
    """Several texts, one per line (see the list rules)."""
    ENUM = "enum"
    """One of a fixed set of words."""
    EDTF = "edtf"
    """A date in the Extended Date/Time Format, as text: ``1937``, ``1936/1938``, ``1937~``."""
    INTEGER = "integer"
    NUMBER = "number"
    """A decimal number; one Excel cannot hold exactly is written as text."""
    BOOLEAN = "boolean"
    """TRUE or FALSE."""
    POSITION = "position"
    """1, 2, 3…: the order of an item within its record."""
    PATH = "path"
    """Position of a division in its document: ``1``, ``1.2``, ``1.2.3`` (write it as text)."""


_STRIPPED = frozenset(
    {
        ColumnKind.ID,
        ColumnKind.REF,
        ColumnKind.REFS,
        ColumnKind.ENUM,
        ColumnKind.EDTF,
        ColumnKind.INTEGER,
        ColumnKind.NUMBER,
        ColumnKind.BOOLEAN,
        ColumnKind.POSITION,
        ColumnKind.PATH,
    }
)


@frozen(kw_only=True)
class Column:
    """One column of a table: its header, kind, meaning and allowed values."""

    name: str
    kind: ColumnKind
    description: str
    required: bool = False
    """An empty cell is an error (unless *default* fills it)."""
    values: tuple[str, ...] = ()
    """Allowed values of an ``enum`` column."""
    open_values: bool = False
    """The values are suggestions: others are accepted (evidence grades from plugins)."""
    default: str | None = None
    """What an empty cell means."""
    refers_to: tuple[str, ...] = ()
    """Tables whose ids a ``ref``/``refs`` column holds (``paragraphs`` and ``divisions``
    stand for the ids inside document bodies)."""
    width: int = 14
    """Column width in characters (XLSX)."""

    @property
    def stripped(self) -> bool:
        """Leading and trailing spaces are dropped when read (ids, enumerations, numbers)."""
        return self.kind in _STRIPPED

    @property
    def wraps(self) -> bool:
        """Long values are shown wrapped (XLSX)."""
        return self.kind in (ColumnKind.TEXT, ColumnKind.LIST, ColumnKind.REFS) and self.width >= 30


@frozen(kw_only=True)
class Table:
    """A sheet of the workbook, a file of the CSV package."""

    name: str
    description: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    """The columns that identify a row (the primary key)."""
    single_row: bool = False

    def column(self, name: str) -> Column:
        """The column called *name*."""
        for column in self.columns:
            if column.name == name:
                return column
        raise KeyError(name)

    @property
    def names(self) -> tuple[str, ...]:
        """The headers, in order."""
        return tuple(c.name for c in self.columns)


def _values(enum: type[StrEnum]) -> tuple[str, ...]:
    return tuple(member.value for member in enum)


def _text(name: str, description: str, *, required: bool = False, width: int = 14) -> Column:
    return Column(
        name=name, kind=ColumnKind.TEXT, description=description, required=required, width=width
    )


def _ref(name: str, description: str, *targets: str, required: bool = False) -> Column:
    return Column(
        name=name,
        kind=ColumnKind.REF,
        description=description,
        required=required,
        refers_to=targets,
        width=16,
    )


def _refs(name: str, description: str, *targets: str) -> Column:
    return Column(
        name=name, kind=ColumnKind.REFS, description=description, refers_to=targets, width=18
    )


def _enum(name: str, description: str, enum: type[StrEnum], default: str | None = None) -> Column:
    return Column(
        name=name,
        kind=ColumnKind.ENUM,
        description=description,
        values=_values(enum),
        default=default,
        required=default is not None,
        width=max(12, *(len(v) + 4 for v in _values(enum))),
    )


def _edtf(name: str, description: str) -> Column:
    return Column(name=name, kind=ColumnKind.EDTF, description=description, width=14)


def _id(description: str) -> Column:
    return Column(name="id", kind=ColumnKind.ID, description=description, required=True, width=16)


def _position(description: str = "Order of the item within its record: 1, 2, 3…") -> Column:
    return Column(
        name="position", kind=ColumnKind.POSITION, description=description, required=True, width=9
    )


def _provenance() -> tuple[Column, ...]:
    return (
        _ref("provenance_document", "Id of the document the record was read from.", "documents"),
        _text("provenance_file", "File (or sheet, or URL) the record was read from."),
        Column(
            name="provenance_line",
            kind=ColumnKind.INTEGER,
            description="Line number in that file (1 or more).",
            width=9,
        ),
        _text("provenance_footnote", "Footnote as printed (13, 13a)."),
        _text("provenance_page", "Page as printed."),
        _text("provenance_note", "Anything else about where the record came from.", width=30),
        Column(
            name="provenance_empty",
            kind=ColumnKind.BOOLEAN,
            description=(
                "TRUE marks a provenance with none of its columns filled in; any filled "
                "provenance column already implies a provenance."
            ),
            width=10,
        ),
    )


_GRADES = tuple(g.value for g in EvidenceGrade)


def _in_paragraph() -> tuple[Column, ...]:
    """The key columns of what sits inside a paragraph (notes, page breaks)."""
    return (
        _ref("document", "Id of the document.", "documents", required=True),
        Column(
            name="division",
            kind=ColumnKind.PATH,
            description="The division holding the paragraph.",
            required=True,
            width=10,
        ),
        Column(
            name="paragraph",
            kind=ColumnKind.POSITION,
            description="Position of the paragraph in its division.",
            required=True,
            width=10,
        ),
    )


TABLES: tuple[Table, ...] = (
    Table(
        name="metadata",
        description="The dataset's metadata, on one row.",
        key=(),
        single_row=True,
        columns=(
            Column(
                name="format_version",
                kind=ColumnKind.INTEGER,
                description=f"Version of this layout ({FORMAT_VERSION}).",
                width=10,
            ),
            _text("title", "Title of the dataset.", required=True, width=40),
            Column(
                name="creators",
                kind=ColumnKind.LIST,
                description="Who made the dataset, one per line.",
                width=30,
            ),
            _text("license", "SPDX identifier or licence URL (CC-BY-4.0)."),
            _text("language", "Language of the dataset's own texts (BCP 47: en, nl, ru)."),
            _text("description", "What the dataset holds.", width=50),
            _edtf("date", "When the dataset was made."),
            _text("version", "Version of the dataset."),
            Column(
                name="keywords",
                kind=ColumnKind.LIST,
                description="Keywords, one per line.",
                width=30,
            ),
            _text("source", "What the data was taken from, in words.", width=40),
        ),
    ),
    Table(
        name="actors",
        description="Persons, organisations, groups and schools of thought.",
        key=("id",),
        columns=(
            _id("Id of the actor."),
            _enum("kind", "What sort of actor.", ActorKind, ActorKind.PERSON.value),
            _text("name", "Preferred name.", required=True, width=28),
            Column(
                name="roles",
                kind=ColumnKind.LIST,
                description="Free words such as historian, politician, witness; one per line.",
                width=20,
            ),
            _edtf("lifespan", "Life or existence: 1878-12-18/1953-03-05."),
            _text("description", "Who the actor is.", width=50),
            *_provenance(),
        ),
    ),
    Table(
        name="events",
        description="Things that happened, at dates that may be uncertain.",
        key=("id",),
        columns=(
            _id("Id of the event."),
            _text("label", "Name of the event.", required=True, width=30),
            _text("type", "Free word: trial, plenum, murder, operation…"),
            _edtf("date", "Gregorian date or interval: 1934-12-01, 1936/1938, 1937~."),
            _text("date_text", "The date as printed in the source.", width=20),
            _enum(
                "calendar",
                "Calendar of date_text (julian: Old Style).",
                Calendar,
                Calendar.GREGORIAN.value,
            ),
            _text("place", "Where it happened.", width=20),
            _ref("part_of", "Id of a larger event this one belongs to.", "events"),
            _text("description", "What happened.", width=50),
            *_provenance(),
        ),
    ),
    Table(
        name="claims",
        description="Statements about the past; each is somebody's claim (see attributions).",
        key=("id",),
        columns=(
            _id("Id of the claim."),
            _text("text", "The claim, in words.", required=True, width=60),
            _text("lang", "Language of the text (BCP 47); empty: the dataset's language."),
            _refs("about", "Ids of the actors and events the claim is about.", "actors", "events"),
            Column(
                name="certainty",
                kind=ColumnKind.ENUM,
                description="How certain the editors hold the claim to be.",
                values=_values(Certainty),
                width=12,
            ),
            Column(
                name="quantity_value",
                kind=ColumnKind.NUMBER,
                description="A number the claim puts forward.",
            ),
            Column(name="quantity_low", kind=ColumnKind.NUMBER, description="Its lower bound."),
            Column(name="quantity_high", kind=ColumnKind.NUMBER, description="Its upper bound."),
            _text(
                "quantity_unit",
                "What is counted (executions, arrests); needed with any quantity column.",
            ),
            Column(
                name="tags",
                kind=ColumnKind.LIST,
                description="Free tags, one per line.",
                width=16,
            ),
            _enum("status", "Editorial status.", ClaimStatus, ClaimStatus.REVIEWED.value),
            _text("note", "Editors' note.", width=40),
            _ref(
                "anchor",
                "Id of the paragraph (or division) of a document that states the claim.",
                "paragraphs",
                "divisions",
            ),
            *_provenance(),
        ),
    ),
    Table(
        name="attributions",
        description="Who asserts, disputes, qualifies, reports or retracts each claim.",
        key=("claim", "position"),
        columns=(
            _ref("claim", "Id of the claim.", "claims", required=True),
            _position(),
            _ref("actor", "Id of the actor taking the stance.", "actors", required=True),
            _enum("stance", "The actor's position on the claim.", Stance, Stance.ASSERTS.value),
            _edtf("date", "When the actor took this stance."),
            _ref("work", "Id of the source in which the actor states it.", "sources"),
            _refs("evidence", "Ids of the evidence the actor gives, one per line.", "evidence"),
            Column(
                name="no_evidence",
                kind=ColumnKind.BOOLEAN,
                description="TRUE when the actor explicitly gives no evidence.",
                default="FALSE",
                width=12,
            ),
            _text("note", "Note on the attribution.", width=40),
            *_provenance(),
        ),
    ),
    Table(
        name="relations",
        description="How a claim bears on another claim.",
        key=("claim", "position"),
        columns=(
            _ref("claim", "Id of the claim.", "claims", required=True),
            _position(),
            Column(
                name="type",
                kind=ColumnKind.ENUM,
                description="supports, contradicts or refines.",
                values=_values(RelationType),
                required=True,
                width=14,
            ),
            _ref("target", "Id of the other claim.", "claims", required=True),
            _text("note", "Note on the relation.", width=40),
        ),
    ),
    Table(
        name="evidence",
        description="Citations: a source at a place, graded by the kind of testimony.",
        key=("id",),
        columns=(
            _id("Id of the evidence."),
            _ref("source", "Id of the cited source; empty only when unresolved.", "sources"),
            Column(
                name="grade",
                kind=ColumnKind.ENUM,
                description="Kind of testimony (plugins may add grades).",
                values=_GRADES,
                open_values=True,
                width=18,
            ),
            _text("quote", "Quoted words.", width=40),
            _text("cited_as", "The citation as printed (Ibidem, 47-48.).", width=30),
            _enum(
                "status",
                "Whether the citation was tied to its source.",
                CitationStatus,
                CitationStatus.RESOLVED.value,
            ),
            _text("note", "Note on the evidence.", width=30),
            _text("locator_printed", "Where in the source, as printed (pp. 47–48).", width=18),
            Column(
                name="locator_unit",
                kind=ColumnKind.ENUM,
                description=(
                    "What the locator counts; filled whenever there is a locator "
                    "(page ranges are on the page_ranges sheet)."
                ),
                values=_values(LocatorUnit),
                width=12,
            ),
            _text("locator_archive", "Archival reference: archive (RGASPI)."),
            _text("locator_fond", "Archival reference: fond."),
            _text("locator_opis", "Archival reference: opis' (inventory)."),
            _text("locator_delo", "Archival reference: delo (file)."),
            _text("locator_folios", "Archival reference: list/folios (2, 10-12, 5ob.)."),
            Column(
                name="locator_archival_empty",
                kind=ColumnKind.BOOLEAN,
                description=("TRUE marks an archival reference with none of its parts filled in."),
                width=10,
            ),
            *_provenance(),
        ),
    ),
    Table(
        name="sources",
        description="Books, articles, newspapers and archival documents.",
        key=("id",),
        columns=(
            _id("Id of the source."),
            _enum("type", "Bibliographic type.", SourceType, SourceType.BOOK.value),
            _text("title", "Title.", required=True, width=40),
            _text("short_title", "Short title.", width=20),
            _text("container", "Journal, newspaper or book holding it.", width=24),
            _text("volume", "Volume."),
            _text("issue", "Issue."),
            _text("pages", "Page range within its container."),
            _text("edition", "Edition."),
            _text("publisher", "Publisher.", width=20),
            _text("place", "Place of publication."),
            _edtf("date", "Date of publication."),
            _edtf("accessed", "When a web page was consulted."),
            _text("language", "Language (BCP 47)."),
            Column(
                name="listed",
                kind=ColumnKind.BOOLEAN,
                description="FALSE when a document cites the work but its bibliography omits it.",
                default="TRUE",
                width=9,
            ),
            _text("note", "Note on the source.", width=30),
            *_provenance(),
        ),
    ),
    Table(
        name="names",
        description="Other names of actors and other labels of events (translations, scripts).",
        key=("record", "position"),
        columns=(
            _ref("record", "Id of the actor or event.", "actors", "events", required=True),
            _position(),
            _text("name", "The name.", required=True, width=28),
            _text("lang", "Language tag (ru, ru-Latn, nl)."),
            Column(
                name="type",
                kind=ColumnKind.TEXT,
                description="variant, original, transliteration, pseudonym, birth…",
                default="variant",
                width=16,
            ),
        ),
    ),
    Table(
        name="memberships",
        description="An actor's membership of an organisation, group or school.",
        key=("actor", "position"),
        columns=(
            _ref("actor", "Id of the member.", "actors", required=True),
            _position(),
            _ref("group", "Id of the organisation, group or school.", "actors", required=True),
            _text("role", "Role in the group."),
            _edtf("date", "When: 1985/1991, 1937/.."),
            _text("note", "Note on the membership.", width=30),
        ),
    ),
    Table(
        name="participants",
        description="Actors taking part in events.",
        key=("event", "position"),
        columns=(
            _ref("event", "Id of the event.", "events", required=True),
            _position(),
            _ref("actor", "Id of the actor.", "actors", required=True),
            _text("role", "victim, defendant, organiser…"),
        ),
    ),
    Table(
        name="identifiers",
        description="Identifiers in authority files and catalogues (Wikidata, VIAF, DOI…).",
        key=("record", "position"),
        columns=(
            _ref(
                "record",
                "Id of the actor, event, source or document.",
                "actors",
                "events",
                "sources",
                "documents",
                required=True,
            ),
            _position(),
            _text("scheme", "wikidata, viaf, gnd, doi, isbn, url, archival…", required=True),
            _text("value", "The identifier (Q855).", required=True, width=24),
        ),
    ),
    Table(
        name="creators",
        description="Authors, editors and translators of sources.",
        key=("source", "position"),
        columns=(
            _ref("source", "Id of the source.", "sources", required=True),
            _position(),
            _text("name", "Name as printed or normalised (Getty, J. Arch).", required=True),
            Column(
                name="role",
                kind=ColumnKind.TEXT,
                description="author, editor, translator, compiler.",
                default="author",
                width=12,
            ),
            _ref("actor", "Id of the actor this creator is, when known.", "actors"),
        ),
    ),
    Table(
        name="chain_links",
        description="Chains of transmission of second-hand evidence, first-hand witness first.",
        key=("evidence", "position"),
        columns=(
            _ref("evidence", "Id of the evidence.", "evidence", required=True),
            _position(),
            _ref("actor", "Id of the teller, when an actor record exists.", "actors"),
            _text("name", "Who, when there is no actor record (or as named).", width=24),
            _text("role", "witness, heard from, reported, published."),
        ),
    ),
    Table(
        name="page_ranges",
        description="Pages of an evidence's locator: one page or a range each.",
        key=("evidence", "position"),
        columns=(
            _ref("evidence", "Id of the evidence.", "evidence", required=True),
            _position(),
            _text("start", "First (or only) page, as printed.", required=True),
            _text("end", "Last page."),
            Column(
                name="following",
                kind=ColumnKind.BOOLEAN,
                description="TRUE for '12 ff.': the page and those that follow.",
                default="FALSE",
                width=10,
            ),
        ),
    ),
    Table(
        name="documents",
        description="The texts the dataset was parsed from; their bodies are on the next sheets.",
        key=("id",),
        columns=(
            _id("Id of the document."),
            _text("title", "Title.", required=True, width=40),
            Column(
                name="type",
                kind=ColumnKind.TEXT,
                description="thesis, book, article, spreadsheet, text.",
                default="text",
                width=12,
            ),
            Column(
                name="authors",
                kind=ColumnKind.LIST,
                description="Authors, one per line.",
                width=24,
            ),
            _edtf("date", "Date of the document."),
            _text("language", "Language (BCP 47)."),
            _text("file", "File the document was read from.", width=20),
            _text("sha256", "Checksum of that file.", width=20),
            _refs(
                "bibliography", "Ids of the sources its bibliography lists, in order.", "sources"
            ),
        ),
    ),
    Table(
        name="divisions",
        description="Chapters and sections of documents; a division's paragraphs come first.",
        key=("document", "division"),
        columns=(
            _ref("document", "Id of the document.", "documents", required=True),
            Column(
                name="division",
                kind=ColumnKind.PATH,
                description="Where: 2 is the second top division, 2.1 the first inside it.",
                required=True,
                width=10,
            ),
            Column(
                name="id",
                kind=ColumnKind.ID,
                description="Id of the division, if it has one.",
                width=16,
            ),
            Column(
                name="type",
                kind=ColumnKind.TEXT,
                description="chapter, section, subsection, front, back, bibliography.",
                default="chapter",
                width=12,
            ),
            _text("n", "Number as printed (2, 2.3)."),
            _text("head", "Heading.", width=40),
            Column(name="line", kind=ColumnKind.INTEGER, description="Line in the file."),
        ),
    ),
    Table(
        name="paragraphs",
        description="Paragraphs of running text, division by division.",
        key=("document", "division", "position"),
        columns=(
            _ref("document", "Id of the document.", "documents", required=True),
            Column(
                name="division",
                kind=ColumnKind.PATH,
                description="The division holding the paragraph (as on divisions).",
                required=True,
                width=10,
            ),
            _position("Order of the paragraph in its division."),
            Column(
                name="id",
                kind=ColumnKind.ID,
                description="Id of the paragraph, if it has one.",
                width=16,
            ),
            _text("text", "The paragraph's text.", width=80),
            Column(name="line", kind=ColumnKind.INTEGER, description="First line in the file."),
        ),
    ),
    Table(
        name="notes",
        description="Footnotes, anchored at a character offset of their paragraph.",
        key=("document", "division", "paragraph", "position"),
        columns=(
            *_in_paragraph(),
            _position("Order of the note in its paragraph."),
            _text("n", "Footnote number or label as printed.", required=True, width=8),
            Column(
                name="offset",
                kind=ColumnKind.INTEGER,
                description="Character offset of the note's marker in the paragraph text.",
                required=True,
                width=8,
            ),
            _text("text", "The note's text; empty when it was lost.", width=60),
            _refs("evidence", "Ids of the evidence parsed from the note, in order.", "evidence"),
            Column(name="line", kind=ColumnKind.INTEGER, description="Line in the file."),
        ),
    ),
    Table(
        name="page_breaks",
        description="Starts of printed pages, at character offsets of paragraphs.",
        key=("document", "division", "paragraph", "position"),
        columns=(
            *_in_paragraph(),
            _position("Order of the page break in its paragraph."),
            _text("n", "Page number as printed."),
            Column(
                name="offset",
                kind=ColumnKind.INTEGER,
                description="Character offset of the page start in the paragraph text.",
                default="0",
                width=8,
            ),
        ),
    ),
)
"""Every table, in workbook order."""

TABLE_BY_NAME: dict[str, Table] = {table.name: table for table in TABLES}

LIST_RULES: tuple[str, ...] = (
    "Dates are EDTF text (1937, 1937-12, 1936/1938, 1937~, 1935?, 193X): type them as text, "
    "never as spreadsheet dates.",
    "A cell of a 'list' or 'refs' column holds one item per line (Alt+Enter in Excel, "
    "Ctrl+Enter in LibreOffice). Inside an item, a backslash is written \\\\ and a line break "
    "\\n; an empty item is written \\e. Empty lines are ignored.",
    "Rows of child sheets (attributions, names, memberships…) point to their record by id; "
    "'position' keeps their order, so sorting a sheet loses nothing.",
    "An empty cell is no value. Text is kept exactly as typed, spaces included; ids, "
    "enumerations, dates and numbers lose leading and trailing spaces.",
    "Columns may be reordered (they are matched by header); columns the layout does not know, "
    "and values in cells with no header above them, are ignored with a warning that quotes "
    "them; blank rows are skipped.",
    "Text that begins with =, +, -, @ is stored as text, never as a formula; the reader "
    "refuses formulas.",
    "A cell holds at most 32,767 characters and a sheet 1,048,576 rows: a dataset beyond "
    "that is refused by the XLSX exporter (use the CSV package instead).",
)
"""The conventions every reader of the workbook needs, shown on the About sheet and in docs."""


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


def columns_markdown() -> str:
    """The column tables of every sheet as Markdown (the middle of ``docs/workbook.md``)."""
    out: list[str] = []
    for table in TABLES:
        out.append(f"### `{table.name}`\n")
        out.append(f"{table.description}\n")
        out.append("| Column | Meaning | Values | Required |")
        out.append("|---|---|---|---|")
        for name, meaning, allowed, need in column_rows(table):
            cells = (f"`{name}`", meaning, allowed, need)
            out.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
        out.append("")
    return "\n".join(out)


if __name__ == "__main__":
    # Regenerates the column tables of docs/workbook.md: paste the output between the markers.
    print(columns_markdown())
