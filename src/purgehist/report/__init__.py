"""Reports: a self-contained HTML page (inline CSS and SVG charts) or Markdown, from a dataset."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Literal

from purgehist._atomic import atomic_write
from purgehist.dataset import Dataset
from purgehist.errors import UsageError
from purgehist.report.content import ReportContent, report_content
from purgehist.report.html import render_html
from purgehist.report.markdown import render_markdown

__all__ = [
    "FORMATS",
    "ReportContent",
    "ReportFormat",
    "format_for_path",
    "render",
    "render_html",
    "render_markdown",
    "report_content",
    "write_report",
]

ReportFormat = Literal["html", "markdown"]
FORMATS: tuple[ReportFormat, ...] = ("html", "markdown")
_SUFFIXES: dict[str, ReportFormat] = {
    ".html": "html",
    ".htm": "html",
    ".md": "markdown",
    ".markdown": "markdown",
}


_RENDERERS: dict[str, Callable[[ReportContent], str]] = {
    "html": render_html,
    "markdown": render_markdown,
}


def format_for_path(path: Path) -> ReportFormat | None:
    """The report format a file name asks for (``.html``, ``.md``…), or ``None``."""
    return _SUFFIXES.get(path.suffix.lower())


def render(dataset: Dataset, fmt: ReportFormat = "html") -> str:
    """The report of *dataset* as text.

    :raises UsageError: *fmt* is not ``html`` or ``markdown``.
    """
    renderer = _RENDERERS.get(fmt)
    if renderer is None:
        msg = f"unknown report format {fmt!r}; available: {', '.join(FORMATS)}"
        raise UsageError(msg)
    return renderer(report_content(dataset))


def write_report(dataset: Dataset, path: Path, fmt: ReportFormat | None = None) -> ReportFormat:
    """Write the report to *path* (atomically); the format defaults to the one its suffix
    names, else HTML. Returns the format written."""
    chosen: ReportFormat = fmt or format_for_path(path) or "html"
    text = render(dataset, chosen)
    with atomic_write(path) as stream:
        stream.write(text.encode("utf-8"))
    return chosen
