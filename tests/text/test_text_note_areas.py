"""Footnote areas and their numbering: section numbers and headings are no notes, notes run
together by extraction are split, a note carries on past a running head, and numbering may
start above one or restart at each chapter."""

from __future__ import annotations

import pytest

from purgehist.formats.text.footnotes import (
    RawNote,
    chapter_heading,
    heading_like,
    match_note_start,
    note_label,
    printed_number,
    split_merged,
)
from purgehist.formats.text.lines import LineKind, SourceLine, source_lines
from purgehist.formats.text.paged import split_paged
from purgehist.formats.text.pages import split_pages
from purgehist.formats.text.read import parse_text

RULE = "_______________"


def _page(body: list[str], notes: list[str]) -> list[str]:
    return [*body, "", RULE, *notes, ""]


def _doc(body: str) -> str:
    return body.strip("\n") + "\n"


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("2.1 The Closed Archive and Its Substitutes", id="en-section"),
        pytest.param("3.2 De revisionisten en het einde van de zuivering", id="nl-section"),
        pytest.param("2.1 Die Rückkehr der Intention", id="de-section"),
        pytest.param("1.3 Le rôle de Staline", id="fr-section"),
    ],
)
def test_section_numbers_never_open_a_note(line: str) -> None:
    assert match_note_start(line) is None


@pytest.mark.parametrize(
    ("rest", "heading"),
    [
        pytest.param("L’interprétation totalitaire et sa contestation", True, id="fr-heading"),
        pytest.param("The Problem of Intention", True, id="en-heading"),
        pytest.param("Der Befehl Nr. 00447 und die Massenoperationen", True, id="de-heading"),
        pytest.param("Het begin van de zuivering", True, id="nl-heading"),
        pytest.param("Ibidem", False, id="nl-ibidem"),
        pytest.param("Conquest, Great Terror, 45", False, id="en-ends-in-page"),
        pytest.param("Vgl. Getty, Origins, S. 5 f.", False, id="de-full-stop"),
        pytest.param("voir la note précédente", False, id="fr-lower-case"),
    ],
)
def test_heading_like(rest: str, heading: bool) -> None:
    assert heading_like(rest) is heading


@pytest.mark.parametrize(
    ("text", "note_one"),
    [
        pytest.param(
            _doc("""
Intro text that cites a first work here.1 And a second one.2

1. The First Section

More body text follows in the first section of the chapter.

____________
1 Robert Conquest, The Great Terror (New York: Oxford University Press, 1990), 45.
2 Ibid., 46.
"""),
            "Robert Conquest",
            id="en-numbered-heading-before-notes",
        ),
        pytest.param(
            _doc("""
Der Text zitiert ein erstes Werk.1 Und ein zweites.2

2.1 Die Rückkehr der Intention

Weiterer Text folgt in diesem Abschnitt der Arbeit.

____________
1 Conquest, Robert: The Great Terror. London 1968, S. 61.
2 Ebd., S. 62.
"""),
            "Conquest, Robert",
            id="de-section-heading-before-notes",
        ),
    ],
)
def test_heading_does_not_swallow_the_first_notes(text: str, note_one: str) -> None:
    result = parse_text(text, file="heading.txt")
    evidence = {e.provenance.footnote: e for e in result.dataset.evidence if e.provenance}
    assert evidence["1"].cited_as is not None
    assert evidence["1"].cited_as.startswith(note_one)
    assert evidence["2"].source == evidence["1"].source


def test_notes_run_together_are_split_at_the_next_number() -> None:
    note = RawNote(n=26, line=9, page=0, parts=["Ibid., 77. 27 Werth, ‘State’, 207."])
    split = split_merged([note])
    assert [(n.n, n.text) for n in split] == [(26, "Ibid., 77."), (27, "Werth, ‘State’, 207.")]
    kept = [note, RawNote(n=27, line=10, page=0, parts=["Getty, Origins, 5."])]
    assert [n.n for n in split_merged(kept)] == [26, 27]  # 27 exists: nothing to split


@pytest.mark.parametrize(
    ("text", "second"),
    [
        pytest.param("Ibid., 150. 9. Smith, Old Tales, 3.", "Smith, Old Tales, 3.", id="dot"),
        pytest.param("Ibid., pp. 186-188. 9Ibid.", "Ibid.", id="glued"),
        pytest.param("Ebd., S. 5. 9 Müller, Staat, S. 3.", "Müller, Staat, S. 3.", id="de"),
    ],
)
def test_run_together_notes_are_split(text: str, second: str) -> None:
    notes = split_merged([RawNote(n=8, line=1, page=0, parts=[text])])
    assert [n.n for n in notes] == [8, 9]
    assert notes[1].text == second


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("36Ibid.", (36, "Ibid."), id="glued-ibid"),
        pytest.param("12Ebd., S. 4.", (12, "Ebd., S. 4."), id="glued-de"),
        pytest.param("1930s were hard years.", None, id="decade"),
    ],
)
def test_note_number_glued_to_its_text(line: str, expected: tuple[int, str] | None) -> None:
    assert match_note_start(line) == expected


def test_note_carried_on_past_a_set_off_running_head() -> None:
    lines = [
        "A first claim.1 A second claim.2 A third claim.3",
        "",
        RULE,
        "1. Smith, Old Tales, 3.",
        "2. This argument is made at length in Anne Jones, Power Relationships in the",
        "",
        " " * 30 + "NOTES TO PAGES 12-14" + " " * 30 + "201",
        "",
        "Early Years (London: Kestrel, 1990), 28.",
        "3. Smith, Old Tales, 9.",
    ]
    layout = split_pages(lines)
    assert [n.n for n in layout.notes] == [1, 2, 3]
    assert layout.notes[1].text.endswith("Early Years (London: Kestrel, 1990), 28.")


@pytest.mark.parametrize(
    ("first", "cite"),
    [
        pytest.param(231, "Smith, Alan: A Long History, London 2001, p. 5.", id="en"),
        pytest.param(87, "Jansen, Piet: Een lange geschiedenis, Leiden 2001, p. 5.", id="nl"),
        pytest.param(412, "Müller, Hans: Eine lange Geschichte, München 2001, S. 5.", id="de"),
        pytest.param(19, "Durand, Paul: Une longue histoire, Paris 2001, p. 5.", id="fr"),
    ],
)
def test_numbering_may_start_above_one(first: int, cite: str) -> None:
    lines = _page(
        [f"A sentence that carries the first note of this extract.{first} Then more text"],
        [f"{first} {cite}"],
    )
    layout = split_pages(lines)
    assert [m.n for line in layout.body for m in line.markers] == [first]
    assert [note.n for note in layout.notes] == [first]


def test_numbering_restarts_at_a_chapter_heading() -> None:
    lines = [
        "CHAPTER 1",
        "",
        "The first chapter opens with a claim.1 It goes on.2",
        "",
        "CHAPTER 2",
        "",
        "The second chapter starts its notes again.1 And goes on.2",
        "",
        "NOTES",
        "",
        "Chapter 1: Beginnings",
        "",
        "1. Alan Smith, A Long History (London: Verso, 2001), 5.",
        "2. Ibid., 7.",
        "",
        "Chapter 2: Endings",
        "",
        "1. Paul Durand, Une longue histoire (Paris: Seuil, 2001), 9.",
        "2. Ibid., 11.",
    ]
    result = parse_text("\n".join(lines), file="t.txt")
    ids = [e.id for e in result.dataset.evidence]
    assert len(ids) == len(set(ids)) == 4
    assert {"ev_c1_1", "ev_c2_1"} <= set(ids)
    printed = [
        n.n
        for d in result.dataset.documents[0].divisions
        for sub in (d, *d.divisions)
        for p in sub.paragraphs
        for n in p.notes
    ]
    assert printed == ["1", "2", "1", "2"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("Chapter 5: After the Purge", True, id="en"),
        pytest.param("Hoofdstuk 3", True, id="nl"),
        pytest.param("Kapitel IV. Die Wende", True, id="de"),
        pytest.param("Chapitre 2", True, id="fr"),
        pytest.param("Chapter 2.1 shows this", False, id="section-number"),
        pytest.param("The chapter ends here", False, id="prose"),
    ],
)
def test_chapter_headings(line: str, expected: bool) -> None:
    assert chapter_heading(line) is expected


def test_note_keys_print_their_number() -> None:
    assert printed_number(200_007) == 7
    assert note_label(200_007, True) == "c3_7"
    assert note_label(7, False) == "7"


def _noted_page(second_label: bool | None) -> list[SourceLine]:
    """A page as the PDF front end gives it: running text with three markers, then three notes
    of which the second wraps onto a line opening with the number of the third."""
    body = [
        "Die Partei war an ihre Beschlüsse gebunden.¹ Dabei blieb es auch nach",
        "dem Parteitag,² wie die Verbindung zwischen Moskau und den Bezirken",
        "zeigt.³ Die Ausgabe erschien später.",
    ]
    notes = [
        ("1 Vgl. Müller 2001, 45.", True),
        ("2 Müller, Die Partei im Bezirk, in: Zeitschrift für", True),
        ("3 (1982), S. 45-67.", second_label),
        ("3 Ebd., 12.", True),
    ]
    lines = [SourceLine(text, 1, k, LineKind.BODY) for k, text in enumerate(body, 1)]
    start = len(lines) + 1
    lines += [
        SourceLine(text, 1, k, LineKind.NOTE, known) for k, (text, known) in enumerate(notes, start)
    ]
    return lines


def test_a_note_line_known_to_open_with_no_label_carries_its_note_on() -> None:
    layout = split_paged(_noted_page(False))
    assert [(note.n, note.text) for note in layout.notes] == [
        (1, "Vgl. Müller 2001, 45."),
        (2, "Müller, Die Partei im Bezirk, in: Zeitschrift für 3 (1982), S. 45-67."),
        (3, "Ebd., 12."),
    ]
    assert [m.n for line in layout.body for m in line.markers] == [1, 2, 3]


def test_a_note_line_of_unknown_label_is_read_by_its_number_as_before() -> None:
    # the same lines without the front end's word: the number in sequence opens note 3, as
    # in plain text, where nothing else tells it from a label
    layout = split_paged(_noted_page(None))
    assert [note.n for note in layout.notes] == [1, 2, 3]
    assert layout.notes[2].text.startswith("(1982)")


def test_plain_text_lines_carry_no_label_knowledge() -> None:
    assert {line.label_known for line in source_lines("12 Ebd., 45.\n3 (1982).\f4 Ebd.")} == {None}
