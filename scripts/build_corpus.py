#!/usr/bin/env python3
"""Build the purgehist evaluation corpus of real documents with gold footnotes.

The documents are never committed (they belong to their authors): the checkout holds their
manifest (``tests/corpus/manifest.json``) and this script, which rebuilds them into the corpus
folder (``$PURGEHIST_CORPUS``, default ``../shared/corpus`` beside the checkout). See
``docs/evaluation.md``.

For every document listed in the manifest this script

1. takes the compiled PDF and the LaTeX sources from a bare git mirror of its repository
   (``<mirrors>/<owner>+<name>/repo``, ``--mirrors``) at the recorded commit,
2. writes ``docs/<id>/source.pdf``, ``layout.txt`` (``pdftotext -layout``) and
   ``raw.txt`` (``pdftotext``),
3. extracts the gold footnotes from the LaTeX sources (text, printed label,
   numbering scope, anchor, citations) and the cited bibliography entries,
4. locates every note in the PDF (page, fuzzy score, the PDF's own text of the
   note) and writes ``docs/<id>/gold.json``,
5. records checksums, counts and match rates back into the manifest and prints
   a summary table.

It is re-runnable: every output is regenerated from the mirrors and the
manifest's source fields (``repository``, ``commit``, ``paths``, ``extract``).

Usage::

    python scripts/build_corpus.py                 # all documents
    python scripts/build_corpus.py --only en-langsci253-vanrooy-greece -v
    python scripts/build_corpus.py --no-write-manifest --out /tmp/corpus/docs

Needs ``pdftotext`` (poppler-utils), rapidfuzz, pylatexenc 2 and bibtexparser 2.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_build import cli, gold, latex
from corpus_build.mirror import MIRROR_DIR, Repo
from corpus_build.pdf_source import source_pdf

MANIFEST = cli.MANIFESTS / "manifest.json"


def build_document(
    doc: dict[str, Any], out_root: Path, verbose: bool = False, mirrors: Path = MIRROR_DIR
) -> dict[str, Any]:
    """Build ``<out_root>/<id>/`` of the manifest's document *doc*: its PDF from the mirror,
    the notes of its LaTeX sources located in it; return what the manifest records of it."""
    repo = Repo(doc["repository"], mirrors)
    pdf = source_pdf(doc, repo, cli.CORPUS_DIR / "debs")
    found = latex.latex_notes(doc, repo)
    return gold.write_document(doc, out_root, pdf, found, verbose, search=gold.FIRST_SET)


def main(argv: list[str] | None = None) -> int:
    args = cli.parser(__doc__, MANIFEST, cli.CORPUS_DIR / "docs", MIRROR_DIR).parse_args(argv)

    def build(doc: dict[str, Any]) -> dict[str, Any]:
        return build_document(doc, args.out, verbose=args.verbose, mirrors=args.mirrors)

    return cli.build_all(args, build, "split", lambda doc, _: str(doc["split"]))


if __name__ == "__main__":
    sys.exit(main())
