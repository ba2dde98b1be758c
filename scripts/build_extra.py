#!/usr/bin/env python3
"""Build the held-out ``extra`` documents of the corpus (``tests/corpus/manifest-extra.json``).

The companion of ``build_corpus.py`` (whose git access, LaTeX scanner, citation handling and PDF
matching it imports) for documents whose gold does not come from LaTeX alone: a Markdown thesis
(``[^n]`` notes), DocBook books (``<footnote>``), an R Markdown book run through
``pandoc --citeproc``, LaTeX with biblatex-oscola, books whose publisher's EPUB links each
note reference to its note (``role="doc-noteref"``), and word-processor files (``.docx``,
``.odt``, or a source pandoc turns into either) whose PDF LibreOffice exports here
(``pdf_render: soffice``). For every document of the manifest it

1. takes the PDF from the bare mirror of its repository (``<mirrors>/<owner>+<name>/repo``) at the
   recorded ``commit`` (or ``pdf_commit``), or from the Debian package ``pdf_deb`` names
   (``apt-get download`` into ``--debs`` unless the ``.deb`` is there; its sha256 is checked),
2. writes ``docs/<id>/source.pdf``, ``layout.txt`` (``pdftotext -layout``) and ``raw.txt``,
3. extracts the notes from the sources at ``commit`` as the manifest's ``source_format`` and
   ``extract`` fields say (numbering scopes, labels, anchors, citations),
4. locates every note in the PDF and writes ``docs/<id>/gold.json`` in the schema of
   ``build_corpus.py``,
5. records checksums, counts and match rates in the manifest and prints a summary table, with the
   files whose checksum differs from the one recorded before.

Usage::

    python scripts/build_extra.py --mirrors /path/to/mirrors --out "$PURGEHIST_CORPUS/docs"
    python scripts/build_extra.py --only en-ethereum-yellowpaper -v
    python scripts/build_extra.py --no-write-manifest --out /tmp/corpus/docs

Needs what ``build_corpus.py`` needs, plus ``pandoc`` (2.11 or later, for ``--citeproc``), lxml,
``apt-get`` and ``dpkg-deb`` for a PDF taken from a Debian package, and LibreOffice (``soffice``)
for a PDF it exports.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import build_corpus as bc
from corpus_build import command, docbook, epub, latex, markdown, output, pandoc
from corpus_build.notes import Extracted
from corpus_build.pdf_source import source_pdf

MANIFEST = bc.ROOT / "tests" / "corpus" / "manifest-extra.json"
DEB_DIR = bc.CORPUS_DIR / "debs"
MIN_WORDS = 5
"""Pages with fewer words are not searched for notes."""

READERS = {
    "markdown": markdown.markdown_notes,
    "docbook": docbook.docbook_notes,
    "latex": latex.latex_notes,
    "pandoc": pandoc.pandoc_notes,
    "epub": epub.epub_notes,
    "docx": pandoc.office_notes,
    "odt": pandoc.office_notes,
}
"""The reader of each ``source_format``."""


# ---------------------------------------------------------------------------
# one document
# ---------------------------------------------------------------------------


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


def build_document(
    doc: dict[str, Any], out_root: Path, mirrors: Path, debs: Path, verbose: bool = False
) -> dict[str, Any]:
    repo = bc.Repo(doc["repository"], mirrors)
    out = out_root / doc["id"]
    out.mkdir(parents=True, exist_ok=True)
    raw_text, layout_text = output.write_pdf(out, source_pdf(doc, repo, debs), quiet=True)
    pdf_all = bc.PdfPages.from_text(raw_text, layout_text)
    pdf = searchable(pdf_all, doc.get("extract", {}).get("exclude_pages", []))

    reader = READERS[doc["source_format"]]
    found = reader(doc, repo)
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
    corrected = bc.correct_labels_from_pdf(footnotes)
    stats = output.gold_stats(footnotes, corrected, len(found.files))
    source = output.gold_source(doc)
    source.update({k: doc[k] for k in ("pdf_commit", "pdf_deb", "pdf_render") if k in doc})
    bibliography = dict(sorted(found.bibliography.items()))
    gold = output.gold_record(doc, len(pdf_all.raw), source, footnotes, bibliography, stats)
    lic_line = licence_statement(
        raw_text, doc.get("licence_pattern") or r"Creative Commons|CC[ -]BY"
    )
    result = output.write_gold(out, gold, lic_line)
    if verbose:
        output.print_unmatched(footnotes)
    return result


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = command.parser(__doc__, MANIFEST, bc.CORPUS_DIR / "docs", bc.MIRROR_DIR, DEB_DIR)
    args = ap.parse_args(argv)

    def build(doc: dict[str, Any]) -> dict[str, Any]:
        return build_document(doc, args.out, args.mirrors, args.debs, verbose=args.verbose)

    def differ(doc: dict[str, Any], recorded: dict[str, str]) -> str:
        changed = [k for k, v in doc["sha256"].items() if recorded.get(k) not in (None, v)]
        return ", ".join(changed) or "-"

    return command.build_all(args, build, "sha256 differs", differ)


if __name__ == "__main__":
    sys.exit(main())
