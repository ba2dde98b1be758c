"""Side notes in a wide outer margin (tufte-latex, KOMA-Script's ``\\marginpar``), set beside
their markers and sharing the margin with figures, their labels and captions and the numbers
of display formulas; pages built line by line, as the PDF front end's boxes."""

from __future__ import annotations

from collections.abc import Sequence

from purgehist.formats.pdf.boxes import LineBox, PageBoxes
from purgehist.formats.pdf.frontend import source_lines
from purgehist.formats.pdf.note_extent import _row_left
from purgehist.formats.pdf.roles import classify_pages, measure
from purgehist.formats.text.lines import LineKind

BODY, NOTE, SIDE = 10.0, 8.0, 390.0
FILLER = "the measurement circuit feeds the acquisition card through a unity gain buffer"


def text(markers: dict[int, str], top: float = 710.0, rows: int = 44) -> list[LineBox]:
    """The main column's running text, a line every 14 points, with *markers* (raised
    digits) at the end of the lines they name."""
    return [
        LineBox(top - 14 * i, 55.0, 360.0, BODY, 1, FILLER + markers.get(i, ""))
        for i in range(rows)
    ]


def side(baseline: float, words: str, size: float = NOTE, x0: float = SIDE) -> LineBox:
    """A margin line; a leading number is a raised label."""
    line = LineBox(baseline, x0, min(530.0, x0 + 5.5 * len(words)), size, 2, words)
    first, _, rest = words.partition(" ")
    if first.isdigit():
        line.label, line.label_raised, line.rest = first, True, rest
    return line


def kinds_of(lines: Sequence[LineBox]) -> list[LineKind]:
    pages = [PageBoxes(number=1, height=792.0, lines=list(lines))]
    return classify_pages(pages, measure(pages))[0]


def notes_of(lines: Sequence[LineBox]) -> list[str]:
    page = PageBoxes(number=1, height=792.0, lines=list(lines))
    return [x.text for x in source_lines([page]) if x.kind == LineKind.NOTE]


FIGURE = [
    side(380, "SOURCE-", 4.7, 396),
    side(375, "SENSE-", 4.7, 399),
    side(343, "V+", 4.7, 523),
    side(305, "LTC6102", 4.7, 420),
]
CAPTION = [
    side(262, "Figure 3.1: Measurement circuit (simpli-"),
    side(252, "fied) devoted to extract and adapt the"),
]


def _beside_a_figure() -> list[LineBox]:
    notes = [
        side(552, "3 For instance, typical laptops bring 65"),
        side(542, "or 90 W adapters of at most 19.5 V."),
        side(520, "4 Up to 100 W, 20 V, 5 A."),
    ]
    later = [side(204, "5 National Instruments. Using a Unity"), side(194, "Gain Buffer, 2014.")]
    markers = {11: "³", 13: "⁴", 38: "⁵"}
    return text(markers) + notes + FIGURE + CAPTION + later


def test_side_notes_beside_a_margin_figure_leave_out_its_labels_and_caption() -> None:
    lines = _beside_a_figure()
    kinds = kinds_of(lines)
    margin = {line.text: kind for line, kind in zip(lines, kinds, strict=True) if line.column == 2}
    assert [t for t, k in margin.items() if k == LineKind.NOTE] == [
        "3 For instance, typical laptops bring 65",
        "or 90 W adapters of at most 19.5 V.",
        "4 Up to 100 W, 20 V, 5 A.",
        "5 National Instruments. Using a Unity",
        "Gain Buffer, 2014.",
    ]
    assert {margin[x.text] for x in FIGURE} == {LineKind.RUNNING_HEAD}
    assert {margin[x.text] for x in CAPTION} == {LineKind.BODY}


def test_a_side_note_does_not_run_on_into_a_figure_s_words() -> None:
    notes = notes_of(_beside_a_figure())
    assert "4 Up to 100 W, 20 V, 5 A." in notes
    assert [n for n in notes if "SOURCE" in n or "Figure" in n] == []


def test_formula_numbers_in_the_margin_do_not_hide_the_side_notes_above_them() -> None:
    lines = [
        *text({20: "¹⁴", 24: "¹⁵"}),
        side(525, "14 J. Neyman. On a new class of conta-"),
        side(515, "gious distributions, 1939."),
        side(462, "15 E.g., by the ITU and Irvin [1991]."),
        side(357, "(5.9)", BODY, 414),
        side(232, "(5.10)", BODY, 414),
    ]
    kinds = kinds_of(lines)
    assert kinds[-5:] == [LineKind.NOTE] * 3 + [LineKind.RUNNING_HEAD] * 2


def test_figure_symbols_larger_than_the_text_do_not_hide_the_side_notes() -> None:
    lines = [
        *text({8: "¹⁰", 20: "¹¹"}),
        side(612, "10 Team SimPy. SimPy: Discrete-Event"),
        side(602, "Simulation for Python, 2017."),
        side(558, "11 B. Lauwens. SimJulia.jl, 2017."),
        side(329, "0,0", 7.4, 374),
        side(305, "...", 13.4, 290),
        side(300, "1,0", 7.4, 374),
        side(276, "= Idle", 8.9, 462),
    ]
    kinds = kinds_of(lines)
    assert kinds[-7:-4] == [LineKind.NOTE] * 3
    assert LineKind.NOTE not in kinds[-4:]


def test_side_notes_set_further_down_in_another_size_than_the_first_are_read() -> None:
    lines = [
        *text({3: "³", 7: "⁴", 12: "⁵", 16: "⁶"}),
        side(668, "3 https://github.com/thuehn/", 6.8),
        side(658, "Minstrel-Blues", 6.8),
        side(612, "4 See Biaz and Wu [2008] for a survey."),
        side(542, "5 https://www.nsnam.org", 6.8),
        side(486, "6 A. Akella, G. Judd, S. Seshan, and"),
        side(476, "P. Steenkiste. Self-management in"),
    ]
    kinds = kinds_of(lines)
    assert kinds[-6:] == [LineKind.NOTE] * 6


def test_a_chapter_opening_page_s_number_at_the_foot_does_not_hide_its_notes() -> None:
    lines = [LineBox(710 - 14 * i, 55.0, 360.0, BODY, 0, FILLER) for i in range(30)]
    lines[3].text += "¹"
    lines[9].text += "²"
    lines += [
        LineBox(186, 70.0, 340.0, NOTE, 0, "¹Note: Minutes of the harbour board, 1851.", "1"),
        LineBox(175, 70.0, 300.0, NOTE, 0, "²Note: Town Archives, C 7, no. 12.", "2"),
        LineBox(148, 205.0, 210.0, BODY, 0, "1"),
    ]
    for line in lines[-3:-1]:
        line.label_raised, line.rest = True, line.text[1:]
    kinds = kinds_of(lines)
    assert kinds[-3:-1] == [LineKind.NOTE] * 2
    assert kinds[-1] != LineKind.NOTE


def test_a_figure_s_labels_set_close_under_a_side_note_do_not_run_on_into_it() -> None:
    lines = [
        *text({3: "¹", 10: "²"}),
        side(569, "1 Note: Minutes of the harbour board, 1851."),
        side(547, "2 Note: Up to 40 feet, 3 knots."),
        side(533, "GAUGE- SENSE+ V+", 7.0, 432),
        side(519, "LTC6102", 7.0, 433),
        side(510, "Figure 1: The gauge and its float, as"),
        side(327, "3 Note: Town Archives, C 7, no. 12."),
    ]
    kinds = kinds_of(lines)
    assert kinds[-6:] == [LineKind.NOTE] * 2 + [LineKind.RUNNING_HEAD] * 2 + [
        LineKind.BODY,
        LineKind.NOTE,
    ]


def test_a_small_subscript_in_a_note_s_formula_keeps_the_note_s_text_after_it() -> None:
    lines = [
        *text({3: "¹", 10: "²"}, rows=30),
        side(175, "1 Note: the group means are weighted, as in the sum over"),
        side(166, "k", 5.0, 480),
        side(160, "of the treatment effects divided by the number of groups."),
        side(150, "2 Note: see the next chapter."),
    ]
    kinds = kinds_of(lines)
    assert kinds[-4] == kinds[-2] == kinds[-1] == LineKind.NOTE


def test_a_table_in_another_size_inside_a_note_after_a_gap_stays_in_the_note() -> None:
    lines = [
        *text({3: "¹"}, rows=30),
        side(200, "1 Note: the particles counted by clause type are these:"),
        side(170, "halt 54 (56%) 41 (44%)", 7.0),
        side(161, "eben 93 (36%)", 7.0),
        side(150, "The distribution changes once the clauses are left out."),
    ]
    assert kinds_of(lines)[-4:] == [LineKind.NOTE] * 4


def test_side_notes_under_a_margin_figures_larger_legend_carry_on_past_its_stray_letters() -> None:
    legend = [side(598, "Configuration", 8.9, 414), side(583, "6 Mbps, 300 fps", 7.1, 432)]
    notes = [
        side(348, "15 V. Tiwari and S. Malik. Instruction level"),
        side(338, "power analysis of software, 1996."),
        side(255, "16 L. A. Barroso. The Case for Energy-"),
        side(245, "Proportional Computing, 2007."),
    ]
    stray = [side(188, "fi", 8.9, 432)]
    later = [
        side(176, "17 http://datasheets.chipdb.org/", 6.8),
        side(166, "upload/National/SC1100.pdf", 6.8),
    ]
    lines = text({20: "¹⁵", 26: "¹⁶", 37: "¹⁷"}) + legend + notes + stray + later
    kinds = dict(zip((x.text for x in lines), kinds_of(lines), strict=True))
    assert [x.text for x in notes + later if kinds[x.text] != LineKind.NOTE] == []
    assert kinds["fi"] != LineKind.NOTE


def test_a_url_s_underscores_set_off_its_baseline_stay_in_the_side_note() -> None:
    # a typewriter URL's underscores sit a little above or below its line and are read as
    # lines of their own; the first stands clear right, at the end of the URL's row
    lines = [
        *text({3: "¹", 10: "²"}),
        side(500.3, "1 Note: See the draft statement (unpublished"),
        side(490.3, "manuscript, May 1952), 3-4, http:"),
        side(482.0, "_", 6.8, 524.0),
        side(480.4, "//archive.example.org/documents/eg", 6.8),
        side(472.0, "_", 6.8, 414.0),
        side(472.0, "_", 6.8, 455.0),
        side(470.4, "thesis statement 52.pdf.", 6.8),
        side(423.2, "2 Note: The draft statement, 3-4."),
    ]
    assert kinds_of(lines)[-8:] == [LineKind.NOTE] * 8


def test_a_line_without_a_positive_size_has_a_row_of_its_own() -> None:
    # PDFs with a mirrored or degenerate text matrix give lines a size of zero or below; the
    # row of such a line holds no other line, and asking where it begins must not fail
    for size in (0.0, -8.0):
        odd = side(440.0, "x y z", size, 480.0)
        page = PageBoxes(number=1, height=792.0, lines=[side(500.3, "1 Note: a side note."), odd])
        assert _row_left(page, 1) == odd.x0
