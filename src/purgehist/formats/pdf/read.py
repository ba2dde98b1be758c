"""The ``pdf`` input format: the PDF front end feeding the text pipeline.

The front end (:mod:`.frontend`) turns the PDF into the page model's lines; everything below
the page model is the text parser's, through :func:`_parse_lines`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence

from purgehist.diagnostics import Diagnostics
from purgehist.formats.pdf.frontend import read_pdf_lines
from purgehist.formats.text.lines import LineKind, SourceLine
from purgehist.formats.text.read import TextOptions, text_options
from purgehist.plugins.specs import Context, Input, ParseResult, input_name, open_input

__all__ = ["lines_as_text", "parse_pdf"]


def parse_pdf(source: Input, options: Mapping[str, object], context: Context) -> ParseResult:
    """Read a PDF into a dataset (options as the ``text`` format's).

    :raises DataError: not a PDF, encrypted, damaged, or without a text layer (a scan)
    """
    with open_input(source) as stream:
        data = stream.read()
    name = input_name(source)
    found = Diagnostics(name)
    lines = read_pdf_lines(data, name, found)
    sha256 = hashlib.sha256(data).hexdigest()
    result = _parse_lines(lines, file=name, options=text_options(options), sha256=sha256)
    stats = dict(result.stats)
    stats["pdf_pages"] = len({line.page for line in lines})
    stats["pdf_note_lines"] = sum(1 for line in lines if line.kind == LineKind.NOTE)
    return ParseResult(
        dataset=result.dataset, problems=(*found.problems, *result.problems), stats=stats
    )


def _parse_lines(
    lines: Sequence[SourceLine], *, file: str, options: TextOptions, sha256: str
) -> ParseResult:
    """The text pipeline on the front end's lines.

    Stop-gap until ``purgehist.formats.text.read.parse_lines`` lands (it is being written on
    another branch): when it is importable it is called with the lines as they are; until then
    the lines are joined into form-feed-separated text for :func:`~.text.read.parse_text`,
    which loses their kinds and lets the text parser find note areas on its own. The document
    record then carries the text's checksum instead of the PDF's.
    """
    from purgehist.formats.text import read as text_read

    parse_lines = getattr(text_read, "parse_lines", None)
    if parse_lines is not None:
        result: ParseResult = parse_lines(lines, file=file, options=options, sha256=sha256)
        return result
    return text_read.parse_text(lines_as_text(lines), file=file, options=options)


def lines_as_text(lines: Sequence[SourceLine]) -> str:
    """The lines as plain text, pages separated by form feeds as ``pdftotext`` writes them
    (an empty page is a line holding only a form feed), each footnote area opened by a rule
    line, the cue the text parser knows.

    >>> note = SourceLine("1 Ibid.", 1, 2, LineKind.NOTE)
    >>> lines_as_text([SourceLine("a¹", 1, 1), note, SourceLine("c", 3, 1)])
    'a¹\\n__________\\n1 Ibid.\\n\\x0c\\n\\x0cc\\n'
    """
    parts: list[str] = []
    page = lines[0].page if lines else 1
    previous = LineKind.UNKNOWN
    for line in lines:
        if line.page != page:
            parts.append("\f\n" * (line.page - page - 1) + "\f")
            page = line.page
            previous = LineKind.UNKNOWN
        if line.kind == LineKind.NOTE and previous != LineKind.NOTE:
            parts.append("__________\n")
        parts.append(line.text + "\n")
        previous = line.kind
    return "".join(parts)
