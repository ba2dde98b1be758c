"""The blind set's gold files agree with their texts (the parser is measured on them in
``tests/text/test_accuracy.py``)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
DOCUMENTS = sorted(p for p in HERE.glob("*.txt") if p.with_suffix(".gold.json").exists())


def _gold(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))
    return data


def test_the_set_has_three_documents() -> None:
    assert [p.name for p in DOCUMENTS] == [
        "article_fr.txt",
        "bachelorscriptie_nl.txt",
        "thesis_chicago_en.txt",
    ]


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.stem)
def test_gold_matches_its_text(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").split("\n")
    assert 200 <= len(lines) <= 350
    gold = _gold(path)
    numbers = [int(g["n"]) for g in gold["footnotes"]]
    assert numbers == list(range(1, len(numbers) + 1))
    for g in gold["footnotes"]:
        marker_line = lines[g["marker_line"] - 1]
        assert g["marker_context"] in marker_line, g["n"]
        assert re.search(rf"{g['n']}(?:\s|$|[.,;:])", g["marker_context"]), g["n"]
        if g["text"]:
            assert lines[g["line"] - 1].startswith(f"{g['n']} {g['starts_with']}"), g["n"]
            assert g["line"] > g["marker_line"], g["n"]
        else:
            assert not any(re.match(rf"{g['n']} \S", line) for line in lines), g["n"]
            assert g["citations"] == []
        for c in g["citations"]:
            assert "archival" in c or c.get("unresolved") or c["source"] in gold["sources"]
    for entry in gold["bibliography"]:
        assert lines[entry["line"] - 1].startswith(entry["starts_with"]), entry["source"]
        assert entry["source"] in gold["sources"]
