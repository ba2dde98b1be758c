"""Notes labelled with symbols (``∗ † ‡``, a typewriter's ``*``, ``**``), their sequence anew on
every page: read as the page's notes in the forms ``pdftotext`` and the PDF front end give
them (a label alone above its text, notes run into one paragraph, notes side by side, labels
stacked apart from their texts), beside numbered notes, and never from an asterisk that marks
a reconstructed form or an ungrammatical example."""

from __future__ import annotations

from pathlib import Path

import pytest

from purgehist.api import parse_file
from purgehist.formats.text.lettered_notes import label_ordinal
from purgehist.formats.text.lines import source_lines
from purgehist.formats.text.read import TextOptions, parse_text
from purgehist.formats.text.symbol_notes import (
    find_symbol_markers,
    next_labels,
    symbol_notes,
    symbol_ordinal,
)
from purgehist.model.dataset import Dataset
from purgehist.model.documents import walk_paragraphs

TYPESET = Path(__file__).resolve().parent.parent / "pdf" / "typeset" / "symbols.pdf"

# two pages as ``pdftotext -layout`` sets a translation's pages (the labels of Libertine's
# symbols come out as ∗ † ‡): the first label alone above its text, the next run into it
_LAYOUT = "\n".join(
    [
        "                                                                     Introduction",
        "   Wackernagel hints at an answer without really spelling it out: enclitics are",
        "unstressed, and it was this property that led them to occupy the second position.∗",
        "The suggestion is that the basic position of the verb was final, and that verbs in",
        "main clauses ‘moved’ to second position in order to be unstressed.† Later the rule",
        "became purely syntactic (see § 12 below), and affected all verbs.‡",
        "",
        "",
        "∗",
        "  Hale (2017: 294–295) suggests that the reasoning rests on competing motivations: a",
        "drive for enclitics to be initial, which they cannot be without stress. † This account",
        "foreshadows early transformational proposals (1962: 12, see § 4 there) by seventy",
        "years. ‡ Compare the reconstructed root *bʰer- ‘carry’.",
        "",
        "",
        "                                                                                   7",
        "\f   The root *bʰer- ‘carry’ and the ungrammatical",
        "",
        "      * the cat sleep on the mat",
        "",
        "show the asterisk in its other uses. Krisch describes the law as undisputed since",
        "its discovery.∗",
        "",
        "",
        "∗",
        "  Krisch 1990: 64–65.",
        "",
        "",
        "                                                                                   8",
        "",
    ]
)

# the same notes as plain ``pdftotext`` sets short run-in notes: the labels stacked one under
# the other, each text below them, the page number between a note and the next label
_RAW = "\n".join(
    [
        "The enclitic follows the first word of its clause.∗ The particles too.†",
        "",
        "∗",
        "†",
        "",
        "Translator’s note: personal communication to Charles Graux.",
        "Translator’s note: Lobel & Page (1968: 336.1) have another reading.",
        "",
        "59",
        "\fThe root is stressed.∗ The verb is not.†",
        "",
        "∗",
        "",
        "Note: Brown, Word Order (Leipzig, 1892), 333.",
        "",
        "60",
        "",
        "†",
        "",
        "Note: Ibid., 336.",
        "",
    ]
)


# a page showing the scheme (both labels' markers glued in its running text), which a document
# needs on two pages before any page's symbol notes are read
SCHEME = "\n".join(
    [
        "The particle stands second in its clause,∗ after the first stressed word.†",
        "",
        "∗ Translator’s note: Wackernagel’s term is ‘Stellung’.",
        "† Translator’s note: compare Delbrück (1878: 12).",
        "\f",
    ]
)


def _notes(dataset: Dataset) -> list[tuple[str, str, str]]:
    """Each note's label, the running text right before its marker, and its text."""
    (document,) = dataset.documents
    return [
        (n.n, p.text[max(0, n.offset - 12) : n.offset], n.text or "")
        for p in walk_paragraphs(document.divisions)
        for n in p.notes
    ]


def _parse(text: str) -> list[tuple[str, str, str]]:
    return _notes(parse_text(text, options=TextOptions(claims=False)).dataset)


def _parse_in_scheme(text: str) -> list[tuple[str, str, str]]:
    """The notes of *text* set after two pages showing the scheme (their notes left out)."""
    return _parse(SCHEME * 2 + text)[4:]


def test_run_in_notes_under_a_lone_label_are_split_at_the_labels_that_continue_the_page() -> None:
    notes = _parse_in_scheme(_LAYOUT)
    assert [label for label, _, _ in notes] == ["∗", "†", "‡", "∗"]
    assert [before for _, before, _ in notes] == [
        "nd position.",
        " unstressed.",
        "d all verbs.",
        "s discovery.",
    ]
    texts = [text for _, _, text in notes]
    assert texts[0].startswith("Hale (2017: 294–295)")
    assert texts[0].endswith("without stress.")
    # a section sign inside a note's text continues no sequence: no cut there
    assert "(1962: 12, see § 4 there)" in texts[1]
    assert texts[2] == "Compare the reconstructed root *bʰer- ‘carry’."
    assert texts[3] == "Krisch 1990: 64–65."


def test_an_asterisk_before_a_word_is_no_marker_and_makes_no_note() -> None:
    notes = _parse_in_scheme(_LAYOUT)
    assert all("*" not in before for _, before, _ in notes)
    text = "\n".join(
        [
            "The root *bʰer- ‘carry’ is reconstructed, and the example",
            "",
            "      * the cat sleep on the mat",
            "",
            "is ungrammatical; *so* is the next one.",
            "",
        ]
    )
    assert _parse_in_scheme(text) == []


def test_stacked_labels_and_a_label_set_after_the_page_number_are_the_pages_notes() -> None:
    notes = _parse(_RAW)
    assert [(label, text) for label, _, text in notes] == [
        ("∗", "Translator’s note: personal communication to Charles Graux."),
        ("†", "Translator’s note: Lobel & Page (1968: 336.1) have another reading."),
        ("∗", "Note: Brown, Word Order (Leipzig, 1892), 333."),
        ("†", "Note: Ibid., 336."),
    ]
    assert [before for _, before, _ in notes] == [
        "of its clause."[-12:],
        "particles too."[-12:],
        "t is stressed."[-12:],
        "e verb is not."[-12:],
    ]


def test_symbol_notes_beside_numbered_notes_keep_their_own_labels() -> None:
    text = "\n".join(
        [
            "The article of 1892 stated the law for Greek.1 Its translator adds a remark here.∗",
            "The law holds for Sanskrit as well.2",
            "",
            "",
            "∗",
            "  Translator’s note: the edition of 1889 reads otherwise.",
            "",
            "1 Wackernagel, Indogermanische Forschungen 1 (1892), 333.",
            "2 Delbrück, Altindische Wortfolge (Halle, 1878), 12.",
            "\f",
        ]
    )
    notes = _parse_in_scheme(text)
    assert sorted(label for label, _, _ in notes) == ["1", "2", "∗"]
    by_label = {label: note for label, *note in notes}
    assert by_label["∗"][1] == "Translator’s note: the edition of 1889 reads otherwise."
    assert by_label["1"][1].startswith("Wackernagel, Indogermanische")


def test_an_asterisk_in_a_tables_cell_opens_no_note_of_the_page() -> None:
    text = "\n".join(
        [
            " Year      Author            Title                                    Citations*",
            "",
            " 1981     Hymes             In Vain I Tried to Tell You                  1,726",
            " 1982     Feld              Sound and Sentiment                          3,326",
            "",
            "* citations in Google Scholar as of March 2025",
            "\f",
        ]
    )
    assert _parse_in_scheme(text) == []


def test_a_lists_items_and_a_programs_operator_open_no_notes() -> None:
    text = "\n".join(
        [
            "The procedure squares its argument: (define (square x) (* x x)) and returns it.",
            "The steps are these:",
            "",
            "* read the register,",
            "* copy the entries,",
            "* compare the totals.",
            "\f",
        ]
    )
    assert _parse_in_scheme(text) == []


def test_a_typewriters_asterisks_run_star_double_star() -> None:
    text = "\n".join(
        [
            "The minutes were kept by the clerk,* who also kept the accounts.**",
            "",
            "*  Town Archives, B 14.",
            "** Town Archives, C 7.",
            "\f",
        ]
    )
    assert [(label, body) for label, _, body in _parse_in_scheme(text)] == [
        ("*", "Town Archives, B 14."),
        ("**", "Town Archives, C 7."),
    ]


def test_labels_side_by_side_are_cut_at_the_gap_before_each_labels_column() -> None:
    lines = source_lines(
        SCHEME * 2
        + "\n".join(
            [
                "A new page starts the sequence again.∗ The particles follow it too.†",
                "",
                "∗                                                   †",
                "    Note: Brown, Word Order (Leipzig, 1892), 333.       Note: Ibid., 336.",
                "",
            ]
        )
    )
    _, notes = symbol_notes(lines)
    assert [(n.label, n.parts) for n in notes[4:]] == [
        ("∗", ["Note: Brown, Word Order (Leipzig, 1892), 333."]),
        ("†", ["Note: Ibid., 336."]),
    ]


def test_no_notes_without_the_first_labels_marker_above_them() -> None:
    lines = source_lines(SCHEME * 2 + "The page ends here.\n\n∗ An ornament, not a note.\n")
    kept, notes = symbol_notes(lines)
    assert len(notes) == 4
    assert [line.text for line in kept][-3:] == [line.text for line in lines][-3:]


def test_one_page_of_symbol_notes_does_not_show_the_scheme() -> None:
    # a single page with ∗ and † notes is as likely a table's key or a list as notes
    notes = _parse(SCHEME)
    assert notes == []
    assert [label for label, _, _ in _parse(SCHEME * 2)] == ["∗", "†", "∗", "†"]


@pytest.mark.parametrize(
    ("label", "place", "after"),
    [
        ("∗", 1, ("†", "∗∗")),
        ("*", 1, ("†", "∗∗")),
        ("‡", 3, ("§",)),
        ("‖", 6, ("∗∗",)),
        ("∗∗", 7, ("††", "∗∗∗")),
        ("**", 2, ("††", "∗∗∗")),
    ],
)
def test_symbol_sequences(label: str, place: int, after: tuple[str, ...]) -> None:
    assert symbol_ordinal(label) == place == label_ordinal(label)
    assert next_labels(label) == after


def test_markers_are_symbols_glued_to_the_text_before_them() -> None:
    texts = ["the root *bʰer- and *the cat", "the second position.∗ and (Bach 1962)†", "x∗∗"]
    assert find_symbol_markers(texts, ["∗", "†", "∗∗"]) == [(1, 20, 21), (1, 37, 38), (2, 1, 3)]
    # a number alone before the symbol is a table's cell or a heading's; an index entry's is not
    assert find_symbol_markers(["3.87*", "3.4* Advanced topics"], ["∗"]) == [None]
    assert find_symbol_markers(["Mercator 774∗ . . . p306"], ["∗"]) == [(0, 12, 13)]
    assert find_symbol_markers(["74,† and Helen 912f.)"], ["†"]) == [(0, 3, 4)]


def test_a_pdflatex_page_of_fnsymbol_notes_is_read_with_its_markers() -> None:
    (document,) = parse_file(TYPESET, options={"claims": False}).dataset.documents
    notes = [(n.n, n.text or "") for p in walk_paragraphs(document.divisions) for n in p.notes]
    assert [label for label, _ in notes] == ["∗", "†", "‡", "∗", "†"]
    assert all(text.startswith("Note") for _, text in notes)
    assert notes[4][1] == "Note: Ibid., 336."
