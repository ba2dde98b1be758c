"""Built-in format: BibTeX and biblatex bibliographies, read as sources and their authors."""

from __future__ import annotations

import re
from collections.abc import Mapping

from purgehist.plugins.hookspecs import hookimpl
from purgehist.plugins.specs import Context, Input, ParseResult, ParserSpec, RegisterParser

__all__ = ["register_parsers"]

_ENTRY_START = re.compile(r"^[ \t]*@\s*[A-Za-z][\w-]*\s*[{(]", re.MULTILINE)


def _sniff(head: bytes) -> bool:
    return _ENTRY_START.search(head.decode("utf-8", "replace")) is not None


def _parse(source: Input, options: Mapping[str, object], context: Context) -> ParseResult:
    from purgehist.formats.bibtex.read import parse_bibtex

    return parse_bibtex(source, options)


@hookimpl
def register_parsers(register: RegisterParser) -> None:
    """Register the ``bibtex`` input format."""
    register(
        ParserSpec(
            name="bibtex",
            description="BibTeX / biblatex bibliography (entries become sources and authors)",
            suffixes=(".bib",),
            parse=_parse,
            sniff=_sniff,
        )
    )
