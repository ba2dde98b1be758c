"""Notes of a book's pages in plain ``pdftotext`` output (no indents): the rest of a note
carried over to the next page, printed right below that page's running text with no blank
line, is told from the running text by its width (notes are set in smaller type, so their
full lines hold more characters); a note whose first line reads like a heading is a note
when the line below it is as wide as a note's."""

from __future__ import annotations

from purgehist.formats.text.lines import SourceLine
from purgehist.formats.text.note_areas import AreaNote
from purgehist.formats.text.paged import _heads_a_paragraph
from purgehist.formats.text.read import TextOptions, parse_text
from purgehist.model.documents import walk_divisions

_BODY = [
    "The itinerary begins with the years in Peru, which in 1970 (eight years",
    "after he arrived) became the first country in the world to elect a leftist",
    "government. It drew in scores of scholars and other knowledge workers",
    "from abroad, including exiles fleeing Latin American military regimes.",
    "Halloran situates the author within that context and what he calls the",
    "laboratory of the democratic road to socialism, and he re-establishes the",
    "historicity of the most famous book written in the country at that time.",
]


def _notes(pages: list[list[str]]) -> dict[str, str | None]:
    text = "\f".join("\n".join(page) + "\n" for page in pages)
    result = parse_text(text, options=TextOptions(claims=False))
    return {
        note.n: note.text
        for _, division in walk_divisions(result.dataset.documents[0].divisions)
        for p in division.paragraphs
        for note in p.notes
    }


def test_the_rest_of_a_note_below_the_next_pages_running_text_goes_back_to_it() -> None:
    first = [
        *_BODY[:3],
        "from abroad, including exiles fleeing military regimes. 1 Halloran situates",
        *_BODY[4:],
        "1",
        "Whereas earlier books by the author that appeared in English were published by small,",
        "often leftist presses, larger publishers offered translations of this later work in the",
    ]
    second = [
        *_BODY[:5],
        "laboratory of the democratic road to socialism. 2 He re-establishes the",
        _BODY[6],
        "1980s and ’90s, including several by university presses. None included prefatory",
        "accounts to situate the books in the contexts of their original production in France.",
        "2",
        "One of the few historical studies of communication research in the country published",
        "in English is the very fine account by a political scientist, published in 1999.",
    ]
    notes = _notes([_BODY, first, second, _BODY])
    assert notes["1"] is not None
    assert notes["1"].endswith("their original production in France.")
    assert notes["2"] is not None
    assert notes["2"].startswith("One of the few historical studies")


def test_a_note_opening_like_a_heading_over_a_note_wide_line_heads_no_paragraph() -> None:
    lines = [
        SourceLine("1 For a recent study of the author’s influence in Latin America, see", 1, 1),
        SourceLine(
            "Raúl Fuentes in a special issue devoted to the author: “Leer la biblioteca,” "
            "Matrices 14.",
            1,
            2,
        ),
    ]
    note = AreaNote(1, 0, [1], head=lines[0].text[2:])
    assert _heads_a_paragraph(note, lines, 0.0)  # the width unknown: read as a heading
    assert not _heads_a_paragraph(note, lines, 72.0)
