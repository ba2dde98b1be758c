"""Footnote and citation figures on the corpus of real documents, per split and extraction,
as Markdown tables: this checkout's parser, or another checkout's (the figures *before*).

Usage::

    python scripts/corpus_figures.py [--corpus DIR] [--split dev --split test …]
        [--extraction layout --extraction raw --extraction pdf] [--parser-src OTHER/src]
        [--json figures.json]

``--parser-src`` parses with the ``purgehist`` package under that folder, in a child process
per document whose dataset comes back as JSON; the scoring is always this checkout's, so two
versions of the parser are measured alike. An extraction that the other parser cannot read
(no ``pdf`` format) is reported as such. Per document only for the ``dev`` and ``reprint``
splits: of ``test`` and ``extra`` only totals are printed (see ``docs/evaluation.md``).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import purgehist
from purgehist.evaluation.anchored import NoteScore
from purgehist.evaluation.corpus import (
    OPEN_SPLITS,
    SPLITS,
    Parse,
    corpus_documents,
    corpus_folder,
    measure_corpus,
    parse_here,
)
from purgehist.evaluation.gold_files import CORPUS_EXTRACTIONS
from purgehist.model.dataset import Dataset

ROOT = Path(__file__).resolve().parent.parent
_CHILD = """
import sys, purgehist
result = purgehist.parse_file(sys.argv[1], sys.argv[2], options={"claims": False})
purgehist.export(result.dataset, "json", sys.argv[3])
"""


def parse_elsewhere(src: Path) -> Parse:
    """A parser run from the ``purgehist`` package under *src*, in a child process."""

    def parse(path: Path, format: str) -> Dataset:
        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder) / "dataset.json"
            env = {**os.environ, "PYTHONPATH": str(src)}
            command = [sys.executable, "-c", _CHILD, str(path), format, str(out)]
            subprocess.run(command, env=env, check=True, capture_output=True)
            return purgehist.parse_file(out, "json").dataset

    return parse


def _row(name: str, s: NoteScore) -> str:
    return (
        f"| {name} | {s.recall} | {s.precision} | {s.markers} | {s.citations} | {s.works} "
        f"| {s.wrong} | {s.ibid_guessed} |"
    )


def _figures(s: NoteScore) -> dict[str, object]:
    return {
        "recall": [s.recall.right, s.recall.total],
        "precision": [s.precision.right, s.precision.total],
        "markers": [s.markers.right, s.markers.total],
        "citations": [s.citations.right, s.citations.total],
        "works": [s.works.right, s.works.total],
        "wrong": s.wrong,
        "ibid_guessed": s.ibid_guessed,
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Print the tables; write the figures as JSON when asked."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, help="the corpus folder ($PURGEHIST_CORPUS)")
    parser.add_argument("--split", dest="splits", action="append", choices=SPLITS)
    parser.add_argument("--extraction", dest="extractions", action="append",
                        choices=tuple(CORPUS_EXTRACTIONS))  # fmt: skip
    parser.add_argument("--parser-src", type=Path, help="measure the parser under this src/")
    parser.add_argument("--json", type=Path, help="write the figures here too")
    args = parser.parse_args(argv)
    folder = args.corpus or corpus_folder(ROOT)
    if folder is None:
        print("no corpus: set PURGEHIST_CORPUS or give --corpus (see docs/evaluation.md)")
        return 2
    parse = parse_elsewhere(args.parser_src.resolve()) if args.parser_src else parse_here
    found: dict[str, object] = {}
    head = "| document | recall | precision | markers | citations | works | wrong | ibid |"
    for split in args.splits or SPLITS:
        documents = corpus_documents(ROOT, folder, (split,))
        for extraction in args.extractions or tuple(CORPUS_EXTRACTIONS):
            print(f"\n{split} split, {extraction} ({len(documents)} documents)\n")
            try:
                scores, total = measure_corpus(documents, extraction, parse)
            except subprocess.CalledProcessError as exc:
                reason = exc.stderr.decode(errors="replace").strip().splitlines()[-1:]
                print(f"not measured: the parser failed ({' '.join(reason)})")
                found[f"{split}/{extraction}"] = None
                continue
            print(head + "\n|---|---|---|---|---|---|---|---|")
            for score in scores if split in OPEN_SPLITS else []:
                print(_row(score.name, score))
            print(_row(f"**{split}, {len(documents)} documents**", total))
            found[f"{split}/{extraction}"] = {
                "total": _figures(total),
                "documents": {s.name: _figures(s) for s in scores} if split in OPEN_SPLITS else {},
            }
    if args.json:
        args.json.write_text(json.dumps(found, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
