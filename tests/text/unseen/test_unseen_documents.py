"""The text parser measured on four documents it was not tuned on (scripts/unseen_accuracy.py)."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
SCRIPT = HERE.parents[2] / "scripts" / "unseen_accuracy.py"

UK = "unseen_uk_chicago.en.txt"
DE = "unseen_magisterarbeit.de.txt"
FR = "unseen_memoire.fr.txt"
BOOK = "unseen_book_chapter.en.txt"
DOCUMENTS = (UK, DE, FR, BOOK)


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("unseen_accuracy", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


accuracy = _load()


@cache
def measured(name: str) -> Any:
    return accuracy.measure(HERE / name)


def gold(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((HERE / name).with_suffix(".gold.json").read_text("utf-8"))
    return data


# --- the gold files describe their documents -------------------------------------------------


@pytest.mark.parametrize("name", DOCUMENTS)
def test_gold_matches_its_document(name: str) -> None:
    lines = (HERE / name).read_text("utf-8").split("\n")
    data = gold(name)
    assert 250 <= len(lines) - 1 <= 500
    assert data["document"] == name
    for n, note in data["footnotes"].items():
        if note["present"]:
            assert re.search(rf"(?:^|\s){n} ", lines[note["line"] - 1].lstrip("\f")), (n, note)
            for citation in note["citations"]:
                assert citation.get("unresolved") or citation["source"] in data["sources"]
        if note["marker"]:
            assert re.search(rf"\D{n}(?!\d)", lines[note["marker_line"] - 1]), (n, note)
    for entry in data["bibliography"]:
        line = lines[entry["line"] - 1].lstrip("\f")
        # a Chicago bibliography repeats an author as "———."
        assert line.startswith("———") or accuracy.surname(line) == accuracy.fold(
            entry["authors"][0]
        ), entry
        assert entry["key"] in data["sources"]


def test_gold_covers_the_damage() -> None:
    notes = gold(BOOK)["footnotes"]
    lost = [n for n, e in notes.items() if not e["present"]]
    unresolved = [
        n for n, e in notes.items() if any(c.get("unresolved") for c in e.get("citations", []))
    ]
    unmarked = [n for n, e in notes.items() if not e["marker"]]
    assert (lost, unresolved, unmarked) == (["17", "18", "30"], ["19", "31"], ["24"])


# --- (a) footnotes whose citations all resolve to the right source and pages -----------------


@pytest.mark.parametrize("name", DOCUMENTS)
def test_footnote_citations_resolve(name: str) -> None:
    result = measured(name)
    assert result.footnotes >= 0.95, "\n".join(m for m in result.misses if "(a)" in m)


# --- (b) an Ibid. after a lost note is flagged unresolved, never guessed ---------------------


def test_ibid_after_lost_note_is_unresolved() -> None:
    result = measured(BOOK)
    assert result.unresolved_expected == 2
    assert result.unresolved == 1.0, "\n".join(m for m in result.misses if "(b)" in m)
    assert not [m for m in result.misses if "text lost" in m]


# --- (c) bibliography fields ------------------------------------------------------------------


@pytest.mark.parametrize("name", DOCUMENTS)
def test_bibliography_fields(name: str) -> None:
    result = measured(name)
    assert result.bibliography >= 0.95, "\n".join(m for m in result.misses if "(c)" in m)


# --- (d) markers: every marker found, no year or number taken for one ------------------------


@pytest.mark.parametrize("name", DOCUMENTS)
def test_markers_found_and_no_false_markers(name: str) -> None:
    result = measured(name)
    assert (result.markers_found, result.false_markers) == (result.markers_expected, 0)
