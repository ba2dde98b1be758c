"""Built-in plugin: write purgehist's canonical JSON."""

from __future__ import annotations

from collections.abc import Mapping
from typing import BinaryIO

from purgehist.dataset import Dataset
from purgehist.formats import ExporterSpec, ExportReport, RegisterExporter
from purgehist.hookspecs import hookimpl
from purgehist.serialisation import dumps

__all__ = ["register_exporters"]


def _export(dataset: Dataset, dest: BinaryIO, options: Mapping[str, object]) -> ExportReport:
    dest.write(dumps(dataset).encode("utf-8"))
    return ExportReport(counts=dataset.counts())


@hookimpl
def register_exporters(register: RegisterExporter) -> None:
    """Register the ``json`` output format."""
    register(
        ExporterSpec(
            name="json",
            description="purgehist canonical JSON, described by `purgehist schema`",
            suffix=".json",
            media_type="application/json",
            export=_export,
        )
    )
