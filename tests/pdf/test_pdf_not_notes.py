"""What the PDF front end must not take for notes, on pages built line by line: exponents,
a table floated under the footnotes, a number opening a note's later line, numbered lines
under no rule whose numbers do not carry the notes on."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from purgehist.formats.pdf.boxes import LineBox, PageBoxes
from purgehist.formats.pdf.frontend import source_lines
from purgehist.formats.pdf.glyphs import Rule
from purgehist.formats.pdf.markers import marker_numbers
from purgehist.formats.pdf.roles import classify_pages, measure
from purgehist.formats.text.lines import LineKind

BODY, NOTE, LEFT, RIGHT = 10.0, 8.0, 72.0, 480.0
FILLER = "the district committee met again in the spring and read the lists of those arrested"


def body(texts: Sequence[str], top: float = 760.0) -> list[LineBox]:
    """Lines of running text filling the measure, from *top* down."""
    return [LineBox(top - 12 * i, LEFT, RIGHT, BODY, 0, text) for i, text in enumerate(texts)]


def note(
    baseline: float, text: str, x0: float = LEFT, raised: bool = False, x1: float = RIGHT
) -> LineBox:
    """A line in the notes' size; a leading number is its label (raised or not)."""
    first, _, rest = text.partition(" ")
    line = LineBox(baseline, x0, x1, NOTE, 0, text)
    if first.rstrip(".").isdigit():
        line.label, line.label_raised, line.rest = first.rstrip("."), raised, rest
    return line


def page(number: int, lines: list[LineBox], rule: float | None = None) -> PageBoxes:
    """A page of *lines*, with a short rule at height *rule* (the notes' separator)."""
    rules = [Rule(LEFT, LEFT + 140, rule)] if rule is not None else []
    return PageBoxes(number=number, height=842.0, lines=lines, rules=rules)


def kinds_of(pages: list[PageBoxes]) -> list[list[LineKind]]:
    return classify_pages(pages, measure(pages))


@pytest.mark.parametrize(
    ("text", "markers"),
    [
        ("the rate grew as x² and y³ over the year", []),
        ("in e² of the cases, as counted¹ by the clerks", ["1"]),
        ("the trials (1937)⁴ and the purge.²³", ["4", "23"]),
        ("Mr. Atkinson’s¹⁹⁹ paper and l'a³", ["199", "3"]),
        ("an area of 120 km² (5 m³ of files), as Kim² says", ["2"]),
    ],
)
def test_a_raised_number_after_a_lone_small_letter_is_an_exponent(
    text: str, markers: list[str]
) -> None:
    assert marker_numbers(text) == markers


def test_numbered_small_lines_under_exponents_are_no_notes() -> None:
    lines = body([FILLER + " x²", FILLER + " y³"] + [FILLER] * 30)
    lines += [
        note(100, "2 The squares are counted in the second register."),
        note(90, "3 The cubes are a guess."),
    ]
    (kinds,) = kinds_of([page(1, lines)])
    assert LineKind.NOTE not in kinds


def _noted_page(under: list[LineBox]) -> PageBoxes:
    """Running text with markers 1 and 2, two notes under a rule, then *under*."""
    lines = body([FILLER + ".¹", FILLER + ".²"] + [FILLER] * 30)
    lines += [
        note(200, "1 Note one: Smith, p. 4.", LEFT + 12, raised=True),
        note(190, "2 Note two: Jones, p. 9.", LEFT + 12, raised=True),
    ]
    return page(1, lines + under, rule=208)


def test_a_table_floated_under_the_footnotes_is_running_text() -> None:
    table = [note(160, "1 the first district", 200), note(150, "2 the second district", 200)]
    kinds = kinds_of([_noted_page(table)])[0]
    assert kinds[-4:] == [LineKind.NOTE] * 2 + [LineKind.BODY] * 2


def test_code_flush_left_after_a_gap_under_raised_labels_is_running_text() -> None:
    code = [note(160, "1 read the list", x1=200), note(150, "2 strike the names", x1=210)]
    kinds = kinds_of([_noted_page(code)])[0]
    assert kinds[-4:] == [LineKind.NOTE] * 2 + [LineKind.BODY] * 2


def test_a_table_inside_a_note_and_the_note_s_text_after_it_stay_in_the_notes() -> None:
    table = [note(160, "halt 54 (56%) 41 (44%)", x1=300), note(150, "eben 93 (36%)", x1=300)]
    text = [note(140, "The distribution changes once the clauses are left out, as above.")]
    kinds = kinds_of([_noted_page(table + text)])[0]
    assert kinds[-5:] == [LineKind.NOTE] * 5


def test_a_note_s_later_lines_at_the_notes_spacing_stay_in_the_notes() -> None:
    later = [
        note(180, "and the second register, which the clerks kept by hand."),
        note(170, "3 more registers were lost in the war."),
    ]
    kinds = kinds_of([_noted_page(later)])[0]
    assert kinds[-4:] == [LineKind.NOTE] * 4


def _legal_page(flush: float) -> PageBoxes:
    lines = body([FILLER + ".¹", FILLER + ".²"] + [FILLER] * 30)
    lines += [
        note(
            200,
            "1 Note one: Terrorism Act 2000, s 41(1); [2001] UKHL 12 at [45], where",
            LEFT + 12,
            raised=True,
        ),
        note(190, "2 of the judges dissented.", flush),
        note(180, "2 Note two: A v Home Secretary [2004] UKHL 56.", LEFT + 12, raised=True),
    ]
    return page(1, lines, rule=208)


def test_a_number_opening_a_note_s_later_line_flush_left_is_no_label() -> None:
    lines = source_lines([_legal_page(LEFT)])
    notes = [(line.text, line.label_known) for line in lines if line.kind == LineKind.NOTE]
    assert notes[1] == ("2 of the judges dissented.", False)
    assert notes[2][1] is True


def test_a_number_standing_where_the_raised_labels_stand_may_be_one() -> None:
    lines = source_lines([_legal_page(LEFT + 12)])
    notes = [line.label_known for line in lines if line.kind == LineKind.NOTE]
    assert notes == [True, True, True]


def _reference_list(number: str) -> list[PageBoxes]:
    """A page with notes 1 and 2 under a rule; then a page whose running text cites 7 and
    3 with raised numbers and ends in a small line numbered *number*, under no rule."""
    first = _noted_page([])
    lines = body([FILLER + " as others found.⁷", FILLER + ".³"] + [FILLER] * 30)
    lines.append(note(300, f"{number}. Applebaum, A. Gulag: A History (New York, 2003)."))
    return [first, page(2, lines)]


def test_small_numbered_lines_under_no_rule_that_do_not_carry_the_notes_on_are_none() -> None:
    assert LineKind.NOTE not in kinds_of(_reference_list("7"))[1]


def test_a_note_under_no_rule_that_carries_the_numbering_on_is_read() -> None:
    assert kinds_of(_reference_list("3"))[1][-1] == LineKind.NOTE
