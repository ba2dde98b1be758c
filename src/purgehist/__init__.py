"""purgehist: historians' claims, stances and graded evidence as typed, citable data."""

from purgehist.api import export, export_stream, parse, parse_file
from purgehist.dataset import Dataset, Metadata
from purgehist.errors import DataError, PluginError, PurgehistError, UsageError
from purgehist.examples import example_dataset, example_path
from purgehist.formats import (
    ExporterSpec,
    ExportReport,
    GradeSpec,
    OptionSpec,
    ParseResult,
    ParserSpec,
)
from purgehist.hookspecs import hookimpl
from purgehist.model import *  # noqa: F403 - the model is part of the public API
from purgehist.model import __all__ as _model_all
from purgehist.problems import Problem, Severity
from purgehist.serialisation import dump, dumps, load, loads

__version__ = "0.1.0"

__all__ = [
    "DataError",
    "Dataset",
    "ExportReport",
    "ExporterSpec",
    "GradeSpec",
    "Metadata",
    "OptionSpec",
    "ParseResult",
    "ParserSpec",
    "PluginError",
    "Problem",
    "PurgehistError",
    "Severity",
    "UsageError",
    "__version__",
    "dump",
    "dumps",
    "example_dataset",
    "example_path",
    "export",
    "export_stream",
    "hookimpl",
    "load",
    "loads",
    "parse",
    "parse_file",
    *_model_all,
]
