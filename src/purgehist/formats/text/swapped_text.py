"""Letters of a ligature written with their bytes swapped, in text extracted from a PDF.

``pdftotext`` reads a re-distilled PDF's ligatures through the same faulty ``ToUnicode`` map
as the PDF front end does (:mod:`purgehist.formats.pdf.swapped`): *fi* comes out as two CJK
ideographs, so "Auflage" reads "Au昀氀age" and a note's text no longer matches its words. The
text is mended page by page (pages part at form feeds) as the PDF's glyphs are: a run of
swapped letters touching a letter, digit or hyphen of its word is written back, on a page
that holds fewer other CJK characters than swapped ones.
"""

from __future__ import annotations

from purgehist.formats.pdf.swapped import other_cjk, swapped_letter, word_char

__all__ = ["unswapped_text"]


def unswapped_text(text: str) -> str:
    """*text* with its swapped letters written back, page by page (see the module)."""
    if not any(swapped_letter(c) for c in text):
        return text
    return "\f".join(_page(page) for page in text.split("\f"))


def _page(page: str) -> str:
    letters = [swapped_letter(c) for c in page]
    swapped = sum(1 for s in letters if s)
    if not swapped:
        return page
    others = sum(1 for c, s in zip(page, letters, strict=True) if s is None and other_cjk(c))
    if others >= swapped:
        return page  # a page of CJK text, the swapped letters' code points among its ideographs
    out = list(page)
    i = 0
    while i < len(page):
        if letters[i] is None:
            i += 1
            continue
        end = i
        while end + 1 < len(page) and letters[end + 1]:
            end += 1
        before = i > 0 and word_char(page[i - 1])
        after = end + 1 < len(page) and word_char(page[end + 1])
        if before or after:
            for k in range(i, end + 1):
                out[k] = letters[k] or page[k]
        i = end + 1
    return "".join(out)
