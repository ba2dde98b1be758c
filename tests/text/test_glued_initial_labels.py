"""A long note label that a word processor glued to the note's first word, a one-letter word or
an initial (``120A recent``, ``139E. D. Chapple``), read only where the sequence calls for it."""

from __future__ import annotations

import pytest

from purgehist.formats.text.note_areas import Label, glued_initial
from purgehist.formats.text.read import TextOptions, parse_text
from purgehist.model.documents import walk_paragraphs

_FINISHED = "Miller and Form, Industrial Sociology (New York, 1951), p. 40."


@pytest.mark.parametrize(
    ("text", "expected", "rest"),
    [
        ("120A recent illustration is given by Miller.", 120, "A recent illustration is given"),
        ("139E. D. Chapple and C. S. Coon, Principles", 139, "E. D. Chapple and C. S. Coon,"),
        ("214I owe this to a remark of Hughes.", 214, "I owe this to a remark of Hughes."),
    ],
)
@pytest.mark.parametrize("before", [_FINISHED, "persons can be away with respect to a conversa-"])
def test_the_label_the_sequence_expects_is_read_glued_to_an_initial(
    text: str, expected: int, rest: str, before: str
) -> None:
    # a word broken at the end of the note before: its rest would open the line, not a number
    assert glued_initial(text, expected, before) == Label(expected, text[len(str(expected)) :])
    assert text[len(str(expected)) :].startswith(rest)


@pytest.mark.parametrize(
    ("text", "expected", "before"),
    [
        pytest.param("120A recent illustration.", 121, _FINISHED, id="not the label expected"),
        pytest.param("120A recent illustration.", None, _FINISHED, id="no sequence"),
        pytest.param("12A of the Act applies here.", 12, _FINISHED, id="two digits"),
        pytest.param("5A and 5B of the appendix.", 5, _FINISHED, id="one digit"),
        pytest.param("120A and 120B of the appendix.", 120, "drawn for each farm in Figures",
                     id="after an unfinished note"),
        pytest.param("120Anderson, Sociology, p. 4.", 120, _FINISHED, id="a word, not an initial"),
        pytest.param("120A further case.", 120, "Bass, Discussion, pp. 531–", id="a range broken"),
    ],
)  # fmt: skip
def test_a_number_glued_to_a_capital_is_no_label_out_of_sequence(
    text: str, expected: int | None, before: str
) -> None:
    assert glued_initial(text, expected, before) is None


def _body_page(first: int, count: int, folio: int) -> str:
    sentences = [
        f"The crofters met the steamer on its day.{n} They spoke of the price of wool."
        for n in range(first, first + count)
    ]
    return "\n".join(sentences) + f"\n\n{folio:>40}"


def test_endnotes_with_no_heading_read_labels_glued_to_initials_from_three_digits() -> None:
    body = [_body_page(first, 30, folio) for folio, first in enumerate(range(1, 122, 30), 1)]
    plain = "\n".join(f"{n} Bateson, Naven (Cambridge, 1936), {n}." for n in range(1, 119))
    glued = (
        "119 Ibid., 30.\n"
        "120A recent illustration is given by Miller and Form, Industrial Sociology, 40.\n"
        "121E. D. Chapple, Principles of Anthropology (New York, 1942), p. 39.\n"
        "122 Ibid., 41.\n"
    )
    pages = [*body, plain + "\n\n        6", glued + "\n        7"]
    result = parse_text("\f".join(pages), file="thesis.txt", options=TextOptions(claims=False))
    notes = {
        note.n: note.text
        for paragraph in walk_paragraphs(result.dataset.documents[0].divisions)
        for note in paragraph.notes
    }
    assert len(notes) == 122
    assert notes["120"] == (
        "A recent illustration is given by Miller and Form, Industrial Sociology, 40."
    )
    assert notes["121"] == "E. D. Chapple, Principles of Anthropology (New York, 1942), p. 39."
    assert notes["119"] == "Ibid., 30."
