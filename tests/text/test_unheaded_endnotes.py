"""Endnotes with no title above them, as word processors print them (LibreOffice Writer: the
notes on pages of their own after the text, each number on the baseline, no ``Notes``
heading), told apart from numbered lists and numbered bibliographies by the markers of the
running text."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from purgehist.formats.text.footnotes import Marker
from purgehist.formats.text.lines import LineKind, SourceLine
from purgehist.formats.text.pages import BodyLine
from purgehist.formats.text.read import TextOptions, parse_lines, parse_text
from purgehist.formats.text.unheaded_endnotes import continues_endnotes, opens_endnotes
from purgehist.model.documents import walk_paragraphs
from purgehist.plugins.specs import ParseResult

_PORTS = ("Leith", "Lerwick", "Kirkwall", "Wick", "Thurso", "Aberdeen")


def _parse(pages: Sequence[str]) -> ParseResult:
    return parse_text("\f".join(pages), file="thesis.txt", options=TextOptions(claims=False))


def _notes(result: ParseResult) -> list[tuple[str, str, str | None]]:
    """``(label, the word before its marker, note text)`` of every note, in order."""
    found: list[tuple[str, str, str | None]] = []
    for paragraph in walk_paragraphs(result.dataset.documents[0].divisions):
        for note in paragraph.notes:
            before = paragraph.text[: note.offset].split()
            found.append((note.n, before[-1] if before else "", note.text))
    return found


def _body_page(first: int, count: int, folio: int) -> str:
    """A page of running text whose sentences carry the markers *first* … glued to a word."""
    sentences = [
        f"The crofters of {_PORTS[(first + k) % len(_PORTS)]} met the steamer on its"
        f" day.{first + k} They spoke of the weather and of the price of wool for a while."
        for k in range(count)
    ]
    return "\n".join(sentences) + f"\n\n{folio:>40}"


_BIBLIOGRAPHY = (
    "Bibliography\n\nArensberg, Conrad. The Irish Countryman. New York: Macmillan, 1937.\n"
    "Bateson, Gregory. Naven. Cambridge: Cambridge University Press, 1936.\n\n        5"
)
_NOTES = (
    "1 Special thanks to the editor for her careful reading.\n"
    "2 Interviews in Unst in 1988; see Winkin, Baltasound (Paris, 1988), 66–70, and\n"
    "   the later paper on the same fieldwork.\n"
    "3 Arensberg, The Irish Countryman, 12.\n"
    "4 Ibid., 14.\n"
    "5 Bateson, Naven, 30.\n"
    "6 Interview by the author, August 26, 1988.\n"
    "7 Arensberg, The Irish Countryman, 40.\n"
    "8 Bateson, Naven, 31.\n\n        6",
    "9 Ibid., 32.\n"
    "10 A similar case is reported by Arensberg, The Irish Countryman, 50.\n"
    "11 E. D. Chapple, Principles (New York, 1942), 39.\n"
    "12Ibid., 41.\n\n        7",
)


def test_endnotes_without_a_heading_are_read_after_the_bibliography() -> None:
    pages = [
        _body_page(1, 4, 1),
        _body_page(5, 4, 2),
        _body_page(9, 4, 3),
        "Chapter Two\n\nThe ferry ran twice a week in the summer months only.\n\n        4",
        _BIBLIOGRAPHY,
        *_NOTES,
    ]
    notes = _notes(_parse(pages))
    assert [n[0] for n in notes] == [str(n) for n in range(1, 13)]
    assert {n[1] for n in notes} == {"day."}
    assert notes[1][2] == (
        "Interviews in Unst in 1988; see Winkin, Baltasound (Paris, 1988), 66–70, and "
        "the later paper on the same fieldwork."
    )
    assert notes[9][2] == "A similar case is reported by Arensberg, The Irish Countryman, 50."
    assert notes[10][2] == "E. D. Chapple, Principles (New York, 1942), 39."


def test_endnotes_without_a_heading_are_read_from_lines_of_known_pages() -> None:
    pages = [_body_page(1, 4, 1), _body_page(5, 4, 2), _body_page(9, 4, 3), *_NOTES]
    lines = [
        SourceLine(text, page, line, LineKind.BODY)
        for page, text_of_page in enumerate(pages, start=1)
        for line, text in enumerate(text_of_page.split("\n")[:-2], start=1)
    ]
    result = parse_lines(
        lines, file="thesis.pdf", options=TextOptions(claims=False), sha256="0" * 64
    )
    assert [n[0] for n in _notes(result)] == [str(n) for n in range(1, 13)]


def test_a_numbered_list_at_a_page_head_is_not_taken_for_endnotes() -> None:
    listed = "\n".join(
        f"{k}. The vocabulary of signs can be stated with tolerable clarity, case {k}."
        for k in range(1, 7)
    )
    pages = [
        _body_page(1, 4, 1),
        _body_page(5, 2, 2),
        listed + "\nNo doubt the spoken kinds matter most.7\n\n        3",
        "The written kinds come next in this account of the island.8\n\n        4",
    ]
    assert _notes(_parse(pages)) == []


def test_a_numbered_bibliography_cited_in_brackets_is_not_taken_for_endnotes() -> None:
    cited = "\n".join(
        f"The steamer called at {_PORTS[k % len(_PORTS)]} every week [{k}]." for k in range(1, 8)
    )
    entries = "\n".join(
        f"{k} Author {k}. A Book on the Islands. Edinburgh, 19{k + 20}." for k in range(1, 8)
    )
    assert _notes(_parse([cited + "\n\n        1", entries + "\n\n        2"])) == []


def _body(first_page: int, labels: Sequence[int], *, answered: bool) -> list[BodyLine]:
    """Running text, a sentence a line, each carrying one of *labels* glued to a word; with
    *answered*, each marker taken by its footnote."""
    body: list[BodyLine] = []
    for k, n in enumerate(labels):
        text = f"The crofters of {_PORTS[k % len(_PORTS)]} met the steamer on its day.{n} Then"
        end = text.index(f".{n}") + 1 + len(str(n))
        markers = [Marker(end - len(str(n)), end, n)] if answered else []
        body.append(BodyLine(k + 1, text, 0, first_page + k // 4, k % 4 == 0, markers))
    return body


def test_footnotes_numbered_by_chapter_are_not_taken_for_endnotes() -> None:
    # chapter one's markers were left unanswered (its footnotes were lost); chapter two's
    # were answered on their pages, then a page opens with footnotes 1 ... 6 of chapter three
    chapter_one = _body(1, range(1, 7), answered=False)
    chapter_two = _body(3, range(1, 5), answered=True)
    page = [f"{n} Arensberg, The Irish Countryman, {10 + n}." for n in range(1, 7)]
    lines = [SourceLine(text, 9, k + 1, LineKind.BODY) for k, text in enumerate(page)]
    assert not opens_endnotes(lines, range(len(lines)), {1, 5}, chapter_one + chapter_two)
    # with no note answered yet, the same leftover markers do call for the run
    assert opens_endnotes(lines, range(len(lines)), {1}, chapter_one)


def test_stray_notes_at_the_start_do_not_stop_endnotes_without_a_heading() -> None:
    # two lines at the head of the text were misread as footnotes 1 and 2 and took the first
    # markers; the run's later markers come after them and still call for the endnotes, even
    # where a number glued to a word later in the text (a width, ``0.25in1``) looks like a 1
    body = [
        *_body(1, [1, 2], answered=True),
        *_body(1, range(3, 11), answered=False),
        BodyLine(11, "The margins were set at 0.25in1 on every page.", 0, 3, False),
    ]
    page = [f"{n} Arensberg, The Irish Countryman, {10 + n}." for n in range(1, 11)]
    lines = [SourceLine(text, 9, k + 1, LineKind.BODY) for k, text in enumerate(page)]
    assert opens_endnotes(lines, range(len(lines)), {1, 3}, body)


def _footnoted_page(first: int, count: int, folio: int) -> str:
    """A page of running text whose markers *first* … are answered by footnotes at its foot."""
    notes = "\n".join(
        f"{first + k} Arensberg, The Irish Countryman (New York, 1937), {20 + first + k}."
        for k in range(count)
    )
    return _body_page(first, count, folio).replace(
        f"\n\n{folio:>40}", f"\n\n{notes}\n\n{folio:>40}"
    )


_FOOTNOTED = [_footnoted_page(1, 4, 1), _footnoted_page(5, 4, 2), _footnoted_page(9, 3, 3)]

_ENDINGS = {
    "numbered list": "\n".join(
        f"{k} The vocabulary of signs at {_PORTS[k % len(_PORTS)]} can be stated, case {k}."
        for k in range(1, 9)
    ),
    "numbered bibliography": "\n".join(
        f"{k} Author {k}. A Book on the Islands. Edinburgh: Oliver and Boyd, 19{k + 20}."
        for k in range(1, 9)
    ),
    "numbered examples": "\n".join(
        f"{k} “Are you going to the {_PORTS[k % len(_PORTS)]} boat the day?”" for k in range(1, 9)
    ),
}


@pytest.mark.parametrize("ending", sorted(_ENDINGS))
def test_a_numbered_ending_after_footnotes_keeps_every_footnote_and_adds_none(
    ending: str,
) -> None:
    alone = _notes(_parse(_FOOTNOTED))
    assert [n[0] for n in alone] == [str(n) for n in range(1, 12)]
    ended = _notes(_parse([*_FOOTNOTED, _ENDINGS[ending] + "\n\n        4"]))
    assert ended == alone


def test_a_page_that_does_not_go_on_with_the_endnotes_is_read_as_before() -> None:
    # an appendix after the endnotes, with a footnote of its own: its page does not go on
    # with the endnotes' labels, so it is running text again and the last endnote ends
    appendix = (
        "The census of 1951 counted the crofts of the island one by one.1\n"
        "Most of them were held by widows and by the old.\n\n"
        "1 Census of Scotland, 1951, table 4.\n\n        8"
    )
    pages = [_body_page(1, 4, 1), _body_page(5, 4, 2), _body_page(9, 4, 3), *_NOTES, appendix]
    result = _parse(pages)
    notes = _notes(result)
    assert [n[0] for n in notes] == [*(str(n) for n in range(1, 13)), "1"]
    assert notes[11][2] == "Ibid., 41."
    assert notes[12] == ("1", "one.", "Census of Scotland, 1951, table 4.")


def _lines(texts: Sequence[str], kind: LineKind) -> list[SourceLine]:
    return [SourceLine(text, 9, k + 1, kind) for k, text in enumerate(texts)]


def test_a_page_whose_notes_the_front_end_found_opens_no_endnotes() -> None:
    # a PDF page of footnotes only (a long note carried over, then notes 1 ... 6): the front
    # end marked them as notes, and they stay footnotes even where markers are left over
    body = _body(1, range(1, 7), answered=False)
    page = [f"{n} Arensberg, The Irish Countryman, {10 + n}." for n in range(1, 7)]
    assert opens_endnotes(_lines(page, LineKind.BODY), range(6), {1}, body) == [1, 2, 3, 4, 5, 6]
    assert opens_endnotes(_lines(page, LineKind.NOTE), range(6), {1}, body) is None


def test_endnotes_go_on_overleaf_from_the_label_expected() -> None:
    carried = [
        "   of the same fieldwork, 1988.",
        "9 Ibid., 32.",
        "10 A similar case, 50.",
        "11 End.",
    ]
    lines = _lines(carried, LineKind.BODY)
    assert continues_endnotes(lines, range(4), 9) == [9, 10, 11]
    assert continues_endnotes(lines, range(4), 12) is None
    running = ["The ferry ran twice a week.", "It stopped at Baltasound.", "9 Ibid., 32."]
    assert continues_endnotes(_lines(running, LineKind.BODY), range(3), 9) is None


def test_endnotes_take_no_marker_that_a_footnote_answered() -> None:
    # the first page's two footnotes answer its markers; the endnotes, numbered from 1 as
    # well, answer only the markers left free after them
    endnotes = "\n".join(f"{n} Bateson, Naven (Cambridge, 1936), {30 + n}." for n in range(1, 11))
    pages = [
        _footnoted_page(1, 2, 1),
        _body_page(3, 4, 2),
        _body_page(7, 4, 3),
        endnotes + "\n\n        4",
    ]
    notes = _notes(_parse(pages))
    footnotes = [n for n in notes if "Arensberg" in (n[2] or "")]
    assert [(n[0], n[1]) for n in footnotes] == [("1", "day."), ("2", "day.")]
    ended = [n for n in notes if "Bateson" in (n[2] or "") and n[1] == "day."]
    assert [n[2] for n in ended] == [
        f"Bateson, Naven (Cambridge, 1936), {30 + n}." for n in range(3, 11)
    ]


def _endnote_page(first: int, stop: int, folio: int) -> str:
    notes = (f"{k} Bateson, Naven (Cambridge, 1936), {k + 40}." for k in range(first, stop))
    return "\n".join(notes) + f"\n\n{folio:>40}"


def test_a_section_with_no_heading_keeps_the_numbering_of_the_footnotes_around_it() -> None:
    # footnotes 1-4, endnotes 5-12 with no heading, then an appendix whose footnote 13 names
    # note 3's work: every note keeps the key it has without the section, and the
    # cross-reference reaches the footnote before the section
    appendix = (
        "The census of 1951 counted the crofts of the island one by one.13\n"
        "Most of them were held by widows and by the old.\n\n"
        "13 Arensberg, supra note 3, at 80.\n\n        7"
    )
    pages = [
        _footnoted_page(1, 4, 1),
        _body_page(5, 4, 2),
        _body_page(9, 4, 3),
        _endnote_page(5, 11, 5),
        _endnote_page(11, 13, 6),
        appendix,
    ]
    result = _parse(pages)
    notes = _notes(result)
    assert [n[0] for n in notes] == [str(n) for n in range(1, 14)]
    assert notes[8][2] == "Bateson, Naven (Cambridge, 1936), 49."
    evidence = {e.id: e for e in result.dataset.evidence}
    assert sorted(evidence, key=lambda i: int(i[3:])) == [f"ev_{n}" for n in range(1, 14)]
    assert evidence["ev_13"].source is not None
    assert evidence["ev_13"].source == evidence["ev_3"].source
    alone = {e.id for e in _parse([_footnoted_page(1, 4, 1), appendix]).dataset.evidence}
    assert alone == {"ev_1", "ev_2", "ev_3", "ev_4", "ev_13"}


def test_a_section_with_no_heading_whose_numbers_recur_keeps_a_numbering_of_its_own() -> None:
    # endnotes 1-10 after footnotes 1 and 2: two notes print each of the numbers 1 and 2, so
    # the section's labels name their numbering and every evidence id stays unique
    pages = [
        _footnoted_page(1, 2, 1),
        _body_page(3, 4, 2),
        _body_page(7, 4, 3),
        _endnote_page(1, 11, 4),
    ]
    result = _parse(pages)
    ids = [e.id for e in result.dataset.evidence]
    assert len(ids) == len(set(ids)) == 12
    assert {"ev_c1_1", "ev_c1_2", "ev_c2_1", "ev_c2_10"} <= set(ids)


def test_a_running_line_that_opens_with_the_next_number_does_not_go_on_with_endnotes() -> None:
    running = [
        "The talks at the harbour went on for most of the spring.",
        "8 May they signed the agreement on the price of wool for the year,",
        "and the ferry was to call at the island twice a week from then on.",
        "Nobody doubted that the crofters had won the better part.",
    ]
    assert continues_endnotes(_lines(running, LineKind.BODY), range(4), 7) is None
    # the next label at the page's top, or two labels in sequence under a carried line, do
    top = ["8 Ibid., 31.", "   the same fieldwork.", "The rest of the note."]
    assert continues_endnotes(_lines(top, LineKind.BODY), range(3), 8) == [8]
    carried = ["   of the same fieldwork, 1988.", "8 Ibid., 31.", "9 Ibid., 32.", "10 End."]
    assert continues_endnotes(_lines(carried, LineKind.BODY), range(4), 8) == [8, 9, 10]
    lone = ["   of the same fieldwork, 1988.", "8 Ibid., 31.", "   more of it.", "And more."]
    assert continues_endnotes(_lines(lone, LineKind.BODY), range(4), 8) is None
