"""Plain ``pdftotext`` notes areas whose labels stand apart from their texts: in a run before
the texts, after the text they belong to, or gathered at the foot of the area. The texts keep
their order, so each label is put back on its text, and the texts are cut where a label or a
blank line stands between lines, else after a line ending a sentence short of the full width.
Side notes come out as blocks of narrow lines after the running text they stand beside."""

from __future__ import annotations

from collections.abc import Sequence

from purgehist.formats.text.detached_labels import area_notes, side_notes
from purgehist.formats.text.lines import LineKind, source_lines
from purgehist.formats.text.read import TextOptions, parse_text
from purgehist.formats.text.side_blocks import split_side_blocks
from purgehist.model import Paragraph


def _texts(lines: Sequence[str], first: int) -> list[tuple[int, str]]:
    area = [(k, text) for k, text in enumerate(lines) if text.strip()]
    notes = area_notes(area, first)
    return [
        (note.n, " ".join([note.head, *(lines[k] for k in note.lines)]).strip()) for note in notes
    ]


def test_a_label_gathered_at_the_foot_takes_the_text_between_its_neighbours() -> None:
    lines = [
        "2",
        "",
        "On this point see the discussion in section 14.8.",
        "The written language is followed here rather than the spoken one, which is a field of",
        "its own; the reasons are partly didactic and partly the state of research (see 15.1).",
        "4",
        "Other standards and regional variation would deserve a place, but there is no room.",
        "3",
    ]
    assert _texts(lines, 2) == [
        (2, "On this point see the discussion in section 14.8."),
        (3, " ".join(lines[3:5])),
        (4, lines[6]),
    ]


def test_a_note_of_one_full_line_ends_before_a_displaced_label() -> None:
    lines = [
        "2",
        "",
        "This is why I quote the treatise from its first printed edition of 1496 in this book.",
        "See the edition in Kindstrand (1990). An edition with a translation is in Keaney (1996).",
        "See also Van Rooy (2018) on the later fate of the treatise.",
        "4",
        "For a critical edition, see the unpublished dissertation of Didier",
        "Xhardez (1991).",
        "3",
    ]
    assert [n for n, _ in _texts(lines, 2)] == [2, 3, 4]
    assert _texts(lines, 2)[1] == (3, " ".join(lines[3:5]))


def test_unfinished_lines_are_cut_when_the_labels_ask_for_it() -> None:
    lines = [
        "17",
        "",
        "http://www.academie-francaise.fr/",
        "http://www.rechtschreibrat.com/",
        "19",
        "http://www.ids-mannheim.de/ (21.09.2010)",
        "18",
    ]
    assert _texts(lines, 17) == [
        (17, "http://www.academie-francaise.fr/"),
        (18, "http://www.rechtschreibrat.com/"),
        (19, "http://www.ids-mannheim.de/ (21.09.2010)"),
    ]


def test_a_run_of_labels_shares_the_texts_at_sentence_ends() -> None:
    lines = [
        "1",
        "2",
        "",
        "Sprachbund is a German term meaning ‘language union’.",
        "Since the two languages are mutually comprehensible, I count them here",
        "as one unit.",
    ]
    assert _texts(lines, 1) == [
        (1, lines[3]),
        (2, " ".join(lines[4:6])),
    ]


def test_a_page_number_between_a_label_and_its_text_is_left_out() -> None:
    lines = ["2", "", "xiv", "", "A note on the second edition: more exercises are solved."]
    assert _texts(lines, 2) == [(2, lines[4])]


def test_a_word_alone_that_looks_roman_stays_in_its_note() -> None:
    lines = [
        "2",
        "",
        "On the harm principle the classic statement remains that of J. S.",
        "Mill",
        "(1859), ch. 1; on its reception in the civil service see below.",
        "3",
        "The phrase is quoted from the parish registers, vol. 2, f. 14.",
    ]
    assert _texts(lines, 2) == [(2, " ".join(lines[2:5])), (3, lines[6])]


def test_labels_alone_past_a_lost_note_keep_their_texts() -> None:
    lines = [
        "3",
        "4",
        "",
        "Kotkin, Magnetic Mountain, 72.",
        "The figures for the second plan are disputed; I follow those of the",
        "regional archive throughout.",
        "6",
        "7",
        "",
        "Fitzpatrick, Stalin's Peasants, 103.",
        "Ibid., 110.",
    ]
    assert _texts(lines, 3) == [
        (3, lines[3]),
        (4, " ".join(lines[4:6])),
        (6, lines[9]),
        (7, lines[10]),
    ]


def test_a_number_marked_no_label_hides_no_real_label_alone() -> None:
    lines = [
        "2",
        "",
        "Conquest, The Great Terror, vol.",
        "3",
        "(1968), 45, on the purge of the regional party committees.",
        "Getty, Origins of the Great Purges, 12.",
        "4",
        "Ibid., 58, where the figures for the second year are given.",
        "3",
    ]
    area = [(k, text) for k, text in enumerate(lines) if text.strip()]
    notes = area_notes(area, 2, unlabelled={3})
    assert [note.n for note in notes] == [2, 3, 4]
    assert notes[-1].lines == [7]
    # the wrapped volume number stays text
    assert sorted(k for note in notes for k in note.lines) == [2, 3, 4, 5, 7]


def test_labels_in_sequence_are_read_as_before() -> None:
    lines = [
        "5 Conquest, The Great Terror, 45.",
        "6",
        "Ibid., 46, a note whose label the extraction set on a line of its own.",
        "7 Getty, Origins, 12.",
    ]
    assert [n for n, _ in _texts(lines, 5)] == [5, 6, 7]
    assert _texts(lines, 5)[1][1] == lines[2]


def test_a_figure_beyond_the_labels_is_no_note() -> None:
    lines = ["1", "2", "7", "3 When I give distributions below, only full sentences count."]
    assert [n for n, _ in _texts(lines, 1)] == [3]


def test_plain_pdftotext_page_with_a_displaced_label() -> None:
    page = [
        "The first edition left the question open.1 The treatise was then excerpted",
        "from a biography of the poet, as they are used by Homer.2 The third one, on the",
        "dialects, was the longest, as he explained in his proem.3 Nobody edited it since.",
        "1",
        "",
        "Quoted from the first edition of 1496, as no modern edition is available to me.",
        "See the edition in Kindstrand (1990), and the translation in Keaney et al. (1996),",
        "with Van Rooy (2018) on its later fate.",
        "3",
        "For a critical edition, see the unpublished dissertation of Didier",
        "Xhardez (1991).",
        "2",
        "",
        "6",
    ]
    text = "Introduction\n\f" + "\n".join(page) + "\n\f"
    result = parse_text(text, file="book.txt", options=TextOptions(claims=False))
    division = result.dataset.documents[0].divisions[0]
    paragraphs: list[Paragraph] = list(division.paragraphs)
    notes = [(n.n, (n.text or "")[:14]) for p in paragraphs for n in p.notes]
    assert notes == [("1", "Quoted from th"), ("2", "See the editio"), ("3", "For a critical")]


_BODY = [
    "the two upper-class families of the island, as one of them put it later. He kept",
    "to the approach of his teacher, although he never grew close to the gentry of the",
    "place, except for the doctor and his wife, whom he saw often that winter. When the",
    "lectures were given at the university in the spring, he may have been in the hall.1",
    "The memoir that the lecturer’s widow published many years later does not name him",
    "among the audience.2 But maybe he was there, and maybe they talked about his work",
    "in progress. It is certain that he did not meet the other visitor of that year.3",
]
_SIDE = [
    "",
    "The lectures were turned into a",
    "book, published in 1952 and again",
    "in a longer version in 1953.",
    "1",
    "",
    "Mildred Warner, A Life (New York:",
    "Publishing Center, 1988), 163–74.",
    "3",
    "Relations in Public (New York: Basic",
    "Books, 1971).",
    "2",
    "",
]


def _side_book(pages: int) -> str:
    head = ["xiii", "", *_BODY[:3], ""]
    page = "\n".join([head[0], "", *_BODY, *_SIDE])
    plain = "\n".join([*head, *_BODY[3:], ""])
    return "\f".join([page] * pages + [plain])


def test_side_notes_after_their_running_text_with_labels_out_of_place() -> None:
    result = parse_text(_side_book(4), file="book.txt", options=TextOptions(claims=False))
    found = [
        (n.n, p.text[: n.offset].split()[-1], n.text)
        for division in result.dataset.documents[0].divisions
        for p in division.paragraphs
        for n in p.notes
    ]
    assert found[:3] == [
        ("1", "hall.", "The lectures were turned into a book, published in 1952 and again in a "
         "longer version in 1953."),
        ("2", "audience.", "Mildred Warner, A Life (New York: Publishing Center, 1988), 163–74."),
        ("3", "year.", "Relations in Public (New York: Basic Books, 1971)."),
    ]  # fmt: skip


def test_a_short_footnote_here_and_there_is_no_side_note() -> None:
    text = _side_book(1) + "\f" + "\f".join("\n".join(["xiv", "", *_BODY]) for _ in range(8))
    lines = split_side_blocks(source_lines(text))
    assert all(line.kind == LineKind.UNKNOWN for line in lines)


def test_a_side_note_opening_with_its_label_starts_there() -> None:
    lines = [
        "The lectures were turned into a",
        "book, published in 1952.",
        "3",
        "",
        "Mildred Warner, A Life (New York:",
        "Publishing Center, 1988), 163.",
        "4 Ibid., 88, on the same",
        "meeting.",
        "2",
    ]
    area = [(k, text) for k, text in enumerate(lines) if text.strip()]
    notes = side_notes(area)
    assert [(note.n, note.head, note.lines) for note in notes] == [
        (2, "", [0, 1]),
        (3, "", [4, 5]),
        (4, "Ibid., 88, on the same", [7]),
    ]
