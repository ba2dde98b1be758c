"""The text parser on the corpus of real documents by others (``docs/evaluation.md``), both
splits and both extractions: floors on footnote recall and precision, marker placement and
citations resolved to the right work and pages, and no ``Ibid.`` guessed (on documents whose
gold records the works their notes cite), for the two
``pdftotext`` extractions and the PDF itself. Of the test and extra splits only totals are
looked at. Skipped when the corpus is absent (``PURGEHIST_CORPUS``, default
``../shared/corpus``).

The targets are recall ≥ 95 %, precision ≥ 98 % and citations ≥ 90 %; the floors below are
what the parser reaches (see the figures in ``docs/evaluation.md``), so that it never falls
back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from purgehist.evaluation.anchored import NoteScore
from purgehist.evaluation.corpus import (
    DEV_MANIFESTS,
    CorpusDocument,
    corpus_documents,
    corpus_folder,
    measure_corpus,
)

ROOT = Path(__file__).resolve().parents[2]
LATER_DEV = {
    name: frozenset(
        entry["id"]
        for entry in json.loads((ROOT / manifest).read_text(encoding="utf-8"))["documents"]
    )
    for name, manifest in DEV_MANIFESTS.items()
    if name not in ("dev1", "dev2")
}
"""The later dev sets' documents (``dev3`` on), held to floors of their own so that the first dev
documents' floors stay as tight as their figures."""

# (split, extraction): recall, precision, markers, citations (shares, 0 to 1); ``dev`` is the
# dev split without the later dev sets, ``dev3`` on each of those alone
FLOORS: dict[tuple[str, str], tuple[float, float, float, float | None]] = {
    # citations 90.9 / 89.0 / 92.4 -> 91.2 / 89.2 / 92.7 (layout / raw / PDF) with the citation
    # reader's fixes of 2026-12-08 morning
    ("dev", "layout"): (0.95, 0.97, 0.90, 0.91),
    # raw 90.3 / 94.8 / 86.3 / 88.4 -> 90.9 / 95.4 / 87.0 / 88.8 with a formula's h1 no marker
    # of a restart (2026-12-07 night)
    ("dev", "raw"): (0.90, 0.95, 0.86, 0.89),
    ("dev", "pdf"): (0.97, 0.98, 0.93, 0.92),
    # the third dev set's only citations are numbered ([48]), in the notes of a two-column
    # article: its layout text is read column by column (notes 1/37 -> 23/37) and its
    # numbered references list is a bibliography in both extractions (citations 0 -> 5/11
    # layout, 2/11 raw); plain pdftotext reads the InDesign books' endnotes and footnotes with
    # their labels set apart (raw recall 29.7 -> 87.6 %); plain pdftotext's running heads
    # that hold the folio, notes carried to the next page and a two-column page's notes in
    # its middle (raw recall 87.6 -> 93.8 %, citations 2/11 -> 4/11); a note line ending in
    # "no." no longer restarts the numbering (Goffman college endnotes 190-233 found: recall
    # layout 92.9 -> 95.4 %, pdf 96.0 -> 98.5 %).
    # The Goffman college gold's labels of p. 140 are now those printed (it had two "196" and
    # the next ones one lower): layout 96.5 / 97.5, raw 94.8 / 97.5, pdf 99.6 / 99.8.
    ("dev3", "layout"): (0.96, 0.97, 0.94, 0.45),
    # a chart's axis no labels (2026-12-08 morning): raw 95.1 / 97.7 / 93.3 / 36.4 -> 95.7 /
    # 98.0 / 93.8 / 45.5 (the two-column article's notes 20 -> 27 of 37)
    ("dev3", "raw"): (0.95, 0.97, 0.93, 0.45),
    ("dev3", "pdf"): (0.99, 0.99, 0.99, 0.99),
    # a word processor's layouts (the Ford collection exported by LibreOffice twice): its
    # notes hang off a rule at body size, or set their numbers on the baseline; the gold
    # records no citations. Layout text 67.3 / 84.4 / 64.4, raw 45.0 / 70.7 / 44.2; with
    # labels glued to an editor's bracket and labels below a note's first line read, layout
    # 97.4 / 99.0 / 92.9, raw 62.9 / 76.9 / 62.1; with the DOCX number frames' labels that plain
    # pdftotext prints under their notes put back, raw 85.1 / 88.1 / 80.3; a note printed on the
    # page after its marker's, PDF 98.7 / 98.9 -> 100 / 100; the first note of a DOCX page
    # run on from the running text started where a line opens as a citation or an editor's
    # bracket does, and a notes area opened by a note whose marker ends the page before: raw
    # 85.1 / 88.1 / 80.3 -> 95.3 / 97.2 / 94.2, layout 97.4 / 99.0 / 92.9 -> 98.2 / 99.0 / 97.1;
    # a first note's second citation, or a name broken over two lines, not taken for its start:
    # raw 96.1 / 98.0 / 95.0; 96.3 / 98.2 / 95.3 with a letter's writer, addressee and date
    # opening a page's first note (2026-12-07 night)
    ("dev4", "layout"): (0.98, 0.99, 0.97, None),
    ("dev4", "raw"): (0.96, 0.98, 0.95, None),
    ("dev4", "pdf"): (0.99, 0.99, 0.99, None),
    # books rendered here by the held-out producers the dev set lacked: XeTeX (Russian, notes
    # restarting per chapter) and dblatex (English, three notes lettered in sidebars); notes
    # written by hand, the gold records no citations. Layout text 88.9 / 100 / 83.7, raw
    # 70.7 / 99.3 / 67.0 (84.6 / 100 / 78.9 with labels glued to Cyrillic words), PDF 96.2 /
    # 97.6 / 95.2 (97.6 / 98.6 / 96.7). A number set off between a sentence's stop and a
    # stray stop ("касается. 1 .") read as a marker, and a chapter's restart on such a marker:
    # layout 88.9 -> 96.6 / 100 / 83.7 -> 94.3, raw 84.6 -> 90.9 / 100 / 78.9 -> 86.6
    ("dev5", "layout"): (0.96, 0.99, 0.94, None),
    # a label glued to a joined running line read before the labels alone below it: raw
    # 90.9 -> 93.3 / 100 / 86.6 -> 90.9
    ("dev5", "raw"): (0.93, 0.99, 0.90, None),
    ("dev5", "pdf"): (0.97, 0.98, 0.96, None),
    # a word processor's endnotes and two columns (Goffman's dissertation exported twice by
    # LibreOffice): the endnotes, numbered on the baseline after the text, are read from no
    # input (0 of 232); the two columns' notes from the PDF 224 / 225 of 229 / 231 right, with
    # a note carried from one column's foot to the next 226 / 229. Layout text 34.7 / 75.5 /
    # 34.9, raw 28.4 / 70.8 / 27.2, PDF 49.0 / 99.1 / 49.1 (both documents together). With
    # endnotes read under no heading (0 -> 230, 222, 230 of 232): layout 84.6 / 88.0 / 83.6,
    # raw 76.6 / 85.9 / 73.5, PDF 98.9 / 99.4 / 98.5. With the columns in text too (a right
    # column's notes matched though on lines above the left's last, the folio in no column,
    # notes carried from column to column, labels glued to an initial or a one-letter word
    # where the sequence calls for them): layout 97.2 / 97.6 / 95.7, raw 79.6 / 86.8 / 75.2.
    # With a page's left notes read after its right ones and the running text that plain
    # pdftotext sets between two notes given back: raw 87.9 / 90.4 / 78.7
    ("dev6", "layout"): (0.97, 0.97, 0.95, None),
    ("dev6", "raw"): (0.87, 0.90, 0.78, None),
    ("dev6", "pdf"): (0.98, 0.99, 0.98, None),
    # four dev documents written again by other PDF producers, split ``reprint`` (cairo,
    # Ghostscript 10.0, the page scaled onto A4 by pdfpages): layout text 98.2 / 99.1 / 95.6,
    # raw 93.4 / 95.1 / 91.0 (97.2 / 98.4 at 7c4af7d; 97.5 / 98.7 / 96.6 / 90.8 with the
    # swapped ligatures written back in text too, 2026-12-07 night)
    # (Ghostscript's byte-swapped ligatures, "De昀椀nition", are in the text too); PDF 82.6 /
    # 99.9 / 81.7 -> 99.7 / 99.9 / 99.0 with the rules inside a placed page's form read (the
    # A4 reprint 0 -> 309/309) and those ligatures read as letters (markers 229 -> 235/247)
    ("dev7", "layout"): (0.98, 0.99, 0.95, 0.90),
    ("dev7", "raw"): (0.97, 0.98, 0.96, 0.90),
    ("dev7", "pdf"): (0.99, 0.99, 0.98, 0.90),
    # genres of the held-out split the other dev sets lack (2026-12-07, night; measured as
    # added, the parser unchanged): a bookdown thesis in the Tufte layout, its side notes'
    # labels on lines of their own beside figures in the margin; a legal guide; a statistics
    # textbook with formulas in its notes and R output that looks like notes. Layout text
    # 87.1 / 89.2 / 81.4 / 26.6, raw 82.8 / 72.2 / 77.6 / 24.5, PDF 94.4 / 97.4 / 87.99 / 23.4
    # (the gold with bookdown's figure and equation numbers and the textbook's \R)
    # 2026-12-08, what is not a note (rows of program output and figures' labels, a version's
    # digit, a next page's paragraph): layout 88.8 / 94.3 / 84.7 / 26.6, raw 85.3 / 78.1 /
    # 81.4 / 24.5
    # with full references initials first read in notes and bibliography alike, and side
    # notes beside margin figures (2026-12-08): layout 88.8 / 91.5 / 83.6 / 73.4, raw 83.0 /
    # 73.5 / 77.6 / 70.2
    # citations 73.4 / 70.2 / 78.7 -> 78.7 / 73.4 / 81.9 (layout / raw / PDF) with the citation
    # reader's fixes of 2026-12-08 morning (the PDF's bibliography heading, notes of prose)
    ("dev8", "layout"): (0.90, 0.93, 0.86, 0.78),
    # a table's column of numbers and a chart's axis over its caption no labels (2026-12-08
    # morning): raw 85.3 / 78.1 / 81.4 / 70.2 -> 87.3 / 86.8 / 83.9 / 70.2
    ("dev8", "raw"): (0.86, 0.85, 0.83, 0.73),
    # PDF citations 23.4 -> 63.8 (2026-12-08)
    # all of 2026-12-08 together: layout 90.2 / 93.8 / 86.3 / 73.4, raw 85.3 / 78.1 / 81.4 /
    # 70.2, PDF 99.0 / 98.6 / 93.2 / 78.7
    ("dev8", "pdf"): (0.98, 0.98, 0.93, 0.81),
    # dev books set again with their notes as endnotes (2026-12-08): at each chapter's end,
    # gathered under chapter subheadings with "Notes to pages" heads, numbered through with
    # "1." hanging. As added: layout 50.9 / 85.1 / 38.8, raw 28.8 / 78.6 / 22.4, PDF 92.2 /
    # 91.2 / 80.8 (the Russian book's notes read from no text input, its title taken for the
    # running head of its pages). With that title opening the section, the section's markers
    # resolved together, numbered lists read as footnotes dropped and a chapter's title under
    # its subheading: layout 98.2 / 95.5 / 91.5, raw 98.6 / 96.5 / 91.8, PDF 90.7 / 92.7 /
    # 84.0 (the copyleft guide's PDF 65 -> 61 of 72: notes given to another chapter's markers)
    # (the endnote parser after review, with the other branches of the day: layout 98.2 / 95.5 /
    # 92.2, raw 98.6 / 96.2 / 92.5, PDF 92.5 / 91.2 / 86.5)
    ("dev9", "layout"): (0.98, 0.95, 0.92, None),
    ("dev9", "raw"): (0.98, 0.96, 0.92, None),
    # a notes heading at a page's foot opening the notes overleaf, an appendix ending them,
    # raised labels run into their texts at the body's size written apart (2026-12-08
    # morning): PDF 92.5 / 91.2 / 86.5 -> 99.6 / 99.6 / 97.2
    ("dev9", "pdf"): (0.99, 0.99, 0.97, None),
    # a tenth dev set, measured as added (2026-12-08), nothing in the parser changed for it: a
    # biography set by InDesign, a multilingual volume whose draft stamp stands in the page
    # foot, a translation whose notes are symbols anew on every page run into one paragraph.
    # Layout 44.9 / 89.5 / 39.1 / 29.7, raw 29.8 / 82.5 / 30.4 / 24.3, PDF 49.9 / 99.0 /
    # 48.3 / 33.8 on the rebuilt gold (docs/evaluation.md)
    # with notes labelled with symbols read (2026-12-08 morning): layout 93.7 / 96.5 / 85.3 /
    # 46.6 (355 / 379, 355 / 368, 325 / 381, 69 / 148), raw 63.6 / 77.0 / 58.8 / 38.5 (241 /
    # 379, 241 / 313, 224 / 381, 57 / 148), PDF 99.4 / 100 / 95.2 / 75.6 (377 / 379, 377 / 377,
    # 363 / 381, 112 / 148)
    ("dev10", "layout"): (0.93, 0.96, 0.85, 0.46),
    ("dev10", "raw"): (0.63, 0.76, 0.58, 0.38),
    ("dev10", "pdf"): (0.99, 1.0, 0.95, 0.75),
    # totals only: layout 88.0 / 94.7 / 82.0, raw 81.5 / 91.6 / 77.4 with the set-off markers
    # and restarts read on dev5 (a wider form of the set-off marker gave 89.8 / 95.1 / 83.7 and
    # 83.2 / 92.1 / 79.0, with false markers in French citations)
    # layout 88.2 / 94.9 / 82.2 / 88.2 under the scorer that matches a note read out of line
    # order near its place (the parser of that day gave the same there)
    # 88.5 / 95.9 / 82.4 / 88.3 with the plain-text rules of 2026-12-07 night, 89.4 / 96.2 /
    # 83.5 / 90.3 with the layout-text rules of that night (rests carried by margin or width,
    # running feet, endnote titles); both together 89.7 / 97.2 / 83.7 / 90.4
    # 89.7 / 97.5 / 83.7 / 90.3 with what is not a note (2026-12-08)
    ("test", "layout"): (0.89, 0.97, 0.83, 0.90),
    # raw 81.5 / 91.6 / 77.4 / 83.2 -> 83.0 / 91.9 / 78.2 / 84.3 with the plain-text fixes of
    # 2026-12-07 evening (a DOCX page's run-on first note, notes opened overleaf, glued labels)
    # (83.1 / 92.0 / 78.3 / 84.4 under that scorer); 83.5 / 94.1 / 78.7 / 85.4 with the
    # plain-text fixes of 2026-12-07 night; 83.8 / 94.3 / 78.96 / 85.4 with the layout rules too
    # 83.8 / 94.7 / 79.0 / 85.4 with what is not a note (2026-12-08)
    ("test", "raw"): (0.83, 0.94, 0.78, 0.85),
    # 96.9 / 97.6 -> 97.8 / 98.5 / 91.5 / 89.6 under that scorer, the parser unchanged;
    # -> 97.6 / 98.5 / 91.4 / 90.2 with what the PDF reader must not take for notes (night)
    ("test", "pdf"): (0.97, 0.98, 0.91, 0.90),
    # 37.5 / 86.6 -> 39.3 / 90.8 / 37.7 / 27.3 with the layout-text rules of 2026-12-07 night,
    # 39.3 / 91.6 with the plain-text rules too
    ("extra", "layout"): (0.39, 0.91, 0.37, 0.27),
    # 80.8 -> 79.5 % precision here was the price of reading plain pdftotext labels set apart
    # from their texts (dev raw recall 71.4 -> 84.0 %, precision 81.3 -> 88.2 %)
    # 79.5 -> 81.3 % with what is not a note (2026-12-08); markers 36.5 -> 59.0 % with the
    # endnote sections' markers resolved together (2026-12-08)
    ("extra", "raw"): (0.47, 0.81, 0.58, 0.26),
    # 97.4 -> 50.1 % precision: with font sizes scaled by the text matrix a held-out
    # document that gave no notes is now read, with many false ones (docs/evaluation.md)
    # (79.4 / 51.3 / 40.6 / 26.8 under the scorer of 2026-12-07 evening, and so with what the
    # PDF reader must not take for notes, 2026-12-07 night)
    # 79.2 / 51.2 / 47.3 / 26.8 with all of 2026-12-08 (markers: endnote sections)
    ("extra", "pdf"): (0.79, 0.51, 0.47, 0.26),
}
# the extra documents (Chicago and OSCOLA notes, endnotes) still get Ibid. guessed: counted in
# docs/evaluation.md, not yet held to zero; the third dev set's gold records no citations
NO_IBID_GUESSED = [key for key in FLOORS if key[0] in ("dev", "test")]


@pytest.fixture(scope="module")
def corpus() -> Path:
    folder = corpus_folder(ROOT)
    if folder is None:
        pytest.skip("the corpus is absent (set PURGEHIST_CORPUS, see docs/evaluation.md)")
    return folder


_SCORES: dict[tuple[str, str], tuple[list[NoteScore], NoteScore]] = {}


def _documents(corpus: Path, split: str) -> list[CorpusDocument]:
    if split == "dev" or split in LATER_DEV:
        dev = corpus_documents(ROOT, corpus, ("dev", "reprint"))
        if split in LATER_DEV:
            return [d for d in dev if d.id in LATER_DEV[split]]
        return [
            d
            for d in dev
            if d.split == "dev" and not any(d.id in ids for ids in LATER_DEV.values())
        ]
    return corpus_documents(ROOT, corpus, (split,))


def _scores(corpus: Path, split: str, extraction: str) -> tuple[list[NoteScore], NoteScore]:
    if (split, extraction) not in _SCORES:
        documents = _documents(corpus, split)
        if not documents:
            pytest.skip(f"no {split} documents in {corpus}")
        _SCORES[split, extraction] = measure_corpus(documents, extraction)
    return _SCORES[split, extraction]


def _total(corpus: Path, split: str, extraction: str) -> NoteScore:
    return _scores(corpus, split, extraction)[1]


def _cites(corpus: Path, name: str) -> bool:
    """Whether the gold of document *name* records the works its notes cite: where it records
    none (notes written by hand, no bibliography) every citation found counts as wrong."""
    gold = json.loads((corpus / "docs" / name / "gold.json").read_text(encoding="utf-8"))
    return any(note.get("citations") for note in gold["footnotes"])


@pytest.mark.parametrize(("split", "extraction"), list(FLOORS))
def test_corpus_figures_stay_above_their_floors(corpus: Path, split: str, extraction: str) -> None:
    total = _total(corpus, split, extraction)
    recall, precision, markers, citations = FLOORS[split, extraction]
    reached = (
        total.recall.share,
        total.precision.share,
        total.markers.share,
        total.citations.share,
    )
    assert all(
        floor is None or got >= floor
        for got, floor in zip(reached, (recall, precision, markers, citations), strict=True)
    ), f"{split}/{extraction}: {[round(100 * r, 1) for r in reached]}"


def test_every_later_dev_set_has_floors_for_each_input() -> None:
    # a dev set added to the manifests without floors would be measured by none
    for name in LATER_DEV:
        assert {extraction for split, extraction in FLOORS if split == name} == {
            "layout",
            "raw",
            "pdf",
        }, name


@pytest.mark.parametrize(("split", "extraction"), NO_IBID_GUESSED)
def test_ibid_is_never_guessed(corpus: Path, split: str, extraction: str) -> None:
    scores = _scores(corpus, split, extraction)[0]
    guessed = {s.name: s.ibid_guessed for s in scores if _cites(corpus, s.name)}
    assert len(guessed) >= 2
    assert sum(guessed.values()) == 0
