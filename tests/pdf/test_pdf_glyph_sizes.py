"""The size of a glyph as printed on the page, whatever matrices the producer scales its fonts
and pages by: fonts selected at 1 pt (cairo, InDesign), pages scaled by the graphics matrix
(a page fitted to other paper), oblique fonts made by shearing."""

from __future__ import annotations

import math

import make_pdfs
import pytest
from fpdf.drawing_primitives import Transform

from purgehist.diagnostics import Diagnostics
from purgehist.formats.pdf.frontend import read_pdf_lines
from purgehist.formats.pdf.glyphs import Glyph, open_pdf, read_pages
from purgehist.formats.text.lines import LineKind


def glyphs(data: bytes) -> list[Glyph]:
    pages = read_pages(open_pdf(data, "made.pdf"), "made.pdf", Diagnostics())
    return [g for page in pages for g in page.glyphs]


def sheared_page(shear: float, one_point: bool) -> bytes:
    """A body line whose middle word is slanted by shearing its text by *shear*; with
    *one_point* the font is selected at 1 pt and the body size set by the matrix too."""
    pdf = make_pdfs.new_pdf()
    pdf.add_page()
    size = 1.0 if one_point else make_pdfs.BODY
    scale = make_pdfs.BODY / size
    pdf.set_font_size(size)
    x, y = make_pdfs.LEFT, 100.0
    for word, slant in (("Upright ", 0.0), ("Slanted ", shear), ("upright", 0.0)):
        matrix = Transform.scaling(scale).about(x, y) @ Transform.shearing(slant, 0).about(x, y)
        with pdf.transform(matrix):
            pdf.text(x, y, word)
        x += pdf.get_string_width(word) * scale
    return bytes(pdf.output())


def transformed_page(matrix: Transform, one_point: bool) -> bytes:
    """A body line drawn through *matrix* (about its start); with *one_point* the font is
    selected at 1 pt and the body size set by the matrix too."""
    pdf = make_pdfs.new_pdf()
    pdf.add_page()
    size = 1.0 if one_point else make_pdfs.BODY
    pdf.set_font_size(size)
    x, y = make_pdfs.LEFT + 40, 150.0
    scaled = Transform.scaling(make_pdfs.BODY / size).about(x, y)
    with pdf.transform(matrix.about(x, y) @ scaled):
        pdf.text(x, y, "Turned text of a label")
    return bytes(pdf.output())


@pytest.mark.parametrize("one_point", [False, True])
@pytest.mark.parametrize("degrees", [90, 180, 30])
def test_rotated_text_reads_at_its_size(degrees: int, one_point: bool) -> None:
    found = glyphs(transformed_page(Transform.rotation_d(degrees), one_point))
    assert len(found) == len("Turnedtextofalabel")
    assert {round(g.size, 2) for g in found} == {make_pdfs.BODY}


@pytest.mark.parametrize("one_point", [False, True])
def test_a_sheared_baseline_reads_the_height_across_it(one_point: bool) -> None:
    # the baseline rises by 0.3 per unit: the glyphs' height across it is BODY / sqrt(1.09),
    # not the nominal size (a slanted line of a faux-perspective label reads a little smaller)
    found = glyphs(transformed_page(Transform.shearing(0, 0.3), one_point))
    assert {round(g.size, 2) for g in found} == {round(make_pdfs.BODY / math.hypot(1, 0.3), 2)}


@pytest.mark.parametrize("one_point", [False, True])
def test_a_sheared_oblique_keeps_the_size_of_its_line(one_point: bool) -> None:
    sizes = {g.char: round(g.size, 2) for g in glyphs(sheared_page(0.25, one_point))}
    assert set(sizes.values()) == {make_pdfs.BODY}
    assert "S" in sizes


@pytest.mark.parametrize("page_scale", [0.9, 1.237 * 0.9])
def test_a_page_scaled_by_the_graphics_matrix_reads_as_the_page_unscaled(
    page_scale: float,
) -> None:
    unscaled = read_pdf_lines(make_pdfs.book(), "book.pdf")
    scaled = read_pdf_lines(make_pdfs.book(page_scale=page_scale), "scaled.pdf")
    assert [(line.page, line.kind, line.text) for line in scaled] == [
        (line.page, line.kind, line.text) for line in unscaled
    ]


def test_sizes_on_a_scaled_page_are_the_nominal_sizes_times_the_scale() -> None:
    sizes = {round(g.size, 2) for g in glyphs(make_pdfs.book(pages=1, page_scale=0.9))}
    expected = {make_pdfs.BODY, make_pdfs.MARK, make_pdfs.NOTE, make_pdfs.LABEL}
    assert sizes == {round(s * 0.9, 2) for s in expected}


def test_rules_inside_a_placed_page_s_form_are_found_where_they_are_drawn() -> None:
    def rules(data: bytes) -> list[tuple[float, float, float]]:
        pages = read_pages(open_pdf(data, "made.pdf"), "made.pdf", Diagnostics())
        return [(r.x0, r.x1, r.y) for page in pages for r in page.rules]

    unscaled = rules(make_pdfs.body_size_notes())
    placed = rules(make_pdfs.placed_on_a4(make_pdfs.body_size_notes()))
    assert len(placed) == len(unscaled) == 2
    # each page scaled by 0.9 and moved by (30, 40) on the A4 sheet
    for (x0, x1, y), want in zip(placed, unscaled, strict=True):
        assert (x0, x1, y) == pytest.approx(
            (30 + 0.9 * want[0], 30 + 0.9 * want[1], 40 + 0.9 * want[2])
        )


def test_notes_in_the_body_s_size_under_a_rule_read_on_a_placed_page() -> None:
    unscaled = read_pdf_lines(make_pdfs.body_size_notes(), "word.pdf")
    placed = read_pdf_lines(make_pdfs.placed_on_a4(make_pdfs.body_size_notes()), "placed.pdf")
    assert [(line.page, line.kind, line.text) for line in placed] == [
        (line.page, line.kind, line.text) for line in unscaled
    ]
    assert any(line.kind == LineKind.NOTE for line in placed)
