"""Built-in format: scholarly plain text (often extracted from a PDF) with its footnotes."""

from __future__ import annotations

from collections.abc import Mapping

from purgehist.plugins.hookspecs import hookimpl
from purgehist.plugins.specs import (
    Context,
    Input,
    OptionSpec,
    ParseResult,
    ParserSpec,
    RegisterParser,
    input_name,
    open_input,
)

__all__ = ["register_parsers"]

_OPTIONS = (
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


def _parse(source: Input, options: Mapping[str, object], context: Context) -> ParseResult:
    from purgehist.formats.text.parser import parse_text, text_options
    from purgehist.formats.text_files import checked_text

    with open_input(source) as stream:
        data = stream.read()
    name = input_name(source)
    data = checked_text(data, name, hint="convert a PDF or DOCX to text first")
    return parse_text(data, file=name, options=text_options(options))


@hookimpl
def register_parsers(register: RegisterParser) -> None:
    """Register the ``text`` input format."""
    register(
        ParserSpec(
            name="text",
            description="scholarly plain text with footnotes and a bibliography (e.g. from a PDF)",
            suffixes=(".txt",),
            parse=_parse,
            options=_OPTIONS,
        )
    )
