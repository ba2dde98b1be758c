"""purgehist plugin: the dataset as a dynamic GEXF 1.3 network for Gephi."""

from __future__ import annotations

from collections.abc import Mapping
from typing import BinaryIO

from purgehist import Dataset
from purgehist.plugins.sdk import (
    Context,
    ExporterSpec,
    ExportResult,
    OptionSpec,
    RegisterExporter,
    hookimpl,
)
from purgehist_gexf.writer import (
    EDGE_ATTRIBUTES,
    GEXF_NAMESPACE,
    LIST_SEPARATOR,
    NODE_ATTRIBUTES,
    write_gexf,
)

__all__ = [
    "EDGE_ATTRIBUTES",
    "GEXF_NAMESPACE",
    "LIST_SEPARATOR",
    "NODE_ATTRIBUTES",
    "__version__",
    "register_exporters",
    "write_gexf",
]

__version__ = "0.1.0"


def _export(
    dataset: Dataset, dest: BinaryIO, options: Mapping[str, object], context: Context
) -> ExportResult:
    return write_gexf(dataset, dest, dynamic=bool(options.get("dynamic", True)))


@hookimpl
def register_exporters(register: RegisterExporter) -> None:
    """Register the ``gexf`` output format."""
    register(
        ExporterSpec(
            name="gexf",
            description="GEXF 1.3 network for Gephi: actors, claims, events, sources and ties",
            suffix=".gexf",
            media_type="application/gexf+xml",
            export=_export,
            options=(
                OptionSpec(
                    name="dynamic",
                    help="dated nodes and edges (start/end from EDTF) for Gephi's timeline",
                    default=True,
                ),
            ),
        )
    )
