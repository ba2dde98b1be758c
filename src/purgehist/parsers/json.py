"""Built-in plugin: read purgehist's canonical JSON."""

from __future__ import annotations

from collections.abc import Mapping

from purgehist.formats import Input, ParseResult, ParserSpec, RegisterParser, input_name, open_input
from purgehist.hookspecs import hookimpl
from purgehist.serialisation import loads

__all__ = ["register_parsers"]


def _sniff(head: bytes) -> bool:
    return b'"format"' in head and b'"purgehist"' in head


def _parse(source: Input, options: Mapping[str, object]) -> ParseResult:
    with open_input(source) as stream:
        dataset = loads(stream.read(), source=input_name(source))
    return ParseResult(dataset=dataset, report=dataset.counts())


@hookimpl
def register_parsers(register: RegisterParser) -> None:
    """Register the ``json`` input format."""
    register(
        ParserSpec(
            name="json",
            description="purgehist canonical JSON (the project's own format)",
            suffixes=(".json",),
            parse=_parse,
            sniff=_sniff,
        )
    )
