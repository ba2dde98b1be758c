"""Built-in format: PDF documents, read with their layout (note markers, footnote areas,
running heads, columns) and passed to the text parser's pipeline."""

from __future__ import annotations

from purgehist.plugins.hookspecs import hookimpl
from purgehist.plugins.specs import OptionSpec, ParserSpec, RegisterParser, deferred

__all__ = ["register_parsers"]

_OPTIONS = (
    OptionSpec(name="language", help="nl, en, de or fr (detected when not given)", default=None),
    OptionSpec(name="document_type", help="thesis, book, article or text (guessed)", default=None),
    OptionSpec(name="title", help="the document's title (default: the file name)", default=None),
    OptionSpec(name="claims", help="extract claim candidates", default=True),
)


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
