"""Built-in format: PDF documents, read with their layout (note markers, footnote areas,
running heads, columns) and passed to the text parser's pipeline."""

from __future__ import annotations

from purgehist.formats.text import _OPTIONS as TEXT_OPTIONS
from purgehist.plugins.hookspecs import hookimpl
from purgehist.plugins.specs import ParserSpec, RegisterParser, deferred

__all__ = ["register_parsers"]

# The text format's options (language, document_type, title, claims, claim_cues), declared once
# there: the PDF's lines go through the same pipeline, which reads them.
_OPTIONS = TEXT_OPTIONS


def _sniff(head: bytes) -> bool:
    return b"%PDF-" in head[:1024]


@hookimpl
def register_parsers(register: RegisterParser) -> None:
    """Register the ``pdf`` input format."""
    register(
        ParserSpec(
            name="pdf",
            description="PDF with a text layer: footnotes, markers and page layout read from it",
            suffixes=(".pdf",),
            parse=deferred("purgehist.formats.pdf.read:parse_pdf"),
            sniff=_sniff,
            options=_OPTIONS,
        )
    )
