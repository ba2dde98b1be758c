#!/usr/bin/env python3
"""Build the held-out ``extra`` documents of the corpus (``tests/corpus/manifest-extra.json``).

The companion of ``build_corpus.py`` (whose git access, LaTeX reader, citation handling and
PDF matching in ``corpus_build`` it shares) for documents whose gold does not come from LaTeX
alone: a Markdown thesis (``[^n]`` notes), DocBook books (``<footnote>``), an R Markdown book
run through ``pandoc --citeproc``, LaTeX with biblatex-oscola, books whose publisher's EPUB links
each note reference to its note (``role="doc-noteref"``), and word-processor files (``.docx``,
``.odt``, or a source pandoc turns into either) whose PDF LibreOffice exports here
(``pdf_render: soffice``); an entry whose PDF TeX or dblatex sets here (``pdf_render:
pdflatex``, ``xelatex``, ``dblatex``) is built by ``build_extra_render.py``, so that one
manifest may hold both. For every document of the manifest it

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

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import build_extra_render
from corpus_build import cli, docbook, epub, gold, latex, markdown, pandoc
from corpus_build.mirror import MIRROR_DIR, Repo
from corpus_build.pdf_source import source_pdf

MANIFEST = cli.MANIFESTS / "manifest-extra.json"
DEB_DIR = cli.CORPUS_DIR / "debs"
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


def build_document(
    doc: dict[str, Any], out_root: Path, mirrors: Path, debs: Path, verbose: bool = False
) -> dict[str, Any]:
    if doc.get("pdf_render") in build_extra_render.RENDERERS:
        return build_extra_render.build_document(doc, out_root, mirrors, verbose=verbose)
    repo = Repo(doc["repository"], mirrors)
    pdf = source_pdf(doc, repo, debs)
    found = READERS[doc["source_format"]](doc, repo)
    return gold.write_document(doc, out_root, pdf, found, verbose=verbose)


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = cli.parser(__doc__, MANIFEST, cli.CORPUS_DIR / "docs", MIRROR_DIR, DEB_DIR)
    args = ap.parse_args(argv)

    def build(doc: dict[str, Any]) -> dict[str, Any]:
        return build_document(doc, args.out, args.mirrors, args.debs, verbose=args.verbose)

    return cli.build_all(args, build, "sha256 differs", cli.sha256_differs)


if __name__ == "__main__":
    sys.exit(main())
