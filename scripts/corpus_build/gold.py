"""One document built from its PDF and the notes its sources give: the notes located in the
PDF, written with the PDF's texts and ``gold.json``. ``build_corpus.py`` and ``build_extra.py``
take the PDF from a mirror or a package, ``build_extra_render.py`` renders it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from corpus_build import output, pdf_match
from corpus_build.notes import Extracted
from corpus_build.page_labels import in_order, relabel_per_page

MIN_WORDS = 5
"""Pages with fewer words are not searched for notes."""
NEAR = (2, 40)
"""The pages ``pdf_match.locate`` searches first: from this many before the previous note's page to
this many after it."""
EXACT = 99.5
"""A match this good is the note's own words (``pdf_match.locate`` stops its search at it)."""
SPAN_SLACK = 1.2
"""A note's PDF text longer than this many times its own (and 20 characters) holds more."""
LICENCE = r"Creative Commons|CC[ -]BY"
"""What a statement of licence says, unless the manifest's ``licence_pattern`` says otherwise."""


@dataclass(frozen=True)
class Search:
    """How a build looks for the notes in its PDF, and for the statement of licence."""

    near_first: bool = True
    """A note found far from the note before, and not word for word, is first looked for near
    it (``locate``)."""
    own_text: bool = True
    """The PDF's text of a note is cut to the note's own words (``own_text``)."""
    skip_sparse_pages: bool = True
    """Pages of fewer than ``MIN_WORDS`` words are not searched (``searchable``)."""
    licence: str = LICENCE
    licence_lines: int = 2
    """The lines of the licence statement recorded, from the first that matches *licence*."""


REFINED = Search()
"""The search of the later sets (``build_extra.py``, ``build_extra_render.py``)."""
FIRST_SET = Search(
    near_first=False,
    own_text=False,
    skip_sparse_pages=False,
    licence=r"Creative Commons|CC[ -]BY|лицензи",
    licence_lines=1,
)
"""The search the golds of the first set (``manifest.json``) were built and recorded with,
before the refinements the later sets led to: kept, so that a rebuild gives the same golds."""


def searchable(
    pdf: pdf_match.PdfPages, ranges: Iterable[Iterable[int]] = (), *, sparse: bool = True
) -> pdf_match.PdfPages:
    """*pdf* with the pages of *ranges* (1-based, inclusive) blanked, so no note is found there,
    and (if *sparse*) the pages that hold next to nothing (a blank page's number): a fuzzy
    partial match of any note against ``2`` is perfect."""
    drop = {p - 1 for lo, hi in (tuple(r) for r in ranges) for p in range(lo, hi + 1)}
    if sparse:
        drop |= {k for k, page in enumerate(pdf.norm) if len(re.findall(r"\w+", page)) < MIN_WORDS}

    def blank(pages: list[str]) -> list[str]:
        return ["" if k in drop else p for k, p in enumerate(pages)]

    return pdf_match.PdfPages(
        pdf.raw, blank(pdf.norm), blank(pdf.norm_case), blank(pdf.nospace), blank(pdf.layout)
    )


def licence_statement(text: str, pattern: str, lines_kept: int = 2) -> str | None:
    """The first line of *text* matching *pattern* with the lines after it, *lines_kept* in
    all (a statement of licence runs over a line break), or None."""
    lines = [ln.strip() for ln in text.splitlines()]
    for k, line in enumerate(lines):
        if re.search(pattern, line, re.I):
            return " ".join(x for x in lines[k : k + lines_kept] if x)
    return None


def works_unknown(doc: dict[str, Any], found: Extracted) -> bool:
    """Whether the works the notes cite are unknown: the repository holds no bibliography (a
    ``.bib`` kept outside it). Such citations could never be scored as found, so the gold keeps
    them apart (``citations_without_work``: keys and pages only)."""
    return not doc["paths"].get("bib") and not found.bibliography


def near(pdf: pdf_match.PdfPages, hint: int, after: int = NEAR[1]) -> pdf_match.PdfPages:
    """*pdf* with only the pages ``pdf_match.locate`` searches first after a note on page *hint*
    (0-based), or the *after* pages from there: the others blanked."""
    return only(pdf, max(0, hint - NEAR[0]), hint + after)


def only(pdf: pdf_match.PdfPages, lo: int, hi: int) -> pdf_match.PdfPages:
    """*pdf* with only its pages *lo* to *hi* (0-based, *hi* excluded): the others blanked."""

    def keep(pages: list[str]) -> list[str]:
        return [p if lo <= k < hi else "" for k, p in enumerate(pages)]

    return pdf_match.PdfPages(
        pdf.raw, keep(pdf.norm), keep(pdf.norm_case), keep(pdf.nospace), keep(pdf.layout)
    )


def locate(text: str, label: str, pdf: pdf_match.PdfPages, hint: int) -> pdf_match.Match:
    """Where the note *text* stands in *pdf*, searched from page *hint* (0-based) on as
    ``pdf_match.locate`` does; but a note it finds far from there, and not word for word (its words
    quoted in the running text elsewhere), is first looked for near *hint* as a note that
    runs over two pages."""
    m = pdf_match.locate(text, label, pdf, hint)
    if m.page is None or m.score >= EXACT or hint - NEAR[0] <= m.page - 1 < hint + NEAR[1]:
        return m
    close = pdf_match.locate(text, label, near(pdf, hint), hint)
    return close if close.page is not None else m


REPEATS_WITHIN = (4, 12)
"""How many pages past the previous note's a repeated note is looked for first, widening."""


def locate_repeated(text: str, label: str, pdf: pdf_match.PdfPages, hint: int) -> pdf_match.Match:
    """Where the note *text* stands in *pdf*, in a document that prints some notes twice word
    for word (a work's full reference in the notes of two chapters): the match in the fewest
    pages after page *hint* (0-based), so that the later copy, an exact match, does not take
    the place of a nearer one the margin's neighbours make a little less exact."""
    for after in REPEATS_WITHIN:
        m = pdf_match.locate(text, label, near(pdf, hint, after), hint)
        if m.page is not None:
            return m
    return locate(text, label, pdf, hint)


def own_text(pdf_text: str, text: str) -> str:
    """*pdf_text*, the PDF's text where the note *text* was located, cut to the note's own
    words when it runs on over a neighbour alike (two links of one site, a letter cited
    twice): the start of the match, moved back to the note's first words, can land on the
    neighbour's. The cut is widened to whole words: the alignment's window is as long as the
    note's text, which the PDF may print longer (spaced punctuation, a dash), so it can fall
    inside the note's first or last word."""
    q = pdf_match.normalise(text)
    low = pdf_text.lower()
    if len(low) != len(pdf_text) or len(pdf_text) <= SPAN_SLACK * len(q) + 20:
        return pdf_text
    al = fuzz.partial_ratio_alignment(q, low)
    if al is None or al.score < pdf_match.MATCH_THRESHOLD:
        return pdf_text
    start, end = al.dest_start, al.dest_end
    if pdf_text[start : start + 1].strip():  # not at a space: back to the word's start
        start = len(re.sub(r"\S+$", "", pdf_text[:start]))
    if pdf_text[end - 1 : end].strip():  # and on to the end of the word it stops in
        end += len(re.split(r"\s", pdf_text[end:], maxsplit=1)[0])
    return pdf_text[start:end].strip()


def on_page(text: str, label: str, pdf: pdf_match.PdfPages, page: int | None) -> pdf_match.Match:
    """Where the note *text* stands on *page* (1-based; it may run on to the next), or not
    located when it is not there: a short note found again elsewhere, where a like one
    stands, is not moved to that page."""
    if page is None:
        return pdf_match.Match(None, 0.0, None, False)
    m = pdf_match.locate(text, label, only(pdf, page - 1, page + 1), page - 1)
    if m.page == page:
        return m
    score = in_layout(text, pdf, page)
    if score >= pdf_match.MATCH_THRESHOLD:
        seen, _ = pdf_match.label_in_layout(pdf_match.normalise(text), label, pdf.layout[page - 1])
        return pdf_match.Match(page, score, None, seen)
    return pdf_match.Match(None, m.score, None, False)


def in_layout(text: str, pdf: pdf_match.PdfPages, page: int) -> float:
    """How well the note *text* matches the layout text of *page* (1-based): where two notes
    stand side by side, the raw text runs the first line of both and then the rest of both,
    the layout text each line of a column after the other."""
    q = pdf_match.normalise(text)
    if not q or not 0 < page <= len(pdf.layout):
        return 0.0
    return float(fuzz.partial_ratio(q, pdf.layout[page - 1]))


SURE = 95.0
"""The score of a note located for sure: the notes of one translator begin alike ("The Perseus
edition has ..."), so a lower one may be another note's page."""

LOOK_AHEAD = 3
"""How many pages past the note before a note not located for sure is looked for."""


def located_in_layout(
    texts: list[str], pdf: pdf_match.PdfPages, pages: list[int | None], scores: list[float]
) -> list[int | None]:
    """*pages* (one per note of *texts*, in reading order, located with *scores*) with each
    note not located for sure taken to the page where its words match the layout text best,
    from the page of the note before it to a few pages on, no further than the next note
    located for sure."""
    out = list(pages)
    for k, text in enumerate(texts):
        if out[k] is not None and scores[k] >= SURE:
            continue
        before = next((p for p in reversed(out[:k]) if p is not None), None)
        if before is None:
            continue
        sure = (p for p, s in zip(pages[k + 1 :], scores[k + 1 :], strict=True) if s >= SURE)
        after = next((p for p in sure if p is not None), None)
        last = before + LOOK_AHEAD if after is None else min(before + LOOK_AHEAD, after)
        best, page = max(
            ((in_layout(text, pdf, p), -p) for p in range(before, last + 1)), default=(0.0, 0)
        )
        if best >= pdf_match.MATCH_THRESHOLD and (out[k] is None or best > scores[k]):
            out[k] = -page
    return out


def gold_notes(
    doc: dict[str, Any],
    found: Extracted,
    pdf: pdf_match.PdfPages,
    search: Search = REFINED,
    pages: list[int | None] | None = None,
) -> list[dict[str, Any]]:
    """The gold entries of *found*'s notes, each located in *pdf* (searched from the page of
    the note before) as *search* says, or, given *pages* (one per note), on its page only."""
    footnotes: list[dict[str, Any]] = []
    hint = 0
    unknown_works = works_unknown(doc, found)
    repeated = bool(doc.get("extract", {}).get("repeated_notes"))
    for seq, n in enumerate(found.notes, start=1):
        find = locate if search.near_first else pdf_match.locate
        if repeated and search.near_first:
            find = locate_repeated
        if pages is not None:
            m = on_page(n.text, n.label, pdf, pages[seq - 1])
        else:
            m = find(n.text, n.label, pdf, hint)
        if m.page is not None:
            hint = m.page - 1
        located = m.gold_fields(n.label)
        if search.own_text and "pdf_text" in located and not m.split:
            located["pdf_text"] = own_text(located["pdf_text"], n.text)
        entry = output.gold_entry(
            seq,
            n.label,
            n.scope,
            m.page,
            n.text,
            n.anchor,
            [] if unknown_works else n.citations,
            located,
            kind=n.kind,
            rendered=n.rendered,
            special=n.special,
            without_work=n.citations if unknown_works else None,
        )
        footnotes.append(entry)
    return footnotes


def corrected_labels(footnotes: list[dict[str, Any]], found: Extracted) -> int:
    """Correct the labels of *footnotes* where the PDF prints others
    (``pdf_match.correct_labels_from_pdf``), unless *found*'s labels are those the edition prints:
    a counter the reader ran differently from LaTeX shows in the PDF, but printed labels
    cannot be wrong, and a note located at a neighbour's text alike (two links of one site)
    would shift them. Return how many were changed."""
    return 0 if found.labels_printed else pdf_match.correct_labels_from_pdf(footnotes)


def write_document(
    doc: dict[str, Any],
    out_root: Path,
    pdf: bytes,
    found: Extracted,
    verbose: bool = False,
    search: Search = REFINED,
) -> dict[str, Any]:
    """Write ``<out_root>/<id>/``: *pdf* as ``source.pdf`` with its texts, and as ``gold.json``
    *found*'s notes located in it by *search*; return what the manifest records of the
    document."""
    out = out_root / doc["id"]
    out.mkdir(parents=True, exist_ok=True)
    raw_text, layout_text = output.write_pdf(out, pdf, quiet=True)
    pdf_all = pdf_match.PdfPages.from_text(raw_text, layout_text)
    exclude = doc.get("extract", {}).get("exclude_pages", [])
    pages = searchable(pdf_all, exclude, sparse=search.skip_sparse_pages)
    footnotes = gold_notes(doc, found, pages, search)
    page_style = doc.get("extract", {}).get("page_labels")
    corrected = 0
    if page_style or doc.get("extract", {}).get("reading_order"):
        # the pages kept in reading order (labelled by their order there), then each note
        # looked for on its page only
        on = in_order([f["page"] for f in footnotes])
        scores = [float(f["match_score"]) for f in footnotes]
        on = in_order(located_in_layout([n.text for n in found.notes], pages, on, scores))
        if page_style:
            found = relabel_per_page(found, on, page_style)
        footnotes = gold_notes(doc, found, pages, search, pages=on)
    if not page_style:
        corrected = corrected_labels(footnotes, found)
    stats = output.gold_stats(footnotes, corrected, len(found.files))
    source = output.gold_source(doc)
    source.update({k: doc[k] for k in ("pdf_commit", "pdf_deb", "pdf_render") if k in doc})
    bibliography = dict(sorted(found.bibliography.items()))
    gold = output.gold_record(doc, len(pdf_all.raw), source, footnotes, bibliography, stats)
    pattern = doc.get("licence_pattern") or search.licence
    lic_line = licence_statement(raw_text, pattern, search.licence_lines)
    result = output.write_gold(out, gold, lic_line)
    if verbose:
        output.print_unmatched(footnotes)
    return result
