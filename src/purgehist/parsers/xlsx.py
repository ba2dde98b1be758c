"""Built-in plugin: read a workbook written by the xlsx exporter (and edited by people)."""

from __future__ import annotations

from collections.abc import Mapping

from purgehist.formats import Input, ParseResult, ParserSpec, RegisterParser, input_name, open_input
from purgehist.hookspecs import hookimpl
from purgehist.tabular.xlsx_reader import read_workbook

__all__ = ["register_parsers"]


def _sniff(head: bytes) -> bool:
    return head.startswith(b"PK") and (b"xl/" in head or b"[Content_Types].xml" in head)


def _parse(source: Input, options: Mapping[str, object]) -> ParseResult:
    with open_input(source) as stream:
        return read_workbook(stream, input_name(source))


@hookimpl
def register_parsers(register: RegisterParser) -> None:
    """Register the ``xlsx`` input format."""
    register(
        ParserSpec(
            name="xlsx",
            description="Excel/LibreOffice workbook in purgehist's layout (see docs/workbook.md)",
            suffixes=(".xlsx",),
            parse=_parse,
            sniff=_sniff,
        )
    )
