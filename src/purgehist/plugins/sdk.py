"""The kit for plugin authors: everything a format or grade plugin needs, in one supported place.

A plugin imports from here (and the record classes from :mod:`purgehist`), never from other
purgehist modules, whose layout may change between releases::

    from purgehist.plugins.sdk import Context, ExporterSpec, ExportResult, hookimpl
"""

from purgehist.diagnostics import Diagnostics, Problem, Severity
from purgehist.errors import DataError, PluginError, UsageError
from purgehist.formats.author_index import AuthorIndex, NameMatch
from purgehist.formats.text_files import checked_text, nothing_found
from purgehist.model.ids import is_ncname, slug, unique_id
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
