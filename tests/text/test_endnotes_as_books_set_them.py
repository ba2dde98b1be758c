"""Endnotes as trade books set them: the notes' title repeated by the running heads of their
pages, a chapter's subheading in the notes with its title (and the page's number) on lines of
their own, the markers of a whole chapter or book resolved together, and numbered lists read
as footnotes before the chapter's notes section."""

from __future__ import annotations

import pytest

from purgehist.formats.text.endnote_foot_lists import drop_foot_lists
from purgehist.formats.text.endnote_markers import section_markers
from purgehist.formats.text.endnotes import ends_section, section_notes
from purgehist.formats.text.footnotes import SEGMENT, Marker, RawNote
from purgehist.formats.text.lines import SourceLine
from purgehist.formats.text.markers import find_markers
from purgehist.formats.text.pages import BodyLine
from purgehist.formats.text.read import TextOptions, parse_text
from purgehist.model.documents import walk_paragraphs


def _lines(texts: list[str]) -> list[SourceLine]:
    return [SourceLine(text, 1, k + 1) for k, text in enumerate(texts)]


def _notes(text: str) -> list[tuple[str, str]]:
    dataset = parse_text(text, options=TextOptions(claims=False)).dataset
    paragraphs = walk_paragraphs(dataset.documents[0].divisions)
    return [(n.n, n.text or "") for p in paragraphs for n in p.notes]


def _body_page(first: int, folio: int) -> str:
    lines = [
        "THE HARBOUR BOARD",
        "",
        f"The board met in the spring and resolved to build a new quay.{first} The money was",
        f"not yet found, and its members wrote to the ministry twice.{first + 1} The ministry",
        f"answered only the second letter, and the quay opened four years later.{first + 2}",
        "",
        f"{folio}",
    ]
    return "\n".join(lines)


def test_a_notes_title_repeated_by_the_running_heads_opens_the_section() -> None:
    pages = [_body_page(1, 1), _body_page(4, 2), _body_page(7, 3)]
    notes = [
        ["Notes", "", "1. Webb, Port Offices, 14.", "2. Ibid., 15.", "3. Minutes, fol. 3.", "4"],
        ["Notes", "", "4. Gazette, 3 June.", "5. Ibid., 4 June.", "6. Minutes, fol. 9.", "5"],
        ["Notes", "", "7. Webb, Port Offices, 20.", "8. Ibid., 21.", "9. Minutes, fol. 12.", "6"],
    ]
    text = "\f".join([*pages, *("\n".join(page) for page in notes)])
    found = sorted(_notes(text), key=lambda note: int(note[0]))
    assert [n for n, _ in found] == [str(k) for k in range(1, 10)]
    assert found[3] == ("4", "Gazette, 3 June.")
    assert all("Notes" not in t for _, t in found)


def test_a_subheading_over_its_chapters_title_and_the_page_number_keeps_the_section() -> None:
    texts = [
        "1 The first chapter's only note.",
        "",
        "Chapter 5",
        "",
        "149",
        "",
        "Modified Source and Binary Distribution",
        "",
        "1 Most enthusiasts believe there is a moral obligation.",
        "2 Recall that you could charge for any acts.",
    ]
    lines = _lines(texts)
    kept = list(range(len(lines)))
    assert not ends_section(lines, kept, 2)
    notes = section_notes(lines, kept)
    assert [(n.n, n.head) for n in notes] == [
        (1, "The first chapter's only note."),
        (1, "Most enthusiasts believe there is a moral obligation."),
        (2, "Recall that you could charge for any acts."),
    ]
    assert notes[0].lines == []  # the heading's lines join no note


def test_a_chapter_heading_over_running_text_still_ends_the_section() -> None:
    lines = _lines(["2 The last note.", "Chapter 6", "Introduction", "Most projects fail."])
    assert ends_section(lines, [0, 1, 2, 3], 1)


@pytest.mark.parametrize(
    "heading", ["Appendix A", "Appendix II Sources", "Appendix 1: Sources", "Anhang B: Quellen"]
)
def test_an_appendix_heading_after_a_finished_note_ends_the_section(heading: str) -> None:
    texts = ["7 Minutes of the board, fol. 3.", heading, "The licence grants these rights."]
    assert ends_section(_lines(texts), [0, 1, 2], 1)


def test_a_note_s_wrapped_line_opening_with_an_appendix_does_not_end_the_section() -> None:
    texts = [
        "7 The yields are set out by farm; see",
        "Appendix A Figure 3 gives the counts for",
        "each year of the survey.",
        "8 Minutes of the board, fol. 3.",
    ]
    lines = _lines(texts)
    assert not ends_section(lines, [0, 1, 2, 3], 1)
    assert [n.n for n in section_notes(lines, [0, 1, 2, 3])] == [7, 8]


def test_an_appendix_line_after_a_finished_note_going_on_in_lower_case_is_the_note_s() -> None:
    texts = ["7 Webb, Port Offices, 14.", "Appendix A Figure 3 gives the counts", "for each year."]
    assert not ends_section(_lines(texts), [0, 1, 2], 1)


def test_section_markers_keep_the_order_past_a_figure_far_ahead() -> None:
    body = [
        "The board met in spring.1 It wrote twice. 2 The ministry",
        "answered only the second letter.3 Years later the",
        "quay was licensed under the ISO2 norm like its software.",
    ]
    one_by_one = find_markers(body, [1, 2, 3])
    # one by one, "ISO2" (a number glued to a name, as a marker may be) takes 2, and no 3 is
    # left after it
    assert [h.line if h else None for h in one_by_one] == [0, 2, None]
    hits = section_markers(body, [1, 2, 3])
    assert [(h.line, body[h.line][h.start - 6 : h.end]) for h in hits if h] == [
        (0, "pring.1"),
        (0, "wice. 2"),
        (1, "etter.3"),
    ]


def test_section_markers_restart_chapter_by_chapter() -> None:
    body = ["First chapter.1 More.2", "Second chapter opens.1 And goes on.2 Ends.3"]
    hits = section_markers(body, [1, 2, 1, 2, 3])
    assert [(h.line, h.start) for h in hits if h] == [
        (0, 14),
        (0, 21),
        (1, 21),
        (1, 35),
        (1, 42),
    ]


def test_section_markers_prefer_punctuation_to_a_number_glued_to_a_name() -> None:
    body = ["Version 2 of the GPLv2 came later.", "The second licence followed.2"]
    (hit,) = section_markers(body, [2])
    assert hit is not None
    assert hit.line == 1


def _body(texts: list[str], page: int) -> list[BodyLine]:
    return [
        BodyLine(no=k, text=t, gap=0, page=page, page_start=k == 0) for k, t in enumerate(texts)
    ]


def test_numbered_lists_read_as_footnotes_give_way_to_the_chapters_notes() -> None:
    earlier = _body(["An earlier chapter.1"], page=0)
    earlier[0].markers.append(Marker(19, 20, 1))
    chapter = _body(["Steps to take:4 first.5", "then the rest."], page=3)
    chapter[0].markers.extend([Marker(13, 14, SEGMENT + 4), Marker(21, 22, SEGMENT + 5)])
    body = earlier + chapter
    kept = RawNote(n=1, line=3, page=0, parts=["A real footnote of the earlier chapter."])
    boxed = RawNote(n=SEGMENT + 1, line=9, page=3, parts=["A box's note."], label="a")
    listed = [
        RawNote(n=SEGMENT + 4, line=20, page=4, parts=["Update the web site."]),
        RawNote(n=SEGMENT + 5, line=21, page=4, parts=["Send a mail."]),
    ]
    own = RawNote(n=2 * SEGMENT + 1, line=40, page=9, parts=["The section's own first note."])
    notes = drop_foot_lists(
        [kept, boxed, *listed, own], body, 1, {1, 2, 3, 4, 5}, 9, lambda n: n in listed
    )
    assert notes == [kept, boxed, own]
    assert chapter[0].markers == []
    assert earlier[0].markers == [Marker(19, 20, 1)]


def test_section_markers_read_raised_digits_as_a_pdf_gives_them() -> None:
    body = ["The first claim.¹ Version 2 of the GPLv2.", "The second claim.² The third.³"]
    hits = section_markers(body, [1, 2, 3])
    assert [(h.line, body[h.line][h.start]) for h in hits if h] == [(0, "¹"), (1, "²"), (1, "³")]


def test_a_chapter_heading_over_a_numbered_first_section_ends_the_section() -> None:
    notes_page = "\n".join(
        [
            "Notes",
            "",
            "1 Webb, Port Offices, 14.",
            "2 Ibid., 15.",
            "3 Minutes of the board, fol. 3.",
            "",
            "Chapter 4",
            "Ports and Harbours",
            "",
            "1 Introduction",
            "",
            "The harbour of the town was dredged twice in the century, in 1851 and in 1888, and",
            "both times the board borrowed the money from the burgh.1 The second loan was not",
            "repaid until the war.2",
            "",
            "42",
        ]
    )
    last = "\n".join(
        [
            "Notes",
            "",
            "1 On the second loan see the burgh's accounts for 1913.",
            "2 The loan was written off in 1919.",
            "",
            "43",
        ]
    )
    notes = _notes(_body_page(1, 41) + "\n\f" + notes_page + "\n\f" + last)
    assert notes == [
        ("1", "Webb, Port Offices, 14."),
        ("2", "Ibid., 15."),
        ("3", "Minutes of the board, fol. 3."),
        ("1", "On the second loan see the burgh's accounts for 1913."),
        ("2", "The loan was written off in 1919."),
    ]


def test_footnotes_are_kept_beside_a_notes_section_at_the_books_end() -> None:
    first = "\n".join(
        [
            "The commission met for the first time in the spring of 1921, when its members were",
            "still divided on the question of the archives,1 and it did not meet again until the",
            "autumn, when the minister had already made up his mind on the matter and on it.2",
            "1 The minutes of this first meeting are lost; the account given here follows the",
            "diary of its secretary, which is kept in the city archive.",
            "2 On the minister's decision see the letter of 3 October 1921 to the chair.",
            "",
            "201",
        ]
    )
    second = "\n".join(
        [
            "The second meeting settled the question of the archives in the minister's favour,",
            "and the commission's report, printed the next year, says so in one sentence.3",
            "3 Report of the Commission on the Archives (1922), p. 4.",
            "",
            "202",
        ]
    )
    end = "\n".join(
        [
            "Notes",
            "",
            "1 The word rendered here as archives is the German Akten.",
            "2 The diary was published in 1958 in an abridged form.",
            "3 The report's title is given in its English form.",
            "",
            "203",
        ]
    )
    texts = sorted(text[:30] for _, text in _notes(first + "\n\f" + second + "\n\f" + end))
    assert texts == sorted(
        [
            "The minutes of this first meet",
            "On the minister's decision see",
            "Report of the Commission on th",
            "The word rendered here as arch",
            "The diary was published in 195",
            "The report's title is given in",
        ]
    )


def test_section_markers_reach_a_late_chapter_past_hundreds_of_versions() -> None:
    versions = ["The GPLv2 and the GPLv3 differ on this point."] * 450
    body = ["The first claim.1 The second.2", *versions, "A later chapter.1 Its second claim.2"]
    hits = section_markers(body, [1, 2, 1, 2])
    assert [h.line if h else None for h in hits] == [0, 0, 451, 451]
