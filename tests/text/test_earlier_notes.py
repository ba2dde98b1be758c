"""A two-column page's notes in plain ``pdftotext`` text, the right column's read before the
left column's: the earlier notes below a blank line at the area's foot are notes of their own,
and the unlabelled lines over them carry on the previous page's last note."""

from __future__ import annotations

from purgehist.formats.text.earlier_notes import column_text, earlier_notes, page_notes
from purgehist.formats.text.note_areas import note_texts
from purgehist.formats.text.read import parse_text
from purgehist.model.documents import walk_paragraphs

_BEFORE = "Émile Durkheim, The Elementary Forms of the Religious Life (1915)."
_AREA = [
    (40, "35 CC, 103."),
    (41, "36 Goffman, “The Nature of Deference and"),
    (42, "Demeanor,” American Anthropologist 58, no. 3"),
    (43, "(1956): 473–502."),
    (44, "37 CC, 213."),
    # a blank line at 45
    (46, "33 CC, 59–60."),
    (47, "34 CC, 85–86."),
]


def test_the_left_columns_notes_below_the_right_columns_are_put_first() -> None:
    found = earlier_notes(_AREA, note_texts(_AREA, 35), last=32, before=_BEFORE)
    assert found is not None
    assert [(n.n, n.first, n.lines) for n in found.notes] == [
        (33, 46, []),
        (34, 47, []),
        (35, 40, []),
        (36, 41, [42, 43]),
        (37, 44, []),
    ]
    assert found.carried == []


def test_lines_over_the_earlier_notes_are_the_previous_pages_last_note_carried_on() -> None:
    rest = [(46, "of the Executive (Cambridge, MA: Harvard"), (47, "University Press, 1938).")]
    area = [*_AREA[:5], *rest, (48, "33 CC, 59–60.")]
    unfinished = "Talcott Parsons, The Social System (1951); Chester Barnard, The Functions"
    found = earlier_notes(area, note_texts(area, 35), last=32, before=unfinished)
    assert found is not None
    assert [n.n for n in found.notes] == [33, 35, 36, 37]
    assert found.carried == [46, 47]
    assert found.notes[-1].lines == []


def test_lines_over_the_earlier_notes_stay_when_the_note_before_is_finished() -> None:
    rest = [(46, "of the Executive (Cambridge, MA: Harvard"), (47, "University Press, 1938).")]
    area = [*_AREA[:5], *rest, (48, "33 CC, 59–60.")]
    assert earlier_notes(area, note_texts(area, 35), last=32, before=_BEFORE) is None


def test_running_text_broken_off_above_the_earlier_notes_goes_back_to_the_page() -> None:
    running = [
        (46, "Goffman certainly got his degree, but for his"),
        (47, "entire life he maintained a grievance against"),
    ]
    area = [*_AREA[:5], *running, (48, "33 CC, 59–60.")]
    found = earlier_notes(area, note_texts(area, 35), last=32, before=_BEFORE)
    assert found is not None
    assert [n.n for n in found.notes] == [33, 35, 36, 37]
    assert (found.carried, found.running) == ([], [46, 47])


def test_a_notes_second_paragraph_is_no_block_of_earlier_notes() -> None:
    area = [*_AREA[:5], (46, "See also the chapter on tact, where the same point is made.")]
    assert earlier_notes(area, note_texts(area, 35), last=32, before=_BEFORE) is None


def test_numbers_that_the_sequence_has_passed_are_no_earlier_notes() -> None:
    # 33 and 34 were read on the page before: these lines belong to the last note (a list)
    assert earlier_notes(_AREA, note_texts(_AREA, 35), last=34, before="CC, 85–86.") is None


def test_a_block_that_runs_into_the_areas_own_numbers_is_left_alone() -> None:
    area = [*_AREA, (48, "38 CC, 300.")]
    assert earlier_notes(area, note_texts(area, 35), last=32, before=_BEFORE) is None


_PAGE_ONE = """\
The island's hotel was nearly empty in the winter, and the young man who took a room there
for the whole season kept to himself, as the owner remembered long after.1 He wrote all day
and walked along the shore in the afternoon, whatever the weather, and answered every
question put to him with a question of his own.2 The islanders did not know what to make
of him, and some of them thought he was a spy sent from the mainland to count the sheep.
1 Interview with the owner of the hotel, August 31, 1988, with the help of her nephew.
2 Talcott Parsons, The Social System (Glencoe, IL: Free Press, 1951); Chester Barnard, The Functions

1
"""

_PAGE_TWO = """\
worth noting that both Parsons and Barnard attended the seminar of a physiologist who was
fond of the work of Pareto.3 Between them there is a common denominator: the notion of a
system, loosely defined as a set of elements that depend on each other.4 For both, mechanisms
maintain the system in operation, be it a society as a whole or a single interaction.

sociology never managed to deal empirically with language as social behaviour.5 Moreover, the
dissertation foreshadows the sociolinguistics of the next decade, and its ethnography of
speaking came when the field was dominated by a linguistics that left little room for the
speakers or the context of their speech.6 Few sociologists of the time broke away so.

5 See Stephen O. Murray, Group Formation in Social Science (Edmonton: Linguistic Research,
1983), 79.
6 Dell Hymes, “Linguistics: The Field,” in International Encyclopedia of the Social Sciences,
ed. David L. Sills (New York: Macmillan, 1968), 356.

of the Executive (Cambridge, MA: Harvard University Press, 1938).
3 L. J. Henderson, Pareto's General Sociology (Cambridge: Harvard University Press, 1935).
4 CC, 40.

2
"""


def test_a_page_whose_left_notes_come_last_keeps_every_note_whole() -> None:
    dataset = parse_text(_PAGE_ONE + "\f" + _PAGE_TWO, file="columns.txt").dataset
    notes = {n.n: n.text for p in walk_paragraphs(dataset.documents[0].divisions) for n in p.notes}
    assert notes["2"] == (
        "Talcott Parsons, The Social System (Glencoe, IL: Free Press, 1951); Chester Barnard, "
        "The Functions of the Executive (Cambridge, MA: Harvard University Press, 1938)."
    )
    assert notes["3"] == (
        "L. J. Henderson, Pareto's General Sociology (Cambridge: Harvard University Press, 1935)."
    )
    assert notes["4"] == "CC, 40."
    assert notes["6"] == (
        "Dell Hymes, “Linguistics: The Field,” in International Encyclopedia of the Social "
        "Sciences, ed. David L. Sills (New York: Macmillan, 1968), 356."
    )


_COLUMNS = [
    (10, "2 I am relying on data collected on the island in 1988, and the two papers"),
    (11, "derived from that brief stint of fieldwork."),
    (12, "3 Interview on August 31, 1988, with the help of her nephew."),
    # a blank line at 13: the right column's text, broken off at its foot
    (14, "Goffman was thus a mystery for many islanders. But this is also a mystery"),
    (15, "for the biographer: why the island, and why in December? One answer has"),
    (16, "to do with the teacher who supervised his master's thesis at the"),
    (17, "4 Mary Priest, interview by the author, August 26, 1988."),
]


def test_a_columns_text_between_two_notes_is_running_text() -> None:
    notes, running = column_text(_COLUMNS, note_texts(_COLUMNS, 2))
    assert running == [14, 15, 16]
    assert [(n.n, n.lines) for n in notes] == [(2, [11]), (3, []), (4, [])]


def test_a_notes_second_paragraph_ending_its_sentence_stays_in_the_note() -> None:
    area = [*_COLUMNS[:5], (16, "to do with the teacher who supervised his thesis."), _COLUMNS[-1]]
    notes, running = column_text(area, note_texts(area, 2))
    assert running == []
    assert notes[1].lines == [14, 15, 16]


def test_a_notes_line_broken_off_above_a_blank_line_runs_on_below_it() -> None:
    area = [
        (20, "6 HTER = number of required edits / number of reference words, the least number of"),
        (22, "changes needed for post-editing; most post-editors, however, do not choose the"),
        (23, "easiest way; a low HTER stands for a high machine translation quality, so"),
        (
            24,
            "7 Source texts were extracts of transcripts of talks on matters of general interest.",
        ),
    ]
    notes, running = column_text(area, note_texts(area, 6))
    assert running == []
    assert notes[0].lines == [22, 23]


def test_a_label_alone_and_its_text_below_a_blank_line_stay_one_note() -> None:
    area = [
        (30, "15"),
        (32, "Speeches are available on the following website: https://www.europarl.europa.eu/"),
        (33, "plenary/en/debates-video.html#sidesForm"),
        (34, "16 The selection of criteria follows the research design of the thesis."),
    ]
    notes, running = column_text(area, note_texts(area, 15))
    assert running == []
    assert notes[0].lines == [32, 33]


def test_a_columns_text_between_two_notes_goes_back_only_on_a_page_of_columns() -> None:
    notes = note_texts(_COLUMNS, 2)
    assert page_notes(_COLUMNS, notes, 1, None, 45.0).running == [14, 15, 16]
    for width in (0.0, 90.0):  # ``-layout`` text; a page set across its width
        found = page_notes(_COLUMNS, notes, 1, None, width)
        assert found.running == []
        assert [(n.n, n.lines) for n in found.notes] == [(2, [11]), (3, [14, 15, 16]), (4, [])]


_ONE_COLUMN = """\
The island's hotel was nearly empty in the winter, and the young man who took a room there
for the whole season kept to himself, as the owner remembered long after.1 He wrote all day
and walked along the shore in the afternoon, whatever the weather, and answered every
question put to him with a question of his own.2 The islanders did not know what to make
of him, and some of them thought he was a spy sent from the mainland to count the sheep.
1 On the minutes of the island council, see the inventory drawn up in 1972.

The minutes of the meetings held after the war can be read online, with the
council's other records, at https://archives.example.org/council/minutes
2 Interview with the owner of the hotel, August 31, 1988, with the help of her nephew.

1
"""


def test_a_notes_paragraph_ending_on_a_url_stays_in_the_note_on_a_one_column_page() -> None:
    second = _ONE_COLUMN.replace("hotel was", "inn was").replace("\n1\n", "\n2\n")
    document = parse_text(_ONE_COLUMN + "\f" + second, file="one.txt").dataset.documents[0]
    paragraphs = list(walk_paragraphs(document.divisions))
    notes = [n.text for p in paragraphs for n in p.notes if n.n == "1"]
    assert notes == 2 * [
        "On the minutes of the island council, see the inventory drawn up in 1972. The minutes "
        "of the meetings held after the war can be read online, with the council's other "
        "records, at https://archives.example.org/council/minutes"
    ]
    assert not any("https://" in p.text for p in paragraphs)
