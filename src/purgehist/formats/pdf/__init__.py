"""Built-in format: PDF documents, read with their layout (note markers, footnote areas,
running heads, columns) and passed to the page model's pipeline (``parse_lines``)."""

from __future__ import annotations

from purgehist.formats.text import TEXT_OPTIONS
from purgehist.plugins.hookspecs import hookimpl
from purgehist.plugins.specs import ParserSpec, RegisterParser, deferred

__all__ = ["register_parsers"]


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
            options=TEXT_OPTIONS,  # the page model's pipeline reads them
        )
    )
