"""Held-out documents: the text parser measured against gold files it was not tuned on."""

from __future__ import annotations

import functools
import importlib.util
import json
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

HERE = Path(__file__).parent
SCRIPT = HERE.parents[2] / "scripts" / "heldout_accuracy.py"
GOLD = sorted(HERE.glob("*.gold.json"))


def _load_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("heldout_accuracy", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


@functools.cache
def _scores() -> dict[str, Any]:
    scorer = _load_scorer()
    per_document, total = scorer.score_all(HERE)
    scores = {s.name: s for s in per_document}
    scores["OVERALL"] = total
    return scores


def _gold(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


NL = "nl_masterscriptie_terreur.txt"
EN_ARTICLE = "en_article_mass_operations.txt"
DE = "de_dissertation_teil2.txt"
EN_BOOK = "en_book_ordered_terror.txt"


# (a) footnotes with text whose citations all resolve to the right source and pages: >= 0.95
NOTES_CASES = [
    pytest.param(NL, id="nl"),
    pytest.param(EN_ARTICLE, id="en-article"),
    pytest.param(DE, id="de"),
    pytest.param(EN_BOOK, id="en-book"),
    pytest.param("OVERALL", id="overall"),
]


@pytest.mark.parametrize("name", NOTES_CASES)
def test_footnote_citations_resolve(name: str) -> None:
    score = _scores()[name]
    assert score.notes_total > 0
    assert score.notes is not None
    assert score.notes >= 0.95, [str(m) for m in score.misses]


# (b) every Ibid. after a lost note is flagged unresolved
@pytest.mark.parametrize("name", [NL, EN_BOOK, "OVERALL"], ids=["nl", "en-book", "overall"])
def test_ibid_after_lost_note_is_unresolved(name: str) -> None:
    score = _scores()[name]
    assert score.ibid_total > 0
    assert score.ibid_ok == score.ibid_total


# (c) bibliography fields: >= 0.95
BIB_CASES = [
    pytest.param(NL, id="nl"),
    pytest.param(EN_ARTICLE, id="en-article"),
    pytest.param(DE, id="de"),
    pytest.param("OVERALL", id="overall"),
]


@pytest.mark.parametrize("name", BIB_CASES)
def test_bibliography_fields(name: str) -> None:
    score = _scores()[name]
    assert score.bib_fields_total > 0
    assert score.bibliography is not None
    assert score.bibliography >= 0.95


# (d) every marker found, no false ones
MARKER_CASES = [
    pytest.param(NL, id="nl"),
    pytest.param(EN_ARTICLE, id="en-article"),
    pytest.param(DE, id="de"),
    pytest.param(EN_BOOK, id="en-book"),
    pytest.param("OVERALL", id="overall"),
]


@pytest.mark.parametrize("name", MARKER_CASES)
def test_markers_found_without_false_ones(name: str) -> None:
    score = _scores()[name]
    assert score.markers_expected > 0
    assert score.markers_found == score.markers_expected
    assert score.false_markers == 0


# The gold files themselves


@pytest.mark.parametrize("path", GOLD, ids=[p.stem for p in GOLD])
def test_gold_points_at_the_text(path: Path) -> None:
    gold = _gold(path)
    lines = (HERE / gold["file"]).read_text(encoding="utf-8").splitlines()
    assert len(lines) == gold["lines"]
    assert 250 <= len(lines) <= 450
    for marker in gold["markers"]:
        assert re.search(rf"\D{marker['n']}(?!\d)", lines[marker["line"] - 1]), marker
    for note in gold["footnotes"]:
        if note["text"]:
            assert re.search(rf"(?:^|\s){note['n']}\.?\s?\S", lines[note["line"] - 1]), note
        else:
            assert note["line"] is None
            assert not note["citations"]
    for entry in gold["bibliography"]:
        assert lines[entry["line"] - 1].strip(), entry


@pytest.mark.parametrize("path", GOLD, ids=[p.stem for p in GOLD])
def test_gold_citations_name_known_sources(path: Path) -> None:
    gold = _gold(path)
    for note in gold["footnotes"]:
        for cite in note["citations"]:
            if "source" in cite:
                assert cite["source"] in gold["sources"]
                assert cite["title"] == gold["sources"][cite["source"]]["title"]
            else:
                assert "archival" in cite or cite.get("unresolved")
    assert {e["key"] for e in gold["bibliography"]} <= set(gold["sources"])
