"""Side notes in the outer margin (:mod:`purgehist.formats.text.margin_notes`), as
``pdftotext -layout`` prints them: to the right of the running text, on the same lines."""

from __future__ import annotations

from purgehist.formats.text.lines import LineKind, source_lines
from purgehist.formats.text.margin_notes import split_margin_notes
from purgehist.formats.text.read import TextOptions, parse_text


def beside(body: list[str], margin: dict[int, str], at: int = 79) -> str:
    """A page: *body* lines with the margin texts *margin* (by line index) set at column *at*."""
    return "\n".join(
        (line.ljust(at) + margin[k]).rstrip() if k in margin else line
        for k, line in enumerate(body)
    )


BODY = [
    "                                                                    chapter two   41",
    "",
    "The parish registers of the island were kept by the minister until 1855,",
    "when the civil registrar took them over; the earlier volumes were sent to",
    "Edinburgh in 1921 and returned, incomplete, some thirty years later.4 Who",
    "removed the missing gatherings is not known, though the session clerk of",
    "the time was later accused of selling paper to the curing stations. The",
    "registers that survive record baptisms more carefully than burials, and",
    "they name the fathers of children born outside marriage only when the kirk",
    "session had disciplined them.5 Read together with the rentals, they show",
    "how quickly the tenancies changed hands after the clearances of the 1840s,",
    "a change that the estate's own accounts conceal by listing holdings, not",
    "tenants. The same families nonetheless reappear across three generations.",
]
MARGIN = {
    4: "4",
    5: "  Register House, inventory of",
    6: "parish records (1921), 12–14.",
    9: "5",
    10: "  On the kirk session as a court,",
    11: "see Smout, History of the Scottish",
    12: "People, 75–79.",
}


def test_margin_column_becomes_the_pages_notes_after_its_running_text() -> None:
    lines = split_margin_notes(source_lines(beside(BODY, MARGIN)))
    notes = [line for line in lines if line.kind == LineKind.NOTE]
    assert [line.text for line in notes[:3]] == [
        "4",
        "Register House, inventory of",
        "parish records (1921), 12–14.",
    ]
    assert [line.line for line in notes] == [k + 1 for k in sorted(MARGIN)]
    running = [line for line in lines if line.kind != LineKind.NOTE]
    assert (
        running[4].text
        == "Edinburgh in 1921 and returned, incomplete, some thirty years later.4 Who"
    )
    assert lines.index(notes[0]) > lines.index(running[-1])


def test_parsed_side_notes_have_their_texts_and_markers() -> None:
    page = beside(BODY, MARGIN)
    result = parse_text(page + "\f" + page.replace(" 41", " 42"), options=TextOptions(claims=False))
    found = [
        (note.n, paragraph.text[max(0, note.offset - 12) : note.offset], note.text)
        for division in result.dataset.documents[0].divisions
        for paragraph in division.paragraphs
        for note in paragraph.notes
    ]
    assert found[:2] == [
        ("4", "years later.", "Register House, inventory of parish records (1921), 12–14."),
        (
            "5",
            "plined them.",
            "On the kirk session as a court, see Smout, History of the Scottish People, 75–79.",
        ),
    ]


def test_two_columns_of_running_text_are_left_alone() -> None:
    left = [line for line in BODY[2:] if line]
    right = [line[:34] for line in left]
    page = "\n".join(a[:34].ljust(40) + b for a, b in zip(left, right, strict=True))
    lines = source_lines("\n" + page)
    assert split_margin_notes(lines) == lines


def test_page_whose_right_part_holds_no_note_label_is_left_alone() -> None:
    margin = dict.fromkeys((4, 5, 6), "(figure 3: the regatta)")
    lines = source_lines(beside(BODY, margin))
    assert split_margin_notes(lines) == lines


def test_pages_without_a_margin_column_are_unchanged() -> None:
    lines = source_lines("\n".join(BODY) + "\f" + "\n".join(BODY))
    assert split_margin_notes(lines) == lines


def test_a_column_of_figures_beside_the_text_is_no_margin() -> None:
    figures = {4: "12", 5: "5.25", 6: "26.11", 7: "134", 8: "iii"}
    lines = source_lines(beside(BODY, figures))
    assert split_margin_notes(lines) == lines


def test_short_table_cells_beside_the_text_are_no_margin() -> None:
    cells = {4: "1) kinship", 5: "2) pets", 6: "3) rest", 7: "Ø", 8: "Nposs POSS.PRO"}
    lines = source_lines(beside(BODY, cells))
    assert split_margin_notes(lines) == lines


def _notes(text: str) -> list[str]:
    return [line.text for line in split_margin_notes(source_lines(text)) if line.kind == "note"]


def test_a_margin_figure_beside_the_notes_does_not_hide_them() -> None:
    # a schematic's labels in the margin column and further right, on lines of their own
    body = [*BODY[:9], *BODY[9:]]
    margin = {**MARGIN, 7: "SOURCE-", 8: "  SENSE+"}
    page = beside(body, margin).split("\n")
    page[8:8] = [" " * 113 + "V+", " " * 113 + "I-", " " * 90 + "LTC6102"]
    notes = _notes("\n".join(page))
    assert notes[:3] == ["4", "Register House, inventory of", "parish records (1921), 12–14."]
    assert "5" in notes
    assert "People, 75–79." in notes
    assert not any("SOURCE" in n or "SENSE" in n for n in notes)


def test_a_page_with_a_single_short_side_note_beside_its_call() -> None:
    body = [
        "                                                                    related work   11",
        "2.3   Micro-Sleep Opportunities in 802.11",
        "It is well known that most nodes of a wireless network spend their time",
        "idle, and that a card draws far less power asleep than awake. Earlier",
        "work exploited idle listening with mixed results: downclocking the card",
        "would still give a high power draw compared to its sleep state7 .",
        "",
        "Others propose a different scheme, in which the access point schedules",
        "the sleeps of its stations and the stations wake only when called.",
    ]
    text = beside(body, {5: "7", 6: "    See Section 3.4.1."}, at=74)
    assert _notes(text) == ["7", "See Section 3.4.1."]
    # two lines in the margin that are no note: no label alone, or a label the text never calls
    assert _notes(beside(body, {5: "Fig. 2", 6: "    Idle time."}, at=74)) == []
    assert _notes(beside(body, {3: "7", 4: "    See Section 3.4.1."}, at=74)) == []


def test_a_side_notes_lines_in_capitals_stay_in_the_note() -> None:
    # a label line naming an acronym, and a note's last line in capitals after an unfinished one
    labelled = _notes(beside(BODY, {**MARGIN, 4: "4 NKVD"}))
    assert labelled[0] == "4 NKVD"
    margin = {
        **MARGIN,
        10: "  On the KPD and the SPD,",
        11: "see Smout, History of the",
        12: "SPD, KPD",
    }
    lines = split_margin_notes(source_lines(beside(BODY, margin)))
    notes = [line.text for line in lines if line.kind == LineKind.NOTE]
    assert notes[-3:] == ["On the KPD and the SPD,", "see Smout, History of the", "SPD, KPD"]
    assert not any("KPD" in line.text for line in lines if line.kind != LineKind.NOTE)
