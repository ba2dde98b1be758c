"""Footnote labels that restart on every page (``footmisc``'s ``perpage`` with ``symbol*``,
``extract.page_labels`` of a manifest entry): the notes located first, then labelled by their
order on their page (``scripts/corpus_build/page_labels.py``)."""

from __future__ import annotations

import importlib
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from script_modules import load_script

pytest.importorskip("rapidfuzz")
pytest.importorskip("pylatexenc")

load_script("build_corpus")  # puts scripts/ on the path
page_labels = importlib.import_module("corpus_build.page_labels")
gold = importlib.import_module("corpus_build.gold")
notes_mod = importlib.import_module("corpus_build.notes")

TRANSLATOR = [
    "Translator's note: The Perseus edition has hós tis rather than hóstis.",
    "Translator's note: Archer is an epithet of Apollo, the god who shoots from afar.",
    "Translator's note: The Perseus edition has infinitive katagelân.",
    "Translator's note: The Teubner edition of Hiller has kíbdēlon.",
    "Translator's note: The Perseus edition has subjunctive boulēi.",
]


def _found(labels: list[str], numbered: tuple[int, ...] = ()) -> object:
    return notes_mod.Extracted(
        notes=[
            notes_mod.SourceNote(
                label=label, scope="document", text=text, anchor="", numbered=k in numbered
            )
            for k, (label, text) in enumerate(zip(labels, TRANSLATOR, strict=False))
        ]
    )


def test_notes_are_labelled_by_their_order_on_their_page() -> None:
    found = _found(["1", "2", "3", "4", "5"])
    relabelled = page_labels.relabel_per_page(found, [42, 42, 43, 43, 43], "fnsymbol")
    assert [n.label for n in relabelled.notes] == ["∗", "†", "∗", "†", "‡"]
    assert [n.scope for n in relabelled.notes] == ["page-42"] * 2 + ["page-43"] * 3
    assert relabelled.labels_printed
    assert [n.text for n in relabelled.notes] == TRANSLATOR


def test_a_note_not_located_counts_on_the_page_of_the_note_before() -> None:
    found = _found(["1", "2", "3"])
    relabelled = page_labels.relabel_per_page(found, [52, None, 53], "fnsymbol")
    assert [(n.label, n.scope) for n in relabelled.notes] == [
        ("∗", "page-52"),
        ("†", "page-52"),
        ("∗", "page-53"),
    ]


def test_a_note_numbered_in_the_source_keeps_its_number_and_is_not_counted() -> None:
    # Wackernagel's own note to the title, \Footnote{1}{...}, printed "1" among the symbols
    found = _found(["1", "1", "2", "3"], numbered=(1,))
    relabelled = page_labels.relabel_per_page(found, [40, 41, 41, 41], "fnsymbol")
    assert [n.label for n in relabelled.notes] == ["∗", "1", "∗", "†"]
    assert [n.scope for n in relabelled.notes] == ["page-40", "page-41", "page-41", "page-41"]


def test_a_numbered_first_note_keeps_its_number_though_the_count_would_give_it() -> None:
    # the title note \Footnote{1}{...} before any symbol note: its "1" is what a count gives too
    found = _found(["1", "1", "2"], numbered=(0,))
    relabelled = page_labels.relabel_per_page(found, [40, 40, 40], "fnsymbol")
    assert [n.label for n in relabelled.notes] == ["1", "∗", "†"]


def test_a_note_found_where_a_like_note_stands_is_not_counted_there() -> None:
    # "The Perseus edition has se." matched a like note some thirty pages on
    assert page_labels.in_order([119, 120, 158, 121, 125, 128]) == [
        119,
        120,
        None,
        121,
        125,
        128,
    ]
    assert page_labels.in_order([None, 7, 7, 3]) == [None, 7, 7, None]


def test_past_the_ninth_symbol_footmisc_prints_numbers() -> None:
    labels = [page_labels.page_label(n, "fnsymbol") for n in range(1, 12)]
    assert labels[:3] == ["∗", "†", "‡"]
    assert labels[6:] == ["∗∗", "††", "‡‡", "10", "11"]
    with pytest.raises(ValueError, match=r"extract\.page_labels"):
        page_labels.page_label(1, "roman")


NOTES = [
    "Translator's note: The Perseus edition has endeoito for an deoito.",
    "Translator's note: The Perseus edition has epiphthonos for epiphthonois.",
    "Translator's note: The Persus edition has s'.",
    "Translator's note: The Perseus edition has infinitive katagelan.",
]

# page 1: the notes run into one paragraph, their labels raised on a line of their own, so the
# text before the first note's words is the second note's label; page 2: the raw text runs the
# note's lines out of order (the layout text has them); page 5: a like note, of no source note
LAYOUT = [
    "Body text of the first page, with enough words in it.\n"
    "∗                                       †\n"
    f"  {NOTES[0]}   Translator's note: The\n"
    "Perseus edition has epiphthonos for epiphthonois.\n",
    f"Body of the second page, with its own words here.\n∗\n  {NOTES[2]}\n",
    f"Body of the third page, and more words here.\n∗\n  {NOTES[3]}\n",
    "Body of the fourth page with words and nothing more.\n",
    "Body of the fifth page, with its own words.\n"
    "∗ Translator's note: The Perseus edition has sa.\n",
]
RAW = [
    LAYOUT[0],
    "Body of the second page, with its own words here.\n"
    "edition has s'. ∗ Translator's note: The Persus\n",
    *LAYOUT[2:],
]


def _doc(doc_id: str) -> dict[str, Any]:
    return {
        "id": doc_id,
        "repository": "nobody/book",
        "commit": "0" * 40,
        "paths": {"main": "book.tex", "pdf": "book.pdf"},
        "extract": {"numbering": "continuous", "page_labels": "fnsymbol"},
        "licence": {"spdx": "CC-BY-4.0", "where": "the test"},
        "language": "en",
        "kind": "book",
        "title": "Per-page symbols",
        "authors": ["A. Translator"],
        "year": "2020",
        "numbering": "per-page",
        "placement": "footnotes",
        "citation_style": "none",
    }


def _gold_of(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    def write_pdf(out: Path, pdf: bytes, *, quiet: bool = False) -> tuple[str, str]:
        raw, layout = "\f".join(RAW), "\f".join(LAYOUT)
        (out / "source.pdf").write_bytes(pdf)
        (out / "raw.txt").write_text(raw, encoding="utf-8")
        (out / "layout.txt").write_text(layout, encoding="utf-8")
        return raw, layout

    monkeypatch.setattr(gold.output, "write_pdf", write_pdf)
    found = notes_mod.Extracted(
        notes=[
            notes_mod.SourceNote(label=str(k), scope="document", text=t, anchor="")
            for k, t in enumerate(NOTES, start=1)
        ]
    )
    gold.write_document(_doc("paras"), tmp_path, b"%PDF", found)
    data = json.loads((tmp_path / "paras" / "gold.json").read_text("utf-8"))
    notes: list[dict[str, Any]] = data["footnotes"]
    return notes


def test_a_label_raised_above_run_in_notes_does_not_relabel_the_note_after_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes = _gold_of(tmp_path, monkeypatch)
    assert [(n["label"], n["scope"]) for n in notes[:2]] == [("∗", "page-1"), ("†", "page-1")]
    labels = [(n["scope"], n["label"]) for n in notes]
    assert len(set(labels)) == len(labels)
    assert not any("label_from_source" in n for n in notes)


def test_a_note_is_on_the_page_its_scope_names_or_on_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the third note matches the like note of page 5 better than its own garbled raw text
    notes = _gold_of(tmp_path, monkeypatch)
    assert [n["scope"] for n in notes] == [f"page-{n['page']}" for n in notes]
    assert [(n["label"], n["scope"], n["page"]) for n in notes] == [
        ("∗", "page-1", 1),
        ("†", "page-1", 1),
        ("∗", "page-2", 2),
        ("∗", "page-3", 3),
    ]


def test_a_note_not_on_its_page_is_not_located_elsewhere() -> None:
    pdf = gold.pdf_match.PdfPages.from_text("\f".join(RAW), "\f".join(LAYOUT))
    assert gold.on_page(NOTES[3], "∗", pdf, 3).page == 3
    assert gold.on_page(NOTES[2], "∗", pdf, 2).page == 2  # from the layout text
    assert gold.on_page(NOTES[3], "∗", pdf, 1).page is None
    assert gold.on_page(NOTES[3], "∗", pdf, None).page is None


BOOK = r"""\documentclass{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\usepackage[perpage,para,symbol*]{footmisc}
\begin{document}
First page, first claim.\footnote{%s}
Second claim.\footnote{%s}
\newpage
Second page.\footnote{%s} Again.\footnote{%s} And a third.\footnote{%s}
\end{document}
"""


@pytest.mark.skipif(
    shutil.which("pdflatex") is None or shutil.which("pdftotext") is None,
    reason="needs pdflatex and pdftotext",
)
def test_a_book_with_per_page_symbols_gets_the_labels_it_prints(tmp_path: Path) -> None:
    # pdfLaTeX's T1 fonts lack the macron: the Greek of the notes in plain letters
    plain = str.maketrans("áâēíó", "aaeio")
    texts = [t.translate(plain) for t in TRANSLATOR]
    (tmp_path / "book.tex").write_text(BOOK % tuple(texts), encoding="utf-8")
    for _ in range(2):  # footmisc's perpage counts the notes of a page from the last run
        subprocess.run(
            ["pdflatex", "-interaction=nonstopmode", "book.tex"],
            cwd=tmp_path,
            check=True,
            capture_output=True,
        )
    found = notes_mod.Extracted(
        notes=[
            notes_mod.SourceNote(label=str(k), scope="document", text=t, anchor="")
            for k, t in enumerate(texts, start=1)
        ]
    )
    doc = {
        "id": "book",
        "repository": "nobody/book",
        "commit": "0" * 40,
        "paths": {"main": "book.tex", "pdf": "book.pdf"},
        "extract": {"numbering": "continuous", "page_labels": "fnsymbol"},
        "licence": {"spdx": "CC-BY-4.0", "where": "the test"},
        "language": "en",
        "kind": "book",
        "title": "Per-page symbols",
        "authors": ["A. Translator"],
        "year": "2020",
        "numbering": "per-page",
        "placement": "footnotes",
        "citation_style": "none",
    }
    gold.write_document(doc, tmp_path / "out", (tmp_path / "book.pdf").read_bytes(), found)
    notes = json.loads((tmp_path / "out" / "book" / "gold.json").read_text("utf-8"))["footnotes"]
    assert [(n["label"], n["scope"], n["page"]) for n in notes] == [
        ("∗", "page-1", 1),
        ("†", "page-1", 1),
        ("∗", "page-2", 2),
        ("†", "page-2", 2),
        ("‡", "page-2", 2),
    ]
    assert all(n["label_seen_in_pdf"] for n in notes)
