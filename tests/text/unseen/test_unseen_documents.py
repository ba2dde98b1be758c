"""The unseen set's gold files describe their documents (the parser is measured on them in
``tests/text/test_accuracy.py``)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from purgehist.evaluation.compare import fold, surname

HERE = Path(__file__).resolve().parent

UK = "unseen_uk_chicago.en.txt"
DE = "unseen_magisterarbeit.de.txt"
FR = "unseen_memoire.fr.txt"
BOOK = "unseen_book_chapter.en.txt"
DOCUMENTS = (UK, DE, FR, BOOK)


def gold(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((HERE / name).with_suffix(".gold.json").read_text("utf-8"))
    return data


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
        assert line.startswith("———") or surname(line) == fold(entry["authors"][0]), entry
        assert entry["key"] in data["sources"]


def test_gold_covers_the_damage() -> None:
    notes = gold(BOOK)["footnotes"]
    lost = [n for n, e in notes.items() if not e["present"]]
    unresolved = [
        n for n, e in notes.items() if any(c.get("unresolved") for c in e.get("citations", []))
    ]
    unmarked = [n for n, e in notes.items() if not e["marker"]]
    assert (lost, unresolved, unmarked) == (["17", "18", "30"], ["19", "31"], ["24"])
