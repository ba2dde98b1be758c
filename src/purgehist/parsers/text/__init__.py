"""Built-in plugin: read scholarly plain text (often extracted from a PDF) with its footnotes."""

from __future__ import annotations

from collections.abc import Mapping

from purgehist.errors import UsageError
from purgehist.formats import (
    Input,
    OptionSpec,
    ParseResult,
    ParserSpec,
    RegisterParser,
    input_name,
    open_input,
)
from purgehist.hookspecs import hookimpl
from purgehist.parsers.text.claims import CLAIM_CUES, parse_cue_option, register_cues
from purgehist.parsers.text.parser import TextOptions, detect_language, parse_text
from purgehist.text_input import checked_text

__all__ = [
    "CLAIM_CUES",
    "TextOptions",
    "detect_language",
    "parse_text",
    "register_cues",
    "register_parsers",
]

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


def _options(options: Mapping[str, object]) -> TextOptions:
    cues = options.get("claim_cues")
    try:
        extra = parse_cue_option(cues) if isinstance(cues, str) and cues else {}
    except ValueError as exc:
        raise UsageError(f"text parser: {exc}") from None

    def text(name: str) -> str | None:
        value = options.get(name)
        return value if isinstance(value, str) and value else None

    claims = options.get("claims", True)
    return TextOptions(
        language=text("language"),
        document_type=text("document_type"),
        title=text("title"),
        claims=bool(claims)
        if not isinstance(claims, str)
        else claims.lower() not in {"0", "false", "no", "off"},
        claim_cues=extra,
    )


def _parse(source: Input, options: Mapping[str, object]) -> ParseResult:
    with open_input(source) as stream:
        data = stream.read()
    name = input_name(source)
    data = checked_text(data, name, hint="convert a PDF or DOCX to text first")
    return parse_text(data, file=name, options=_options(options))


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
