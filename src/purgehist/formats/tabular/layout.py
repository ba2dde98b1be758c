"""The one definition of the tables (XLSX sheets, CSV files) a dataset is flattened to: which
record each table's rows hold and which field each column holds.

To add a field to a record, add its column to the record's table (a reference field goes in
:mod:`purgehist.model.reference_fields` too, which gives its column the tables it names); to
add a record type, add its table (and its child tables, or :class:`~.binding.Child` links to
existing ones). Writing, reading, the CSV package's schema and the docs follow.
"""

from __future__ import annotations

from purgehist.formats.tabular.binding import (
    Child,
    Column,
    ColumnKind,
    Table,
    boolean,
    edtf,
    enum,
    ident,
    integer,
    link,
    listed,
    number,
    part,
    path,
    position,
    records,
    ref,
    refs,
    rows_of,
    text,
)
from purgehist.formats.tabular.column_groups import (
    PROVENANCE,
    attribution_columns,
    external,
    identifiers,
    in_paragraph,
)
from purgehist.formats.tabular.reference_targets import targeted
from purgehist.model import (
    Actor,
    ActorKind,
    ArchivalReference,
    Attribution,
    Calendar,
    Certainty,
    ChainLink,
    CitationStatus,
    Claim,
    ClaimRelation,
    ClaimStatus,
    Coordinates,
    Creator,
    Division,
    Document,
    Event,
    Evidence,
    Identifier,
    Locator,
    LocatorUnit,
    Membership,
    NameVariant,
    Note,
    PageBreak,
    PageRange,
    Paragraph,
    Participant,
    Place,
    Quantity,
    RelationType,
    Source,
    SourceType,
)
from purgehist.model.dataset import Metadata
from purgehist.model.evidence import EvidenceGrade

__all__ = ["FORMAT_VERSION", "LIST_RULES", "TABLES", "TABLE_BY_NAME"]

FORMAT_VERSION = 1
"""Version of the tabular layout; a reader refuses a workbook or package of a later version."""


_DECLARED: tuple[Table, ...] = link(
    (
        records(
            "metadata",
            Metadata,
            "The dataset's metadata, on one row.",
            Column(
                name="format_version",
                kind=ColumnKind.INTEGER,
                description=f"Version of this layout ({FORMAT_VERSION}).",
                width=10,
                written=FORMAT_VERSION,
            ),
            text("title", "Title of the dataset.", required=True, width=40),
            listed("creators", "Who made the dataset, one per line."),
            text("license", "SPDX identifier or licence URL (CC-BY-4.0)."),
            text("language", "Language of the dataset's own texts (BCP 47: en, nl, ru)."),
            text("description", "What the dataset holds.", width=50),
            edtf("date", "When the dataset was made."),
            text("version", "Version of the dataset."),
            listed("keywords", "Keywords, one per line."),
            text("source", "What the data was taken from, in words.", width=40),
            single_row=True,
            anchor="title",
        ),
        records(
            "actors",
            Actor,
            "Persons, organisations, groups and schools of thought.",
            ident("Id of the actor."),
            enum("kind", "What sort of actor.", ActorKind, default=ActorKind.PERSON),
            text("name", "Preferred name.", required=True, width=28),
            listed(
                "roles",
                "Free words such as historian, politician, witness; one per line.",
                width=20,
            ),
            text("sex", "Sex of a person, as the source records it."),
            edtf("lifespan", "Life or existence: 1878-12-18/1953-03-05."),
            ref("birth_place", "Id of the place of birth (or founding)."),
            ref("death_place", "Id of the place of death (or dissolution)."),
            text("description", "Who the actor is.", width=50),
            external("actor"),
            PROVENANCE,
            children=(
                Child(field="variants", table="names"),
                Child(field="memberships", table="memberships"),
                identifiers(),
            ),
        ),
        records(
            "places",
            Place,
            "Cities, regions, camps, prisons, buildings.",
            ident("Id of the place."),
            text("name", "Preferred name.", required=True, width=24),
            text("type", "Free word: city, oblast, republic, camp, prison, building, country…"),
            part(
                "coordinates",
                Coordinates,
                number(
                    "latitude",
                    "Latitude in decimal degrees, -90 to 90 (north positive); "
                    "needed with a longitude.",
                    needed=True,
                ),
                number(
                    "longitude",
                    "Longitude in decimal degrees, -180 to 180 (east positive); "
                    "needed with a latitude.",
                    needed=True,
                ),
                prefix="",
                anchor="latitude",
            ),
            ref("part_of", "Id of the larger place this one lies in."),
            text("description", "What the place is.", width=40),
            external("place"),
            PROVENANCE,
            children=(Child(field="variants", table="names"), identifiers()),
        ),
        records(
            "events",
            Event,
            "Things that happened, at dates that may be uncertain.",
            ident("Id of the event."),
            text("label", "Name of the event.", required=True, width=30),
            text("type", "Free word: trial, plenum, murder, operation…"),
            edtf("date", "Gregorian date or interval: 1934-12-01, 1936/1938, 1937~."),
            text("date_text", "The date as printed in the source.", width=20),
            enum(
                "calendar",
                "Calendar of date_text (julian: Old Style).",
                Calendar,
                default=Calendar.GREGORIAN,
            ),
            ref("place", "Id of the place where it happened."),
            ref("part_of", "Id of a larger event this one belongs to."),
            text("description", "What happened.", width=50),
            PROVENANCE,
            children=(
                Child(field="labels", table="names"),
                Child(field="participants", table="participants"),
                identifiers(),
            ),
        ),
        records(
            "claims",
            Claim,
            "Statements about the past; each is somebody's claim (see attributions).",
            ident("Id of the claim."),
            text("text", "The claim, in words, readable on its own.", required=True, width=60),
            text("quote", "The source's sentence verbatim, when text rewords it.", width=40),
            text("lang", "Language of the text (BCP 47); empty: the dataset's language."),
            refs("about", "Ids of the actors and events the claim is about."),
            enum("certainty", "How certain the editors hold the claim to be.", Certainty, width=12),
            part(
                "quantity",
                Quantity,
                number("value", "A number the claim puts forward."),
                number("low", "Its lower bound."),
                number("high", "Its upper bound."),
                text(
                    "unit",
                    "What is counted (executions, arrests); needed with any quantity column.",
                    needed=True,
                ),
                anchor="value",
            ),
            listed("tags", "Free tags, one per line.", width=16),
            enum("status", "Editorial status.", ClaimStatus, default=ClaimStatus.REVIEWED),
            text("note", "Editors' note.", width=40),
            ref(
                "anchor",
                "Id of the paragraph (or division) of a document that states the claim.",
                "paragraphs",
                "divisions",
            ),
            PROVENANCE,
            children=(
                Child(field="attributions", table="attributions"),
                Child(field="relations", table="relations"),
            ),
        ),
        rows_of(
            "attributions",
            Attribution,
            "Who asserts, disputes, qualifies, reports or retracts each claim.",
            *attribution_columns("claim"),
            owner=ref("claim", "Id of the claim.", required=True),
            anchor="actor",
        ),
        rows_of(
            "relations",
            ClaimRelation,
            "How a claim bears on another claim.",
            enum(
                "type", "supports, contradicts or refines.", RelationType, required=True, width=14
            ),
            ref("target", "Id of the other claim.", required=True),
            text("note", "Note on the relation.", width=40),
            owner=ref("claim", "Id of the claim.", required=True),
            anchor="type",
        ),
        records(
            "evidence",
            Evidence,
            "Citations: a source at a place, graded by the kind of testimony.",
            ident("Id of the evidence."),
            ref("source", "Id of the cited source; empty only when unresolved."),
            enum(
                "grade",
                "Kind of testimony (plugins may add grades).",
                EvidenceGrade,
                open_values=True,
                width=18,
            ),
            text("quote", "Quoted words.", width=40),
            text("cited_as", "The citation as printed (Ibidem, 47-48.).", width=30),
            enum(
                "status",
                "Whether the citation was tied to its source.",
                CitationStatus,
                default=CitationStatus.RESOLVED,
            ),
            text("note", "Note on the evidence.", width=30),
            part(
                "locator",
                Locator,
                text("printed", "Where in the source, as printed (pp. 47–48).", width=18),
                enum(
                    "unit",
                    "What the locator counts; filled whenever there is a locator "
                    "(page ranges are on the page_ranges sheet).",
                    LocatorUnit,
                    width=12,
                ),
                part(
                    "archival",
                    ArchivalReference,
                    text("archive", "Archival reference: archive (RGASPI)."),
                    text("fond", "Archival reference: fond."),
                    text("opis", "Archival reference: opis' (inventory)."),
                    text("delo", "Archival reference: delo (file)."),
                    text("folios", "Archival reference: list/folios (2, 10-12, 5ob.)."),
                    prefix="",
                    anchor="fond",
                    marker=boolean(
                        "archival_empty",
                        "TRUE marks an archival reference with none of its parts filled in.",
                    ),
                ),
                anchor="printed",
                children=(Child(field="ranges", table="page_ranges"),),
            ),
            PROVENANCE,
            children=(Child(field="chain", table="chain_links"),),
        ),
        records(
            "sources",
            Source,
            "Books, articles, newspapers and archival documents.",
            ident("Id of the source."),
            enum("type", "Bibliographic type.", SourceType, default=SourceType.BOOK),
            text("title", "Title.", required=True, width=40),
            text("short_title", "Short title.", width=20),
            text("container", "Journal, newspaper or book holding it.", width=24),
            text("volume", "Volume."),
            text("issue", "Issue."),
            text("pages", "Page range within its container."),
            text("edition", "Edition."),
            text("publisher", "Publisher.", width=20),
            text("place", "Place of publication, as printed."),
            edtf("date", "Date of publication."),
            edtf("accessed", "When a web page was consulted."),
            text("language", "Language (BCP 47)."),
            boolean(
                "listed",
                "FALSE when a document cites the work but its bibliography omits it.",
                default="TRUE",
                width=9,
            ),
            text("note", "Note on the source.", width=30),
            external("source"),
            PROVENANCE,
            children=(Child(field="creators", table="creators"), identifiers()),
        ),
        rows_of(
            "names",
            NameVariant,
            "Other names of actors and places, other labels of events (translations, scripts).",
            text("name", "The name.", required=True, width=28),
            text("lang", "Language tag (ru, ru-Latn, nl)."),
            text(
                "type",
                "variant, original, transliteration, pseudonym, birth…",
                default="variant",
                width=16,
            ),
            edtf("date", "When the name was in use: 1924/1991, 1991/.."),
            owner=ref("record", "Id of the actor, place or event.", required=True),
            anchor="name",
        ),
        rows_of(
            "memberships",
            Membership,
            "An actor's membership of an organisation, group or school.",
            ref("group", "Id of the organisation, group or school.", required=True),
            text("role", "Role in the group."),
            edtf("date", "When: 1985/1991, 1937/.."),
            text("note", "Note on the membership.", width=30),
            owner=ref("actor", "Id of the member.", required=True),
            anchor="group",
            children=(Child(field="attributions", table="membership_attributions"),),
        ),
        rows_of(
            "membership_attributions",
            Attribution,
            "Who places an actor in a group or school, who disputes or qualifies the placement.",
            *attribution_columns("placement"),
            owner=(
                ref("member", "Id of the member.", "actors", required=True),
                Column(
                    name="membership",
                    kind=ColumnKind.POSITION,
                    description="Position of the membership on the memberships sheet.",
                    required=True,
                    width=12,
                ),
            ),
            anchor="actor",
        ),
        rows_of(
            "participants",
            Participant,
            "Actors taking part in events.",
            ref("actor", "Id of the actor.", required=True),
            text("role", "victim, defendant, organiser…"),
            owner=ref("event", "Id of the event.", required=True),
            anchor="actor",
        ),
        rows_of(
            "identifiers",
            Identifier,
            "Identifiers in authority files and catalogues (Wikidata, VIAF, DOI…).",
            text("scheme", "wikidata, viaf, gnd, doi, isbn, url, archival…", required=True),
            text("value", "The identifier (Q855).", required=True, width=24),
            owner=ref(
                "record", "Id of the actor, place, event, source or document.", required=True
            ),
            anchor="scheme",
        ),
        rows_of(
            "creators",
            Creator,
            "Authors, editors and translators of sources.",
            text("name", "Name as printed or normalised (Getty, J. Arch).", required=True),
            text("role", "author, editor, translator, compiler.", default="author", width=12),
            ref("actor", "Id of the actor this creator is, when known."),
            owner=ref("source", "Id of the source.", required=True),
            anchor="name",
        ),
        rows_of(
            "chain_links",
            ChainLink,
            "Chains of transmission of second-hand evidence, first-hand witness first.",
            ref("actor", "Id of the teller, when an actor record exists."),
            text("name", "Who, when there is no actor record (or as named).", width=24),
            text("role", "witness, heard from, reported, published."),
            owner=ref("evidence", "Id of the evidence.", required=True),
            anchor="name",
        ),
        rows_of(
            "page_ranges",
            PageRange,
            "Pages of an evidence's locator: one page or a range each.",
            text("start", "First (or only) page, as printed.", required=True),
            text("end", "Last page."),
            boolean(
                "following", "TRUE for '12 ff.': the page and those that follow.", default="FALSE"
            ),
            owner=ref("evidence", "Id of the evidence.", required=True),
            anchor="start",
        ),
        records(
            "documents",
            Document,
            "The texts the dataset was parsed from; their bodies are on the next sheets.",
            ident("Id of the document."),
            text("title", "Title.", required=True, width=40),
            text("type", "thesis, book, article, spreadsheet, text.", default="text", width=12),
            listed("authors", "Authors, one per line.", width=24),
            edtf("date", "Date of the document."),
            text("language", "Language (BCP 47)."),
            text("file", "File the document was read from.", width=20),
            text("sha256", "Checksum of that file.", width=20),
            refs("bibliography", "Ids of the sources its bibliography lists, in order."),
            children=(identifiers(), Child(field="divisions", table="divisions")),
        ),
        rows_of(
            "divisions",
            Division,
            "Chapters and sections of documents; a division's paragraphs come first.",
            ident("Id of the division, if it has one.", required=False),
            text(
                "type",
                "chapter, section, subsection, front, back, bibliography.",
                default="chapter",
                width=12,
            ),
            text("n", "Number as printed (2, 2.3)."),
            text("head", "Heading.", width=40),
            integer("line", "Line in the file."),
            owner=ref("document", "Id of the document.", required=True),
            order=path("division", "Where: 2 is the second top division, 2.1 the first inside it."),
            anchor="division",
            children=(
                Child(field="paragraphs", table="paragraphs"),
                Child(field="divisions", table="divisions"),
            ),
        ),
        rows_of(
            "paragraphs",
            Paragraph,
            "Paragraphs of running text, division by division.",
            ident("Id of the paragraph, if it has one.", required=False),
            text("text", "The paragraph's text.", width=80),
            integer("line", "First line in the file."),
            owner=(
                ref("document", "Id of the document.", "documents", required=True),
                path("division", "The division holding the paragraph (as on divisions)."),
            ),
            order=position("Order of the paragraph in its division."),
            anchor="text",
            children=(
                Child(field="notes", table="notes"),
                Child(field="page_breaks", table="page_breaks"),
            ),
        ),
        rows_of(
            "notes",
            Note,
            "Footnotes, anchored at a character offset of their paragraph.",
            text("n", "Footnote number or label as printed.", required=True, width=8),
            integer(
                "offset",
                "Character offset of the note's marker in the paragraph text.",
                required=True,
                width=8,
            ),
            text("text", "The note's text; empty when it was lost.", width=60),
            refs("evidence", "Ids of the evidence parsed from the note, in order."),
            integer("line", "Line in the file."),
            owner=in_paragraph(),
            order=position("Order of the note in its paragraph."),
            anchor="n",
        ),
        rows_of(
            "page_breaks",
            PageBreak,
            "Starts of printed pages, at character offsets of paragraphs.",
            text("n", "Page number as printed."),
            integer(
                "offset",
                "Character offset of the page start in the paragraph text.",
                default="0",
                width=8,
            ),
            owner=in_paragraph(),
            order=position("Order of the page break in its paragraph."),
            anchor="n",
        ),
    )
)

TABLES: tuple[Table, ...] = targeted(_DECLARED)
"""Every table, in workbook order; a reference column's tables come from the model's
(:mod:`.reference_targets`)."""

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
