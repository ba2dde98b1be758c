"""Two-column pages of ``pdftotext -layout`` text as a word processor sets them: notes under
each column with a hanging indent, a note carried from the left column's foot to the right
column's foot or over to the next page, a page number at the page's foot, labels glued to
the note's first word or initial, read only where the sequence calls for them."""

from __future__ import annotations

from itertools import zip_longest

import pytest

from purgehist.formats.text.column_carry import carry_across, set_off_carried
from purgehist.formats.text.note_areas import glued_initial, note_texts, read_label
from purgehist.formats.text.read import parse_text
from purgehist.model import Division
from purgehist.model.documents import walk_paragraphs

_LEFT = [
    "The first inquiries on the island were made in the",
    "winter, when the hotel was nearly empty and the",
    "roads were closed for days at a time by the snow.1",
    "The fieldworker walked a great deal, and people in",
    "the village wondered what he was doing all day and",
    "why he wrote so much in his small black notebooks.",
    "His landlady remembered him as polite but distant,",
    "a young man who kept to himself in the evenings.2",
    "Nobody thought that he would stay for long on the",
    "island, and yet he came back the next winter again.",
    "1 Interview with the owner of the hotel, August 31,",
    "   1988, with the help of her nephew and a nurse.",
    "2 Letter from a neighbour to the author: he kept to",
    "   himself, wrote all day and answered every question",
]
_RIGHT = [
    "The questions that the islanders asked about him",
    "are still asked by his readers today, and they are",
    "not easy to answer. One answer has to do with the",
    "teacher who had supervised his first thesis and who",
    "knew the anthropologists at the university abroad.3",
    "Another has to do with the money that was offered",
    "for a graduate student to teach some tutorials and",
    "to do fieldwork in the islands during two winters.",
    "He applied for it and got it, the only one of his.",
    "   with a question of his own, politely and at some length.",  # smaller type: wider
    "3 Interview with a former colleague, April 1980, in",
    "   his office at the university, two hours long, and",
]
_NEXT_LEFT = [
    "The second winter was spent in a small cottage at",
    "the end of the village, bought from a young man who",
    "needed the money for a house of his own to marry.4",
    "The cottage had two rooms and a stove, and from its",
    "window the fieldworker could see the harbour, the",
    "pier and the road to the shop, where most of the",
    "islanders passed at least once on every day. Here",
    "he wrote the greater part of what he had observed.",
    "   a second one by telephone a week later, when the",
    "   colleague had found his letters of that time.",
    "4 Interview with the former owner of the cottage,",
    "   August 26, 1988, at his house near the pier.",
]
_NEXT_RIGHT = [
    "What he wrote was not a study of the island but",
    "of how people behave when they are in one another's",
    "presence, and the island was the place where he",
    "could watch them do it without being noticed much.",
    "The hotel's dining room, the village hall and the",
    "shop all served him as places to watch from, and",
    "he came to know the rules of each of them by heart.",
    "Nobody he met there took him for a sociologist, and",
    "some took him for a spy, as people told it later.",
]


def _page(left: list[str], right: list[str], folio: str) -> str:
    width = max(len(t) for t in left) + 8
    rows = zip_longest(left, right, fillvalue="")
    lines = [f"{a:<{width}}{b}".rstrip() for a, b in rows]
    return "\n".join([*lines, "", " " * (width - 8) + folio, ""])


def _notes(divisions: tuple[Division, ...]) -> dict[str, str | None]:
    return {n.n: n.text for p in walk_paragraphs(divisions) for n in p.notes}


def _parse() -> dict[str, str | None]:
    text = _page(_LEFT, _RIGHT, "12") + "\f" + _page(_NEXT_LEFT, _NEXT_RIGHT, "13")
    dataset = parse_text(text, file="columns.txt").dataset
    return _notes(dataset.documents[0].divisions)


def test_a_note_run_from_the_left_columns_foot_to_the_right_columns_is_read_whole() -> None:
    notes = _parse()
    assert notes["1"] == (
        "Interview with the owner of the hotel, August 31, 1988, with the help of her nephew "
        "and a nurse."
    )
    assert notes["2"] == (
        "Letter from a neighbour to the author: he kept to himself, wrote all day and answered "
        "every question with a question of his own, politely and at some length."
    )


def test_a_note_run_over_to_the_next_pages_first_column_is_read_whole() -> None:
    notes = _parse()
    assert notes["3"] == (
        "Interview with a former colleague, April 1980, in his office at the university, two "
        "hours long, and a second one by telephone a week later, when the colleague had found "
        "his letters of that time."
    )
    assert notes["4"] == (
        "Interview with the former owner of the cottage, August 26, 1988, at his house near "
        "the pier."
    )


def test_the_page_number_at_the_foot_is_in_no_note() -> None:
    notes = _parse()
    assert not any(text and text.rstrip().endswith(("12", "13")) for text in notes.values())


def test_a_quotation_set_in_at_the_right_columns_foot_stays_running_text() -> None:
    left = [(k, text) for k, text in enumerate(_LEFT[:12])]  # note 1 ends finished
    right = [(k, text) for k, text in enumerate(_RIGHT[:9])]
    quoted = [(9, "   a short quotation."), (10, "   set in by three.")]
    assert carry_across(left, right + quoted) == (left, right + quoted)


def test_a_paragraphs_first_line_at_the_right_columns_foot_stays_running_text() -> None:
    # the left column's last note reads unfinished (a comma inside closing quotes)
    left = [(k, text) for k, text in enumerate(_LEFT[:10])] + [
        (10, "1 Interview with the owner of the hotel, see"),
        (11, "   her “Hotel Records, 1953–1955,”"),
    ]
    right = [(k, text) for k, text in enumerate(_RIGHT[:9])]
    opening = [(9, "   A new paragraph opens at the foot.")]
    assert carry_across(left, right + opening) == (left, right + opening)
    carried = [(9, "   with a question of his own, politely, at length,"),
               (10, "   and a second letter.")]  # fmt: skip
    assert carry_across(left, right + carried) == (left + carried, right)


def test_a_paragraphs_indented_first_line_above_the_notes_is_not_set_off() -> None:
    part = [(0, "Running text of the column, a full line."), (1, "   A paragraph opens"),
            (2, "1 A note with a hanging indent that"), (3, "   goes on below it.")]  # fmt: skip
    assert set_off_carried(part) == part
    rest = [(1, "   the rest of a note carried over"), (2, "   from the page before.")]
    carried = [part[0], *rest, *part[2:]]
    assert set_off_carried(carried) == [carried[0], (1, ""), *carried[1:]]


def test_a_label_glued_to_an_initial_is_read_where_the_sequence_calls_for_it() -> None:
    label = glued_initial("142F. L. Strodbeck. “Husband and Wife Interaction,”", 142, "p. 3.")
    assert label is not None
    assert (label.n, label.rest) == (142, "F. L. Strodbeck. “Husband and Wife Interaction,”")
    assert glued_initial("142F. L. Strodbeck.", 143, "p. 3.") is None
    assert glued_initial("142F. L. Strodbeck.", 142, "in the volume edited by") is None


def test_a_label_glued_to_a_one_letter_word_is_read_where_the_sequence_calls_for_it() -> None:
    label = glued_initial("155A sender may negatively sanction a recipient", 155, "p. 12.")
    assert label is not None
    assert (label.n, label.rest) == (155, "A sender may negatively sanction a recipient")
    assert glued_initial("155A4 paper", 155, "p. 12.") is None


@pytest.mark.parametrize(
    "text",
    [
        "3A and 3B show the yields",
        "12A of the Act provides",
        "5A is larger than 5B",
        "1A better reading",
        "2U.S. troops landed",
        "42U.S.C. 1983",
        "12A low 34 56 78",
        "in 1955A",
    ],
)
def test_a_short_number_glued_to_a_capital_is_no_label(text: str) -> None:
    assert read_label(text) is None
    number = int("".join(c for c in text.split()[0] if c.isdigit()) or 0)
    assert glued_initial(text, number, "Ibid., p. 4.") is None


def test_a_glued_label_is_read_in_an_area_only_after_a_finished_note() -> None:
    area = [
        (0, "138Letters of Lord Chesterfield to His Son, pp. 261–"),
        (1, "   262."),
        (2, "139E. D. Chapple and C. S. Coon, Principles of"),
        (3, "   Anthropology, p. 705."),
        (4, "140E. D. Chapple, “Clinical Implications.”"),
    ]
    notes = note_texts(area, 138)
    assert [(n.n, n.first) for n in notes] == [(138, 0), (139, 2), (140, 4)]
    unfinished = [(0, area[0][1]), (2, area[2][1]), (3, area[3][1]), (4, area[4][1])]
    assert [(n.n, n.first) for n in note_texts(unfinished, 138)] == [(138, 0)]


def test_a_note_running_onto_a_figures_number_keeps_its_text() -> None:
    body = [
        "The survey of the district was carried out over two winters by a team of",
        "four students, who visited every farm in the valley and wrote down what the",
        "farmers told them about the harvests, the prices and the weather.4 Their",
        "notebooks were kept in the archive of the county and are read here for the",
        "first time, together with the letters the students sent home then.5",
    ]
    notes = [
        "4 The yields of the two sorts of barley are drawn for each farm in Figures",
        "5A and 5B of the appendix, with the yields of the year before.",
        "5 Notebook of the second student, county archive, box 7, p. 14.",
    ]
    dataset = parse_text("\n".join([*body, "", *notes, "", "12", ""]), file="t.txt").dataset
    read = _notes(dataset.documents[0].divisions)
    assert read["4"] == (
        "The yields of the two sorts of barley are drawn for each farm in Figures "
        "5A and 5B of the appendix, with the yields of the year before."
    )
    assert read["5"] == "Notebook of the second student, county archive, box 7, p. 14."
