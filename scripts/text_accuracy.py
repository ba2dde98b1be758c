"""Measure the text parser on an evaluation set against its gold files.

Usage: ``python scripts/text_accuracy.py --set seed|unseen|heldout|blind|corpus [--no-misses]``
(``--set`` may be given several times; default: every set of the checkout). Prints, per
document and overall: (a) footnotes with text whose citations all resolve to the right work and
pages, (b) citations that must stay unresolved (``Ibid.`` after a lost note) and do, (c)
bibliography fields read right, (d) markers found in the right paragraph, false markers, notes
whose text is present or lost as it should be, bibliography entries beyond the gold's and works
read as several sources; then every miss with its line. See :mod:`purgehist.evaluation`.

The corpus of real documents (``--set corpus``, see ``docs/evaluation.md``) is measured
by footnote recall and precision, marker placement, citations resolved to the right work and
pages, and wrong resolutions (``Ibid.`` among them), per document and overall, for
``--split dev`` (the default), ``test`` or ``extra`` and ``--extraction layout`` (the default),
``raw`` or ``pdf`` (the PDF read by the ``pdf`` format). Of the test and extra splits only the
totals are printed: their documents are not to be looked into. ``scripts/corpus_figures.py``
prints every split and extraction at once, for this parser or another checkout's.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from purgehist.evaluation import table
from purgehist.evaluation.anchored import table_anchored
from purgehist.evaluation.corpus import SPLITS, corpus_documents, corpus_folder, measure_corpus
from purgehist.evaluation.gold_files import CORPUS_EXTRACTIONS
from purgehist.evaluation.sets import SETS, measure_set

ROOT = Path(__file__).resolve().parent.parent


def main(argv: Sequence[str] | None = None) -> int:
    """Print the figures of each set asked for, and its misses."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", dest="sets", action="append", choices=(*SETS, "corpus"))
    parser.add_argument("--shared", type=Path, help="the shared material (default ../shared)")
    parser.add_argument("--no-misses", action="store_true", help="print the figures only")
    parser.add_argument("--split", choices=SPLITS, default="dev", help="corpus split (dev)")
    parser.add_argument(
        "--extraction", choices=tuple(CORPUS_EXTRACTIONS), default="layout", help="corpus text"
    )
    parser.add_argument("--corpus", type=Path, help="the corpus folder ($PURGEHIST_CORPUS)")
    parser.add_argument("--only", help="corpus: one dev document, by id")
    args = parser.parse_args(argv)
    for name in args.sets or SETS:
        if name == "corpus":
            status = _corpus(args)
            if status:
                return status
            continue
        scores, total = measure_set(name, ROOT, args.shared)
        print(f"{name} set\n{table(scores, total)}")
        _misses(args.no_misses, total.misses)
    return 0


def _corpus(args: argparse.Namespace) -> int:
    folder = args.corpus or corpus_folder(ROOT)
    if folder is None:
        print("no corpus: set PURGEHIST_CORPUS or give --corpus (see docs/evaluation.md)")
        return 2
    documents = corpus_documents(ROOT, folder, (args.split,))
    if args.only:
        documents = [d for d in documents if d.id == args.only and d.split == "dev"]
    changed = [d.id for d in documents if not d.unchanged(args.extraction)]
    if changed:
        print(f"warning: not as the manifest records: {', '.join(changed)}")
    scores, total = measure_corpus(documents, args.extraction)
    print(f"corpus {args.split} split, {args.extraction} extraction")
    if args.split != "dev":
        print(table_anchored([], total))  # only totals: these documents are not looked into
        print()
        return 0
    print(table_anchored(scores, total))
    _misses(args.no_misses, total.misses)
    return 0


def _misses(hide: bool, misses: Sequence[object]) -> None:
    if not hide and misses:
        print(f"\n{len(misses)} misses:")
        for miss in misses:
            print(f"  {miss}")
    print()


if __name__ == "__main__":
    sys.exit(main())
