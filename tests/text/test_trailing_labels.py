"""Footnote labels that plain ``pdftotext`` printed away from their texts on a book's pages:
a label after its page's notes (the page's only note, or its first), and a label with only its
text's opening quotation mark."""

from __future__ import annotations

from purgehist.formats.text.read import TextOptions, parse_text
from purgehist.formats.text.trailing_labels import TrailingNote, line_width, trailing_note
from purgehist.model.documents import walk_paragraphs

_BODY = [
    "The itinerary begins with Vasquez’s years in Peru, which in 1970 (eight",
    "years after he arrived) became the first country in the world to elect a",
    "Marxist government. It drew in scores of scholars and other knowledge",
    "workers from abroad, including exiles fleeing Latin American military",
    "dictatorships. Halloran situates Vasquez within that context and what",
    "he calls the laboratory of the democratic road to socialism, and he",
    "re-establishes the historicity of Vasquez’s most famous book.",
]
# notes are set smaller: their full lines hold more characters than the running text's
_NOTE = [
    "For a brief, recent account in English, see Dan Halvorsen, “The Book That Exposed",
    "the Cynical Politics of the Comic Strip,” The New Yorker, June 3, 2019. For the history of",
    "translations of the work, see Alejandro Ibarra Solís, “Los flujos globales de ‘Para",
    "no. 3 (2000).",
]


def test_the_only_label_printed_after_its_note_goes_back_above_its_first_line() -> None:
    texts = [*_BODY, *_NOTE, "5"]
    width = line_width(texts)
    assert trailing_note(texts, width) == TrailingNote(len(texts) - 1, len(_BODY))


def test_the_first_label_printed_after_the_other_notes_goes_back_above_the_first_note() -> None:
    second = ["Ostrow, “Origins of the Dependency Theory,” in Dependency Theory, 54–55."]
    texts = [*_BODY, *_NOTE, "6", *second, "5"]
    assert trailing_note(texts, line_width(texts)) == TrailingNote(len(texts) - 1, len(_BODY))


def test_a_label_at_the_foot_above_the_other_labels_is_not_put_back() -> None:
    texts = [*_BODY, "5", *_NOTE, "6"]
    assert trailing_note(texts, line_width(texts)) is None


def _notes(pages: list[str]) -> dict[str, str | None]:
    result = parse_text("\f".join(pages), options=TextOptions(claims=False))
    return {
        note.n: note.text
        for p in walk_paragraphs(result.dataset.documents[0].divisions)
        for note in p.notes
    }


def _page(folio: str, body: list[str], notes: list[str]) -> str:
    return "\n".join([folio, "", *body, *notes, ""])


def test_a_book_page_whose_only_label_follows_its_note_is_read() -> None:
    marked = [
        *_BODY[:3],
        "Marxist government. 1 It drew in scores of scholars and other",
        *_BODY[4:],
    ]
    pages = [_page("xiii", _BODY, []), _page("xiv", marked, [*_NOTE, "1"])]
    pages.append(_page("xv", _BODY, []))
    notes = _notes(pages)
    assert list(notes) == ["1"]
    assert notes["1"] is not None
    assert notes["1"].startswith("For a brief, recent account")
    assert notes["1"].endswith("no. 3 (2000).")


def test_a_label_with_only_its_texts_opening_quotation_mark_heads_a_note() -> None:
    marked = [
        *_BODY[:3],
        "Marxist government. 1 It drew in scores of scholars and other",
        *_BODY[4:],
    ]
    quoted = [
        "1 “",
        "There is an economic policy. There is agrarian reform activity. There are plans for",
        "public works, housing, health programs. What about mass communication?” asked a writer.",
    ]
    pages = [_page("xiii", _BODY, []), _page("xiv", marked, quoted), _page("xv", _BODY, [])]
    notes = _notes(pages)
    assert notes["1"] is not None
    assert "There is an economic policy" in notes["1"]


def test_a_note_joined_to_the_last_running_line_is_cut_from_it() -> None:
    # the running line ends with a hyphenated word's first half, which plain pdftotext joins
    # to the next line it prints: the note's first line
    last = "dictatorships. Halloran situates Vasquez within that context and what he"
    joined = [*_BODY[:4], f"{last[:-3]}benefit{_NOTE[0]}", *_NOTE[1:], "5"]
    found = trailing_note(joined, line_width(joined))
    assert found == TrailingNote(len(joined) - 1, 4, len(last) - 3 + len("benefit"))


def test_labels_of_layout_text_are_left_where_it_prints_them() -> None:
    # pdftotext -layout indents lines and keeps each label beside its text
    texts = [*(f"   {line}" for line in _BODY), *_NOTE, "5"]
    assert line_width(texts) == 0.0
    assert trailing_note(texts, line_width(texts)) is None
