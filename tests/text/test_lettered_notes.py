"""Notes labelled with letters (a table's notes, an edition's apparatus) and with roman numerals
(a preface's notes): read as a sequence of their own, beside the numbered notes and without
disturbing them, and only where the page shows them to be notes."""

from __future__ import annotations

from purgehist.formats.text.evidence import cite_notes
from purgehist.formats.text.footnotes import LETTERED, RawNote
from purgehist.formats.text.lettered_notes import (
    find_lettered_markers,
    label_ordinal,
    letter_label,
    lettered_notes,
    roman_value,
)
from purgehist.formats.text.lines import LineKind, SourceLine, source_lines
from purgehist.formats.text.read import TextOptions, parse_text
from purgehist.formats.text.reading import Reading
from purgehist.formats.text.works import Works
from purgehist.model import Note
from purgehist.model.dataset import Dataset
from purgehist.model.documents import walk_paragraphs

_RUNNING = [
    "The harvest returns of the three districts were gathered by the provincial office,",
    "which sent them on to the ministry once a year.1 The figures below come from those",
    "returns and from the diaries of the district clerks.2",
    "",
]
_TABLE = [
    "                 Table 3: Grain delivered to the granaries (tonnes)",
    "",
    " District                 1921            1922            1923",
    " Upper Vale               412             388a            405",
    " Lower Vale               (1921–1923)b    276             301",
    " Marsh End                198             203             210c",
    "",
    "  a Estimated from the clerk's diary; the return itself is lost.",
    "  b The two districts reported together until the reform of 1924,",
    "    so their figures are given once.",
    "  c Includes the deliveries of the autumn fair.",
    "",
]
_AFTER = [
    "   The returns show a steady rise, which the ministry took for a sign of recovery.",
    "",
]
_NOTES = [
    "    1 Provincial archive, series B, file 14.",
    "    2 Diary of the Upper Vale clerk, entries for October 1922.",
    "",
    "                                    12",
]
_NEXT_PAGE = [
    "The ministry did not ask how the figures were made, though the clerks wrote to it",
    "about their doubts more than once.3",
    "",
    "    3 Letter of the Marsh End clerk, 2 March 1923.",
    "",
    "                                    13",
]


def _parse(pages: list[list[str]]) -> Dataset:
    text = "\f".join("\n".join(page) for page in pages)
    return parse_text(text, options=TextOptions(claims=False)).dataset


def _notes(dataset: Dataset) -> list[Note]:
    return [note for p in walk_paragraphs(dataset.documents[0].divisions) for note in p.notes]


def _texts(dataset: Dataset) -> dict[str, str | None]:
    return {note.n: note.text for note in _notes(dataset)}


def test_a_letter_or_roman_label_is_read_off_a_line() -> None:
    assert letter_label("  a Estimated from the diary.") == ("a", "Estimated from the diary.")
    assert letter_label(" iv") == ("iv", "")
    assert letter_label("iiv the text") is None  # no roman numeral
    assert letter_label("a.  Der Mann schläft.") is None  # an example's part, with its stop
    assert letter_label("12 Ibid.") is None


def test_roman_numerals_and_places_in_a_sequence() -> None:
    assert [roman_value(r) for r in ("i", "iv", "ix", "xiv", "xxxix")] == [1, 4, 9, 14, 39]
    assert roman_value("iiii") is None
    assert roman_value("vx") is None
    assert [label_ordinal(label) for label in ("a", "c", "h", "ii", "xii")] == [1, 3, 8, 2, 12]


def test_table_markers_are_found_glued_to_figures_and_brackets_in_any_row_order() -> None:
    hits = find_lettered_markers(_TABLE[:6], ["a", "b", "c"])
    at = [(3, "388a"), (4, ")b"), (5, "210c")]
    ends = [(k, _TABLE[k].index(word) + len(word)) for k, word in at]
    assert hits == [(k, end - 1, end) for k, end in ends]


def test_no_marker_is_taken_from_an_abbreviation_an_elision_or_an_example() -> None:
    texts = ["as the clerks wrote, e.g. in the spring, in (12a), in l’a dit and (Hale 2001a: 4)"]
    assert find_lettered_markers(texts, ["a", "g"]) == [None, None]


def test_a_tables_lettered_notes_are_read_beside_the_numbered_notes() -> None:
    dataset = _parse([[*_RUNNING, *_TABLE, *_AFTER, *_NOTES], _NEXT_PAGE])
    texts = _texts(dataset)
    assert texts["a"] == "Estimated from the clerk's diary; the return itself is lost."
    assert texts["b"] == (
        "The two districts reported together until the reform of 1924, so their figures are "
        "given once."
    )
    assert texts["c"] == "Includes the deliveries of the autumn fair."
    # the numbered notes keep their texts, and their sequence goes on over the page
    assert texts["1"] == "Provincial archive, series B, file 14."
    assert texts["2"] == "Diary of the Upper Vale clerk, entries for October 1922."
    assert texts["3"] == "Letter of the Marsh End clerk, 2 March 1923."


def test_an_editions_letter_markers_leave_the_text_and_anchor_its_apparatus() -> None:
    page = [
        "The harvest returns of the three districts were gathered by the provincial office,",
        "which sent them on to the ministry once a year”.a The figures below come from those",
        "returns and from the diaries of the district clerks.1 Their spelling is kept (1923).b",
        "",
        "  a “once a year” struck out and “twice” written above in the clerk’s copy.",
        "  b The date is added in another hand.",
        "",
        "    1 Provincial archive, series B, file 14.",
        "",
        "                                    12",
    ]
    dataset = _parse([page, _NEXT_PAGE])
    paragraph = next(iter(walk_paragraphs(dataset.documents[0].divisions)))
    assert "year”.a" not in paragraph.text
    assert "(1923).b" not in paragraph.text
    before = {note.n: paragraph.text[: note.offset] for note in paragraph.notes}
    assert before["a"].endswith("once a year”.")
    assert before["1"].endswith("district clerks.")
    assert before["b"].endswith("(1923).")
    assert [n.n for n in paragraph.notes][:3] == ["a", "1", "b"]


def test_raised_letter_labels_alone_on_their_lines_are_read_without_markers() -> None:
    # pdftotext -layout sets a raised label on a line of its own above its text; the markers
    # glued to words in the table's cells cannot be told from the words' letters
    table = [
        " Greeting                  ahó, hó             ahá, hána",
        " Surprise                  hé:hą               dóʔb",
        "",
        "a",
        "  Not said by women before the 1950s.",
        "b",
        "  Both forms are heard in the northern villages.",
        "",
    ]
    dataset = _parse([[*_RUNNING, *table, *_NOTES], _NEXT_PAGE])
    texts = _texts(dataset)
    assert texts["a"] == "Not said by women before the 1950s."
    assert texts["b"] == "Both forms are heard in the northern villages."
    assert texts["2"] == "Diary of the Upper Vale clerk, entries for October 1922."


def test_a_running_line_that_opens_with_a_is_no_note() -> None:
    page = [
        *_RUNNING[:2],
        "returns and from the diaries of the district clerks (Marsh 1998a; Hale 2001a).2",
        "",
        "a reading that the clerks themselves would have found odd (Marsh 1998b).",
        "",
        *_NOTES,
    ]
    dataset = _parse([page, _NEXT_PAGE])
    assert "a" not in _texts(dataset)
    assert any(
        "a reading that the clerks" in p.text
        for p in walk_paragraphs(dataset.documents[0].divisions)
    )


def test_a_lone_label_without_a_marker_or_a_second_note_is_no_note() -> None:
    page = [*_RUNNING, " Marsh End      198      203", "", "a", "  Includes the fair.", "", *_NOTES]
    assert "a" not in _texts(_parse([page, _NEXT_PAGE]))


def test_an_example_with_lettered_parts_is_no_note() -> None:
    page = [
        *_RUNNING,
        "(4)  a. The clerk counted the sacks.",
        "     b. The sacks were counted by the clerk.",
        "",
        "In (4a) the clerk is the subject.",
        "",
        *_NOTES,
    ]
    texts = _texts(_parse([page, _NEXT_PAGE]))
    assert "a" not in texts
    assert "b" not in texts


def test_a_prefaces_roman_notes_run_on_over_its_pages_apart_from_the_chapters_notes() -> None:
    preface = [
        "                              Preface",
        "",
        "This edition follows the clerks’ own copies.i Where these are lost, the ministry’s",
        "copies are used instead, as the editors of 1961 did.ii",
        "",
        "  i Held in the provincial archive since 1950.",
        "  ii See the first edition, pp. 3–5.",
        "",
        "                                    vii",
    ]
    preface_end = [
        "The spelling of the place names is the clerks’.iii",
        "",
        "  iii The ministry wrote the names as the maps of 1880 gave them.",
        "",
        "                                    viii",
    ]
    dataset = _parse([preface, preface_end, [*_RUNNING, *_AFTER, *_NOTES], _NEXT_PAGE])
    notes = _notes(dataset)
    assert [n.n for n in notes] == ["i", "ii", "iii", "1", "2", "3"]
    texts = _texts(dataset)
    assert texts["iii"] == "The ministry wrote the names as the maps of 1880 gave them."
    assert texts["ii"] == "See the first edition, pp. 3–5."
    paragraphs = list(walk_paragraphs(dataset.documents[0].divisions))
    first = next(p for p in paragraphs if "own copies" in p.text)
    assert "copies.i" not in first.text
    assert [first.text[: n.offset][-7:] for n in first.notes] == ["copies.", "61 did."]


def test_an_ibid_opening_a_tables_notes_follows_no_numbered_note() -> None:
    notes = [
        "    1 Ruth Hale, The Vale Harvests (London: Marsh, 1931), 12.",
        "    2 Ibid., 14.",
        "",
        "                                    12",
    ]
    table = [*_TABLE[:7], "  a Ibid., 15.", "  b Ruth Hale, The Vale Harvests, 16.", ""]
    dataset = _parse([[*_RUNNING, *table, *notes], _NEXT_PAGE])
    evidence = {e.id: e for e in dataset.evidence}
    by_label = {note.n: [evidence[i] for i in note.evidence] for note in _notes(dataset)}
    assert by_label["2"][0].source is not None  # Ibid. after note 1
    assert by_label["a"][0].source is None  # Ibid. opening the table's notes
    assert by_label["b"][0].source == by_label["1"][0].source


def test_a_formulas_letters_on_lines_of_their_own_are_no_notes() -> None:
    formula = [
        "The rule combines the two types as follows (1921a).",
        "",
        "a",
        "⟨b, a⟩ =",
        "b",
        "[α(λx i β)] ←− α β avec x i ∈ D",
        "",
    ]
    texts = _texts(_parse([[*_RUNNING, *formula, *_NOTES], _NEXT_PAGE]))
    assert "a" not in texts
    assert "b" not in texts
    assert texts["2"] == "Diary of the Upper Vale clerk, entries for October 1922."


def _front_end_lines(body: list[str], notes: list[str], after: list[str]) -> list[SourceLine]:
    """A page as the PDF front end gives it: no blank lines, the notes' labels seen raised."""
    kinds = [LineKind.BODY] * len(body) + [LineKind.NOTE] * len(notes)
    kinds += [LineKind.BODY] * len(after)
    texts = [*body, *notes, *after]
    return [
        SourceLine(text, 1, k, kind, True if kind == LineKind.NOTE and text[:1] != " " else None)
        for k, (text, kind) in enumerate(zip(texts, kinds, strict=True), 1)
    ]


def test_without_blank_lines_a_lettered_note_ends_at_its_sentences_end() -> None:
    notes = [
        "a Estimated from the clerk's diary.",
        "b The two districts reported together until the reform of 1924,",
        " so their figures are given once.",
    ]
    after = [
        "The returns show a steady rise, which the ministry took for a sign",
        "of recovery in the province.",
    ]
    _, found = lettered_notes(_front_end_lines(_TABLE[2:6], notes, after))
    assert [(n.label, n.head, len(n.lines)) for n in found] == [
        ("a", "Estimated from the clerk's diary.", 0),
        ("b", "The two districts reported together until the reform of 1924,", 1),
    ]


def test_with_blank_lines_a_lettered_note_goes_on_past_a_sentences_end() -> None:
    notes = [
        "  a Estimated from the clerk's diary. The return itself was lost in the fire",
        "    of 1931.",
        "  b The two districts reported together (see the reform of 1924)",
        "    so their figures are given once.",
        "  c The clerk wrote “in the autumn”",
        "    on the margin of the return.",
        "",
    ]
    texts = _texts(_parse([[*_RUNNING, *_TABLE[:7], *notes, *_AFTER, *_NOTES], _NEXT_PAGE]))
    assert texts["a"] == (
        "Estimated from the clerk's diary. The return itself was lost in the fire of 1931."
    )
    assert texts["b"] == (
        "The two districts reported together (see the reform of 1924) so their figures are "
        "given once."
    )
    assert texts["c"] == "The clerk wrote “in the autumn” on the margin of the return."


def test_a_lettered_runs_kind_decides_its_labels_place() -> None:
    assert label_ordinal("i", roman=False) == 9
    assert label_ordinal("v", roman=False) == 22
    assert label_ordinal("i", roman=True) == 1
    assert label_ordinal("x") == 10  # alone and of no known run: a roman numeral
    notes = [f"  {c} Return of the {c} district, kept by its clerk." for c in "abcdefghi"]
    rows = " Marsh End                198a  203b  210c  211d  212e  213f  214g  215h  216i"
    page = [*_RUNNING, rows, "", *notes, "", *_AFTER]
    _, found = lettered_notes(source_lines("\n".join(page)))
    assert [n.label for n in found] == list("abcdefghi")
    assert not any(n.roman for n in found)


def test_an_ibid_opening_lettered_notes_after_a_gap_in_their_keys_follows_nothing() -> None:
    reading = Reading.of("vale.txt")
    first = "Ruth Hale, The Vale Harvests (London: Marsh, 1931), 12."
    notes = {
        LETTERED: RawNote(LETTERED, 3, 0, [first], label="a"),
        LETTERED + 2: RawNote(LETTERED + 2, 9, 0, ["Ibid., 14."], label="c"),
    }
    cited = cite_notes(notes, [], {}, works=Works(reading), page_labels=["1"], restarted=False)
    assert set(cited.by_note) == {LETTERED, LETTERED + 2}


def test_a_lone_a_before_a_word_in_running_text_is_no_note() -> None:
    page = [
        "Según el art. 2a del decreto, los vecinos debían llevar el grano al pósito",
        "del concejo, y el alcalde lo enviaba después",
        "",
        "a la ciudad, donde los regidores lo vendían a precio tasado durante el",
        "invierno, cuando el pan faltaba en los mercados de la comarca entera y los",
        "panaderos no podían comprar trigo a los arrieros que bajaban de la sierra.",
        "",
        "    1 Archivo municipal, legajo 14.",
        "",
        "                                    12",
    ]
    kept, found = lettered_notes(source_lines("\f".join(["\n".join(page), "\n".join(page)])))
    assert found == []
    assert kept[3].text.startswith("a la ciudad")
