"""Notes areas of plain ``pdftotext`` output (no ``-layout``): running text read between a
label alone and its note, a label glued to the page's last running line, a table's figures
taken for labels, and the note sequence picked up again after the areas of some pages were
missed."""

from __future__ import annotations

from collections.abc import Sequence

from purgehist.formats.text.detached_labels import running_blocks
from purgehist.formats.text.glued_labels import glued_label
from purgehist.formats.text.markers import find_markers
from purgehist.formats.text.note_areas import tabular
from purgehist.formats.text.read import TextOptions, parse_text
from purgehist.model import Paragraph
from purgehist.model.documents import walk_paragraphs


def _parse(text: str) -> list[Paragraph]:
    result = parse_text(text, options=TextOptions(claims=False))
    return list(walk_paragraphs(result.dataset.documents[0].divisions))


def _notes(paragraphs: Sequence[Paragraph]) -> dict[str, str | None]:
    return {note.n: note.text for p in paragraphs for note in p.notes}


_RUNNING = (
    "Ein Satz mit einem Verb, das einen Akkusativ lizenziert, kann nicht ohne weiteres",
    "mehrere Akkusative enthalten, wie die folgenden Beispiele zeigen, in denen jeweils",
    "zwei Akkusative stehen und die deshalb von allen Sprechern abgelehnt werden.",
)

_EXAMPLE_BEFORE_NOTE = "\n".join(
    [
        *_RUNNING,
        "Man sieht es an den Sätzen in (32), die hier ungrammatisch sind.5",
        "(32)",
        "5",
        "",
        "42",
        "",
        "a. * Den Wagen müssen wir den Transporter anschieben.",
        "b. * Einen Salat essen wir einen Tofu-Burger.",
        "",
        "Die Akkusative wurden hier bewusst nicht hintereinander hingeschrieben, um eine Lesart",
        "als Aufzählung (wie mit und bzw. Komma) zu blockieren.",
        "",
    ]
)


def test_an_example_read_between_a_label_alone_and_its_note_is_running_text() -> None:
    paragraphs = _parse(_EXAMPLE_BEFORE_NOTE)
    assert _notes(paragraphs) == {
        "5": "Die Akkusative wurden hier bewusst nicht hintereinander hingeschrieben, um eine "
        "Lesart als Aufzählung (wie mit und bzw. Komma) zu blockieren."
    }
    assert "Einen Salat essen wir" in " ".join(p.text for p in paragraphs)


def test_a_side_note_right_below_its_label_is_not_set_apart() -> None:
    # each note's text follows its own label (side notes): the short one is the note's
    area = [(10, "4"), (12, "OMV, 9."), (14, "5"), (15, "I have adopted Rorty’s gender-")]
    area += [(16, "exclusive language to remain faithful to the book’s historical context.")]
    assert running_blocks(area, 30) == set()
    glued = [(10, "4"), (12, "OMV, 9."), (14, "5 I have adopted Rorty’s gender-exclusive")]
    glued += [(15, "language to remain faithful to the book’s historical context, but do not")]
    assert running_blocks(glued, 30) == set()


def test_a_table_read_between_a_label_alone_and_its_note_is_running_text() -> None:
    # the number alone after the label (the page's number) is left to the notes reading
    area = [(40, "8"), (42, "98"), (44, "k"), (45, "g"), (47, "laryngal"), (48, "uvular")]
    area += [(50, "Die Segmente [s] und [z] werden dabei eigentlich etwas weiter vorne gebildet.")]
    assert running_blocks(area, 35) == {44, 45, 47, 48}


_GLUED_LABEL = "\n".join(
    [
        "Several Dutch grammarians of the period assumed a common source for the dialects of",
        "the northern provinces and tied it to the speech of the coast. Two cases show this.12",
        "The first is a schoolmaster from Zwolle, who held that the oldest forms of the language",
        "survive in the villages along the river and that the towns have lost most of them. The",
        "rural dialects, he thought, keep the old endings with varying care, and the eastern ones",
        "keep them best. From these, he argued, the lost forms can be recovered, and he gave",
        "a list of word pairs as his evidence.13 The schoolmaster explic14",
        "",
        "On the word pairs, see the list printed in the appendix of his grammar (1791: 22). On",
        "the villages, see the survey of the river parishes (1802: iv).",
        "",
        "73",
        "\fitly builds on earlier grammars here, as his preface admits.",
        "",
        "74",
    ]
)


def test_a_label_glued_to_the_last_running_line_starts_the_notes_area() -> None:
    lines = [(k, t) for k, t in enumerate(_GLUED_LABEL.split("\n")[:12]) if t.strip()]
    found = glued_label(lines)
    assert found is not None
    assert found.n == 14
    assert found.text == "a list of word pairs as his evidence.13 The schoolmaster explic-"


def test_a_glued_label_needs_a_blank_line_and_an_unlabelled_text_below() -> None:
    lines = [(0, "Running text that ends in a formula s2"), (1, "and carries on below it.")]
    assert glued_label(lines) is None
    labelled = [(0, "The word it ends with is broken: explic14"), (2, "14 Vries (1791: 2).")]
    assert glued_label(labelled) is None


def test_figures_of_a_table_are_no_note_but_a_note_s_pages_are() -> None:
    assert tabular("0 2 1 9 0 0 0 6 8 1 1 4 6 2 0 0")
    assert tabular("(0.14) 14 (0.06) News 4 (0.06) 0 (0) 3 (0.07)")
    assert not tabular("Rankin et al. 2006: 99, 126, 167, 827, 931.")
    assert not tabular("Ibid., 45, 67 and 89–90.")


def test_a_section_number_at_the_start_of_a_heading_is_no_marker() -> None:
    lines = ["4.2.1 Modèles intensionnels", "le modèle nous donnera la dénotation.1 Ensuite"]
    hit = find_markers(lines, [1])[0]
    assert hit is not None
    assert hit.line == 1


def test_a_superscript_set_off_before_a_full_stop_is_a_marker() -> None:
    lines = ["ou encore i ′ est postérieur à i, soit i = i ′16 . Nous le saurons, car de I 17 ."]
    hits = find_markers(lines, [16, 17])
    assert [lines[0][h.start : h.end] for h in hits if h] == ["16", "17"]
    assert find_markers(["il y en a 17 : a, b et c."], [17]) == [None]


def _page(body: str, *notes: str, number: int) -> str:
    return "\n".join([body, "", *notes, "", str(number)])


_LOST_PAGE = "\f".join(
    [
        _page(
            "The board met in the spring of 1788.1 It paid the rent of the customs house.2",
            "1 Webb, Port Offices (Boston, 1921), 11.",
            "2 Webb, Port Offices, 12.",
            number=1,
        ),
        _page(
            "The clerks swore four oaths.3 The first two were old.4 The third was new.5 And the "
            "fourth was the collector's own.6",
            "Webb, Port Offices, 14.",
            "Ibid., 15.",
            "Ibid., 16.",
            "Ibid., 17.",
            number=2,
        ),
        _page(
            "The house burned in 1799.7 It was rebuilt within the year.",
            "7 Webb, Port Offices, 30.",
            number=3,
        ),
        _page(
            "The new house had a larger hall.8 The ledgers were kept there.",
            "8 Webb, Port Offices, 31.",
            number=4,
        ),
    ]
)


def test_the_sequence_is_picked_up_after_a_page_whose_notes_were_missed() -> None:
    notes = _notes(_parse(_LOST_PAGE))
    assert notes["7"] == "Webb, Port Offices, 30."
    assert notes["8"] == "Webb, Port Offices, 31."


def test_a_short_first_note_below_its_label_stays_a_note() -> None:
    # "Ibid." is narrower than the note below it, but the next label opens that one
    area = [(30, "3"), (32, "Ibid."), (34, "4 Webb, Port Offices (Boston, 1921), 11; see also the")]
    area += [(35, "ledgers of the customs house for the years 1788 to 1791, kept at Salem.")]
    assert running_blocks(area, 25) == set()
    lines = [
        "The board met in the spring of 1788.1 It paid the rent of the customs house.2",
        "",
        "1",
        "",
        "Ibid.",
        "",
        "2 Webb, Port Offices (Boston, 1921), 11; see also the ledgers of the customs house for",
        "the years 1788 to 1791.",
    ]
    assert _notes(_parse("\n".join(lines)))["1"] == "Ibid."


def test_markers_in_the_running_text_set_apart_are_found() -> None:
    lines = [
        *_RUNNING,
        "Man sieht es an den folgenden Sätzen, die hier alle ungrammatisch sind:",
        "(32)",
        "5",
        "",
        "a. * Den Wagen müssen wir den Transporter anschieben.5",
        "b. * Einen Salat essen wir einen Tofu-Burger.",
        "",
        "Die Akkusative wurden hier bewusst nicht hintereinander hingeschrieben, um eine Lesart",
        "als Aufzählung (wie mit und bzw. Komma) zu blockieren.",
        "",
    ]
    paragraphs = _parse("\n".join(lines))
    found = [(p.text[n.offset - 11 : n.offset], n.text) for p in paragraphs for n in p.notes]
    assert len(found) == 1
    assert found[0][0] == "anschieben."
    assert (found[0][1] or "").startswith("Die Akkusative wurden")


def _missed(lost: int) -> str:
    """Pages whose notes 3 to 2 + *lost* were missed (their labels lost), then note
    3 + *lost* with its marker on a page of its own."""
    first = _page(
        "The board met in the spring of 1788.1 It paid the rent of the customs house.2",
        "1 Webb, Port Offices (Boston, 1921), 11.",
        "2 Webb, Port Offices, 12.",
        number=1,
    )
    missed = _page(
        " ".join(f"The clerks swore oath number {n}.{n}" for n in range(3, 3 + lost)),
        *(f"Webb, Port Offices, {n + 10}." for n in range(3, 3 + lost)),
        number=2,
    )
    n = 3 + lost
    after = _page(f"The house burned in 1799.{n} It was rebuilt.", f"{n} Webb, 30.", number=3)
    return "\f".join([first, missed, after])


def test_the_sequence_is_picked_up_within_reach_only() -> None:
    assert _notes(_parse(_missed(5))).get("8") == "Webb, 30."
    assert _notes(_parse(_missed(13))).get("16") is None


def test_a_glued_label_may_have_the_note_s_first_line_run_on() -> None:
    lines = [
        (0, "In a later interview study, Marsh (2014) paired keystroke logs with what the editors"),
        (1, "said while they worked on the second draft of the manuals, and their hesitation man"),
        (2, "In a third study, the editors' hesitation manage20 A diary study of revision habits;"),
        (4, "for a summary of the method see for instance Okafor and Lund 2009."),
    ]
    found = glued_label(lines)
    assert found is not None
    assert (found.n, found.rest) == (20, "A diary study of revision habits;")
    assert found.text == "In a third study, the editors' hesitation manage-"
