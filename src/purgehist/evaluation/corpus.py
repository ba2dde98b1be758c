"""The corpus of real documents by others (``docs/evaluation.md``): where it lies, which
documents each split holds, and measuring the text parser on them.

The documents are never part of the checkout: the checkout holds their manifests
(``tests/corpus/manifest.json``, ``manifest-dev2.json`` to ``manifest-dev7.json`` and
``manifest-extra.json``: origin, commit, licence, checksums, split; :data:`DEV_MANIFESTS` lists
those that may be read) and the scripts that
rebuild them (``scripts/build_corpus.py``, ``scripts/build_extra.py``). The folder holding them
is named by the environment variable ``PURGEHIST_CORPUS``, else ``../shared/corpus`` beside the
checkout.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from attrs import frozen

import purgehist
from purgehist.evaluation.anchored import NoteScore, score_anchored
from purgehist.evaluation.gold import Gold
from purgehist.evaluation.gold_files import CORPUS_EXTRACTIONS, read_gold
from purgehist.model.dataset import Dataset

__all__ = [
    "CORPUS_ENV",
    "DEV_MANIFESTS",
    "MANIFEST",
    "MANIFEST_DEV2",
    "MANIFEST_DEV3",
    "MANIFEST_DEV4",
    "MANIFEST_DEV5",
    "MANIFEST_DEV6",
    "MANIFEST_DEV7",
    "MANIFEST_DEV8",
    "MANIFEST_EXTRA",
    "OPEN_SPLITS",
    "SPLITS",
    "CorpusDocument",
    "corpus_documents",
    "corpus_folder",
    "measure_corpus",
    "measure_document",
    "parse_here",
]

CORPUS_ENV = "PURGEHIST_CORPUS"
"""The environment variable naming the folder of the corpus."""
MANIFEST = Path("tests/corpus/manifest.json")
"""The manifest, relative to the checkout."""
MANIFEST_DEV2 = Path("tests/corpus/manifest-dev2.json")
"""The manifest of further dev documents, of layouts the first dev set lacks (side notes,
humanities short-title notes); their entries name their split."""
MANIFEST_DEV3 = Path("tests/corpus/manifest-dev3.json")
"""The manifest of a third dev set: books whose PDFs set every font at one point and scale it,
with endnotes gathered at chapter ends or labels on lines of their own."""
MANIFEST_DEV4 = Path("tests/corpus/manifest-dev4.json")
"""The manifest of a fourth dev set: a word processor's layouts (LibreOffice exports)."""
MANIFEST_DEV5 = Path("tests/corpus/manifest-dev5.json")
"""The manifest of a fifth dev set: books rendered by the held-out producers the dev set lacked
(XeTeX, dblatex)."""
MANIFEST_DEV6 = Path("tests/corpus/manifest-dev6.json")
"""The manifest of a sixth dev set: a word processor's endnotes and two columns (LibreOffice
exports)."""
MANIFEST_DEV7 = Path("tests/corpus/manifest-dev7.json")
"""The manifest of a seventh dev set: dev documents written again by other PDF producers
(cairo, Ghostscript, a page scaled by pdfpages). Their split is ``reprint``: their text is
that of dev documents, so they are kept out of the ``dev`` totals."""
MANIFEST_DEV8 = Path("tests/corpus/manifest-dev8.json")
"""The manifest of an eighth dev set: genres of the held-out split the others lack (a bookdown
thesis with side notes and formulas, a legal guide citing cases and statutes in its notes)."""
MANIFEST_DEV9 = Path("tests/corpus/manifest-dev9.json")
"""The manifest of a ninth dev set: dev books set again with their footnotes as endnotes, in
the layouts trade books print them (at each chapter's end; gathered at the book's end under
chapter subheadings, with "Notes to pages" running heads; numbered through, "1." hanging)."""
MANIFEST_DEV10 = Path("tests/corpus/manifest-dev10.json")
"""The manifest of a tenth dev set, measured as added: a biography set in InDesign with labels
on lines of their own, an edited volume with papers in French, English and Italian, and a
translation whose footnotes are symbols that restart on every page, run into one paragraph."""
DEV_MANIFESTS: dict[str, Path] = {
    "dev1": MANIFEST,
    "dev2": MANIFEST_DEV2,
    "dev3": MANIFEST_DEV3,
    "dev4": MANIFEST_DEV4,
    "dev5": MANIFEST_DEV5,
    "dev6": MANIFEST_DEV6,
    "dev7": MANIFEST_DEV7,
    "dev8": MANIFEST_DEV8,
    "dev9": MANIFEST_DEV9,
    "dev10": MANIFEST_DEV10,
}
"""Every manifest that lists documents that may be read (split ``dev`` or ``reprint``), by the
name of its set (the first also lists the test split's, each entry naming its split): the one
list the corpus functions, the scripts and the tests read."""
MANIFEST_EXTRA = Path("tests/corpus/manifest-extra.json")
"""The manifest of further documents kept unseen, of layouts the first lacks (endnotes, two
columns, a word-processor thesis, legal citations): their split is ``extra``."""
SPLITS = ("dev", "reprint", "test", "extra")
"""``dev`` and ``reprint`` documents may be read and tuned on; of ``test`` and ``extra``
documents only totals are seen. ``reprint`` documents are dev documents written again by
other PDF producers, a split of their own so that no text counts twice in a total."""
OPEN_SPLITS = ("dev", "reprint")
"""The splits whose documents may be read one by one."""

Parse = Callable[[Path, str], Dataset]
"""A parser to measure: the dataset read from an input file in a format (``text``, ``pdf``)."""


@frozen
class CorpusDocument:
    """One document of the corpus, as the manifest describes it."""

    id: str
    split: str
    language: str
    folder: Path
    sha256: dict[str, str]

    def text(self, extraction: str) -> Path:
        """The document's text in *extraction* (``layout`` or ``raw``)."""
        return self.folder / CORPUS_EXTRACTIONS[extraction]

    def gold(self, extraction: str = "layout") -> Gold:
        """The gold, read against the text of *extraction*."""
        return read_gold(self.folder / "gold.json", text=self.text(extraction))

    def unchanged(self, extraction: str) -> bool:
        """Whether the text and the gold are those the manifest records."""
        names = (CORPUS_EXTRACTIONS[extraction], "gold.json")
        return all(
            name not in self.sha256
            or hashlib.sha256((self.folder / name).read_bytes()).hexdigest() == self.sha256[name]
            for name in names
        )


def corpus_folder(root: Path) -> Path | None:
    """The folder of the corpus for the checkout at *root*, if it is there."""
    named = os.environ.get(CORPUS_ENV)
    folder = Path(named) if named else root.resolve().parent / "shared" / "corpus"
    return folder if (folder / "docs").is_dir() else None


def corpus_documents(
    root: Path, folder: Path, splits: Sequence[str] = SPLITS
) -> list[CorpusDocument]:
    """The documents of *splits* that the manifests list and *folder* holds."""
    documents = []
    manifests = [(manifest, False) for manifest in DEV_MANIFESTS.values()]
    for manifest, extra in (*manifests, (MANIFEST_EXTRA, True)):
        if not (root / manifest).is_file():
            continue
        listed: dict[str, Any] = json.loads((root / manifest).read_text(encoding="utf-8"))
        for entry in listed["documents"]:
            place = folder / "docs" / entry["id"]
            split = "extra" if extra else entry["split"]
            if split in splits and (place / "gold.json").is_file():
                documents.append(
                    CorpusDocument(
                        id=entry["id"],
                        split=split,
                        language=entry["language"],
                        folder=place,
                        sha256=dict(entry.get("sha256", {})),
                    )
                )
    return documents


def parse_here(path: Path, format: str) -> Dataset:
    """The dataset this checkout's parser of *format* reads from *path*, without claim
    candidates."""
    return purgehist.parse_file(path, format, options={"claims": False}).dataset


def measure_document(
    document: CorpusDocument, extraction: str = "layout", parse: Parse = parse_here
) -> NoteScore:
    """Parse *document*'s input of *extraction* (with the ``pdf`` parser for the PDF, the
    ``text`` parser otherwise) and score it."""
    gold = document.gold(extraction)
    return score_anchored(parse(gold.text, "pdf" if extraction == "pdf" else "text"), gold)


def measure_corpus(
    documents: Sequence[CorpusDocument], extraction: str = "layout", parse: Parse = parse_here
) -> tuple[list[NoteScore], NoteScore]:
    """The score of each of *documents* and their total."""
    scores = [measure_document(d, extraction, parse) for d in documents]
    total = NoteScore("overall")
    for each in scores:
        total.add(each)
    return scores, total
