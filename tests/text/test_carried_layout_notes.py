"""A note carried on to the next page in ``pdftotext -layout`` text: its rest at the foot of the
next page's running text, with or without a blank line above it, above that page's own notes or
on a page with no notes of its own, and over more than one page."""

from __future__ import annotations

from purgehist.formats.text.indented_carry import indented_rest, text_margins
from purgehist.formats.text.read import TextOptions, parse_text
from purgehist.model.documents import walk_paragraphs

_FIRST = [
    "The vernacular was compared with the Greek dialects in many kinds of work, from the",
    "grammars of the age to its travel accounts and its prefaces.12 Such comparisons were",
    "made long before the humanists took them up, as the following pages show.",
    "",
    " 12",
    "    For a grammar, see e.g. Estienne (1579: 68; French–Greek comparison). For a lexicon,",
    "    see e.g. Cotgrave (1611: 212–213; also French–Greek, with Latin for each word). For",
    "",
    "",
    "                                                                                 126",
]
_SECOND_NO_BLANK = [
    "                       8.1 The vernaculars of Western Europe",
    "",
    "in point is a discourse on the language of church service, which named English and",
    "Greek variation side by side when it explained the idea of a dialect to its readers",
    "and drew a direct parallel between the Greek standard and the English of the court.13",
    "Travel writings compared them too, as a famous account of the East did.14",
    "    a geographical work, see e.g. Heylyn (1652: 60, 72; English–Greek comparison of dialects)."
    " For a",
    "    history, see e.g. Fréret (1809: 108, 117; French–Greek comparison).",
    " 13",
    "    See Lyra (1492: 199–200) for the views of the commentators.",
    " 14",
    "    See Polo (1938: 157), where the French original and the Italian rendering stand side",
    "    by side.",
    "",
    "                                                                                 127",
]
_SECOND_UNDER_EXAMPLE = [
    "The same holds of the generic sentences, whatever their subject, as the examples below",
    "show once more for the indefinite article and its readings in the present tense.13 The",
    "reading of (61) is the one that the next section takes up.14",
    "(61)     A cat meows.",
    "    a history, see e.g. Fréret (1809: 108, 117; French–Greek comparison of the dialects of "
    "each).",
    " 13 See Lyra (1492: 199–200) for the views of the commentators.",
    " 14 See Polo (1938: 157), where the French original and the Italian stand side by side.",
    "",
    "                                                                                 127",
]
_SECOND_NO_NOTES = [
    "The comparison served the grammarians well: it let them describe the variation of",
    "their own tongue without shame, since even the language of Homer had known it, and",
    "it let them argue for a standard drawn from one dialect among several, as the Greeks",
    "had drawn theirs from the speech of Athens.",
    "",
    "    a geographical work, see e.g. Heylyn (1652: 60; English–Greek comparison), printed in "
    "small type. For a",
    "",
    "",
    "                                                                                 127",
]
_THIRD = [
    "A last group of works used the comparison for a purpose of its own, to praise the",
    "vernacular at the expense of Latin.13 Their authors rarely named the Greek sources",
    "they had read, and when they did, they named them loosely.",
    "",
    "    history, see e.g. Fréret (1809: 108, 117; French–Greek comparison).",
    " 13",
    "    See Lyra (1492: 199–200) for the views of the commentators.",
    "",
    "                                                                                 128",
]


def _notes(pages: list[list[str]]) -> dict[str, str]:
    text = "\f".join("\n".join(page) for page in pages)
    dataset = parse_text(text, options=TextOptions(claims=False)).dataset
    paragraphs = walk_paragraphs(dataset.documents[0].divisions)
    return {note.n: note.text or "" for p in paragraphs for note in p.notes}


def test_a_rest_right_above_the_next_pages_notes_joins_its_note() -> None:
    notes = _notes([_FIRST, _SECOND_NO_BLANK])
    assert notes["12"].endswith(
        "For a geographical work, see e.g. Heylyn (1652: 60, 72; English–Greek comparison of "
        "dialects). For a history, see e.g. Fréret (1809: 108, 117; French–Greek comparison)."
    )
    assert notes["13"] == "See Lyra (1492: 199–200) for the views of the commentators."
    assert notes["14"].endswith("stand side by side.")


def test_a_rest_below_an_example_joins_its_note() -> None:
    notes = _notes([_FIRST, _SECOND_UNDER_EXAMPLE])
    assert notes["12"].endswith("For a history, see e.g. Fréret (1809: 108, 117; French–Greek "
                                "comparison of the dialects of each).")  # fmt: skip
    assert "(61)" not in notes["12"]
    assert notes["13"] == "See Lyra (1492: 199–200) for the views of the commentators."


def test_a_note_carried_over_a_page_without_notes_and_on() -> None:
    notes = _notes([_FIRST, _SECOND_NO_NOTES, _THIRD])
    assert notes["12"].endswith(
        "For a geographical work, see e.g. Heylyn (1652: 60; English–Greek comparison), printed "
        "in small type. For a history, see e.g. Fréret (1809: 108, 117; French–Greek comparison)."
    )
    assert notes["13"] == "See Lyra (1492: 199–200) for the views of the commentators."


def test_a_page_without_notes_keeps_a_last_paragraph_set_off() -> None:
    narrow = [line.replace(", printed in small type.", ".") for line in _SECOND_NO_NOTES]
    notes = _notes([_FIRST, narrow, _THIRD])
    assert notes["12"].endswith("Latin for each word). For history, see e.g. Fréret (1809: 108, "
                                "117; French–Greek comparison).")  # fmt: skip


def test_a_finished_note_takes_no_indented_lines() -> None:
    finished = [line.replace("For", "See below.") if line.endswith("For") else line
                for line in _FIRST]  # fmt: skip
    notes = _notes([finished, _SECOND_NO_BLANK])
    assert notes["12"].endswith("See below.")


def test_the_margin_of_a_rest_is_that_of_the_notes_texts() -> None:
    margins = text_margins([(" 34 See Lyra.", "See Lyra.")], ["    by side."])
    assert margins == {4}
    running = ["Running text at the margin,", "and more of it,", "and its last line."]
    assert indented_rest([*running, "    the rest of a note, in small type."], margins) == 3
    # a block set further in, a box or list item no wider than the running text, or running
    # lines at the notes' margin above it, are no rest
    assert indented_rest([*running, "        a quotation set in."], margins) is None
    assert indented_rest([*running, "    • a list item."], margins) is None
    assert indented_rest(["    indented", "    lines", "    only"], margins) is None


def test_a_box_at_the_notes_margin_is_no_rest() -> None:
    running = [
        "Die Peripherie ist durch kleine Klassen mit niedriger Typenhäufigkeit gekennzeichnet.",
        "Besonders, wenn periphere Klassen eine hohe Tokenhäufigkeit aufweisen, sind sie für",
        "die Konservierung historischer Muster anfällig.",
    ]
    box = [
        "         Kern und Peripherie                                          Definition 1.6",
        "         Der Kern des Sprachsystems wird durch Klassen mit hoher Typenhäufigkeit",
        "         gebildet. Die Peripherie bilden Wörter oder Konstruktionen in Klassen, die",
        "         eine geringe Typenhäufigkeit haben.",
    ]
    rest = [
        "         der Belege, die in der Tabelle nicht aufgeführt sind, weil sie aus den Korpora"
        " nicht sicher zu",
        "         bestimmen waren; siehe dazu die Hinweise am Ende des Kapitels und im Anhang.",
    ]
    # the notes' lines reach column 112; the box's lines (its heading aside) end near the
    # running text's, the rest's near the notes'
    assert indented_rest([*running, *box], {9, 10}, reach=112) is None
    assert indented_rest([*running, *rest], {9, 10}, reach=112) == 3


_CHAPTER_OPENING = [
    "Chapter 7",
    "",
    "Perspectives on a revitalization",
    "",
    "1 Introduction",
    "This chapter describes a language project's recent work. The language has three",
    "historically attested dialects1 and is the heritage language of three tribes, whose",
    "members took part in the project from its start.",
    "",
    "  1",
    "      The people's name is also spelled in two other ways, as in the names of the two",
    "      tribes. All words in this chapter are written in the project's orthography.",
    "",
    "",
    "              Ann Author & Ben Writer. 2016. Perspectives on a revitalization. In Cara",
    "              Editor (eds.), Advances in the study of languages, 133–165. Berlin: Press.",
    "              https://doi.org/10.0000/press.170",
    "",
    "                                                                                 131",
]


def test_a_citation_block_below_the_notes_is_no_part_of_them() -> None:
    notes = _notes([_CHAPTER_OPENING])
    assert notes["1"] == (
        "The people's name is also spelled in two other ways, as in the names of the two "
        "tribes. All words in this chapter are written in the project's orthography."
    )


def test_a_block_at_the_notes_margin_stays_in_its_note() -> None:
    kept = [line.replace("              ", "      ") if "Author" in line or "Editor" in line
            or "doi" in line else line for line in _CHAPTER_OPENING]  # fmt: skip
    assert _notes([kept])["1"].endswith("https://doi.org/10.0000/press.170")


# running lines of about 78 characters, notes in smaller type of about 90
_FLUSH_FIRST = [
    "  The earlier books appeared in English with small presses, and the later ones",
    "with larger publishers, which offered translations of this work in the 1980s.7",
    "The translations came without any account of the contexts in which the books",
    "had first been written, as the author himself remarked more than once later.",
    "",
    "7",
    "  None of the translations included any prefatory accounts to situate the books in the",
    "contexts of their original production in France or in Chile, as the earlier ones did, or",
    "",
    "xviii",
]
_FLUSH_SECOND = [
    "In Chile the years of the 1960s left a lasting mark on the thinking of the author,",
    "though few readers outside the region know of the intellectual weight of that",
    "time and place, one part of which was the pioneering study of the media.8 Santiago",
    "became one of the main platforms of international cooperation in those years,",
    "with a concentration of academic capital of several kinds, as one study says.",
    "with reference to the author's trajectory of thought, and some of them gave titles that hid",
    "their underlying intellectual framework (the book on world communication became a book on",
    "networks). See the interview in the Review of International Studies 34 (2008), 29–30.",
    "8",
    "  One of the few historical studies of communication research in the country is the very",
    "fine account of its national intellectuals and transnational hegemony (1999).",
    "",
    "xix",
]


def test_a_rest_as_wide_as_a_notes_lines_joins_its_note() -> None:
    notes = _notes([_FLUSH_FIRST, _FLUSH_SECOND])
    assert notes["7"].endswith(
        "as the earlier ones did, or with reference to the author's trajectory of thought, and "
        "some of them gave titles that hid their underlying intellectual framework (the book on "
        "world communication became a book on networks). See the interview in the Review of "
        "International Studies 34 (2008), 29–30."
    )
    assert notes["8"].startswith("One of the few")


def test_the_note_of_a_label_alone_is_no_rest_of_the_note_before() -> None:
    # the page's marker is set off before a lower-case word, so its area is not found; the
    # note under its label is still no rest of the page before's last note
    second = [
        *_FLUSH_SECOND[:2],
        "time and place, one part of which was the pioneering study of the media 8 and the",
        *_FLUSH_SECOND[3:5],
        "8",
        "  One of the few historical studies of communication research in this country is the"
        " very fine",
        "account of its national intellectuals and of the transnational hegemony, published in"
        " the series",
        "on the history of the region's media and their place in its politics (1999).",
        "",
        "xix",
    ]
    notes = _notes([_FLUSH_FIRST, second])
    assert notes["7"].endswith("as the earlier ones did, or")


def test_a_note_ending_short_takes_no_quotation_below_the_next_pages_text() -> None:
    # the note ends in a URL, so reads unfinished, but on a short line: a note breaks to the
    # next page only on a full one, and the quotation in small type at the notes' margin is
    # running text
    first = [
        *_FIRST[:5],
        "    The grammars are listed with their present shelfmarks in the online catalogue of the",
        "    project, https://grammars.example.org/catalogue/vernacular-comparisons",
        *_FIRST[7:],
    ]
    second = [
        "A discourse on the language of church service named English and Greek variation side",
        "by side when it explained the idea of a dialect, and drew a parallel between the Greek",
        "standard and the speech of the court, in words that the later grammars took over:13",
        "    As the Greeks had their Attic, Ionic, Doric and Aeolic, every one a tongue of its own",
        "    and yet all of them Greek, so have we the speech of the North, of the West and of the",
        "    court, and the last of them is the one to be written and taught in our schools.",
        " 13",
        "    See Lyra (1492: 199–200) for the views of the commentators.",
        "",
        "                                                                                 127",
    ]
    text = "\f".join("\n".join(page) for page in (first, second))
    dataset = parse_text(text, options=TextOptions(claims=False)).dataset
    paragraphs = list(walk_paragraphs(dataset.documents[0].divisions))
    notes = {note.n: note.text or "" for p in paragraphs for note in p.notes}
    assert notes["12"].endswith("https://grammars.example.org/catalogue/vernacular-comparisons")
    assert notes["13"] == "See Lyra (1492: 199–200) for the views of the commentators."
    assert any("taught in our schools." in p.text for p in paragraphs)
