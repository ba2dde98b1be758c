"""The text parser on the seed thesis (skipped when ../shared is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

import purgehist
from purgehist.formats.text.read import parse_text
from purgehist.model import CitationStatus


@pytest.fixture(scope="module")
def seed_result(seed_text_path: Path):  # type: ignore[no-untyped-def]
    return parse_text(seed_text_path.read_bytes(), file=seed_text_path.name)


def test_seed_structure(seed_result) -> None:  # type: ignore[no-untyped-def]
    document = seed_result.dataset.documents[0]
    heads = [d.head for d in document.divisions]
    assert heads[0] == "Inleiding"
    assert heads[-1] == "Literatuurlijst"
    assert sum(1 for h in heads if h and h.startswith("Hoofdstuk")) == 3
    assert document.language == "nl"
    assert document.type == "thesis"
    assert len(document.bibliography) == 29
    assert seed_result.stats["markers_found"] == 145
    assert purgehist.problems(seed_result.dataset) == []


def test_seed_lost_notes_make_ibidem_unresolved(seed_result) -> None:  # type: ignore[no-untyped-def]
    by_note = {e.provenance.footnote: e for e in seed_result.dataset.evidence}
    assert by_note["29"].status == CitationStatus.UNRESOLVED
    assert by_note["29"].source is None
    assert by_note["46"].status == CitationStatus.UNRESOLVED
    assert by_note["68"].source == by_note["67"].source
