"""Reports: a self-contained HTML page (inline CSS and SVG charts) or Markdown, from a dataset."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from purgehist.errors import UsageError
from purgehist.formats.report.content import ReportContent, report_content
from purgehist.formats.report.html import render_html
from purgehist.formats.report.markdown import render_markdown
from purgehist.model.dataset import Dataset

__all__ = [
    "FORMATS",
    "ReportContent",
    "ReportFormat",
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
