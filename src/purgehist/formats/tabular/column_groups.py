"""Groups of columns that several tables of the layout declare alike: a record's provenance,
the keys of what sits in a paragraph, a stub's pointer, an attribution's columns."""

from __future__ import annotations

from purgehist.formats.tabular.binding import (
    Child,
    Column,
    ColumnKind,
    Part,
    boolean,
    edtf,
    enum,
    integer,
    part,
    path,
    ref,
    refs,
    text,
)
from purgehist.model import Provenance, Stance

__all__ = ["PROVENANCE", "attribution_columns", "external", "identifiers", "in_paragraph"]


def _provenance() -> Part:
    return part(
        "provenance",
        Provenance,
        ref("document", "Id of the document the record was read from."),
        text("file", "File (or sheet, or URL) the record was read from."),
        integer("line", "Line number in that file (1 or more).", width=9),
        text("footnote", "Footnote as printed (13, 13a)."),
        text("page", "Page as printed."),
        text("note", "Anything else about where the record came from.", width=30),
        anchor="line",
        marker=boolean(
            "empty",
            "TRUE marks a provenance with none of its columns filled in; any filled "
            "provenance column already implies a provenance.",
        ),
    )


PROVENANCE = _provenance()
"""The columns of a record's provenance (where it was read)."""


def in_paragraph() -> tuple[Column, ...]:
    """The key columns of what sits inside a paragraph (notes, page breaks)."""
    return (
        ref("document", "Id of the document.", "documents", required=True),
        path("division", "The division holding the paragraph."),
        Column(
            name="paragraph",
            kind=ColumnKind.POSITION,
            description="Position of the paragraph in its division.",
            required=True,
            width=10,
        ),
    )


def identifiers() -> Child:
    """The link to the identifiers table."""
    return Child(field="identifiers", table="identifiers")


def external(what: str) -> Column:
    """The column of a stub's pointer into an outside register (*what*: the kind of record)."""
    return text(
        "external",
        f"Pointer into a register outside the dataset (#reg1234, reg:1234, a URL): the "
        f"{what} is then a stub holding the name printed where it is used.",
        width=20,
    )


def attribution_columns(subject: str) -> tuple[Column | Part, ...]:
    """What an attribution holds, of a claim or of a membership (the *subject*)."""
    return (
        ref("actor", "Id of the actor taking the stance.", required=True),
        enum("stance", f"The actor's position on the {subject}.", Stance, default=Stance.ASSERTS),
        edtf("date", "When the actor took this stance."),
        ref("work", "Id of the source in which the actor states it."),
        refs("evidence", "Ids of the evidence the actor gives, one per line."),
        boolean(
            "no_evidence",
            "TRUE when the actor explicitly gives no evidence.",
            default="FALSE",
            width=12,
        ),
        text("note", "Note on the attribution.", width=40),
        PROVENANCE,
    )
