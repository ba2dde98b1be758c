"""The kit for plugin authors: everything a format or grade plugin needs, in one supported place.

A plugin imports from here (and the record classes from :mod:`purgehist`), never from other
purgehist modules, whose layout may change between releases::

    from purgehist.plugins.sdk import Context, ExporterSpec, ExportResult, hookimpl
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from purgehist.diagnostics import Diagnostics, Problem, Severity
from purgehist.errors import DataError, PluginError, UsageError
from purgehist.formats.text_files import checked_text, nothing_found
from purgehist.lazy import lazy_attributes
from purgehist.plugins.hookspecs import hookimpl
from purgehist.plugins.specs import (
    Context,
    ExportDirectoryFunction,
    ExporterSpec,
    ExportFunction,
    ExportResult,
    GradeSpec,
    Input,
    OptionSpec,
    ParseFunction,
    ParseResult,
    ParserSpec,
    RegisterExporter,
    RegisterGrade,
    RegisterParser,
    input_name,
    open_input,
)

if TYPE_CHECKING:
    from purgehist.formats.author_index import AuthorIndex, NameMatch
    from purgehist.model.ids import is_ncname, slug, unique_id

_LAZY: dict[str, str] = {
    "AuthorIndex": "purgehist.formats.author_index",
    "NameMatch": "purgehist.formats.author_index",
    "is_ncname": "purgehist.model.ids",
    "slug": "purgehist.model.ids",
    "unique_id": "purgehist.model.ids",
}
"""Names imported on first use: the name matcher and the model cost more to import than a
plugin's registration, which runs at every start-up of the command line."""

__all__ = [
    "AuthorIndex",
    "Context",
    "DataError",
    "Diagnostics",
    "ExportDirectoryFunction",
    "ExportFunction",
    "ExportResult",
    "ExporterSpec",
    "GradeSpec",
    "Input",
    "NameMatch",
    "OptionSpec",
    "ParseFunction",
    "ParseResult",
    "ParserSpec",
    "PluginError",
    "Problem",
    "RegisterExporter",
    "RegisterGrade",
    "RegisterParser",
    "Severity",
    "UsageError",
    "checked_text",
    "hookimpl",
    "input_name",
    "is_ncname",
    "nothing_found",
    "open_input",
    "slug",
    "unique_id",
]


__getattr__ = lazy_attributes(__name__, _LAZY)
