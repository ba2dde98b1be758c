"""Built-in plugin: read TEI P5 (purgehist's own exactly, other projects' as far as it maps)."""

from __future__ import annotations

from collections.abc import Mapping

from purgehist.formats import Input, ParseResult, ParserSpec, RegisterParser
from purgehist.hookspecs import hookimpl

__all__ = ["register_parsers"]

_TEI_NS = b"http://www.tei-c.org/ns/1.0"


def _sniff(head: bytes) -> bool:
    return _TEI_NS in head or _TEI_NS.decode().encode("utf-16-le") in head


def _parse(source: Input, options: Mapping[str, object]) -> ParseResult:
    from purgehist.tei import read_tei

    return read_tei(source)


@hookimpl
def register_parsers(register: RegisterParser) -> None:
    """Register the ``tei`` input format."""
    register(
        ParserSpec(
            name="tei",
            description="TEI P5 XML: persons, organisations, events, bibliographies, claims",
            suffixes=(".tei.xml", ".xml"),
            parse=_parse,
            sniff=_sniff,
        )
    )
