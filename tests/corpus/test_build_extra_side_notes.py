"""The corpus builders' reading of side notes set by hand (``\\marginnote``), of a preamble
whose ``\\chapter`` resets the notes, of labels an EPUB prints, and of notes located in the PDF
(``scripts/corpus_build/``), on small made-up sources."""

from __future__ import annotations

import importlib
from typing import Any

import pytest
from corpus_fakes import FakeRepo
from script_modules import load_script

pytest.importorskip("rapidfuzz")
pytest.importorskip("pylatexenc")

load_script("build_extra")  # puts scripts/ on the path
gold, latex, margin_notes, notes, pdf_match = (
    importlib.import_module(f"corpus_build.{name}")
    for name in ("gold", "latex", "margin_notes", "notes", "pdf_match")
)


def _latex_doc(numbering: str = "per-chapter") -> dict[str, Any]:
    return {
        "id": "made-up",
        "commit": "0" * 40,
        "source_format": "latex",
        "paths": {"main": "book.tex", "bib": []},
        "extract": {"numbering": numbering},
    }


RESETTING_PREAMBLE = (
    "\\documentclass{tufte-book}\n\\let\\oldchapter\\chapter\n"
    "\\def\\chapter{%\n  \\setcounter{footnote}{0}%\n  \\oldchapter\n}\n"
)

SIDE_NOTES = (
    "\\begin{document}\n\\chapter{One}\n"
    "It began.\\footnote{A first note.} It went on.\\textsuperscript{2} And on.\n"
    "Then\\marginnote{\\textsuperscript{2}\\setcounter{footnote}{2} A second note, set by hand.}"
    " it stopped.\\footnote{A third note that runs over the page, soc-}\n"
    "\\newpage\\noindent Later\\marginnote{ial matters, and more.} still.\n"
    "\\chapter{Two}\n\\newthought{Text}\\marginnote{\\href{https://doi.org/x}{doi}} starts."
    "\\footnote{Two's first note.}\n\\end{document}\n"
)


# side notes set by hand ---------------------------------------------------------------------


def test_hand_set_notes_become_notes_at_their_raised_numbers() -> None:
    body = (
        "It went on.\\textsuperscript{2} And on. Then"
        "\\marginnote{\\textsuperscript{2}\\setcounter{footnote}{2} Set by hand.} it stopped."
    )
    assert margin_notes.hand_set_notes(body) == (
        "It went on.\\footnote[2]{ Set by hand.} And on. Then\\setcounter{footnote}{2} it stopped."
    )


def test_hand_set_note_without_a_raised_number_stays_where_it_is() -> None:
    body = "Then\\marginnote{\\textsuperscript{7} Alone.} on."
    assert margin_notes.hand_set_notes(body) == "Then\\footnote[7]{ Alone.} on."


def test_unnumbered_margin_note_carries_the_note_before_it_over() -> None:
    # the carried part follows the raised number of the next note, set by hand after it
    body = (
        "A\\footnote{Runs over, soc-} b\\textsuperscript{3} c\\marginnote{ial matters.} d"
        "\\marginnote{\\textsuperscript{3} Other.}"
    )
    assert margin_notes.hand_set_notes(body) == (
        "A\\footnote{Runs over, social matters.} b\\footnote[3]{ Other.} c d"
    )


def test_side_remark_after_a_finished_note_is_not_carried_over() -> None:
    body = (
        "A\\marginnote{\\textsuperscript{1} A finished note.} b"
        "\\marginnote{A side remark of its own.} c\\footnote{Another (p. 4)} d"
        "\\marginnote{Another remark.} e"
    )
    assert margin_notes.hand_set_notes(body) == (
        "A\\footnote[1]{ A finished note.} b c\\footnote{Another (p. 4)} d e"
    )


def test_note_with_an_open_quotation_is_carried_over_despite_its_full_stop() -> None:
    body = (
        "A\\marginnote{\\textsuperscript{1} He wrote: ``It went well.} b"
        "\\marginnote{Then it stopped.''} c"
    )
    assert margin_notes.hand_set_notes(body) == (
        "A\\footnote[1]{ He wrote: ``It went well. Then it stopped.''} b c"
    )


def test_unfinished_notes_end_without_closing_punctuation_or_leave_a_quotation_open() -> None:
    assert margin_notes.unfinished("runs over, soc-")
    assert margin_notes.unfinished("by Leon Marsh and")
    assert margin_notes.unfinished("He said: ``It was so.")
    assert not margin_notes.unfinished("It ends here.")
    assert not margin_notes.unfinished("He said ``so.''")
    assert not margin_notes.unfinished("See \\emph{Notes} (p.~3)")


def test_margin_notes_after_a_chapter_heading_carry_nothing_over() -> None:
    body = (
        "A\\marginnote{\\textsuperscript{1} One.} b\n\\chapter{Next}\n"
        "C\\marginnote{\\href{https://doi.org/x}{doi}} d\\marginnote{\\vspace{1mm}}"
    )
    assert margin_notes.hand_set_notes(body) == ("A\\footnote[1]{ One.} b\n\\chapter{Next}\nC d")


def test_margin_notes_none_of_them_numbered_are_left_alone() -> None:
    body = "A\\footnote{x} b\\marginnote{A side note of its own.} c"
    assert margin_notes.hand_set_notes(body) == body


def test_join_over_page_mends_a_word_broken_at_the_page_end() -> None:
    assert margin_notes.join_over_page("her patience, pol-", ["itical leanings"]) == (
        "her patience, political leanings"
    )
    assert margin_notes.join_over_page("Marsh,", ["``Notes on'' it."]) == (
        "Marsh, ``Notes on'' it."
    )
    assert margin_notes.join_over_page("ends well-", ["Known"]) == "ends well- Known"


# chapters that reset the notes --------------------------------------------------------------


def test_chapter_resets_notes_where_the_preamble_redefines_chapter() -> None:
    assert latex.chapter_resets_notes(RESETTING_PREAMBLE)
    patched = "\\pretocmd{\\chapter}{\\setcounter{footnote}{0}}{}{}"
    assert latex.chapter_resets_notes(patched)
    assert not latex.chapter_resets_notes("\\def\\chapter{\\oldchapter}\\setcounter{footnote}{0}")
    assert not latex.chapter_resets_notes("\\documentclass{book}")


def test_a_command_whose_name_begins_with_chapter_is_not_chapter() -> None:
    for define in (
        "\\newcommand{\\chapterauthor}[1]",
        "\\renewcommand\\chapterhead",
        "\\def\\chapter@x",
    ):
        assert not latex.chapter_resets_notes(define + "{\\setcounter{footnote}{0}}")
    assert latex.chapter_resets_notes("\\renewcommand{\\chapter}{\\setcounter{footnote}{0}}")
    assert latex.chapter_resets_notes("\\renewcommand\\chapter[1]{\\setcounter{footnote}{0}#1}")


def test_reading_config_resets_at_unnumbered_chapters_only_when_the_preamble_says() -> None:
    src = RESETTING_PREAMBLE + "\\begin{document}\\end{document}"
    resets = latex.reading_config({"numbering": "per-chapter"}, src)["reset_on"]
    assert {"chapter", "chapter*", "chapter-unnumbered"} <= set(resets)
    assert "reset_on" not in latex.reading_config({}, "\\begin{document}\\end{document}")
    assert "reset_on" not in latex.reading_config({"numbering": "continuous"}, src)
    given = {"reset_on": ["part"]}
    assert latex.reading_config(given, src) is given


def test_latex_notes_read_hand_set_notes_and_restart_at_front_matter_chapters() -> None:
    front = (
        "\\frontmatter\n\\chapter{Foreword}\nA word.\\footnote{Foreword's note.}\n"
        "\\chapter{Introduction}\nIntro.\\footnote{Introduction's note.}\n\\mainmatter\n"
    )
    src = RESETTING_PREAMBLE + SIDE_NOTES.replace(
        "\\begin{document}\n", "\\begin{document}\n" + front
    )
    found = latex.latex_notes(_latex_doc(), FakeRepo({"book.tex": src}))
    assert [(n.label, n.text) for n in found.notes] == [
        ("1", "Foreword's note."),
        ("1", "Introduction's note."),
        ("1", "A first note."),
        ("2", "A second note, set by hand."),
        ("3", "A third note that runs over the page, social matters, and more."),
        ("1", "Two's first note."),
    ]
    ends = ["A word.", "Intro.", "It began.", "It went on.", "it stopped.", "Text starts."]
    assert all(n.anchor.endswith(e) for n, e in zip(found.notes, ends, strict=True))
    assert len({n.scope for n in found.notes}) == 4


# labels and places in the PDF ---------------------------------------------------------------


def _pages(*pages: str) -> Any:
    return pdf_match.PdfPages.from_text("\f".join(pages), "\f".join(pages))


def test_own_text_cuts_a_match_run_on_over_a_neighbour_alike() -> None:
    url = "https://gazette.example.edu/issues/v41pdf/n08/230518.pdf."
    merged = "https://gazette.example.edu/issues/v41pdf/n05/203518.pdf. 88 " + url
    assert gold.own_text(merged, url) == url
    assert gold.own_text(url, url) == url


def test_own_text_keeps_whole_words_where_the_pdf_prints_the_note_longer() -> None:
    note = "See the gazette of the society, volume forty-one, number eight, pages twelve to thirty."
    own = (
        "See the gazette of the society, volume forty - one, number eight, pages twelve to thirty."
    )
    neighbour = (
        "See the gazette of the society, volume forty - one, number five, pages two to nine."
    )
    assert gold.own_text(f"{neighbour} 14 {own}", note) == own
    assert gold.own_text(f"{neighbour} 14 {own} 15 Next.", note) == own


def test_locate_prefers_a_note_running_over_two_pages_near_to_a_quotation_far_away() -> None:
    filler = " ".join(f"word{k}" for k in range(40))
    quote = (
        "After three lean winters the printing house is starving. It has swallowed whole "
        "rooms of the old archive and left their empty shelves standing in the cellar."
    )
    first, rest = quote[:70], quote[70:]
    pages = [filler, f"{filler} 41 Wrote Hartley: {first}", f"{rest} {filler}"]
    pages += [filler] * 45 + [f"{filler} He wrote: {quote} And more. {filler}"]
    pdf = gold.searchable(_pages(*pages))
    note = "Wrote Hartley: " + quote
    assert pdf_match.locate(note, "41", pdf, 1).page == len(pages)
    found = gold.locate(note, "41", pdf, 1)
    assert found.page == 2
    assert found.split


def _located_one_before() -> list[dict[str, Any]]:
    """Three notes 196-198, each found in the PDF after the label of the note before (the
    search landed on a neighbour's text alike)."""
    return [
        {
            "label": str(k),
            "scope": "c",
            "label_seen_in_pdf": False,
            "label_before_text_in_pdf": str(k - 1),
        }
        for k in (196, 197, 198)
    ]


def test_printed_labels_are_not_corrected_from_the_pdf() -> None:
    counted = _located_one_before()
    assert gold.corrected_labels(counted, notes.Extracted([])) == 3
    assert [f["label"] for f in counted] == ["195", "196", "197"]
    printed = _located_one_before()
    assert gold.corrected_labels(printed, notes.Extracted([], labels_printed=True)) == 0
    assert [f["label"] for f in printed] == ["196", "197", "198"]
