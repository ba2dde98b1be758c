"""Plain ``pdftotext`` output that prints note labels out of place: a word processor's labels
printed below their notes' texts (each number in a frame of its own; the page's first note
run on from the running text starts where a line opens as a note does), and a label glued to a
hyphenated running word with the note's first line run on after it on a line as long as two."""

from __future__ import annotations

from purgehist.formats.text.closing_labels import closing_labels, reordered
from purgehist.formats.text.glued_labels import glued_label, glued_notes
from purgehist.formats.text.lines import source_lines
from purgehist.formats.text.note_openings import closes_bracket, opens_note
from purgehist.formats.text.read import TextOptions, parse_text
from purgehist.model.documents import walk_paragraphs

_TOWNS = {7: "Leeds", 10: "York", 13: "Hull"}


def _page(n: int) -> list[str]:
    """A page with notes *n* to *n* + 2, their labels as plain pdftotext prints a word
    processor's: below a note of two lines, above a one-line note."""
    return [
        f"The {_TOWNS[n]} committee met twice in the spring, first in the back room of the",
        f"{_TOWNS[n]} printing house, then at the town hall, which lent it a table.{n} Its minutes",
        f"survive in the copy the secretary kept, which his niece gave to the archive.{n + 1}",
        f"They show a body divided from the first on what a newspaper owed to its readers.{n + 2}",
        "The secretary himself wrote that the quarrel was older than the committee and would",
        "outlast it, which proved true.",
        "Minute book of the press committee, county archive, box 3, folder 1; the later",
        "volumes of the minutes are lost, and so are the letters the secretary kept with them.",
        str(n),
        "",
        str(n + 1),
        "",
        "Letter of Ann Hale to the archivist of the county, written from Leeds on 12 May 1932.",
        "",
        "Samuel Price, The Reader's Due: A Memoir of the County Press (Leeds: Marsh, 1902),",
        "41–44, on 42, where the same quarrel is told from the side of the printers at length.",
        str(n + 2),
        "",
        "",
    ]


_PAGE = _page(7)
_NEXT = [
    "The minutes of the autumn meeting are the last.16",
    "16",
    "",
    "Minute book, 3 November 1891.",
    "",
]


def _notes(pages: list[list[str]]) -> dict[str, str | None]:
    text = "\f".join("\n".join(page) for page in pages)
    dataset = parse_text(text, options=TextOptions(claims=False)).dataset
    paragraphs = walk_paragraphs(dataset.documents[0].divisions)
    return {note.n: note.text for p in paragraphs for note in p.notes}


def test_labels_below_their_notes_texts_are_put_back_above_them() -> None:
    order = reordered(_PAGE, 80.0)
    assert order is not None
    texts = [_PAGE[p] for p in order]
    # the first note runs on from the running text: it starts after the sentence's end
    assert texts[6:9] == ["7", *_PAGE[6:8]]
    assert texts[9:14] == ["", "8", "", _PAGE[12], ""]  # a one-line note keeps its label above
    assert texts[14:17] == ["9", *_PAGE[14:16]]


def test_a_word_processors_notes_are_read_with_their_own_labels() -> None:
    notes = _notes([_PAGE, _page(10), _page(13), _NEXT])
    assert notes["7"] == (
        "Minute book of the press committee, county archive, box 3, folder 1; the later "
        "volumes of the minutes are lost, and so are the letters the secretary kept with them."
    )
    assert (
        notes["8"]
        == "Letter of Ann Hale to the archivist of the county, written from Leeds on 12 May 1932."
    )
    assert notes["9"] == (
        "Samuel Price, The Reader's Due: A Memoir of the County Press (Leeds: Marsh, 1902), "
        "41–44, on 42, where the same quarrel is told from the side of the printers at length."
    )
    assert notes["13"] == notes["7"]
    assert notes["14"] == notes["8"]
    assert notes["16"] == "Minute book, 3 November 1891."


def test_labels_are_left_alone_in_a_document_that_rarely_prints_them_below() -> None:
    # one page of the pattern is not enough: such a label more often opens a note below it
    few = source_lines("\f".join("\n".join(page) for page in [_PAGE, _NEXT]))
    assert closing_labels(few) == few
    many = source_lines("\f".join("\n".join(page) for page in [_PAGE, _page(10), _page(13)]))
    assert closing_labels(many) != many


def test_labels_before_their_texts_stay_in_place() -> None:
    page = [*_PAGE[:6], "7", "Minute book of the press committee.", "8", "Letter of Ann Hale."]
    assert reordered(page, 80.0) is None


def test_a_number_under_running_text_without_markers_is_no_label() -> None:
    page = ["The committee met twice in the spring and once in the autumn of that", "year.", "7"]
    assert reordered(page, 80.0) is None


_WIDE = [
    "The committee met twice in the spring of 1891, first in the back room of the printing",
    "house and then at the town hall, where the mayor lent it a table.3 Its minutes survive",
    "only in the copy the secretary kept, which his niece gave to the county archive. They",
    "show a body divided from the first on what a newspaper owed to its readers, and the",
    "secretary himself wrote that the quarrel was older than the committee and would out4 "
    "Samuel Price, The Reader's Due: A Memoir of the County Press (Leeds: Marsh, 1902),",
    "41–44, on 42.",
    "5 Letter of Ann Hale to the archivist, 12 May 1932.",
]


def test_a_label_glued_to_a_joined_line_opens_the_note_run_on_after_it() -> None:
    found = glued_label(list(enumerate(_WIDE)))
    assert found is not None
    assert (found.position, found.n) == (4, 4)
    assert found.text.endswith("would out-")
    assert found.rest.startswith("Samuel Price")


def test_a_glued_label_on_a_joined_line_is_refused_before_an_earlier_label() -> None:
    lines = [*_WIDE[:6], "3 Letter of Ann Hale to the archivist, 12 May 1932."]
    assert glued_label(list(enumerate(lines))) is None


def test_a_glued_label_reads_cyrillic_words() -> None:
    lines = [
        "Он вспоминал об этом не раз, и каждый раз рассказ его становился немного длиннее,",
        "а подробности всё более яркими и всё менее похожими на то, что было на самом деле.",
        "Позже он признался, что многое придумал сам, но не мог вспомнить, что именно разго6 "
        "Об этом подробнее: Иван Петров, «Воспоминания о детстве» (Москва, 1999), с. 12.",
    ]
    found = glued_label(list(enumerate(lines)))
    assert found is not None
    assert (found.n, found.text[-6:]) == (6, "разго-")


def _run_on(note: list[str]) -> list[str]:
    """A page whose only note runs on from a running line cut inside its sentence, the note's
    label under it, the notes as wide as the running text."""
    return [
        "The Leeds committee met twice in the spring, first in the back room of the",
        "printing house, then at the town hall, which lent it a table.7 Its minutes",
        "survive in the copy the secretary kept, which his niece gave to the county",
        "archive with the letters of the printers, who had sat on the committee from",
        *note,
        "7",
        "",
        "",
    ]


def test_a_first_note_run_on_from_an_unfinished_line_starts_at_its_citation() -> None:
    note = [
        "Samuel Price, The Reader's Due: A Memoir of the County Press (Leeds:",
        "Marsh, 1902), 41–44, on 42, where the same quarrel is told at length.",
    ]
    page = _run_on(note)
    order = reordered(page, 76.0)
    assert order is not None
    assert [page[p] for p in order][4:7] == ["7", *note]


def test_an_editors_note_run_on_from_the_running_text_starts_at_its_bracket() -> None:
    note = [
        "[Samuel Price (1840–1911) was a printer who sat on the committee in Leeds.",
        "He told the same quarrel in his memoir. See the introductory chapter of",
        "this book.]",
    ]
    page = _run_on(note)
    order = reordered(page, 76.0)
    assert order is not None
    # not inside the note, after its first sentence
    assert [page[p] for p in order][4:8] == ["7", *note]


def test_a_line_opens_a_note_when_it_opens_as_a_citation_does() -> None:
    assert opens_note("Morton G. White, The Origin of Dewey’s Instrumentalism (New York:")
    assert opens_note("Jefferson Pooley, “The New History of Mass Communication Research,”")
    assert opens_note("“Talking about Newspapers,” Democrat and Chronicle, May 2, 1892.")
    assert opens_note("See Robert Westbrook, John Dewey and American Democracy (Ithaca, NY:")
    assert closes_bracket("volumes of the minutes are lost. See the introductory chapter.]")
    # running text, and a note's inner line
    assert not opens_note("Willinda Savage, likewise treating Thought News as a key moment in")
    assert not opens_note("Columbia University Press, 1943), 101–2.")
    assert not opens_note("However, the committee met again in the autumn of that year.")
    assert not closes_bracket("the committee [of the press] met again in the autumn.")


def test_a_glued_label_with_its_note_run_on_is_read_before_the_labels_below_it() -> None:
    first = [
        "The committee met twice in the spring of 1891, first in the back room of the printing",
        "house and then at the town hall, where the mayor lent it a table.3 Its minutes survive",
        "only in the copy the secretary kept, which his niece gave to the county archive.",
        "3 Minute book of the press committee, county archive, box 3, folder 1.",
    ]
    second = [
        "They show a body divided from the first on what a newspaper owed to its readers.4 The",
        "secretary himself wrote that the quarrel was older than the committee,5 and that it",
        "would outlast it, as it did when the printers left in the autumn and the mayor took the",
        "table back for the council, which never lent it to the com4 "
        "Samuel Price, The Reader's Due: A Memoir of the County Press (Leeds: Marsh, 1902),",
        "41–44, on 42.",
        "5 Letter of Ann Hale to the archivist, 12 May 1932.",
    ]
    notes = _notes([first, second])
    assert list(notes) == ["3", "4", "5"]
    assert notes["4"] == (
        "Samuel Price, The Reader's Due: A Memoir of the County Press (Leeds: Marsh, 1902), "
        "41–44, on 42."
    )
    assert notes["5"] == "Letter of Ann Hale to the archivist, 12 May 1932."


def test_a_glued_label_is_not_read_first_when_the_labels_below_go_on_from_another() -> None:
    marked = [_WIDE[0], _WIDE[1].replace("table.3", "table.4"), *_WIDE[2:6]]
    for last, joined in (("12 Letter of Ann Hale, 1932.", None), (_WIDE[6], [4, 5])):
        lines = source_lines("\n".join([*marked, last]))
        filled = list(range(len(lines)))
        found = glued_notes(list(lines), filled, filled, 3, joined=True)
        assert (found and [note.n for note in found[2]]) == joined


def test_a_glued_label_opens_a_note_that_is_a_web_address() -> None:
    lines = [
        *_WIDE[:4],
        "secretary himself wrote that the quarrel was older than the committee and would out4 "
        "http://www.county-archive.org.uk/press/minutes-1891.html, last accessed 3 May 2016",
        "5 Letter of Ann Hale to the archivist, 12 May 1932.",
    ]
    found = glued_label(list(enumerate(lines)))
    assert found is not None
    assert (found.n, found.rest[:11]) == (4, "http://www.")


def test_a_first_note_of_two_citations_starts_at_its_first() -> None:
    note = [
        "Samuel Price, The Reader's Due: A Memoir of the County Press (Leeds: Marsh,",
        "1902), 41–44; on the same quarrel see also the letters collected in",
        "Ann Hale, Letters from the County Archive (Leeds: Marsh, 1932), 12–19;",
        "“The Week in Society,” Leeds Mercury, May 2, 1891.",
    ]
    page = _run_on(note)
    order = reordered(page, 76.0)
    assert order is not None
    assert [page[p] for p in order][4:9] == ["7", *note]


def test_a_first_note_does_not_start_inside_a_name_broken_over_two_lines() -> None:
    note = [
        "On the committee's printers, see the memoir of the secretary mentioned in Brian",
        "A. Hale, Letters from the County Archive (Leeds: Marsh, 1932), 12–19.",
    ]
    page = _run_on(note)
    page[3] = "archive with the letters of the printers who had sat on the committee."
    order = reordered(page, 76.0)
    assert order is not None
    assert [page[p] for p in order][4:7] == ["7", *note]


def test_a_long_editors_note_starts_at_its_bracket() -> None:
    note = [
        "[Samuel Price (1840–1911) was a printer who sat on the committee in Leeds",
        *(f"from its first year; his part in the quarrel of year {k} is told" for k in range(12)),
        "in the introductory chapter of this book.]",
    ]
    page = _run_on(note)
    order = reordered(page, 76.0)
    assert order is not None
    assert [page[p] for p in order][4 : 4 + len(note) + 1] == ["7", *note]


def test_a_list_of_names_or_places_in_running_text_does_not_open_a_note() -> None:
    assert not opens_note("In Britain, France and Germany the question was put aside for")
    assert not opens_note("Karl Marx, Friedrich Engels and their friends wrote to the papers")
    assert not opens_note("New York, London and Paris were where the press was made then")
    assert opens_note("Karl Marx, Capital, vol. 1, trans. Ben Fowkes (London: Penguin,")
    assert opens_note("A. Williams, Thought and Action in the 1890s (Chicago: Ford,")


def test_a_glued_label_opens_no_area_over_a_table_row_or_a_label_printed_twice() -> None:
    marked = [_WIDE[0], _WIDE[1].replace("table.3", "table.4"), *_WIDE[2:4]]
    twice = [*marked, *_WIDE[4:], "4 copies were printed and sent to the archive in May 1932."]
    table = [*marked, _WIDE[4].split(" out4 ")[0] + " out4 12 34 56 78 90 11 23 45 67 89"]
    table.append("5 Letter of Ann Hale to the archivist, 12 May 1932.")
    for page in (twice, table):
        lines = source_lines("\n".join(page))
        filled = list(range(len(lines)))
        assert glued_notes(list(lines), filled, filled, 3, joined=True) is None
    lines = source_lines("\n".join([*marked, *_WIDE[4:]]))
    filled = list(range(len(lines)))
    assert glued_notes(list(lines), filled, filled, 3, joined=True) is not None
