"""Built-in plugin: read a CSV data package (folder or zip) written by the csv exporter."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from purgehist.formats import Input, ParseResult, ParserSpec, RegisterParser, input_name
from purgehist.hookspecs import hookimpl
from purgehist.tabular.csv_package import DESCRIPTOR, read_package

__all__ = ["register_parsers"]


def _sniff(head: bytes) -> bool:
    return head.startswith(b"PK") and DESCRIPTOR.encode() in head


def _parse(source: Input, options: Mapping[str, object]) -> ParseResult:
    if isinstance(source, Path) and not source.is_dir():
        with source.open("rb") as stream:
            return read_package(stream, input_name(source))
    return read_package(source, input_name(source))


@hookimpl
def register_parsers(register: RegisterParser) -> None:
    """Register the ``csv`` input format."""
    register(
        ParserSpec(
            name="csv",
            description="CSV data package: a folder or zip of CSV files with datapackage.json",
            suffixes=(".zip",),
            parse=_parse,
            sniff=_sniff,
            reads_directories=True,
        )
    )
