"""Built-in format: scholarly plain text (often extracted from a PDF) with its footnotes."""

from __future__ import annotations

from purgehist.plugins.hookspecs import hookimpl
from purgehist.plugins.specs import OptionSpec, ParserSpec, RegisterParser, deferred

__all__ = ["TEXT_OPTIONS", "register_parsers"]

TEXT_OPTIONS = (
    OptionSpec(name="language", help="nl, en, de or fr (detected when not given)", default=None),
    OptionSpec(name="document_type", help="thesis, book, article or text (guessed)", default=None),
    OptionSpec(name="title", help="the document's title (default: the file name)", default=None),
    OptionSpec(name="claims", help="extract claim candidates", default=True),
    OptionSpec(
        name="claim_cues",
        help="extra cue words, e.g. 'nl:before:naar het oordeel van,en:after:reckons'",
        default=None,
    ),
)
"""The options of the ``text`` parser, which every front end of the page model takes (the
``pdf`` format declares the same)."""


@hookimpl
def register_parsers(register: RegisterParser) -> None:
    """Register the ``text`` input format."""
    register(
        ParserSpec(
            name="text",
            description="scholarly plain text with footnotes and a bibliography (e.g. from a PDF)",
            suffixes=(".txt",),
            parse=deferred("purgehist.formats.text.read:parse_text_file"),
            options=TEXT_OPTIONS,
        )
    )
