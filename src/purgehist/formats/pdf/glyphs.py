"""The characters of a PDF page with their font size and position, read with PDFium.

Everything else in this package works on :class:`PageGlyphs`, so this is the one module that
knows the PDF library. Coordinates are PDF points with the origin at the bottom left of the page
(y grows upwards).
"""

from __future__ import annotations

import ctypes
import math
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped]

from purgehist.diagnostics import Diagnostics, Problem
from purgehist.errors import DataError
from purgehist.formats.pdf.swapped import unswapped_letters

__all__ = ["Glyph", "PageGlyphs", "Rule", "dominant_size", "open_pdf", "read_pages"]

_SPACES = frozenset({0x20, 0xA0})
_LINE_BREAKS = frozenset({0x0A, 0x0D})
_QUARTER = math.pi / 2
_SOFT_HYPHEN = 0x02
"""What PDFium reports for a hyphen it takes for a break at a line end: a plain hyphen to us;
:mod:`.hyphenation` decides whether it stays."""


@dataclass(slots=True)
class Glyph:
    """One character as printed."""

    char: str
    size: float
    """Font size in points, as scaled on the page."""
    x0: float
    x1: float
    """Left and right edge of the character's ink (its tight box)."""
    baseline: float
    space_before: bool = False
    """The PDF had (or PDFium inferred) a word space before this character."""
    raised: bool = False
    """Set by :mod:`.rows`: printed above its line's baseline in a smaller size."""


@dataclass(slots=True)
class Rule:
    """A thin horizontal line drawn on the page (a footnote rule, a table border)."""

    x0: float
    x1: float
    y: float


@dataclass(slots=True)
class PageGlyphs:
    """What one page holds: its characters in content order, rules and images."""

    number: int
    """1-based page number in the file."""
    width: float
    height: float
    glyphs: list[Glyph] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)
    images: int = 0


def dominant_size(glyphs: Iterable[Glyph]) -> float:
    """The most common font size of *glyphs*, to a tenth of a point (0 for none)."""
    sizes = Counter(round(g.size, 1) for g in glyphs if not g.raised)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def open_pdf(data: bytes, name: str) -> pdfium.PdfDocument:
    """Open a PDF held in memory.

    :raises DataError: the data is not a PDF (``not-a-pdf``), needs a password
        (``encrypted-pdf``) or cannot be read (``damaged-pdf``)
    """
    if b"%PDF-" not in data[:1024]:
        what = "the file is empty" if not data.strip() else "not a PDF file (no %PDF- header)"
        raise _error("not-a-pdf", what, name)
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == pdfium_c.FPDF_ERR_PASSWORD:
            message = (
                "the PDF is encrypted and needs a password; save a decrypted copy first "
                "(e.g. qpdf --decrypt --password=… in.pdf out.pdf)"
            )
            raise _error("encrypted-pdf", message, name) from None
        if code == pdfium_c.FPDF_ERR_SECURITY:
            message = "the PDF uses an unsupported security handler; save a decrypted copy first"
            raise _error("encrypted-pdf", message, name) from None
        message = f"the PDF is damaged or truncated and cannot be read ({exc})"
        raise _error("damaged-pdf", message, name) from None


def read_pages(pdf: pdfium.PdfDocument, name: str, found: Diagnostics) -> Iterator[PageGlyphs]:
    """The pages of *pdf* in order; a page PDFium cannot load is reported and skipped."""
    for index in range(len(pdf)):
        try:
            page = pdf[index]
        except pdfium.PdfiumError as exc:
            found.warning("damaged-page", f"page {index + 1} cannot be read ({exc})", name)
            continue
        try:
            yield _page_glyphs(page, index + 1)
        finally:
            page.close()


def _page_glyphs(page: pdfium.PdfPage, number: int) -> PageGlyphs:
    width, height = page.get_size()
    result = PageGlyphs(number=number, width=width, height=height)
    _read_objects(page, result)
    textpage = page.get_textpage()
    try:
        result.glyphs = _glyphs(textpage.raw)
    finally:
        textpage.close()
    return result


def _glyphs(raw: object) -> list[Glyph]:
    # The raw calls, not the helper classes: this loop runs once per character of the file.
    unicode_of = pdfium_c.FPDFText_GetUnicode
    generated = pdfium_c.FPDFText_IsGenerated
    size_of = pdfium_c.FPDFText_GetFontSize
    origin_of = pdfium_c.FPDFText_GetCharOrigin
    box_of = pdfium_c.FPDFText_GetCharBox
    angle_of = pdfium_c.FPDFText_GetCharAngle
    matrix_of = pdfium_c.FPDFText_GetMatrix
    matrix = pdfium_c.FS_MATRIX()
    matrix_ref = ctypes.byref(matrix)
    x, y = ctypes.c_double(), ctypes.c_double()
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    x_ref, y_ref = ctypes.byref(x), ctypes.byref(y)
    box_refs = [ctypes.byref(v) for v in (left, right, bottom, top)]
    by_turn: list[list[Glyph]] = [[], [], [], []]
    space = False
    for i in range(pdfium_c.FPDFText_CountChars(raw)):
        code = unicode_of(raw, i)
        if code in _SPACES or code in _LINE_BREAKS:
            space = True
            continue
        if generated(raw, i) == 1 or code == 0:
            continue
        if 0xDC00 <= code <= 0xDFFF:
            _complete_pair(by_turn, code)
            continue
        origin_of(raw, i, x_ref, y_ref)
        box_of(raw, i, *box_refs)
        char = "-" if code == _SOFT_HYPHEN else _char(code)
        turn = round(max(0.0, angle_of(raw, i)) / _QUARTER) % 4
        size = size_of(raw, i)
        if matrix_of(raw, i, matrix_ref):
            size *= _height_scale(matrix.a, matrix.b, matrix.c, matrix.d)
        glyph = _upright(turn, char, size, x.value, y.value, left, right, bottom, top)
        glyph.space_before = space
        by_turn[turn].append(glyph)
        space = False
    # Text set at a right angle (a landscape table, a rotated page) is read turned upright when
    # most of the page is; the odd rotated label beside upright text is left out.
    upright = max(by_turn, key=len)
    unswapped_letters(upright)
    return upright


def _height_scale(a: float, b: float, c: float, d: float) -> float:
    """How much the matrix ``[a b c d]`` (text and graphics matrix together) scales a font's
    height across its baseline. PDFium gives the size the font is selected at, and producers
    select it at 1 pt and scale it by the text matrix (cairo, InDesign) or scale the whole
    page by the graphics matrix (a page fitted to other paper). The height is the area the
    matrix gives a unit square over the length it gives the baseline: a slanted font (an
    oblique made by shearing, whose ``c`` is not 0) keeps its size, where the length of the
    vertical vector ``(c, d)`` would count the slant as height. Rotation changes nothing. A
    sheared baseline (``b`` not 0, a line rising by ``t`` per unit as in a faux-perspective
    label) gives the height across that line, the size over ``sqrt(1 + t²)``."""
    width = math.hypot(a, b)
    return abs(a * d - b * c) / width if width > 1e-9 else math.hypot(c, d)


def _upright(
    turn: int,
    char: str,
    size: float,
    x: float,
    y: float,
    left: ctypes.c_double,
    right: ctypes.c_double,
    bottom: ctypes.c_double,
    top: ctypes.c_double,
) -> Glyph:
    """A glyph whose text is turned by *turn* quarter turns (PDFium's angle), in coordinates
    turned back so that its line runs left to right."""
    if turn == 0:
        return Glyph(char, size, left.value, right.value, y)
    if turn == 1:
        return Glyph(char, size, -top.value, -bottom.value, x)
    if turn == 2:
        return Glyph(char, size, -right.value, -left.value, -y)
    return Glyph(char, size, bottom.value, top.value, -x)


def _char(code: int) -> str:
    # a high surrogate stays until its low half completes it (see _complete_pair)
    return chr(code) if 0 <= code <= 0x10FFFF else "\ufffd"


def _complete_pair(by_turn: list[list[Glyph]], low: int) -> None:
    """PDFium gives characters outside the BMP as UTF-16 surrogate pairs: join the halves."""
    for glyphs in by_turn:
        if glyphs and len(glyphs[-1].char) == 1 and 0xD800 <= ord(glyphs[-1].char) <= 0xDBFF:
            high = ord(glyphs[-1].char)
            glyphs[-1].char = chr(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
            return


Affine = tuple[float, float, float, float, float, float]
"""A PDF matrix ``[a b c d e f]``: ``(x, y)`` goes to ``(a x + c y + e, b x + d y + f)``."""
_IDENTITY: Affine = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _then(inner: Affine, outer: Affine) -> Affine:
    """The matrix that applies *inner*, then *outer*."""
    a, b, c, d, e, f = inner
    p, q, r, s, t, u = outer
    return (
        a * p + b * r,
        a * q + b * s,
        c * p + d * r,
        c * q + d * s,
        e * p + f * r + t,
        e * q + f * s + u,
    )


def _read_objects(page: pdfium.PdfPage, result: PageGlyphs) -> None:
    """Count the images and collect thin horizontal rules (a footnote rule is one), also those
    inside form XObjects: a page placed on other paper (``pdfpages``, ``pdfjam``, imposition
    tools) is one form, whose objects PDFium bounds in the form's own space."""
    get_object = pdfium_c.FPDFPage_GetObject
    count = pdfium_c.FPDFPage_CountObjects(page.raw)
    _read_objects_of([get_object(page.raw, i) for i in range(count)], _IDENTITY, result, 0)


_MAX_FORM_DEPTH = 8
"""Forms nested deeper than this are not read (a malformed file may nest them without end)."""


def _read_objects_of(objects: list[object], matrix: Affine, result: PageGlyphs, depth: int) -> None:
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    refs = [ctypes.byref(v) for v in (left, bottom, right, top)]
    type_of = pdfium_c.FPDFPageObj_GetType
    for obj in objects:
        kind = type_of(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            result.images += 1
        elif kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < _MAX_FORM_DEPTH:
            own = pdfium_c.FS_MATRIX()
            if not pdfium_c.FPDFPageObj_GetMatrix(obj, ctypes.byref(own)):
                continue
            inner = (own.a, own.b, own.c, own.d, own.e, own.f)
            count = pdfium_c.FPDFFormObj_CountObjects(obj)
            children = [pdfium_c.FPDFFormObj_GetObject(obj, i) for i in range(max(0, count))]
            _read_objects_of(children, _then(inner, matrix), result, depth + 1)
        elif kind == pdfium_c.FPDF_PAGEOBJ_PATH and pdfium_c.FPDFPageObj_GetBounds(obj, *refs):
            rule = _rule(matrix, left.value, bottom.value, right.value, top.value)
            if rule is not None:
                result.rules.append(rule)


def _rule(matrix: Affine, x0: float, y0: float, x1: float, y1: float) -> Rule | None:
    """The rule the box ``(x0, y0)``-``(x1, y1)`` is on the page drawn by *matrix*, if the box
    is a thin horizontal line there."""
    a, b, c, d, e, f = matrix
    xs = [a * x + c * y + e for x in (x0, x1) for y in (y0, y1)]
    ys = [b * x + d * y + f for x in (x0, x1) for y in (y0, y1)]
    if max(ys) - min(ys) < 1.5 and max(xs) - min(xs) > 20:
        return Rule(min(xs), max(xs), (max(ys) + min(ys)) / 2)
    return None


def _error(code: str, message: str, name: str) -> DataError:
    return DataError([Problem(code=code, message=message, location=name)], source=name)
