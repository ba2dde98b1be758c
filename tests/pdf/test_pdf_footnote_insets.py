"""Lines set inside an ordinary footnote, under the running text of a single column: a display
formula, an indented quotation in a smaller size, a URL on a line of its own. Set off by white
space and standing clear right of the notes, they stay the note's (only side notes in a margin
share it with figures whose lines are left out)."""

from __future__ import annotations

from purgehist.formats.pdf.boxes import LineBox, PageBoxes
from purgehist.formats.pdf.roles import classify_pages, measure
from purgehist.formats.text.lines import LineKind

BODY, NOTE = 10.0, 8.0
FILLER = "the purge of the regional party committees went on through the whole of that year"


def kinds_under_text(notes: list[tuple[float, float, float, str]]) -> dict[str, LineKind]:
    """The kind of each of *notes* (baseline, left edge, size, words; a leading number is a
    raised label) set under a page of running text with markers 1 to 3."""
    markers = {3: "¹", 9: "²", 15: "³"}
    text = [
        LineBox(710 - 14 * i, 55.0, 360.0, BODY, 0, FILLER + markers.get(i, "")) for i in range(36)
    ]
    foot = []
    for baseline, x0, size, words in notes:
        line = LineBox(baseline, x0, min(360.0, x0 + 4.2 * len(words)), size, 0, words)
        first, _, rest = words.partition(" ")
        if first.isdigit():
            line.label, line.label_raised, line.rest = first, True, rest
        foot.append(line)
    pages = [PageBoxes(number=1, height=792.0, lines=text + foot)]
    kinds = classify_pages(pages, measure(pages))[0]
    return {line.text: kind for line, kind in zip(foot, kinds[len(text) :], strict=True)}


def test_a_display_formula_inside_a_footnote_stays_the_notes() -> None:
    kinds = kinds_under_text(
        [
            (190, 55, NOTE, "1 The quota for the town was given as"),
            (168, 150, 7.0, "Q = 35 000 + 5 000 k"),
            (146, 55, NOTE, "where k counts the districts of the region."),
            (136, 55, NOTE, "2 Town Archives, C 7, no. 12."),
            (126, 55, NOTE, "3 Smith, The Port and the Town."),
        ]
    )
    assert set(kinds.values()) == {LineKind.NOTE}


def test_a_formula_in_the_last_footnote_keeps_the_text_after_it() -> None:
    kinds = kinds_under_text(
        [
            (190, 55, NOTE, "1 Town Archives, C 7, no. 12."),
            (180, 55, NOTE, "2 The quota for the town was given as"),
            (158, 150, 7.0, "Q = 35 000 + 5 000 k"),
            (136, 55, NOTE, "where k counts the districts of the region."),
        ]
    )
    assert set(kinds.values()) == {LineKind.NOTE}


def test_an_indented_smaller_quotation_inside_a_footnote_stays_the_notes() -> None:
    kinds = kinds_under_text(
        [
            (200, 55, NOTE, "1 The order is quoted in full:"),
            (178, 80, 7.2, "all former kulaks and criminals are to be"),
            (169, 80, 7.2, "arrested and the most hostile shot at once."),
            (148, 55, NOTE, "The order is dated 30 July 1937."),
            (138, 55, NOTE, "2 Town Archives, C 7, no. 12."),
            (128, 55, NOTE, "3 Smith, The Port and the Town."),
        ]
    )
    assert set(kinds.values()) == {LineKind.NOTE}


def test_a_url_on_its_own_line_inside_a_footnote_stays_the_notes() -> None:
    kinds = kinds_under_text(
        [
            (200, 55, NOTE, "1 The list is kept online at"),
            (178, 200, 7.5, "https://example.org/memorial/lists/1937"),
            (156, 55, NOTE, "2 Town Archives, C 7, no. 12."),
            (146, 55, NOTE, "3 Smith, The Port and the Town."),
        ]
    )
    assert set(kinds.values()) == {LineKind.NOTE}


def test_a_formula_and_a_row_of_figures_under_the_footnotes_are_no_notes() -> None:
    kinds = kinds_under_text(
        [
            (230, 55, NOTE, "1 The reports of January 1939."),
            (220, 55, NOTE, "2 Town Archives, C 7."),
            (205, 140, BODY, "x = 2y + 3"),
            (190, 55, BODY, "1937 1938 1939"),
        ]
    )
    assert kinds["x = 2y + 3"] == LineKind.BODY
    assert kinds["1937 1938 1939"] == LineKind.BODY


def test_a_table_inside_a_footnote_stays_the_notes_on_a_page_holding_more_notes_than_text() -> None:
    text = [
        LineBox(710 - 14 * i, 55.0, 360.0, BODY, 0, FILLER + {1: "¹", 3: "²"}.get(i, ""))
        for i in range(5)
    ]
    note = [
        LineBox(600 - 10 * i, 55.0, 360.0, NOTE, 0, FILLER + " and the committees")
        for i in range(20)
    ]
    note[0].text, note[0].label, note[0].label_raised = "1 " + note[0].text, "1", True
    table = [
        LineBox(378, 150.0, 300.0, 7.0, 0, "region arrests shot"),
        LineBox(369, 150.0, 300.0, 7.0, 0, "Moscow 1 200 300"),
    ]
    after = LineBox(347, 55.0, 360.0, NOTE, 0, "The figures are those of the reports.")
    last = LineBox(337, 55.0, 300.0, NOTE, 0, "2 Town Archives, C 7, no. 12.")
    last.label, last.label_raised = "2", True
    foot = [*note, *table, after, last]
    before = [LineBox(710 - 14 * i, 55.0, 360.0, BODY, 0, FILLER) for i in range(44)]
    pages = [
        PageBoxes(number=1, height=792.0, lines=before),
        PageBoxes(number=2, height=792.0, lines=text + foot),
    ]
    kinds = classify_pages(pages, measure(pages))[1][len(text) :]
    assert set(kinds) == {LineKind.NOTE}
