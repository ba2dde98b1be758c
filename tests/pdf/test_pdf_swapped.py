"""Ligatures whose letters a re-distilled PDF maps to byte-swapped UTF-16 (``U+6600`` for
*f*) are read back as letters in Latin words, and CJK text is left alone."""

from __future__ import annotations

from purgehist.formats.pdf.glyphs import Glyph
from purgehist.formats.pdf.swapped import unswapped_letters

SWAP = {c: chr(ord(c) << 8) for c in "fiftlQu"}


def line(text: str, baseline: float = 100.0) -> list[Glyph]:
    """The glyphs of *text* on one baseline; ``[..]`` marks letters written swapped."""
    out: list[Glyph] = []
    swapped, space = False, False
    for c in text:
        if c in "[]":
            swapped = c == "["
            continue
        if c == " ":
            space = True
            continue
        char = SWAP[c] if swapped else c
        out.append(Glyph(char, 10.0, 0.0, 1.0, baseline, space_before=space))
        space = False
    return out


def read(glyphs: list[Glyph]) -> str:
    unswapped_letters(glyphs)
    return "".join((" " if g.space_before else "") + g.char for g in glyphs)


def test_ligatures_in_words_are_read_as_their_letters() -> None:
    page = line("De[fi]nition und [Qu]itt, überprü[ft], 217[ff]., Ober-[fl]äche")
    assert read(page) == "Definition und Quitt, überprüft, 217ff., Ober-fläche"


def test_the_same_letters_on_another_line_stay_apart() -> None:
    page = line("Ende") + line("[f]", baseline=88.0) + line(" Anfang")
    assert read(page)[:5] == "Ende" + chr(ord("f") << 8)


def test_a_swapped_code_point_standing_alone_is_left() -> None:
    assert read(line("ein [f] allein")) == "ein " + chr(0x6600) + " allein"


def test_a_page_of_chinese_keeps_its_ideographs() -> None:
    text = "我们读了这本书的第一章昨天" * 3
    page = [Glyph(c, 10.0, 0.0, 1.0, 100.0) for c in text]
    page.insert(5, Glyph(chr(0x6600), 10.0, 0.0, 1.0, 100.0))
    page.insert(6, Glyph("A", 10.0, 0.0, 1.0, 100.0))
    assert read(page) == text[:5] + chr(0x6600) + "A" + text[5:]


def test_three_letter_ligatures_do_not_make_a_page_cjk() -> None:
    # Ghostscript writes ffi as U+CF00, which cannot be read back; as many of them as swapped
    # fi must not pass for a page of Hangul
    ffi = chr(0xCF00)
    page = line("De[fi]nition, o") + line(ffi + "ce, su") + line(ffi + "cient")
    assert read(page) == f"Definition, o{ffi}ce, su{ffi}cient"
