"""Letters of a ligature written with their bytes swapped, in text extracted from a PDF.

``pdftotext`` reads a re-distilled PDF's ligatures through the same faulty ``ToUnicode`` map
as the PDF front end does (:mod:`purgehist.formats.pdf.swapped`): *fi* comes out as two CJK
ideographs, so "Auflage" reads "Au昀氀age" and a note's text no longer matches its words. The
text is mended page by page (pages part at form feeds) as the PDF's glyphs are: a run of
swapped letters touching a letter, digit or hyphen of its word is written back, on a page
that holds fewer other CJK characters than swapped ones.
"""

from __future__ import annotations

from purgehist.formats.pdf.swapped import swapped_letter, unswapped_runs

__all__ = ["unswapped_text"]


def unswapped_text(text: str) -> str:
    """*text* with its swapped letters written back, page by page (see the module)."""
    if not any(swapped_letter(c) for c in text):
        return text
    return "\f".join(_page(page) for page in text.split("\f"))


def _page(page: str) -> str:
    letters = unswapped_runs(page, lambda *_: True)
    if not letters:
        return page
    return "".join(letters.get(k, c) for k, c in enumerate(page))
