"""Built-in format: the evidence report, as a self-contained HTML page with charts or as
Markdown (``purgehist report`` writes it)."""

from __future__ import annotations

from purgehist.plugins.hookspecs import hookimpl
from purgehist.plugins.specs import ExporterSpec, RegisterExporter, deferred

__all__ = ["register_exporters"]


def _exporter(fmt: str) -> ExporterSpec:
    html = fmt == "html"
    return ExporterSpec(
        name=fmt,
        description=(
            "evidence report: a self-contained HTML page with charts"
            if html
            else "evidence report in Markdown"
        ),
        suffix=".html" if html else ".md",
        media_type="text/html" if html else "text/markdown",
        export=deferred(f"purgehist.formats.report.render:export_{fmt}"),
    )


@hookimpl
def register_exporters(register: RegisterExporter) -> None:
    """Register the ``html`` and ``markdown`` report formats."""
    register(_exporter("html"))
    register(_exporter("markdown"))
