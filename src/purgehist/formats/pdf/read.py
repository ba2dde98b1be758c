"""The ``pdf`` input format: the PDF front end feeding the page model.

The front end (:mod:`.frontend`) turns the PDF into the page model's lines, each with its page,
its line on the page and its kind; everything below the page model is the text parser's
(:func:`~purgehist.formats.text.read.parse_lines`), so problems name the page and the line.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping

from purgehist.diagnostics import Diagnostics
from purgehist.formats.pdf.frontend import read_pdf_lines
from purgehist.formats.text.lines import LineKind
from purgehist.formats.text.read import parse_lines, text_options
from purgehist.plugins.specs import Context, Input, ParseResult, input_name, open_input

__all__ = ["parse_pdf"]


def parse_pdf(source: Input, options: Mapping[str, object], context: Context) -> ParseResult:
    """Read a PDF into a dataset (options as the ``text`` format's).

    :raises DataError: not a PDF, encrypted, damaged, or without a text layer (a scan)
    """
    with open_input(source) as stream:
        data = stream.read()
    name = input_name(source)
    found = Diagnostics(name)
    context.report_progress(0, None, "reading the PDF")
    lines = read_pdf_lines(data, name, found)
    sha256 = hashlib.sha256(data).hexdigest()
    result = parse_lines(
        lines, file=name, options=text_options(options), sha256=sha256, per_page=True
    )
    stats = dict(result.stats)
    stats["pdf_pages"] = len({line.page for line in lines})
    stats["pdf_note_lines"] = sum(1 for line in lines if line.kind == LineKind.NOTE)
    return ParseResult(
        dataset=result.dataset, problems=(*found.problems, *result.problems), stats=stats
    )
