"""Lines from characters, and hyphenation, on hand-placed glyphs (no PDF needed)."""

from __future__ import annotations

from purgehist.formats.pdf.glyphs import Glyph, PageGlyphs
from purgehist.formats.pdf.hyphenation import Vocabulary, join_hyphenated
from purgehist.formats.pdf.render import row_text
from purgehist.formats.pdf.rows import page_rows


def word(text: str, x: float, baseline: float, size: float = 10, space: bool = True) -> list[Glyph]:
    glyphs = [
        Glyph(c, size, x + i * 0.5 * size, x + (i + 0.45) * 0.5 * size, baseline)
        for i, c in enumerate(text)
    ]
    glyphs[0].space_before = space
    return glyphs


def test_superscript_joins_the_line_below_and_subscript_the_line_above() -> None:
    glyphs = [
        *word("gebunden.", 0, 100),
        *word("12", 45.5, 104, size=7, space=False),
        *word("Dabei", 60, 100),
        *word("H", 0, 88),
        *word("2", 5.2, 86, size=7, space=False),
        *word("O", 8.8, 88, space=False),
    ]
    rows = page_rows(PageGlyphs(number=1, width=500, height=700, glyphs=glyphs)).rows
    assert [row_text(row) for row in rows] == ["gebunden.¹² Dabei", "H2O"]


def test_lines_come_top_down_whatever_the_content_order() -> None:
    glyphs = word("zweite", 0, 80) + word("erste", 0, 100)
    rows = page_rows(PageGlyphs(number=1, width=500, height=700, glyphs=glyphs)).rows
    assert [row_text(row) for row in rows] == ["erste", "zweite"]


def test_hyphen_kept_where_the_document_writes_the_compound_so() -> None:
    lines = ["the self-", "image of", "a self-image, a self-image"]
    join_hyphenated(lines, Vocabulary.of(lines))
    assert lines[0] == "the self-image"


def test_broken_word_with_its_note_marker_moves_up_whole() -> None:
    lines = ["ver-", "bunden.¹² Dabei"]
    join_hyphenated(lines, Vocabulary.of(lines))
    assert lines == ["verbunden.¹²", "Dabei"]
