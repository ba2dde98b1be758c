"""One document built from its PDF and the notes its sources give: the notes located in the
PDF, written with the PDF's texts and ``gold.json``. ``build_extra.py`` takes the PDF from a
mirror or a package, ``build_extra_render.py`` renders it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import build_corpus as bc

from corpus_build import output
from corpus_build.notes import Extracted

MIN_WORDS = 5
"""Pages with fewer words are not searched for notes."""
LICENCE = r"Creative Commons|CC[ -]BY"
"""What a statement of licence says, unless the manifest's ``licence_pattern`` says otherwise."""


def searchable(pdf: bc.PdfPages, ranges: Iterable[Iterable[int]] = ()) -> bc.PdfPages:
    """*pdf* with the pages of *ranges* (1-based, inclusive) blanked, so no note is found there,
    and the pages that hold next to nothing (a blank page's number): a fuzzy partial match of
    any note against ``2`` is perfect."""
    drop = {p - 1 for lo, hi in (tuple(r) for r in ranges) for p in range(lo, hi + 1)}
    drop |= {k for k, page in enumerate(pdf.norm) if len(re.findall(r"\w+", page)) < MIN_WORDS}

    def blank(pages: list[str]) -> list[str]:
        return ["" if k in drop else p for k, p in enumerate(pages)]

    return bc.PdfPages(
        pdf.raw, blank(pdf.norm), blank(pdf.norm_case), blank(pdf.nospace), blank(pdf.layout)
    )


def licence_statement(text: str, pattern: str) -> str | None:
    """The first line of *text* matching *pattern* with the line after it (a statement of
    licence runs over a line break), or None."""
    lines = [ln.strip() for ln in text.splitlines()]
    for k, line in enumerate(lines):
        if re.search(pattern, line, re.I):
            return " ".join(x for x in lines[k : k + 2] if x)
    return None


def works_unknown(doc: dict[str, Any], found: Extracted) -> bool:
    """Whether the works the notes cite are unknown: the repository holds no bibliography (a
    ``.bib`` kept outside it). Such citations could never be scored as found, so the gold keeps
    them apart (``citations_without_work``: keys and pages only)."""
    return not doc["paths"].get("bib") and not found.bibliography


def gold_notes(doc: dict[str, Any], found: Extracted, pdf: bc.PdfPages) -> list[dict[str, Any]]:
    """The gold entries of *found*'s notes, each located in *pdf* (searched from the page of
    the note before)."""
    footnotes: list[dict[str, Any]] = []
    hint = 0
    unknown_works = works_unknown(doc, found)
    for seq, n in enumerate(found.notes, start=1):
        m = bc.locate(n.text, n.label, pdf, hint)
        if m.page is not None:
            hint = m.page - 1
        entry: dict[str, Any] = {
            "seq": seq,
            "label": n.label,
            "scope": n.scope,
            "page": m.page,
            "text": n.text,
            "anchor": n.anchor,
            "citations": [] if unknown_works else n.citations,
        }
        if unknown_works and n.citations:
            entry["citations_without_work"] = n.citations
        if n.kind != "footnote":
            entry["source_command"] = n.kind
        if not n.rendered:
            entry["text_is_rendered"] = False
        entry.update(m.gold_fields(n.label))
        if n.special:
            entry["special"] = n.special
        footnotes.append(entry)
    return footnotes


def write_document(
    doc: dict[str, Any], out_root: Path, pdf: bytes, found: Extracted, verbose: bool = False
) -> dict[str, Any]:
    """Write ``<out_root>/<id>/``: *pdf* as ``source.pdf`` with its texts, and *found*'s notes
    located in it as ``gold.json``; return what the manifest records of the document."""
    out = out_root / doc["id"]
    out.mkdir(parents=True, exist_ok=True)
    raw_text, layout_text = output.write_pdf(out, pdf, quiet=True)
    pdf_all = bc.PdfPages.from_text(raw_text, layout_text)
    exclude = doc.get("extract", {}).get("exclude_pages", [])
    footnotes = gold_notes(doc, found, searchable(pdf_all, exclude))
    corrected = bc.correct_labels_from_pdf(footnotes)
    stats = output.gold_stats(footnotes, corrected, len(found.files))
    source = output.gold_source(doc)
    source.update({k: doc[k] for k in ("pdf_commit", "pdf_deb", "pdf_render") if k in doc})
    bibliography = dict(sorted(found.bibliography.items()))
    gold = output.gold_record(doc, len(pdf_all.raw), source, footnotes, bibliography, stats)
    lic_line = licence_statement(raw_text, doc.get("licence_pattern") or LICENCE)
    result = output.write_gold(out, gold, lic_line)
    if verbose:
        output.print_unmatched(footnotes)
    return result
