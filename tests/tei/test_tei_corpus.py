"""Evaluation on real TEI from nine public digital editions (not in this repository).

The corpus is found at ``$PURGEHIST_TEI_CORPUS``, else ``../shared/tei-corpus``; without it these
tests are skipped. ``tests/tei/corpus/manifest.json`` records each file's origin, commit,
licence and checksum. The figures are measured by ``scripts/edition_report.py``; the floors
below are what the reader reached when they were written.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from script_modules import load_script

MANIFEST = Path(__file__).resolve().parent / "corpus" / "manifest.json"


REPORT = load_script("edition_report")
CORPUS: Path = REPORT.corpus_dir()
pytestmark = pytest.mark.skipif(
    not (CORPUS / "manifest.json").is_file(), reason=f"no TEI corpus at {CORPUS}"
)
# journals.xml declares an entity in its DOCTYPE: refused (safety), with its line.
FAILS_CLEANLY = {"dingler__journals.xml"}


@pytest.fixture(scope="module")
def figures() -> dict[str, Any]:
    return {f.file: f for f in REPORT.measure_corpus(CORPUS, "all")}


def test_the_files_are_the_ones_recorded() -> None:
    recorded = json.loads(MANIFEST.read_text(encoding="utf-8"))
    for entry in [*recorded["files"], *recorded["ris"]]:
        data = (CORPUS / entry["path"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry["sha256"], entry["path"]


def test_every_file_is_read_or_fails_with_a_line(figures: dict[str, Any]) -> None:
    for name, found in figures.items():
        if name in FAILS_CLEANLY:
            assert found.error is not None
            continue
        assert found.error is None, (name, found.error)
        assert found.future_warnings == 0, name
        assert found.integrity_errors == 0, name
        assert found.round_trip is True, name


def test_every_note_becomes_a_footnote(figures: dict[str, Any]) -> None:
    for name, found in figures.items():
        if name not in FAILS_CLEANLY:
            assert found.footnotes == found.notes_expected, name


def test_dated_births_keep_their_lifespans(figures: dict[str, Any]) -> None:
    for name, found in figures.items():
        if name not in FAILS_CLEANLY:
            assert found.lifespans >= found.dated_births, name


def test_knowable_citations_resolve_to_the_right_entry(figures: dict[str, Any]) -> None:
    right = sum(f.knowable_right for f in figures.values())
    knowable = sum(f.knowable for f in figures.values())
    # 402 of 443 when written; Dingler's 33 point into journals.xml, which is refused.
    assert knowable > 0
    assert right / knowable >= 0.9


def test_page_breaks_are_kept(figures: dict[str, Any]) -> None:
    kept = sum(f.page_breaks for f in figures.values())
    expected = sum(f.pb_expected for f in figures.values())
    assert kept >= 0.99 * expected
