"""Reports: a self-contained HTML page (inline CSS and SVG charts) or Markdown, from a dataset."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import BinaryIO, Literal

from purgehist.errors import UsageError
from purgehist.formats.report.content import ReportContent, report_content
from purgehist.formats.report.html import render_html
from purgehist.formats.report.markdown import render_markdown
from purgehist.model.dataset import Dataset
from purgehist.plugins.specs import Context, ExportResult

__all__ = [
    "FORMATS",
    "ReportContent",
    "ReportFormat",
    "export_html",
    "export_markdown",
    "render",
    "render_html",
    "render_markdown",
    "report_content",
]

ReportFormat = Literal["html", "markdown"]
FORMATS: tuple[ReportFormat, ...] = ("html", "markdown")


_RENDERERS: dict[str, Callable[[ReportContent], str]] = {
    "html": render_html,
    "markdown": render_markdown,
}


def render(dataset: Dataset, fmt: ReportFormat = "html") -> str:
    """The report of *dataset* as text.

    :raises UsageError: *fmt* is not ``html`` or ``markdown``.
    """
    renderer = _RENDERERS.get(fmt)
    if renderer is None:
        msg = f"unknown report format {fmt!r}; available: {', '.join(FORMATS)}"
        raise UsageError(msg)
    return renderer(report_content(dataset))


def export_html(
    dataset: Dataset, dest: BinaryIO, options: Mapping[str, object], context: Context
) -> ExportResult:
    """The ``html`` output format: the report as a self-contained page."""
    dest.write(render(dataset, "html").encode("utf-8"))
    return ExportResult(counts=dataset.counts())


def export_markdown(
    dataset: Dataset, dest: BinaryIO, options: Mapping[str, object], context: Context
) -> ExportResult:
    """The ``markdown`` output format: the report in Markdown."""
    dest.write(render(dataset, "markdown").encode("utf-8"))
    return ExportResult(counts=dataset.counts())
